import ArgumentParser
import Foundation
import SeamsModel

// Seams's exit codes are 0 passed, 1 check failed, 2 usage or input error; argument-parser
// exits 64 on usage errors, so the mapping is done here rather than with `main()`.
// Every input, I/O, Graphviz, glob and git failure reaches here as diagnostics: printed once, exit 2.
do {
    var command = try SeamsCommand.parseAsRoot()
    try command.run()
} catch let failure as any DiagnosticConvertible {
    CommandRunner.printDiagnostics(failure.diagnostics)
    if let trailer = (failure as? CommandFailure)?.trailer { CommandRunner.standardError(trailer) }
    exit(2)
} catch {
    let code = SeamsCommand.exitCode(for: error)
    if code == .success {
        SeamsCommand.exit(withError: error)
    }
    // A usage error (unknown option, bad value, a rule `validate()` enforces) is a diagnostic too.
    let message = SeamsCommand.message(for: error)
    if code == .validationFailure && !message.isEmpty {
        CommandRunner.printDiagnostics([Diagnostic(.usage, location: SourceLocation(file: "<arguments>", line: 1, column: 1),
                                                   message: message, fix: "see the command's usage with --help")])
        exit(2)
    }
    let full = SeamsCommand.fullMessage(for: error)
    if !full.isEmpty { FileHandle.standardError.write(Data((full + "\n").utf8)) }
    exit(code == .validationFailure ? 2 : code.rawValue)
}
