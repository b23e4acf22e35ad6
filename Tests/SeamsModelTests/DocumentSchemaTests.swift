@testable import SeamsModel
import Testing

@Suite("Schema")
struct SchemaTests {
    @Test func everyLoaderKeyHasASchema() {
        let text = JSONWriter.render(DocumentSchema.json())
        #expect(!text.contains("{}"), "a key of SeamsFileKeys has no schema in DocumentSchema")
        #expect(text.hasPrefix("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\""))
        for key in SeamsFileKeys.document.names + SeamsFileKeys.field.names + SeamsFileKeys.interface.names + SeamsFileKeys.concern.names {
            #expect(text.contains("\"\(key)\":"), "\(key) is missing from the schema")
        }
    }
}
