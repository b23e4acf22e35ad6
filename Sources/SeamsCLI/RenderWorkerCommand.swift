import ArgumentParser
import Foundation
import SeamsRender

/// The hidden child of `render`, `report` and `bench --worker`: DOT on standard input, the
/// rendered bytes on standard output. Graphviz runs here so that when it crashes (Graphviz 2.42
/// aborts on some graphs) only this process dies and the parent reports a located error.
struct RenderWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render-worker",
        abstract: "Render DOT from standard input with Graphviz (internal: the child process of render and report).",
        shouldDisplay: false
    )

    /// How the parent starts this command.
    static let arguments = ["render-worker"]

    @Option(name: .long, help: "svg, png, pdf or plain.")
    var format: String

    @Option(name: .long, help: "dot or sfdp.")
    var engine: String

    func run() throws {
        guard let format = RenderFormat(rawValue: format), let engine = LayoutEngine(rawValue: engine) else {
            throw ValidationError("--format takes svg, png, pdf or plain; --engine takes dot or sfdp")
        }
        let dot = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        let result = RenderWorker.serve(dot, format: format, engine: engine, environment: ProcessInfo.processInfo.environment)
        FileHandle.standardOutput.write(Data(result.output))
        if !result.error.isEmpty { FileHandle.standardError.write(Data(result.error.utf8)) }
        if result.status != 0 { throw ExitCode(result.status) }
    }
}
