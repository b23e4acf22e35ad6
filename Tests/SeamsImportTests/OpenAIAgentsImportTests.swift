import SeamsAnalyzer
import SeamsImport
import OrderedCollections
import SeamsModel
import Testing

@Suite struct OpenAIAgentsImportTests {
    @Test func interfacePrecisionAndRecallOverTheFixtures() throws {
        try ExpectedInterfaces.expectConformance("openai-agents", count: 76)
    }

    @Test func everyFixtureIsDetectedAsTheAgentsSDK() throws {
        for folder in ["triage_handoffs", "typed_escalation", "translation_tools", "guarded_assistant", "outline_judge",
                       "clone_writers", "inferred_entry", "quote_desk", "language_router", "story_steps", "agent_factory", "circular_handoffs", "shared_specialist"] {
            #expect(try FrameworkImport.detect(path: ImportFixture.path("openai-agents/\(folder)")) == .openaiAgents, "\(folder)")
        }
    }

    @Test func inputTypeTypesTheHandoffAndOutputTypeTheAnswer() throws {
        let document = try ImportFixture.load("openai-agents/typed_escalation")
        let handoff = try #require(document.interfaces.first { $0.from.value == "support" && $0.to.value == "escalation" })
        #expect(ImportFixture.short(handoff.location) == "main.py:28:15")
        guard case .fields(let fields)? = handoff.payload else {
            Issue.record("input_type types the handoff")
            return
        }
        #expect(fields.map(\.name) == ["reason", "severity", "order_id"])
        #expect(fields[1].values == ["low", "high"])
        #expect(fields[0].about?.value == "Why the customer needs a human")
        let answer = try #require(document.interfaces.first { $0.from.value == "escalation" && $0.to.value == "user" })
        #expect(answer.done?.value == "schema-valid (output_type Resolution)")
        #expect(!document.warnings.contains { $0.id == "openai-agents.handoff-untyped" })
    }

    @Test func guardrailsCloseDoneAndOnError() throws {
        let document = try ImportFixture.load("openai-agents/guarded_assistant")
        let answer = try #require(document.interfaces.first { $0.from.value == "assistant" && $0.to.value == "user" })
        #expect(answer.done?.value == "output guardrails pass: no_card_numbers")
        #expect(answer.onError?.value == "OutputGuardrailTripwireTriggered (output guardrails: no_card_numbers)")
        let input = try #require(document.interfaces.first { $0.from.value == "user" && $0.to.value == "assistant" })
        #expect(input.onError?.value == "InputGuardrailTripwireTriggered (input guardrails: stay_on_topic)")
        let score = try ImportFixture.score(document)
        let decisions = try #require(score.interfaces.first { $0.name == "assistant->user" }).decisions.map(\.id)
        #expect(!decisions.contains("interface.done"))
        #expect(!decisions.contains("interface.on-error"))
    }

    @Test func untypedHandoffsAndAnswersAreFindingsInTheSDKsWords() throws {
        let document = try ImportFixture.load("openai-agents/triage_handoffs")
        #expect(document.warnings.map { "\($0.id) \(ImportFixture.short($0.location))" } == [
            "openai-agents.output-untyped main.py:5:11",
            "openai-agents.output-untyped main.py:6:11",
            "openai-agents.output-untyped main.py:7:10",
            "openai-agents.handoff-untyped main.py:10:15",
            "openai-agents.handoff-untyped main.py:10:24",
        ])
        #expect(document.warnings.first?.fix.contains("output_type=") == true)
        #expect(document.warnings.last?.fix.contains("input_type=") == true)
        let score = try ImportFixture.score(document)
        #expect(try #require(score.interfaces.first { $0.name == "triage->billing" }).isLowerBound)
    }

    @Test func agentsAsToolsAndTheInferredEntry() throws {
        let desk = try ImportFixture.load("openai-agents/quote_desk")
        #expect(desk.modules["pricing"]?.tools == ["lookup_price", "discounts"])
        let inferred = try ImportFixture.load("openai-agents/inferred_entry")
        #expect(inferred.warnings.map(\.id).contains("openai-agents.entry-missing"))
        #expect(inferred.modules.keys.sorted() == ["planner", "researcher", "user"])
    }

    @Test func aFolderWithNoAgentIsAnError() {
        let errors = ImportFixture.loadErrors("langgraph/bad_nothing", from: .openaiAgents)
        #expect(errors.map(\.id) == ["import.not-found"])
        #expect(errors.first?.message.contains("Agent(...)") == true)
    }
}
