import ArgumentParser
import Foundation
import SeamsModel

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a starter decomposition (or, with --spec, a starter spec) to edit and score.",
        discussion: """
        Writes a small, valid document that uses every part of the format, with one open decision \
        left on purpose. With --spec, writes a spec instead: concerns and artifacts without modules, \
        using inputs, load, actors, effects, a human gate and together/apart constraints, ready for \
        `seams plan`. Refuses to overwrite an existing file unless --force.

        EXAMPLES
          seams init
          seams init plans/checkout.yaml && seams score plans/checkout.yaml
          seams init --spec refunds.yaml && seams plan refunds.yaml
        """
    )

    @Argument(help: ArgumentHelp("Where to write the document.", valueName: "file"))
    var file: String = "seams.yaml"

    @Flag(name: .long, help: "Overwrite the file if it exists.")
    var force = false

    @Flag(name: .long, help: "Write a spec (no modules) for `seams plan` instead of a decomposition.")
    var spec = false

    func run() throws {
        if FileManager.default.fileExists(atPath: file) && !force {
            throw DocumentError([Diagnostic(.fileExists, location: SourceLocation(file: file, line: 1, column: 1), message: "the file exists",
                                            fix: "choose another name, or pass --force to overwrite it")])
        }
        try CommandRunner.write(Data((spec ? StarterSpec.text : StarterDocument.text).utf8), to: file, inputs: [])
        print("wrote \(file); next: seams \(spec ? "plan" : "score") \(file)")
    }
}
