import ArgumentParser
import Foundation
import SeamsModel
import SeamsReports
import SeamsWorkspace

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show per-interface changes in open bits and coupling between two versions of a document.",
        discussion: """
        Compares OLD and NEW, or a document with its version at a git revision (--against, which \
        runs `git show REF:FILE`). Both sides are scored under the project file of the document \
        named (NEW). Lists each interface whose open bits, coupling or decisions changed, with the \
        decisions it opened or closed. Exit 0 whatever changed; 2 on bad input.

        EXAMPLES
          seams diff Samples/refund-gate-ambiguous.yaml Samples/refund-gate-closed.yaml
          seams diff plans/checkout.yaml --against origin/main
          seams diff plans/checkout.yaml --against HEAD~1 --format json
        """
    )

    @Argument(help: ArgumentHelp("OLD and NEW; or one document with --against.", valueName: "doc"))
    var documents: [String]

    @OptionGroup var source: FrameworkOption

    @Option(name: .long, help: ArgumentHelp("Compare the document with its version at this git revision.", valueName: "git-ref"))
    var against: String?

    @Option(name: .long, help: ArgumentHelp("Project file for both sides (default: .seams.yml beside the newer document).", valueName: "file"))
    var config: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: ScoreFormat = .text

    @Option(name: .long, help: ArgumentHelp("Largest document read, in bytes.", valueName: "bytes"))
    var maxFileSize: Int = LoadLimits.standard.maxFileBytes

    func validate() throws {
        if against != nil && documents.count != 1 { throw ValidationError("With --against, name one document: seams diff DOC --against REF.") }
        if against == nil && documents.count != 2 { throw ValidationError("Name two documents, OLD and NEW, or one with --against REF.") }
        try NumberRange.fileSize.validate(maxFileSize, option: "--max-file-size")
    }

    func run() throws {
        let newPath = documents[documents.count - 1]
        let workspace = Workspace(framework: source.framework, configPath: config, limits: LoadLimits(maxFileBytes: maxFileSize))
        // Both sides under the project file of NEW; agent-framework projects compare like documents.
        let project = try workspace.projectConfig(for: newPath)
        let old: WorkspaceDocument
        if let against {
            old = try workspace.load(text: try GitRevision.read(path: newPath, at: against), file: "\(against):\(newPath)", project: project)
        } else {
            old = try workspace.load(documents[0], project: project)
        }
        let new = try workspace.load(newPath, project: project)
        CommandRunner.printWarnings(old.document.warnings + new.document.warnings)
        let diff = ScoreDiff(old: try old.score(), new: try new.score())
        switch format {
        case .text: print(DiffText.render(diff), terminator: "")
        case .json: FileHandle.standardOutput.write(Data(DiffText.json(diff).renderedBytes()))
        }
    }
}
