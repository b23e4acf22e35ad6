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
    let message = SeamsCommand.fullMessage(for: error)
    if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
    exit(code == .validationFailure ? 2 : code.rawValue)
}
