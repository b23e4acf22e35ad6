internal import CLibYAML

/// Reads YAML into `SourceNode`s straight from libyaml's event stream (Debian's libyaml-dev,
/// module `CLibYAML`), with an explicit stack instead of recursion.
///
/// Yams' composer builds its own node tree and resolves tags by regular expressions; reading the
/// events directly is about three times faster on large documents, keeps every mark, and lets
/// alias expansion be counted as it happens, so an alias bomb stops after a bounded number of nodes.
struct LibYAMLReader {
    let file: String
    let limits: LoadLimits

    private struct Frame {
        var location: SourceLocation
        var anchor: String?
        var isMapping: Bool
        var items: [SourceNode] = []
        var entries: [SourceNode.Entry] = []
        var pendingKey: SourceNode?
    }

    func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(DocumentError) -> SourceNode? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw failure("the YAML parser could not start (out of memory?)", at: location(line: 0, column: 0))
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)

        var stack: [Frame] = []
        var anchors: [String: (node: SourceNode, size: Int)] = [:]
        var sizes: [Int] = []  // nodes below each open frame, for anchors' expansion cost
        var nodes = 0
        var root: SourceNode?
        var documents = 0

        func attach(_ node: SourceNode, size: Int) {
            guard var top = stack.popLast() else {
                root = node
                return
            }
            if top.isMapping {
                if let key = top.pendingKey {
                    top.entries.append(SourceNode.Entry(key: key, value: node))
                    top.pendingKey = nil
                } else {
                    top.pendingKey = node
                }
            } else {
                top.items.append(node)
            }
            stack.append(top)
            if !sizes.isEmpty { sizes[sizes.count - 1] += size }
        }

        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else {
                throw syntaxError(parser)
            }
            defer { yaml_event_delete(&event) }
            let start = location(line: event.start_mark.line, column: event.start_mark.column)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return root
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw failure("the file holds more than one YAML document", at: start,
                                  fix: "keep one document per file; remove the second `---`")
                }
            case YAML_SCALAR_EVENT:
                nodes += 1
                try checkNodes(nodes, at: start)
                let scalar = event.data.scalar
                let text = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self) } ?? ""
                let node = SourceNode(.scalar(text, quoted: scalar.style != YAML_PLAIN_SCALAR_STYLE), at: start)
                if let anchor = string(scalar.anchor) { anchors[anchor] = (node, 1) }
                attach(node, size: 1)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                nodes += 1
                try checkNodes(nodes, at: start)
                if stack.count + 1 > limits.maxDepth {
                    throw DocumentError([Diagnostic(id: "limit.depth", location: start,
                                                    message: "nesting is deeper than \(limits.maxDepth) levels",
                                                    fix: "flatten the document; Seams documents need only a few levels")])
                }
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = isMapping ? string(event.data.mapping_start.anchor) : string(event.data.sequence_start.anchor)
                stack.append(Frame(location: start, anchor: anchor, isMapping: isMapping))
                sizes.append(1)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { continue }
                let size = sizes.popLast() ?? 1
                let node = SourceNode(frame.isMapping ? .mapping(frame.entries) : .sequence(frame.items), at: frame.location)
                if let anchor = frame.anchor { anchors[anchor] = (node, size) }
                attach(node, size: size)
            case YAML_ALIAS_EVENT:
                let name = string(event.data.alias.anchor) ?? ""
                guard let target = anchors[name] else {
                    throw failure("YAML syntax: found undefined alias '\(name)'", at: start, fix: "define the anchor &\(name) before using it")
                }
                // An alias repeats the whole anchored tree: count every node it stands for.
                nodes += target.size
                try checkNodes(nodes, at: start)
                attach(target.node, size: target.size)
            default:
                continue
            }
        }
    }

    private func checkNodes(_ nodes: Int, at location: SourceLocation) throws(DocumentError) {
        guard nodes > limits.maxNodes else { return }
        throw DocumentError([Diagnostic(
            id: "limit.aliases", location: location,
            message: "the document expands to more than \(limits.maxNodes) nodes; YAML aliases multiply it (an alias bomb?)",
            fix: "write the values out or use fewer nested aliases")])
    }

    private func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line + 1, column: column + 1)
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private func failure(_ message: String, at location: SourceLocation, fix: String = "check the syntax") -> DocumentError {
        DocumentError([Diagnostic(id: "syntax.yaml", location: location, message: message, fix: fix)])
    }

    private func syntaxError(_ parser: yaml_parser_t) -> DocumentError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unreadable YAML"
        if parser.error == YAML_READER_ERROR {
            return failure("YAML reader: \(problem)", at: location(line: 0, column: parser.problem_offset),
                           fix: "save the file as UTF-8 text")
        }
        var message = "YAML syntax: \(problem)"
        if let context = parser.context.map({ String(cString: $0) }) {
            message += " (\(context) at \(parser.context_mark.line + 1):\(parser.context_mark.column + 1))"
        }
        return failure(message, at: location(line: parser.problem_mark.line, column: parser.problem_mark.column),
                       fix: "check indentation, colons and quotes near this point")
    }
}
