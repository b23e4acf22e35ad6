/// Finds vague terms (ISO/IEC/IEEE 29148's list, plus the project's) in prose, whole words only,
/// longest phrase first so "as appropriate" is one term, not two. Works on bytes: ASCII letters
/// are folded to lower case, and any non-ASCII byte counts as part of a word.
struct VagueTermScanner: Sendable {
    private let terms: [[UInt8]]
    private let originals: [String]

    init(terms: [String]) {
        let sorted = Array(Set(terms.filter { !$0.isEmpty })).sorted { ($0.utf8.count, $1) > ($1.utf8.count, $0) }
        originals = sorted
        self.terms = sorted.map { Array($0.utf8).map(Self.lower) }
    }

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
    }

    /// Each occurrence of a term, in order of appearance.
    func occurrences(in text: String) -> [String] {
        var bytes = text.utf8.map(Self.lower)
        var found: [(offset: Int, term: String)] = []
        for (index, term) in terms.enumerated() where term.count <= bytes.count {
            guard let first = term.first else { continue }
            let endsInWord = term.last.map(Self.isWordByte) ?? false
            var start = 0
            while start + term.count <= bytes.count {
                if bytes[start] == first, matches(term, in: bytes, at: start),
                   start == 0 || !(Self.isWordByte(bytes[start - 1]) || bytes[start - 1] == 0),
                   !endsInWord || start + term.count == bytes.count || !Self.isWordByte(bytes[start + term.count]) {
                    found.append((start, originals[index]))
                    for position in start..<(start + term.count) { bytes[position] = 0 }
                    start += term.count
                } else {
                    start += 1
                }
            }
        }
        return found.sorted { $0.offset < $1.offset }.map(\.term)
    }

    private func matches(_ term: [UInt8], in bytes: [UInt8], at start: Int) -> Bool {
        for offset in 0..<term.count where bytes[start + offset] != term[offset] { return false }
        return true
    }
}
