import Foundation
import SeamsAnalyzer
@testable import SeamsImport
import OrderedCollections
import SeamsModel
import Testing
import SeamsTestSupport

@Suite struct ADKImportTests {
    @Test func sequentialPipelineWithStateAndSharedHistory() throws {
        let document = try ImportFixture.load("adk/pipeline")
        let score = try ImportFixture.score(document)
        #expect(document.modules.keys.sorted() == ["publisher", "reviewer", "writer"])
        #expect(ImportFixture.openBits(score) == [
            // {draft} in the reviewer's instruction, typed by output_schema schemas.Draft: only on-error and done open
            "writer->reviewer": 4.32,
            // the publisher reads the session history: implicit context
            "writer->publisher": 4.32,
            "reviewer->publisher": 12.32,
        ])
        #expect(document.implicitContextPairs == 2)
        #expect(document.warnings.map { "\($0.id) \(ImportFixture.short($0.location))" } == [
            "adk.implicit-context publisher.yaml:2:1",
            "import.unknown-field root_agent.yaml:4:1",
        ])
        let typed = try #require(document.interfaces.first { $0.from.value == "writer" && $0.to.value == "reviewer" })
        guard case .fields(let fields)? = typed.payload else {
            Issue.record("the writer's output_schema types its handoff")
            return
        }
        #expect(fields.map(\.name) == ["title", "body", "word_count"])
        #expect(ImportFixture.short(fields[2].location) == "schemas.py:7:5")
    }
}

@Suite struct AgentFrameworkImportTests {
    @Test func promptAgentOutputSchemaAndToolParameters() throws {
        let document = try ImportFixture.load("agent_framework/Translator.yaml")
        let score = try ImportFixture.score(document)
        // status: a category-like string without values (2) + on-error (2.32) + done (2)
        #expect(ImportFixture.openBits(score) == ["Translator->caller": 4.32, "Translator->LookupTerm": 6.32, "caller->Translator": 4.32])
        #expect(document.warnings.map(\.id) == ["import.unknown-field"])
        #expect(document.warnings.first.map { ImportFixture.short($0.location) } == "Translator.yaml:5:1")
    }

    @Test func workflowSharedConversationAndQuestion() throws {
        let document = try ImportFixture.load("agent_framework/Review.yaml")
        let score = try ImportFixture.score(document)
        #expect(ImportFixture.openBits(score) == ["DrafterAgent->CheckerAgent": 12.32, "user->workflow": 5.32])
        #expect(document.implicitContextPairs == 1)
        #expect(document.concerns.values.filter(\.isHumanGate).count == 1)
        let answer = try #require(document.interfaces.first { $0.from.value == "user" })
        guard case .fields(let fields)? = answer.payload else {
            Issue.record("the question's answer is a typed variable")
            return
        }
        #expect(fields.map(\.name) == ["Local.Approved"])
        #expect(fields.map(\.type) == [.boolean])
    }
}

@Suite struct AutoGenImportTests {
    @Test func swarmHandoffsTerminationAndToolSignature() throws {
        let document = try ImportFixture.load("autogen/swarm.json")
        let score = try ImportFixture.score(document)
        #expect(ImportFixture.openBits(score) == [
            "user->triage": 12.32,
            "triage->refunder": 12.32,
            "refunder->triage": 12.32,
            // termination closes `done`
            "triage->user": 10.32,
            "refunder->user": 10.32,
            // order_id: identifier format (1.58) + on-error + done
            "triage->tool:lookup_order": 5.91,
        ])
        // Both directions are declared handoffs, so the shared thread adds nothing implicit.
        #expect(document.implicitContextPairs == 0)
        let result = try #require(document.interfaces.first { $0.from.value == "triage" && $0.to.value == "user" })
        #expect(result.done?.value == "the text 'TERMINATE' is mentioned or 12 messages are exchanged")
        let tool = try #require(document.interfaces.first { $0.to.value == "tool:lookup_order" })
        guard case .fields(let fields)? = tool.payload else {
            Issue.record("the tool's signature types its arguments")
            return
        }
        #expect(fields.map(\.name) == ["order_id", "include_items"])
        #expect(fields.map(\.type) == [.string, .boolean])
        #expect(fields.map(\.required) == [true, false])
        #expect(document.warnings.map { "\($0.id) \(ImportFixture.short($0.location))" } == ["import.unknown-field swarm.json:38:11"])
    }
}

@Suite struct DetectionTests {
    @Test(arguments: [
        ("crewai/support_crew", Framework.crewai),
        ("crewai/json_crew", .crewai),
        ("crewai/support_crew/src/support_crew/crew.py", .crewai),
        ("crewai/flow/triage.flow.yaml", .crewai),
        ("adk/pipeline", .adk),
        ("adk/pipeline/root_agent.yaml", .adk),
        ("agent_framework/Translator.yaml", .agentFramework),
        ("agent_framework/Review.yaml", .agentFramework),
        ("autogen/swarm.json", .autogen),
    ])
    func detectsTheFramework(path: String, framework: Framework) throws {
        #expect(try FrameworkImport.detect(path: ImportFixture.path(path)) == framework)
    }

    @Test func aSeamsDocumentLoadsAsBefore() throws {
        let sample = PackageRoot.appending("Samples/loan-approval.yaml").path
        #expect(try FrameworkImport.detect(path: sample) == .seams)
        let imported = try FrameworkImport.load(path: sample)
        let direct = try DocumentLoader().load(path: sample)
        #expect(imported.modules.keys.elementsEqual(direct.modules.keys))
        #expect(imported.interfaces.count == direct.interfaces.count)
    }

    @Test func aFolderWithNoDefinitionIsALocatedError() throws {
        #expect(throws: DocumentError.self) { try FrameworkImport.load(path: ImportFixture.path("agent_framework"), from: .adk) }
        do {
            _ = try FrameworkImport.load(path: ImportFixture.path("crewai/flow"), from: .autogen)
            Issue.record("a folder with no AutoGen JSON is an error")
        } catch {
            #expect(error.diagnostics.map(\.id) == ["import.not-found"])
            #expect(error.diagnostics.first?.location.line == 1)
        }
    }

    @Test func forcedFrameworkOverridesDetection() throws {
        let document = try ImportFixture.load("adk/pipeline/root_agent.yaml", from: .adk)
        #expect(document.modules.count == 3)
    }

    @Test func jsoncCommentsAndTrailingCommasBecomeSpaces() {
        let text = "{\n  \"url\": \"https://x.io\", // note\n  \"a\": [1, 2,], /* c */\n}"
        let plain = JSONCText.plainJSON(text)
        #expect(plain == "{\n  \"url\": \"https://x.io\",        \n  \"a\": [1, 2 ]         \n}")
        #expect(plain.utf8.count == text.utf8.count)
    }
}
