import ArgumentParser
import SeamsImport
import SeamsModel
import SeamsWorkspace

/// Options every command that reads a document shares.
struct DocumentOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The document: a spec or decomposition in YAML or JSON (seams: 1), or an agent-framework project folder or file.", valueName: "doc"))
    var document: String

    @OptionGroup var source: FrameworkOption

    @Option(name: .long, help: ArgumentHelp("Project file with catalog changes and policy (default: .seams.yml beside the document).", valueName: "file"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("Largest document read, in bytes.", valueName: "bytes"))
    var maxFileSize: Int = LoadLimits.standard.maxFileBytes

    /// How this command reads its document: `--from`, `--config`, `--max-file-size`.
    var workspace: Workspace { Workspace(framework: source.framework, configPath: config, limits: LoadLimits(maxFileBytes: maxFileSize)) }

    /// The files this command reads (document, project file), which no output may replace.
    var inputFiles: [String] { workspace.inputFiles(of: document) }

    func validate() throws {
        try NumberRange.fileSize.validate(maxFileSize, option: "--max-file-size")
    }
}

/// `--from`, shared by every command that reads documents or framework projects.
struct FrameworkOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Read the input as this framework's definitions instead of detecting it: crewai, adk, agent-framework, autogen, langgraph, openai-agents.", valueName: "framework"))
    var from: String?

    var framework: Framework? {
        from.flatMap { name in Framework.importable.first { $0.rawValue == name } }
    }

    func validate() throws {
        if let from, framework == nil {
            throw ValidationError("--from takes one of \(Framework.importable.map(\.rawValue).joined(separator: ", ")), not '\(from)'.")
        }
    }
}

/// Output formats of `score`.
enum ScoreFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
