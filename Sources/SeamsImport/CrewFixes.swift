import Foundation
import SeamsModel

/// Fixes in CrewAI's words, placed on the producer: what to write on the task or in its Pydantic
/// model to close a decision, instead of the catalog's document-format advice.
enum CrewFixes {
    /// Fixes for the handoff from `task`, written at `location`.
    static func handoff(from task: CrewDefinition.Task, at location: SourceLocation, into builder: inout ImportBuilder) {
        builder.fix("interface.done", at: location,
                    "Give task '\(task.key)' guardrail=<a function returning (bool, result)> so its output is checked before it is handed on, or output_pydantic=<a Pydantic model> so CrewAI validates it")
        builder.fix("interface.on-error", at: location,
                    "Give task '\(task.key)' guardrail= with guardrail_max_retries= to say what happens when its output is not good enough")
    }

    /// Fixes for the payload `task` hands on: its `expected_output` prose or its model's fields.
    static func payload(of task: CrewDefinition.Task, _ payload: ImportedPayload, into builder: inout ImportBuilder) {
        switch payload.payload {
        case .prose(let prose) where prose.value.isEmpty:
            builder.fix("interface.prose", at: prose.location,
                        "Say in the expected_output of task '\(task.key)' what it delivers (structure, length, format), or give it output_pydantic=<a Pydantic model with typed fields>")
        case .prose(let prose):
            let place = "\((prose.location.file as NSString).lastPathComponent):\(prose.location.line)"
            builder.fix("interface.prose", at: prose.location,
                        "Give task '\(task.key)' output_pydantic=<a Pydantic model with typed fields> (or output_json=) so what it hands on has a structure; its expected_output (\(place)) stays the agent's instructions")
            builder.fix("text.vague", at: prose.location,
                        "Reword the expected_output of task '\(task.key)' without the vague term: say exactly what the agent must deliver")
        case .fields(let fields):
            for field in fields { fieldFixes(field, into: &builder) }
        }
    }

    private static func fieldFixes(_ field: Field, into builder: inout ImportBuilder) {
        let name = field.name
        let texts: [(String, String)] = [
            ("field.range", "Bound it in the model: \(name): float = Field(ge=0, le=1), with the range it really has"),
            ("field.values", "List its values in the model: \(name): Literal[\"…\", \"…\"], or a str Enum"),
            ("field.format.time", "Type it datetime.date or datetime.datetime in the model; Pydantic then reads and writes ISO 8601"),
            ("field.format.id", "Type it uuid.UUID or int in the model"),
            ("field.unit.money", "Say the unit in the model: \(name)_cents: int, or a currency: str field beside it"),
            ("field.unit.duration", "Say the unit in the name (\(name)_seconds: float) or type it datetime.timedelta"),
            ("field.unit.size", "Say the unit in the name: \(name)_bytes: int"),
            ("field.type", "Annotate it in the model: \(name): str (or int, float, bool, a model…)"),
            ("field.items", "Give the list its item type in the model: \(name): list[str] (or a model)"),
            ("field.shape", "Type the mapping in the model: \(name): dict[str, str], or a nested BaseModel"),
            ("field.presence", "In the model, give it no default (required) or write \(name): Optional[...] = None"),
            ("field.ordering", "Say whether the order of \(name) matters: Field(description=\"… in order of …\"), or set[...] when it does not"),
        ]
        for (id, text) in texts { builder.fix(id, at: field.location, text) }
        if let items = field.items { fieldFixes(items.value, into: &builder) }
        for nested in field.fields ?? [] { fieldFixes(nested, into: &builder) }
    }
}
