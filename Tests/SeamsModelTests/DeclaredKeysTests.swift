@testable import SeamsModel
import Testing

/// Every key the sections of `SeamsFileKeys` declare is accepted by the loader at its place and
/// listed by `seams schema` at the same place, so declaration, loader and schema cannot drift.
@Suite("Declared keys")
struct DeclaredKeysTests {
    /// One place of a document: its declared keys, a minimal document with one key written there,
    /// and where `seams schema` lists the place's properties.
    struct Place: Sendable, CustomTestStringConvertible {
        let name: String
        let keys: [KeySpec]
        /// The keys the section reads itself (not `seams`, read by the version gate, nor `plan`).
        let readKeys: [KeySpec]
        let document: @Sendable (_ key: String, _ value: String) -> String
        let schemaPath: [String]

        init<Target>(_ name: String, _ section: KeySection<Target>, schemaPath: [String],
                     document: @escaping @Sendable (_ key: String, _ value: String) -> String) {
            self.name = name
            keys = section.bindings.map(\.spec)
            readKeys = section.bindings.filter { $0.read != nil }.map(\.spec)
            self.document = document
            self.schemaPath = schemaPath
        }

        var testDescription: String { name }
    }

    static let places: [Place] = [
        Place("the document", SeamsFileKeys.document, schemaPath: ["properties"]) { key, value in
            key == "seams" ? "seams: 1\n" : "seams: 1\n\(key): \(value)\n"
        },
        Place("budget", SeamsFileKeys.documentBudget, schemaPath: ["properties", "budget", "properties"]) { "seams: 1\nbudget:\n  \($0): \($1)\n" },
        Place("defaults", SeamsFileKeys.defaults, schemaPath: ["properties", "defaults", "properties"]) { "seams: 1\ndefaults:\n  \($0): \($1)\n" },
        Place("policy", SeamsFileKeys.policy, schemaPath: ["properties", "policy", "properties"]) { "seams: 1\npolicy:\n  \($0): \($1)\n" },
        Place("constraints", SeamsFileKeys.constraints, schemaPath: ["properties", "constraints", "properties"]) {
            "seams: 1\nconcerns: { a: { does: x } }\nconstraints:\n  \($0): \($1)\n"
        },
        Place("an input", SeamsFileKeys.input, schemaPath: ["properties", "inputs", "anyOf", "1", "additionalProperties", "properties"]) {
            "seams: 1\ninputs:\n  a:\n    \($0): \($1)\n"
        },
        Place("an artifact", SeamsFileKeys.artifact, schemaPath: ["$defs", "artifact", "properties"]) {
            "seams: 1\nartifacts:\n  a:\n    \($0): \($1)\n"
        },
        Place("a field", SeamsFileKeys.field, schemaPath: ["$defs", "field", "anyOf", "2", "properties"]) {
            "seams: 1\nartifacts:\n  a:\n    fields:\n      f:\n        \($0): \($1)\n"
        },
        Place("a concern", SeamsFileKeys.concern, schemaPath: ["$defs", "concern", "properties"]) {
            "seams: 1\nconcerns:\n  c:\n    \($0): \($1)\n"
        },
        Place("a module", SeamsFileKeys.module, schemaPath: ["$defs", "module", "properties"]) {
            "seams: 1\nmodules:\n  m:\n    \($0): \($1)\n"
        },
        Place("an interface", SeamsFileKeys.interface, schemaPath: ["$defs", "interface", "properties"]) { key, value in
            let endpoints = "  - from: \(key == "from" ? value : "a")\n    to: \(key == "to" ? value : "b")\n"
            return "seams: 1\ninterfaces:\n" + endpoints + (key == "from" || key == "to" ? "" : "    \(key): \(value)\n")
        },
        Place("a payload", SeamsFileKeys.payload, schemaPath: ["$defs", "interface", "properties", "payload", "anyOf", "1", "properties"]) {
            "seams: 1\ninterfaces:\n  - from: a\n    to: b\n    payload:\n      \($0): \($1)\n"
        },
    ]

    /// A value of the key's declared type (the loader may still reject it for other reasons, never
    /// for its key).
    static func sample(_ type: KeySpec.ValueType) -> String {
        switch type {
        case .number, .integer: "2"
        case .choice(let words): words.first ?? "x"
        case .text: "x"
        case .textList: "[x]"
        case .boolean: "true"
        case .bounds: "[0, 1]"
        case .groups: "[[a]]"
        case .section: "{}"
        }
    }

    static func diagnostics(_ text: String) -> [Diagnostic] {
        do {
            return try DocumentLoader(allowsUnplacedConcerns: true).load(text: text, file: "d.yaml").warnings
        } catch {
            return error.diagnostics
        }
    }

    @Test(arguments: places)
    func theLoaderAcceptsEveryDeclaredKey(place: Place) {
        for key in place.keys {
            let unknown = Self.diagnostics(place.document(key.name, Self.sample(key.type))).filter { $0.id == "key.unknown" }
            #expect(unknown.isEmpty, "\(place.name): \(key.name) is declared but the loader rejects it: \(unknown)")
        }
        let undeclared = Self.diagnostics(place.document("not-a-key", "x")).filter { $0.id == "key.unknown" }
        #expect(undeclared.count == 1, "\(place.name): an undeclared key is not rejected, so this test proves nothing there")
        #expect(undeclared.first?.message.hasPrefix("unknown key 'not-a-key' in ") == true)
    }

    @Test(arguments: places)
    func theSchemaListsEveryDeclaredKeyAtItsPlace(place: Place) throws {
        var node = DocumentSchema.json()
        for step in place.schemaPath {
            switch node {
            case .map(let entries):
                node = try #require(entries.first { $0.key == step }?.value, "\(place.name): no '\(step)' in the schema")
            case .list(let items):
                let index = try #require(Int(step))
                node = items[index]
            default:
                Issue.record("\(place.name): the schema has no place at \(place.schemaPath)")
                return
            }
        }
        guard case .map(let properties) = node else {
            Issue.record("\(place.name): \(place.schemaPath) is no mapping")
            return
        }
        #expect(properties.map(\.key) == place.keys.map(\.name))
    }

    /// A value no key accepts: a list of lists (for groups, which are one, a number).
    static func wrong(_ type: KeySpec.ValueType) -> String {
        if case .groups = type { return "3" }
        return "[[1]]"
    }

    /// Each key a section reads is really read: a wrong value is reported on its line, so a key
    /// declared and never read (left out of a read order, say) fails here.
    @Test(arguments: places)
    func theLoaderReadsEveryDeclaredKey(place: Place) {
        for key in place.readKeys {
            let text = place.document(key.name, Self.wrong(key.type))
            let line = text.split(separator: "\n", omittingEmptySubsequences: false)
                .firstIndex { $0.contains("\(key.name): \(Self.wrong(key.type))") }.map { $0 + 1 }
            let errors = Self.diagnostics(text).filter { $0.severity == .error && $0.location.line == line }
            #expect(!errors.isEmpty, "\(place.name): a wrong value of \(key.name) is not reported, so the key is not read")
        }
    }

    /// A section that reads its keys in a declared order reads each key it has a reader for.
    @Test func theReadOrderOfTheDocumentNamesEveryKeyWithAReader() throws {
        let document = SeamsFileKeys.document
        let readOrder = try #require(document.readOrder)
        #expect(Set(readOrder) == Set(document.bindings.filter { $0.read != nil }.map(\.name)))
        #expect(readOrder.count == Set(readOrder).count)
        #expect(document.bindings.filter { $0.read == nil }.map(\.name) == ["seams", "plan"])
        #expect(document.required == ["seams"])
        #expect(readOrder.firstIndex(of: "artifacts").map { $0 < (readOrder.firstIndex(of: "inputs") ?? 0) } == true)
    }
}
