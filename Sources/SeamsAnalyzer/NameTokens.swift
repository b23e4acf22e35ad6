/// Splits a field name into lower-case words (`submittedAt`, `submitted_at`, `submitted-at`
/// all give `submitted`, `at`), so catalog tokens match whole words, never substrings:
/// `timeout` is a duration, not a time.
enum NameTokens {
    static func split(_ name: String) -> [String] {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return splitASCII(name) }
        var tokens: [String] = []
        var current = ""
        var previousWasLower = false
        for character in name {
            if character.isLetter || character.isNumber {
                if character.isUppercase && previousWasLower && !current.isEmpty {
                    tokens.append(current)
                    current = ""
                }
                current.append(contentsOf: character.lowercased())
                previousWasLower = character.isLowercase || character.isNumber
            } else {
                if !current.isEmpty { tokens.append(current) }
                current = ""
                previousWasLower = false
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// The common case, on bytes: field names are almost always ASCII.
    private static func splitASCII(_ name: String) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        var previousWasLower = false
        for byte in name.utf8 {
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLower = byte >= 0x61 && byte <= 0x7A
            let isDigit = byte >= 0x30 && byte <= 0x39
            if isUpper || isLower || isDigit {
                if isUpper && previousWasLower && !current.isEmpty {
                    tokens.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
                current.append(isUpper ? byte + 0x20 : byte)
                previousWasLower = isLower || isDigit
            } else {
                if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
                previousWasLower = false
            }
        }
        if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
        return tokens
    }

    /// Joins each run of words that forms a compound into one word (`given`, `when`, `then` →
    /// `givenwhenthen`), so its parts trigger nothing.
    static func joiningCompounds(_ words: [String], _ compounds: [[String]]) -> [String] {
        guard words.count > 1 else { return words }
        var result: [String] = []
        var index = 0
        while index < words.count {
            if let compound = compounds.first(where: { index + $0.count <= words.count && Array(words[index..<(index + $0.count)]) == $0 }) {
                result.append(compound.joined())
                index += compound.count
            } else {
                result.append(words[index])
                index += 1
            }
        }
        return result
    }
}
