import ArgumentParser
import SeamsModel

/// Options every command that reads a document shares.
struct DocumentOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The document: a spec or decomposition in YAML or JSON (seams: 1).", valueName: "doc"))
    var document: String

    @Option(name: .long, help: ArgumentHelp("Project file with catalog changes and policy (default: .seams.yml beside the document).", valueName: "file"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("Largest document read, in bytes.", valueName: "bytes"))
    var maxFileSize: Int = LoadLimits.standard.maxFileBytes

    var limits: LoadLimits { LoadLimits(maxFileBytes: maxFileSize) }
}

/// Output formats of `score`.
enum ScoreFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
