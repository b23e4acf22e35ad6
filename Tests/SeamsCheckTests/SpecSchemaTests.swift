import Foundation
import SeamsCheck
import SeamsModel
import SeamsReports
import Testing

/// The spec vocabulary of issue 15 in `seams schema`.
@Suite("Schema of the spec vocabulary")
struct SpecSchemaTests {
    static let text = JSONWriter.render(DocumentSchema.json())

    @Test func inputsTakeAListOrAMapOfDeclarations() {
        #expect(Self.text.contains("\"inputs\": {\n      \"description\": \"Artifacts that come from outside the task"))
        let inputs = Self.text.components(separatedBy: "\"inputs\": {")[1].components(separatedBy: "\"artifacts\": {")[0]
        #expect(inputs.contains("\"$ref\": \"#/$defs/textList\""))
        #expect(inputs.contains("\"type\": [\"object\", \"null\"]"))
        #expect(inputs.contains("\"weight\": {") && inputs.contains("\"about\": {") && inputs.contains("\"fields\": {"))
        #expect(!inputs.contains("on-conflict"), "an input has one writer: the outside")
    }

    @Test func concernsTakeActorAndTheNewEffects() {
        #expect(Self.text.contains("\"enum\": [\"agent\", \"human\"]"))
        #expect(Self.text.contains("\"enum\": [\"none\", \"read-only\", \"reversible\", \"external\", \"irreversible\"]"))
    }

    @Test func fieldsTakeMapAndOfferTheKnownValues() {
        #expect(Self.text.contains("\"enum\": [\"string\", \"integer\", \"number\", \"boolean\", \"array\", \"object\", \"null\", \"map\"]"))
        #expect(Self.text.contains("\"examples\": [\"unordered\", \"ordered\", \"insertion\", \"chronological\", \"reverse-chronological\", \"ascending\", \"descending\", \"by <key>\", \"by <key> desc\"]"))
        #expect(Self.text.contains("\"semver\""))
        #expect(Self.text.contains("\"bcp47\""))
    }
}
