/// Finds vague terms (ISO/IEC/IEEE 29148's list, plus the project's) in prose, whole words only,
/// longest phrase first so "as appropriate" is one term, not two.
struct VagueTermScanner: Sendable {
    private let terms: [[Character]]
    private let originals: [String]

    init(terms: [String]) {
        let sorted = Array(Set(terms.filter { !$0.isEmpty })).sorted { ($0.count, $1) > ($1.count, $0) }
        originals = sorted
        self.terms = sorted.map { Array($0.lowercased()) }
    }

    /// Each occurrence of a term, in order of appearance.
    func occurrences(in text: String) -> [String] {
        var characters = Array(text.lowercased())
        var found: [(offset: Int, term: String)] = []
        for (index, term) in terms.enumerated() where term.count <= characters.count {
            var start = 0
            while start + term.count <= characters.count {
                if characters[start] == term[0], Array(characters[start..<(start + term.count)]) == term,
                   isBoundary(characters, before: start), isBoundary(characters, at: start + term.count, term: term) {
                    found.append((start, originals[index]))
                    for position in start..<(start + term.count) { characters[position] = "\u{0}" }
                    start += term.count
                } else {
                    start += 1
                }
            }
        }
        return found.sorted { $0.offset < $1.offset }.map(\.term)
    }

    private func isBoundary(_ characters: [Character], before index: Int) -> Bool {
        index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber || characters[index - 1] == "\u{0}")
    }

    private func isBoundary(_ characters: [Character], at index: Int, term: [Character]) -> Bool {
        if index >= characters.count { return true }
        if let last = term.last, !(last.isLetter || last.isNumber) { return true }
        return !(characters[index].isLetter || characters[index].isNumber)
    }
}
