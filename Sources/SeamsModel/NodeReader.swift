import Foundation

/// Reads typed values out of `SourceNode`s and collects every problem as a located diagnostic,
/// so a loader can report all of a file's errors in one run instead of stopping at the first.
public struct NodeReader: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public mutating func report(_ id: String, _ severity: Severity = .error, at location: SourceLocation, _ message: String, fix: String,
                                suggestion: String? = nil, notes: [DiagnosticNote] = []) {
        diagnostics.append(Diagnostic(id: id, severity: severity, location: location, message: message, fix: fix,
                                      suggestion: suggestion, notes: notes))
    }

    /// The entries of a mapping keyed by their text, reporting non-text keys, duplicates and
    /// unknown keys (with a did-you-mean). Returns nil, with an error, when `node` is no mapping.
    public mutating func mapping(_ node: SourceNode, allowedKeys: [String]?, in what: @autoclosure () -> String) -> [(key: Located<String>, value: SourceNode)]? {
        guard case .mapping(let entries) = node.value else {
            report("type.mismatch", at: node.location, "\(what()) should be a mapping, found \(node.kindName)",
                   fix: "write it as `key: value` lines or `{ key: value }`")
            return nil
        }
        var result: [(key: Located<String>, value: SourceNode)] = []
        // Mappings are small (a handful of keys) except id tables, which get a hash set.
        var seenLarge: [String: SourceLocation] = [:]
        let large = entries.count > 16
        result.reserveCapacity(entries.count)
        for entry in entries {
            guard let key = entry.key.scalarText, !entry.key.isNull else {
                report("key.invalid", at: entry.key.location, "a key in \(what()) is not a plain name",
                       fix: "use a name such as `intake` as the key")
                continue
            }
            let first = large ? seenLarge[key] : result.first(where: { $0.key.value == key })?.key.location
            if let first {
                report("key.duplicate", at: entry.key.location,
                       "duplicate key '\(key)' in \(what()) (first at line \(first.line))",
                       fix: "keep one '\(key)' entry and merge the two", notes: [DiagnosticNote(location: first, message: "'\(key)' is first written here")])
                continue
            }
            if large { seenLarge[key] = entry.key.location }
            if let allowedKeys, !allowedKeys.contains(key) {
                let hint = NearestName.suggestion(for: key, among: allowedKeys)
                report("key.unknown", at: entry.key.location, "unknown key '\(key)' in \(what())",
                       fix: hint.map { "rename it to '\($0)'" } ?? "remove it; allowed keys: \(allowedKeys.joined(separator: ", "))",
                       suggestion: hint)
                continue
            }
            result.append((Located(key, at: entry.key.location), entry.value))
        }
        return result
    }

    /// Text of a scalar (numbers and booleans written plainly are taken as their text).
    public mutating func string(_ node: SourceNode, _ what: @autoclosure () -> String) -> Located<String>? {
        guard case .scalar(let text, _) = node.value, !node.isNull else {
            report("type.mismatch", at: node.location, "\(what()) should be text, found \(node.kindName)",
                   fix: "write a single line of text, quoted if it contains ':' or '#'")
            return nil
        }
        return Located(text, at: node.location)
    }

    /// An identifier: non-empty text on one line.
    public mutating func identifier(_ node: SourceNode, _ what: @autoclosure () -> String) -> Located<String>? {
        guard let text = string(node, what()) else { return nil }
        let utf8 = text.value.utf8
        if utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) || utf8.contains(0x0A) || utf8.contains(0x0D) {
            report("id.invalid", at: node.location, "\(what()) '\(text.value)' is not a usable id",
                   fix: "use a short name on one line, such as `score-risk`")
            return nil
        }
        return text
    }

    public mutating func number(_ node: SourceNode, _ what: @autoclosure () -> String) -> Located<Double>? {
        if case .scalar(let text, let quoted) = node.value, !quoted, let value = Double(text) {
            if value.isFinite { return Located(value, at: node.location) }
            report("value.range", at: node.location, "\(what()) '\(text)' is not a finite number",
                   fix: "write a plain number such as 4 or 2.5")
            return nil
        }
        report("type.mismatch", at: node.location, "\(what()) should be a number, found \(describe(node))",
               fix: "write a plain number such as 4 or 2.5, without quotes")
        return nil
    }

    public mutating func integer(_ node: SourceNode, _ what: @autoclosure () -> String) -> Located<Int>? {
        if case .scalar(let text, let quoted) = node.value, !quoted, let value = Int(text) {
            return Located(value, at: node.location)
        }
        report("type.mismatch", at: node.location, "\(what()) should be a whole number, found \(describe(node))",
               fix: "write a whole number such as 3, without quotes")
        return nil
    }

    /// A number inside `range`; outside it, a located `value.range` error that states the range.
    public mutating func number(_ node: SourceNode, _ what: @autoclosure () -> String, in range: NumberRange, fix: String) -> Located<Double>? {
        guard let number = number(node, what()) else { return nil }
        guard range.contains(number.value) else {
            reportRange(node, what(), range, fix: fix)
            return nil
        }
        return number
    }

    /// A whole number inside `range`; a huge one is a range error, not a type error.
    public mutating func integer(_ node: SourceNode, _ what: @autoclosure () -> String, in range: NumberRange, fix: String) -> Located<Int>? {
        if case .scalar(let text, let quoted) = node.value, !quoted, Int(text) == nil, let value = Double(text),
           value == value.rounded(), !range.contains(value) {
            reportRange(node, what(), range, fix: fix)
            return nil
        }
        guard let number = integer(node, what()) else { return nil }
        guard range.contains(Double(number.value)) else {
            reportRange(node, what(), range, fix: fix)
            return nil
        }
        return number
    }

    private mutating func reportRange(_ node: SourceNode, _ what: String, _ range: NumberRange, fix: String) {
        report("value.range", at: node.location, "\(what) \(describe(node)) is out of range: it must be \(range)", fix: fix)
    }

    public mutating func boolean(_ node: SourceNode, _ what: @autoclosure () -> String) -> Located<Bool>? {
        if case .scalar(let text, let quoted) = node.value, !quoted {
            switch text {
            case "true", "True", "TRUE": return Located(true, at: node.location)
            case "false", "False", "FALSE": return Located(false, at: node.location)
            default: break
            }
        }
        report("type.mismatch", at: node.location, "\(what()) should be true or false, found \(describe(node))",
               fix: "write true or false, without quotes")
        return nil
    }

    /// A list of scalars.
    public mutating func stringList(_ node: SourceNode, _ what: @autoclosure () -> String) -> [Located<String>]? {
        guard case .sequence(let items) = node.value else {
            report("type.mismatch", at: node.location, "\(what()) should be a list, found \(describe(node))",
                   fix: "write it as a list, e.g. [a, b]")
            return nil
        }
        var result: [Located<String>] = []
        for item in items {
            if let text = identifier(item, "an item of \(what())") { result.append(text) }
        }
        return result
    }

    /// One of a fixed set of words, with a did-you-mean.
    public mutating func choice<T: RawRepresentable & CaseIterable>(_ node: SourceNode, _ what: @autoclosure () -> String, as type: T.Type) -> Located<T>? where T.RawValue == String {
        guard let text = string(node, what()) else { return nil }
        if let value = T(rawValue: text.value) { return Located(value, at: node.location) }
        let options = T.allCases.map(\.rawValue)
        report("value.invalid", at: node.location, "\(what()) '\(text.value)' is not one of \(options.joined(separator: ", "))",
               fix: "use one of: \(options.joined(separator: ", "))", suggestion: NearestName.suggestion(for: text.value, among: options))
        return nil
    }

    private func describe(_ node: SourceNode) -> String {
        if case .scalar(let text, let quoted) = node.value, !node.isNull {
            return quoted ? "the quoted text \"\(text)\"" : "'\(text)'"
        }
        return node.kindName
    }
}
