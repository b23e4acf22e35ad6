import Foundation
public import SeamsModel

/// Writing a plan without losing a person's edits: YAML plans carry a hash of their own content
/// on the first line, an existing file is replaced only when its hash still matches (or the
/// bytes are identical, or `force`), and every write goes to a temporary file renamed into place.
public enum PlanFile {
    static let marker = "# seams plan; content hash fnv1a64:"

    /// FNV-1a, 64 bit: enough to notice an edit (not a security measure).
    static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Prefixes the hash line to a YAML body.
    static func stamped(_ body: String) -> String {
        hashLine(body) + "\n" + body
    }

    static func hashLine(_ body: String) -> String {
        "\(marker)\(fnv1a(body)) (edit freely: seams plan -o will not overwrite an edited file without --force)"
    }

    /// True when `text` is a stamped plan exactly as Seams wrote it. Text a person added to the
    /// hash line counts as an edit like any other, so `plan -o` keeps it (refuses) rather than
    /// silently dropping a note the header seemed to invite.
    public static func isUnedited(_ text: String) -> Bool {
        guard text.hasPrefix(marker), let newline = text.firstIndex(of: "\n") else { return false }
        let body = String(text[text.index(after: newline)...])
        return text[..<newline] == hashLine(body)
    }

    public enum WriteError: DiagnosticConvertible, CustomStringConvertible {
        case edited(path: String)
        case write(AtomicFile.WriteError)

        public var diagnostics: [Diagnostic] {
            switch self {
            case .edited(let path):
                [Diagnostic(.fileExists, location: SourceLocation(file: path, line: 1, column: 1),
                            message: "the file was edited since Seams wrote it (or Seams did not write it)",
                            fix: "pass --force to overwrite it, or choose another -o file")]
            case .write(let error): [error.diagnostic]
            }
        }

        public var description: String { DiagnosticText.render(diagnostics) }
    }

    /// Writes `text` to `path` atomically, refusing to replace an edited file unless `force`,
    /// and refusing always when `path` is one of `inputs`.
    public static func write(_ text: String, to path: String, force: Bool, inputs: [String] = []) throws(WriteError) {
        do {
            try AtomicFile.refuseInput(path, inputs: inputs)
        } catch {
            throw .write(error)
        }
        let manager = FileManager.default
        if !force, manager.fileExists(atPath: path) {
            let existing = manager.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
            if existing != text && !isUnedited(existing) { throw .edited(path: path) }
        }
        do {
            try AtomicFile.write(text, to: path, inputs: inputs)
        } catch {
            throw .write(error)
        }
    }
}
