/// Fills `{name}` and `{term}` in a catalog fix template with a plain scan: fixes are written
/// for every open decision, so this runs hundreds of thousands of times on large documents.
enum DecisionTemplate {
    static func fill(_ template: String, name: String, term: String) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var result = ""
        result.reserveCapacity(template.utf8.count + name.utf8.count)
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let tail = rest[open...]
            if tail.hasPrefix("{name}") {
                result += name
                rest = tail.dropFirst(6)
            } else if tail.hasPrefix("{term}") {
                result += term
                rest = tail.dropFirst(6)
            } else {
                result += "{"
                rest = tail.dropFirst()
            }
        }
        result += rest
        return result
    }
}
