/// The range a number in a document, project file or option must fall in.
///
/// Every accepted number has one, so arithmetic on input-derived values stays far from
/// overflow (a million bits or units of load, times a 16 MiB file's worth of entries, still fits
/// an `Int` a thousand times over) and a plan Seams writes always reads back.
public struct NumberRange: Sendable, Hashable, CustomStringConvertible {
    public var minimum: Double
    /// False when the minimum itself is refused.
    public var includesMinimum: Bool
    public var maximum: Double

    public init(above minimum: Double, upTo maximum: Double) {
        self.minimum = minimum
        includesMinimum = false
        self.maximum = maximum
    }

    public init(from minimum: Double, upTo maximum: Double) {
        self.minimum = minimum
        includesMinimum = true
        self.maximum = maximum
    }

    public func contains(_ value: Double) -> Bool {
        value.isFinite && (includesMinimum ? value >= minimum : value > minimum) && value <= maximum
    }

    /// `above 0 and at most 1,000,000`, `from 1 to 100,000`.
    public var description: String {
        (includesMinimum ? "from \(Self.text(minimum)) to " : "above \(Self.text(minimum)) and at most ") + Self.text(maximum)
    }

    /// Integers with thousands separators, others as Swift writes them; never locale-dependent.
    public static func text(_ value: Double) -> String {
        guard value == value.rounded(), abs(value) <= 1e15 else { return "\(value)" }
        let digits = String(Int64(value).magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    // MARK: the documented ranges (README, "Number ranges")

    /// Bits (`weight`, τ, check thresholds, baseline bits): 0 to 1,000,000.
    public static let bits = NumberRange(from: 0, upTo: 1_000_000)
    /// ρ, a ratio of information: 0 to 1,000,000.
    public static let ratio = NumberRange(from: 0, upTo: 1_000_000)
    /// A concern's `load` and `budget.attention`: 0.01 to 1,000,000 (0.01 is the smallest that prints
    /// as more than 0 in two decimals; a budget a billionth of a load would ask for a billion modules).
    public static let load = NumberRange(from: 0.01, upTo: 1_000_000)
    /// A module count (`budget.modules`, `--modules`): 1 to 100,000.
    public static let moduleCount = NumberRange(from: 1, upTo: 100_000)
    /// A catalog entry's `count` of alternatives: 2 to 1,048,576 (at most 20 bits).
    public static let alternativeCount = NumberRange(from: 2, upTo: 1_048_576)
    /// Bits recorded in a baseline (sums of findings): 0 to 10^12.
    public static let baselineBits = NumberRange(from: 0, upTo: 1e12)
    /// A bound of a field's `range`: any number of magnitude up to 10^15 (exact as a Double's integer part).
    public static let fieldBound = NumberRange(from: -1e15, upTo: 1e15)
}
