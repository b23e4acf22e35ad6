public import Foundation
import Yams

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
            try checkNestingBeforeParse(buffer, file: file, limits: limits)
            return try parseYAML(String(decoding: buffer, as: UTF8.self), file: file, limits: limits)
        }
    }

    /// libyaml and Yams recurse per nesting level; reject absurd nesting before they see it.
    private static func checkNestingBeforeParse(_ bytes: UnsafeBufferPointer<UInt8>, file: String, limits: LoadLimits) throws(DocumentError) {
        let maxIndent = limits.maxDepth * 8
        let maxFlow = limits.maxDepth
        var flow = 0
        var indent = 0
        var atLineStart = true
        var inComment = false
        for (offset, byte) in bytes.enumerated() {
            if byte == 0x0A {
                atLineStart = true
                inComment = false
                indent = 0
                continue
            }
            if inComment { continue }
            if atLineStart {
                if byte == 0x20 || byte == UInt8(ascii: "-") {
                    indent += 1
                    if indent > maxIndent {
                        let position = UTF8Validation.lineAndColumn(of: offset, in: bytes)
                        throw DocumentError([Diagnostic(id: "limit.depth",
                                                        location: SourceLocation(file: file, line: position.line, column: position.column),
                                                        message: "nesting is deeper than \(limits.maxDepth) levels",
                                                        fix: "flatten the document; Seams documents need only a few levels")])
                    }
                    continue
                }
                atLineStart = false
            }
            switch byte {
            case UInt8(ascii: "#"): inComment = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flow += 1
                if flow > maxFlow {
                    let position = UTF8Validation.lineAndColumn(of: offset, in: bytes)
                    throw DocumentError([Diagnostic(id: "limit.depth",
                                                    location: SourceLocation(file: file, line: position.line, column: position.column),
                                                    message: "nesting is deeper than \(limits.maxDepth) levels",
                                                    fix: "flatten the document; Seams documents need only a few levels")])
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): flow = max(0, flow - 1)
            default: break
            }
        }
    }

    private static func parseYAML(_ text: String, file: String, limits: LoadLimits) throws(DocumentError) -> SourceNode {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw DocumentError([diagnostic(for: error, file: file)])
        } catch {
            throw DocumentError([Diagnostic(id: "syntax.yaml", location: SourceLocation(file: file, line: 1, column: 1),
                                            message: "the YAML cannot be read", fix: "check the syntax")])
        }
        guard let root else {
            throw DocumentError([Diagnostic(id: "document.empty", location: SourceLocation(file: file, line: 1, column: 1),
                                            message: "the document is empty",
                                            fix: "start with `seams: 1`; `seams init` writes a starter document")])
        }
        var converter = YamsNodeConverter(file: file, limits: limits)
        return try converter.convert(root, depth: 1)
    }

    private static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        func located(_ mark: Mark, _ problem: String, _ context: YamlError.Context?) -> Diagnostic {
            var message = "YAML syntax: \(problem)"
            if let context { message += " (\(context.text) at \(context.mark.line):\(context.mark.column))" }
            return Diagnostic(id: "syntax.yaml", location: SourceLocation(file: file, line: mark.line, column: mark.column),
                              message: message, fix: "check indentation, colons and quotes near this point")
        }
        switch error {
        case let .scanner(context, problem, mark, _): return located(mark, problem, context)
        case let .parser(context, problem, mark, _): return located(mark, problem, context)
        case let .composer(context, problem, mark, _): return located(mark, problem, context)
        case let .duplicatedKeysInMapping(duplicates, context):
            return Diagnostic(id: "key.duplicate",
                              location: SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                              message: "duplicate key '\(duplicates.joined(separator: "', '"))' in one mapping",
                              fix: "keep one entry per key; merge the two")
        case let .reader(problem, offset, _, _):
            return Diagnostic(id: "syntax.yaml", location: SourceLocation(file: file, line: 1, column: (offset ?? 0) + 1),
                              message: "YAML reader: \(problem)", fix: "save the file as UTF-8 text")
        default:
            return Diagnostic(id: "syntax.yaml", location: SourceLocation(file: file, line: 1, column: 1),
                              message: "YAML: \(error)", fix: "check the syntax")
        }
    }
}

/// Copies a Yams tree into `SourceNode`s, counting nodes so that alias expansion stays bounded.
private struct YamsNodeConverter {
    let file: String
    let limits: LoadLimits
    var nodes = 0

    init(file: String, limits: LoadLimits) {
        self.file = file
        self.limits = limits
    }

    private func location(_ mark: Mark?) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    mutating func convert(_ node: Node, depth: Int) throws(DocumentError) -> SourceNode {
        nodes += 1
        if nodes > limits.maxNodes {
            throw DocumentError([Diagnostic(
                id: "limit.aliases", location: location(node.mark),
                message: "the document expands to more than \(limits.maxNodes) nodes; YAML aliases multiply it (an alias bomb?)",
                fix: "write the values out or use fewer nested aliases")])
        }
        if depth > limits.maxDepth {
            throw DocumentError([Diagnostic(id: "limit.depth", location: location(node.mark),
                                            message: "nesting is deeper than \(limits.maxDepth) levels",
                                            fix: "flatten the document; Seams documents need only a few levels")])
        }
        switch node {
        case .scalar(let scalar):
            return SourceNode(.scalar(scalar.string, quoted: scalar.style != .plain), at: location(scalar.mark))
        case .sequence(let sequence):
            var items: [SourceNode] = []
            items.reserveCapacity(sequence.count)
            for item in sequence { items.append(try convert(item, depth: depth + 1)) }
            return SourceNode(.sequence(items), at: location(sequence.mark))
        case .mapping(let mapping):
            var entries: [SourceNode.Entry] = []
            entries.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                entries.append(SourceNode.Entry(key: try convert(key, depth: depth + 1), value: try convert(value, depth: depth + 1)))
            }
            return SourceNode(.mapping(entries), at: location(mapping.mark))
        case .alias(let alias):
            throw DocumentError([Diagnostic(id: "syntax.yaml", location: location(alias.mark),
                                            message: "unresolved alias '\(alias.anchor.rawValue)'", fix: "define the anchor before using it")])
        }
    }
}
