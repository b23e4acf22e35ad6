import Foundation
import SeamsModel
import Testing
import SeamsTestSupport

@Suite("Diagnostic registry")
struct DiagnosticRegistryTests {
    static let sources = PackageRoot.appending("Sources")

    /// Every diagnostic id written as a literal where a diagnostic is raised in Sources/.
    static func usedIDs() throws -> Set<String> {
        let pattern = try NSRegularExpression(pattern: #"(?:Diagnostic\(\s*id: |report\(|warn\(|error\()"([a-z][a-z0-9-]*\.[a-z0-9.-]+)""#)
        var ids = Set<String>()
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            guard url.pathExtension == "swift", url.lastPathComponent != "DiagnosticRegistry.swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { ids.insert(String(text[range])) }
            }
        }
        return ids
    }

    @Test("every id is unique and documented")
    func uniqueAndDocumented() {
        let names = DiagnosticID.registry.map(\.name)
        #expect(Set(names).count == names.count, "duplicates: \(names.filter { name in names.filter { $0 == name }.count > 1 })")
        for id in DiagnosticID.registry {
            #expect(!id.summary.isEmpty, "\(id.name) has no doc line")
            #expect(id.name.contains("."), "\(id.name) is not dotted")
        }
        #expect(DiagnosticID.registry.count == 125)
    }

    @Test("every id raised in Sources/ is registered")
    func everyUsedIDIsRegistered() throws {
        let used = try Self.usedIDs()
        #expect(used.count > 60, "the scan found only \(used.sorted())")
        let registered = Set(DiagnosticID.registry.map(\.name))
        #expect(used.subtracting(registered).sorted() == [])
    }

    @Test("one formatter: the suggestion and notes are data, worded once")
    func formatter() {
        let diagnostic = Diagnostic(.moduleUnknown, location: SourceLocation(file: "plan.yaml", line: 4, column: 20),
                                    message: "no module named 'b'", fix: "rename it to 'a'", suggestion: "a",
                                    notes: [DiagnosticNote(location: SourceLocation(file: "plan.yaml", line: 2, column: 3), message: "'a' is declared here")])
        #expect(DiagnosticText.render(diagnostic)
            == "plan.yaml:4:20: error: no module named 'b'; did you mean 'a'? — rename it to 'a'\nplan.yaml:2:3: note: 'a' is declared here")
        #expect(diagnostic.id == "module.unknown")
        #expect(DiagnosticID.named("module.unknown")?.domain == .load)
        let two = DiagnosticText.render([diagnostic, diagnostic])
        #expect(two.hasSuffix("\n2 errors"))
    }
}
