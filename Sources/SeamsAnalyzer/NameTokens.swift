/// Splits a field name into lower-case words (`submittedAt`, `submitted_at`, `submitted-at`
/// all give `submitted`, `at`), so catalog tokens match whole words, never substrings:
/// `timeout` is a duration, not a time.
enum NameTokens {
    static func split(_ name: String) -> [String] {
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
}
