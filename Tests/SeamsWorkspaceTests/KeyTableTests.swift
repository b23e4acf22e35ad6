import Foundation
import SeamsModel
import SeamsTestSupport
import SeamsWorkspace
import Testing

/// One declaration per key: documents and `.seams.yml` read `budget` and `policy` by the same
/// table, so they accept and reject the same values with the same words.
@Suite struct KeyTableTests {
    @Test(arguments: ["0", "-1", "0.001", "2000000"])
    func theProjectFileRejectsAnAttentionBudgetADocumentRejects(value: String) throws {
        let projectError = try #require(throws: DocumentError.self) {
            _ = try Scoring.projectConfig("seams: 1\nbudget:\n  attention: \(value)\n")
        }
        let documentError = try #require(throws: DocumentError.self) {
            _ = try DocumentLoader().load(text: "seams: 1\nbudget:\n  attention: \(value)\nconcerns: { a: { does: x } }\n", file: "d.yaml")
        }
        let project = try #require(projectError.diagnostics.first)
        let document = try #require(documentError.diagnostics.first)
        #expect(projectError.diagnostics.count == 1)
        #expect(project.id == "value.range")
        #expect((project.location.line, project.location.column) == (3, 14))
        #expect(project.id == document.id)
        #expect(project.message == document.message)
        #expect(project.message == "budget.attention '\(value)' is out of range: it must be from 0.01 to 1,000,000")
    }

    @Test func theProjectFileRejectsAPolicyADocumentRejects() throws {
        let error = try #require(throws: DocumentError.self) {
            _ = try Scoring.projectConfig("seams: 1\npolicy: { share-context-ratio: -2 }\n")
        }
        #expect(error.diagnostics.map(\.id) == ["value.range"])
    }

    @Test func theLoaderTheProjectFileAndTheSchemaShareTheTables() {
        #expect(SeamsFileKeys.documentBudget.names == ["attention", "modules"])
        #expect(SeamsFileKeys.policy.names == ["isolate-max-open-bits", "share-context-ratio"])
        #expect(SeamsFileKeys.projectBudget["attention"]?.doc == SeamsFileKeys.documentBudget["attention"]?.doc)
        #expect(SeamsFileKeys.projectCheck.names == ["max-open-bits", "max-interface-bits", "fail-on", "severity"])
        #expect(SeamsFileKeys.concern.names == ["does", "reads", "writes", "effect", "gate", "actor", "role", "tools", "load"])
        let schema = JSONWriter.render(DocumentSchema.json())
        // A concern's load: the loader's range (0.01 to 1,000,000), not a looser one of the schema's own.
        #expect(schema.contains("\"load\": {\n          \"type\": \"number\",\n          \"minimum\": 0.01,\n          \"maximum\": 1000000\n        }"))
        #expect(schema.contains("""
                "attention": {
                  "type": "number",
                  "minimum": 0.01,
                  "maximum": 1000000,
                  "description": "The most load one module may carry."
                }
        """))
    }
}
