import Foundation
import SeamsModel

/// A CrewAI project's Python, parsed once with the real tokenizer: the `@CrewBase` classes, the
/// flows (`class X(Flow[State])`), the crews assembled in plain Python (`Crew(agents=..., tasks=[...])`)
/// and the Pydantic models. A file that uses CrewAI and is not valid Python is an input error:
/// CrewAI could not import it either.
struct CrewProjectPython {
    var modules: [PythonModule] = []
    var crewClasses: [CrewClassWiring] = []
    var flows: [(definition: PythonClass, file: String)] = []
    var models = PydanticModels()

    init(files: ProjectFiles, limits: LoadLimits, into builder: inout ImportBuilder) {
        for relative in files.withExtension("py") {
            let full = files.path(relative)
            guard let text = ProjectFiles.text(at: full, limits: limits) else { continue }
            do {
                let module = try PythonModule.parse(text, file: full)
                modules.append(module)
                models.scan(module)
            } catch {
                if text.contains("crewai") || text.contains("CrewBase") {
                    builder.fail(error.diagnostic.id, at: error.location, error.diagnostic.message, fix: error.diagnostic.fix)
                } else {
                    builder.warn("python.syntax", at: error.location, "\(error.message); Seams skips this file", fix: error.diagnostic.fix)
                }
            }
        }
        for module in modules {
            for definition in module.classes {
                if definition.decorators.contains(where: { $0.lastName == "CrewBase" || $0.asCall?.callee.lastName == "CrewBase" }) {
                    crewClasses.append(CrewClassWiring.read(definition, file: module.file))
                } else if definition.bases.contains(where: { $0.value.lastName == "Flow" }) {
                    flows.append((definition, module.file))
                }
            }
        }
    }

    /// Statement lists that run as plain Python: the module's top level and every function that
    /// is not a method of a `@CrewBase` class or a flow (those are read by their own rules).
    var plainBodies: [(statements: [PythonStatement], file: String)] {
        var bodies: [(statements: [PythonStatement], file: String)] = []
        for module in modules {
            bodies.append((module.statements, module.file))
            func visit(_ statements: [PythonStatement]) {
                for statement in statements.flattened {
                    switch statement {
                    case .function(let function):
                        bodies.append((function.body, module.file))
                        visit(function.body)
                    case .classDef(let definition):
                        let isCrew = definition.decorators.contains { $0.lastName == "CrewBase" || $0.asCall?.callee.lastName == "CrewBase" }
                        let isFlow = definition.bases.contains { $0.value.lastName == "Flow" }
                        if !isCrew && !isFlow { visit(definition.body) }
                    default: break
                    }
                }
            }
            visit(module.statements)
        }
        return bodies
    }
}
