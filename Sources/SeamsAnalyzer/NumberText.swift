import Foundation

/// The one way Seams writes numbers: rounded to two decimals, no trailing zeros, so JSON,
/// text and reports agree to the digit and never depend on the locale.
public enum NumberText {
    /// Rounds half away from zero to two decimals.
    public static func rounded(_ value: Double) -> Double {
        (value * 100).rounded(.toNearestOrAwayFromZero) / 100
    }

    /// `12.32`, `80.1`, `4`, `0`.
    public static func decimal(_ value: Double) -> String {
        let hundredths = Int64((value * 100).rounded(.toNearestOrAwayFromZero))
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = hundredths.magnitude
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// Always two decimals, for aligned text columns: `2.00`.
    public static func fixed(_ value: Double) -> String {
        let hundredths = Int64((value * 100).rounded(.toNearestOrAwayFromZero))
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = hundredths.magnitude
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
