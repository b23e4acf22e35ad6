public import SeamsModel
import Foundation

/// Reads a document as it was at a git revision, for `seams diff DOC --against REF`.
///
/// This is the one place Seams runs a subprocess: `git show REF:./FILE` in the document's
/// folder. Git's object store has no stable library interface to link against, and reading
/// `.git` by hand would miss packs, worktrees and alternates.
public enum GitRevision {
    public static func read(path: String, at ref: String) throws(DocumentError) -> String {
        let start = SourceLocation(file: path, line: 1, column: 1)
        func failure(_ message: String, _ fix: String) -> DocumentError {
            DocumentError([Diagnostic(id: "git.show", location: start, message: message, fix: fix)])
        }
        guard !ref.isEmpty, !ref.hasPrefix("-"), !ref.contains(":") else {
            throw failure("'\(ref)' is not a usable git revision", "name a branch, tag or commit, e.g. --against origin/main")
        }
        let absolute = RelativePath.absolute(path)
        let directory = (absolute as NSString).deletingLastPathComponent
        let name = (absolute as NSString).lastPathComponent
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory, "show", "\(ref):./\(name)"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw failure("git cannot be started (\(error.localizedDescription))", "install git, or compare two files: seams diff OLD NEW")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = message.split(separator: "\n").first.map(String.init) ?? "exit status \(process.terminationStatus)"
            throw failure("git show \(ref):\(name) failed: \(reason)",
                          "check that the file is in a git repository and committed at \(ref) (git log \(ref) -- \(path))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw failure("the file at \(ref) is not UTF-8 text", "compare two files saved as UTF-8: seams diff OLD NEW")
        }
        return text
    }
}
