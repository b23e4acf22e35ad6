import SeamsAnalyzer
import SeamsImport
import Foundation
import OrderedCollections
import SeamsModel
import Testing

/// Broken or odd framework files: a located error (exit 2 in the CLI) or warnings, never a crash.
@Suite struct MalformedImportTests {
    @Test func yamlSyntaxErrorInTasksIsLocated() {
        #expect(ImportFixture.located(ImportFixture.loadErrors("bad/crew_syntax")) == ["syntax.yaml tasks.yaml:3:18"])
    }

    @Test func missingSubAgentFileIsLocated() {
        #expect(ImportFixture.located(ImportFixture.loadErrors("bad/adk_missing")) == ["file.missing root_agent.yaml:3:18"])
    }

    @Test func selfReferencingAgentStopsWithWarnings() throws {
        let document = try ImportFixture.load("bad/adk_self")
        #expect(document.modules.keys.sorted() == ["42", "loop_forever"])
        #expect(document.warnings.map(\.id) == ["adk.cycle", "adk.cycle", "adk.implicit-context", "adk.code-agent", "import.unknown-field"])
    }

    /// CrewAI cannot load YAML of the wrong shape or a crew.py that is not Python: input errors, all located.
    @Test func wrongShapesAndInvalidPythonAreLocatedErrors() throws {
        let error = try #require(throws: DocumentError.self) { try ImportFixture.load("bad/crew_shapes", from: .crewai) }
        #expect(error.diagnostics.map { "\($0.id) \(ImportFixture.short($0.location))" } == [
            "crewai.shape agents.yaml:1:1",
            "crewai.shape tasks.yaml:1:1",
        ])
    }

    @Test func oddAutoGenComponentsAreWarnings() throws {
        let document = try ImportFixture.load("bad/autogen_odd.json")
        // A SelectorGroupChat adds the orchestrator that picks each speaker, both ways to each participant.
        #expect(document.modules.keys.sorted() == ["duo", "orchestrator", "solo", "tool:t", "user"])
        #expect(document.interfaces.filter { $0.from.value == "orchestrator" || $0.to.value == "orchestrator" }.count == 4)
        #expect(document.warnings.map(\.id) == ["autogen.participant", "autogen.implicit-context", "autogen.implicit-context",
                                                "autogen.handoff-unknown"])
        let tool = try #require(document.interfaces.first { $0.to.value == "tool:t" })
        guard case .fields(let fields)? = tool.payload else {
            Issue.record("the signature still types what it can")
            return
        }
        #expect(fields.map(\.name) == ["y"])
        #expect(fields.first?.type == .array)
        #expect(fields.first?.items?.value.type == .integer)
    }

    @Test func hierarchicalCrewAddsAManagerBothWays() throws {
        let document = try ImportFixture.load("crewai/hierarchical")
        let score = try ImportFixture.score(document)
        #expect(ImportFixture.openBits(score) == [
            "manager->gather": 12.32, "manager->summarise": 12.32, "gather->manager": 8, "summarise->manager": 8,
        ])
        // `context: []` says "no earlier output": no implicit context.
        #expect(document.implicitContextPairs == 0)
        #expect(document.modules["gather"]?.tools == ["CSVSearchTool"])
        #expect(document.warnings.isEmpty)
    }
}
