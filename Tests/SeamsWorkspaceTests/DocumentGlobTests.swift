import Foundation
import SeamsTestSupport
@testable import SeamsWorkspace
import Testing

@Suite("Globs")
struct GlobTests {
    @Test(arguments: [
        ("*.yaml", "loan.yaml", true), ("*.yaml", "loan.yml", false), ("loan-?.yaml", "loan-1.yaml", true),
        ("[a-c]*.json", "b.json", true), ("[!a-c]*.json", "b.json", false), ("*approval*", "loan-approval.yaml", true),
        ("a*b*c", "aXbYc", true), ("a*b*c", "aXbY", false), ("[", "[", true),
    ])
    func wildcards(pattern: String, name: String, matches: Bool) {
        #expect(DocumentGlob.wildcardMatch(Array(pattern), Array(name)) == matches)
    }

    @Test func expandsSortedAndFailsOnNoMatch() throws {
        let root = PackageRoot.url.path
        let found = try DocumentGlob.expand(["\(root)/Samples/refund-gate-*.yaml", "\(root)/Samples/refund-gate-closed.yaml"])
        #expect(found.map { ($0 as NSString).lastPathComponent } == ["refund-gate-ambiguous.yaml", "refund-gate-closed.yaml"])
        let deep = try DocumentGlob.expand(["\(root)/Sam*/**/refund-*.yaml"])
        #expect(deep.count == 2)
        #expect(throws: DocumentGlob.NoMatch.self) { try DocumentGlob.expand(["\(root)/Samples/*.nothing"]) }
    }

    @Test func doubleStarDoesNotFollowALinkLoop() throws {
        let temporary = try TemporaryFolder("glob", files: ["plans/team/a.yaml": "seams: 1\n"])
        defer { temporary.remove() }
        let folder = temporary.url
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("plans/team/loop").path,
                                                   withDestinationPath: folder.appendingPathComponent("plans").path)
        let found = try DocumentGlob.expand([folder.appendingPathComponent("plans/**/*.yaml").path])
        #expect(found == [folder.appendingPathComponent("plans/team/a.yaml").path])
    }
}
