public import Foundation

/// Turns the bytes of a YAML or JSON file into a located `SourceNode` tree, enforcing
/// `LoadLimits` before and during the parse so hostile input fails fast.
public enum SourceReader {
    /// Reads and parses a file. `displayPath` is the name used in locations (as the user typed it).
    public static func read(path: String, displayPath: String? = nil, limits: LoadLimits = .standard) throws(DocumentError) -> SourceNode {
        let shown = displayPath ?? path
        let start = SourceLocation(file: shown, line: 1, column: 1)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DocumentError([Diagnostic(id: "file.missing", location: start, message: "no such file",
                                            fix: "check the path; run `seams init` to create a starter document")])
        }
        if isDirectory.boolValue {
            throw DocumentError([Diagnostic(id: "file.directory", location: start, message: "this is a directory, not a document",
                                            fix: "name a .yaml, .yml or .json file")])
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limits.maxFileBytes {
            throw DocumentError([Diagnostic(id: "limit.file-size", location: start,
                                            message: "the file is \(size) bytes, over the limit of \(limits.maxFileBytes)",
                                            fix: "split the document, or raise the limit with --max-file-size")])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DocumentError([Diagnostic(id: "file.unreadable", location: start, message: "the file cannot be read",
                                            fix: "check its permissions")])
        }
        return try parse(data, file: shown, limits: limits)
    }

    /// Parses bytes; JSON when the first significant character is `{` or `[` and the text is JSON,
    /// YAML otherwise (JSON is a subset of YAML, so the choice never rejects a valid document).
    public static func parse(_ data: Data, file: String, limits: LoadLimits = .standard) throws(DocumentError) -> SourceNode {
        let start = SourceLocation(file: file, line: 1, column: 1)
        if data.count > limits.maxFileBytes {
            throw DocumentError([Diagnostic(id: "limit.file-size", location: start,
                                            message: "the file is \(data.count) bytes, over the limit of \(limits.maxFileBytes)",
                                            fix: "split the document, or raise the limit with --max-file-size")])
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var limits = limits
        limits.maxNodes = limits.nodeBound(forBytes: bytes.count)
        return try bytes.withUnsafeBufferPointer { (buffer) throws(DocumentError) -> SourceNode in
            if let bad = UTF8Validation.firstInvalidOffset(in: buffer) {
                let position = UTF8Validation.lineAndColumn(of: bad, in: buffer)
                throw DocumentError([Diagnostic(
                    id: "file.encoding", location: SourceLocation(file: file, line: position.line, column: position.column),
                    message: String(format: "byte 0x%02X is not valid UTF-8", buffer[bad]),
                    fix: "save the file as UTF-8")])
            }
            if buffer.contains(0) {
                let offset = buffer.firstIndex(of: 0) ?? 0
                let position = UTF8Validation.lineAndColumn(of: offset, in: buffer)
                throw DocumentError([Diagnostic(
                    id: "file.encoding", location: SourceLocation(file: file, line: position.line, column: position.column),
                    message: "the file contains a NUL byte", fix: "save the document as plain UTF-8 text")])
            }
            let firstSignificant = buffer.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
            if firstSignificant == UInt8(ascii: "{") || firstSignificant == UInt8(ascii: "[") {
                var json = JSONSourceParser(bytes: buffer, file: file, limits: limits)
                if let node = try? json.parseDocument() { return node }
                // Flow-style YAML also starts with a bracket; report JSON errors only for .json files.
                if file.lowercased().hasSuffix(".json") {
                    var located = JSONSourceParser(bytes: buffer, file: file, limits: limits)
                    return try located.parseDocument()
                }
            }
            if firstSignificant == nil {
                throw DocumentError([Diagnostic(id: "document.empty", location: start, message: "the document is empty",
                                                fix: "start with `seams: 1`; `seams init` writes a starter document")])
            }
            return try parseYAML(buffer, file: file, limits: limits)
        }
    }

    private static func parseYAML(_ bytes: UnsafeBufferPointer<UInt8>, file: String, limits: LoadLimits) throws(DocumentError) -> SourceNode {
        guard let root = try LibYAMLReader(file: file, limits: limits).read(bytes) else {
            throw DocumentError([Diagnostic(id: "document.empty", location: SourceLocation(file: file, line: 1, column: 1),
                                            message: "the document is empty",
                                            fix: "start with `seams: 1`; `seams init` writes a starter document")])
        }
        return root
    }
}
