import Foundation
import OrderedCollections
import SeamsModel
import Testing

@Suite("Source reader")
struct SourceReaderTests {
    @Test func jsonKeepsLinesAndColumnsInUnicodeScalars() throws {
        let json = "{\n  \"name\": \"café ☕\",\n  \"seams\": 1\n}\n"
        let root = try SourceReader.parse(Data(json.utf8), file: "d.json")
        guard case .mapping(let entries) = root.value else { Issue.record("not a mapping"); return }
        #expect(entries.map(\.key.location.line) == [2, 3])
        #expect(entries[0].value.location.column == 11)
        #expect(entries[0].value.scalarText == "café ☕")
        #expect(entries[1].value.scalarText == "1")
    }

    @Test func jsonAndYAMLGiveTheSameDocument() throws {
        let yaml = "seams: 1\nname: x\nmodules: { a: {}, b: {} }\ninterfaces:\n  - { from: a, to: b, on-error: fail }\n"
        let json = #"{"seams": 1, "name": "x", "modules": {"a": {}, "b": {}}, "interfaces": [{"from": "a", "to": "b", "on-error": "fail"}]}"#
        let fromYAML = try DocumentLoader().load(text: yaml, file: "d.yaml")
        let fromJSON = try DocumentLoader().load(text: json, file: "d.json")
        #expect(Array(fromYAML.modules.keys) == Array(fromJSON.modules.keys))
        #expect(fromYAML.interfaces.map(\.onError?.value) == fromJSON.interfaces.map(\.onError?.value))
    }

    @Test func jsonEscapes() throws {
        let root = try SourceReader.parse(Data(#"{"a": "x\"y\\z\u00e9\ud83d\ude00\n"}"#.utf8), file: "e.json")
        guard case .mapping(let entries) = root.value else { Issue.record("not a mapping"); return }
        #expect(entries[0].value.scalarText == "x\"y\\zé😀\n")
    }

    @Test func quotedScalarsAreNeverNumbers() throws {
        #expect(throws: DocumentError.self) {
            try DocumentLoader().load(text: "seams: 1\nbudget: { attention: \"4\" }\n", file: "q.yaml")
        }
    }

    @Test func aliasBombStopsAtTheNodeBound() throws {
        var lines = ["seams: 1", "a: &a [1,1,1,1,1,1,1,1,1]"]
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
            previous = name
        }
        do {
            _ = try SourceReader.parse(Data(lines.joined(separator: "\n").utf8), file: "bomb.yaml")
            Issue.record("the alias bomb was accepted")
        } catch {
            #expect(error.diagnostics.map(\.id) == ["limit.nodes"])
        }
    }
}
