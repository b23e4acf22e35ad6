import Foundation
import SeamsAnalyzer
import SeamsReports
import Testing
import SeamsTestSupport

@Suite("seams rules")
struct RulesCommandTests {
    @Test("the README's decision-point table is generated from the rules")
    func readmeTableIsFresh() throws {
        let readme = try String(contentsOf: ProcessRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let begin = try #require(readme.range(of: "<!-- rules:begin"))
        let afterBegin = try #require(readme[begin.upperBound...].range(of: "-->\n"))
        let end = try #require(readme.range(of: "<!-- rules:end -->"))
        let table = String(readme[afterBegin.upperBound..<end.lowerBound])
        let generated = RulesReport.markdown(RuleHelp.all(in: try Catalog.builtIn()))
        #expect(table == generated, "README.md's table is stale: run scripts/update-readme-rules.sh")
    }

    @Test("the list has one row per rule; one rule shows its examples")
    func listAndDetail() throws {
        let list = try ProcessRunner.run(["rules"])
        #expect(list.status == 0)
        #expect(list.stdout.split(separator: "\n").count == DecisionRules.ids.count + 1)
        // Rows as their columns: the padding follows the longest id, which a new rule may change.
        let rows = list.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(rows.contains(["field.format.time", "2.58", "6", "warning"]))
        #expect(rows.contains(["interface.payload", "≥", "8", "256", "error"]))
        let detail = try ProcessRunner.run(["rules", "field.unit.money"])
        #expect(detail.status == 0)
        #expect(detail.stdout.hasPrefix("field.unit.money — In which unit is this amount of money?\n"))
        #expect(detail.stdout.contains("  open examples:\n    price: { type: number }\n"))
        let json = try ProcessRunner.run(["rules", "flow.gate", "--format", "json"])
        #expect(json.stdout.contains("\"id\": \"flow.gate\""))
    }

    @Test("an unknown id is a located error with a did-you-mean, exit 2")
    func unknownID() throws {
        let run = try ProcessRunner.run(["rules", "field.tipe"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "<arguments>:1:1: error: no decision point 'field.tipe'; did you mean 'field.type'? — run `seams rules` for the list of ids\n")
    }
}
