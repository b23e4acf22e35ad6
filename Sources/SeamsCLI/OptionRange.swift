import ArgumentParser
import SeamsModel

/// Range checks of numeric options, with the same documented ranges as documents (README,
/// "Number ranges"): a usage error (exit 2) that names the option and its range.
extension NumberRange {
    /// `--rows`, `--sarif-max-results`, `--iterations`: 1 to 1,000,000,000.
    static let count = NumberRange(from: 1, upTo: 1_000_000_000)
    /// `--max-file-size`: 1 byte to 1 TiB.
    static let fileSize = NumberRange(from: 1, upTo: 1_099_511_627_776)

    func validate(_ value: Double?, option: String) throws {
        guard let value, !contains(value) else { return }
        throw ValidationError("\(option) \(NumberRange.text(Double(value))) is out of range: it must be \(self).")
    }

    func validate(_ value: Int?, option: String) throws {
        guard let value, !contains(Double(value)) else { return }
        throw ValidationError("\(option) \(NumberRange.text(Double(value))) is out of range: it must be \(self).")
    }
}
