import ArgumentParser
import Foundation
import SeamsModel

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft 2020-12) of the document format, for editors and CI.",
        discussion: """
        Save it beside your documents and point the YAML language server at it with a first line \
        such as `# yaml-language-server: $schema=./seams.schema.json`: editors then complete keys \
        and flag unknown ones as you type.

        EXAMPLES
          seams schema > seams.schema.json
          seams schema --output .seams/document.schema.json
        """
    )

    @Option(name: [.short, .long], help: ArgumentHelp("Write the schema to this file (atomically).", valueName: "file"))
    var output: String?

    func run() throws {
        let bytes = Data(JSONWriter.renderedBytes(DocumentSchema.json()))
        guard let output else {
            FileHandle.standardOutput.write(bytes)
            return
        }
        try CommandRunner.write(bytes, to: output, inputs: [])
    }
}
