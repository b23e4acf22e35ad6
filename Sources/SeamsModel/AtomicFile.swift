public import Foundation

/// Writes output files whole or not at all: a temporary file beside the target, then a rename,
/// so a crash, a full disk or Ctrl-C never leaves a half-written report behind.
///
/// Two more promises: an output is never one of the command's inputs (compared by file identity,
/// so symlinks, `..` and hard links cannot sneak past), and a symlinked output is written through
/// to its target (the link stays a link) rather than replaced by a regular file.
public enum AtomicFile {
    /// Why a write failed, as a located diagnostic on the output path (line 1, column 1).
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        public var diagnostic: Diagnostic

        public var path: String { diagnostic.location.file }
        public var reason: String { diagnostic.message }
        public var description: String { diagnostic.description }

        init(_ id: DiagnosticID, path: String, _ message: String, fix: String) {
            diagnostic = Diagnostic(id, location: SourceLocation(file: path, line: 1, column: 1), message: message, fix: fix)
        }

        /// `output.write`: the file system refused.
        static func io(_ path: String, _ reason: String) -> WriteError {
            WriteError(.ioWrite, path: path, "cannot write the file: \(reason)",
                       fix: "check that the folder exists and is writable, or choose another output path")
        }
    }

    /// Writes `data` to `path` (through a symlink, to its target), refusing when the file is one of `inputs`.
    public static func write(_ data: Data, to path: String, inputs: [String] = []) throws(WriteError) {
        try refuseInput(path, inputs: inputs)
        let target = resolvedTarget(path)
        let url = URL(fileURLWithPath: target)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).seams-\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .io(path, "cannot create the folder \(directory.path)")
        }
        if let reason = writeNew(data, at: temporary.path) {
            try? FileManager.default.removeItem(at: temporary)
            throw .io(path, reason)
        }
        // rename(2) replaces the target atomically on the same file system.
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .io(path, reason)
        }
    }

    /// Creates `path` (which must not exist) holding `data`; returns why it failed, or nil.
    private static func writeNew(_ data: Data, at path: String) -> String? {
        unlink(path)  // a temporary file left by a killed run of the same process id
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        return data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> String? in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
    }

    public static func write(_ text: String, to path: String, inputs: [String] = []) throws(WriteError) {
        try write(Data(text.utf8), to: path, inputs: inputs)
    }

    /// Fails with `output.is-input` when `path` names the same file as one of `inputs`.
    public static func refuseInput(_ path: String, inputs: [String]) throws(WriteError) {
        guard let output = FileIdentity(path) else { return }
        for input in inputs where FileIdentity(input) == output {
            throw WriteError(.outputIsInput, path: path,
                             "the output is the input \(input)" + (input == path ? "" : " (the same file)") + "; writing would destroy it",
                             fix: "write to another file, e.g. a name with .out before the extension")
        }
    }

    /// The file a write to `path` should replace: the end of its symlink chain, or `path` itself.
    static func resolvedTarget(_ path: String) -> String {
        var current = path
        // A chain longer than the kernel's own limit (40) is a loop: write at the link itself.
        for _ in 0..<40 {
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { return current }
            current = destination.hasPrefix("/") ? destination
                : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination)
        }
        return path
    }
}

/// A file's identity (device and inode, after following symlinks): equal for every name of one file.
struct FileIdentity: Equatable {
    var device: UInt64
    var inode: UInt64

    init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
