import Foundation

/// The one way Seams writes numbers: rounded to two decimals, no trailing zeros, so JSON,
/// text and reports agree to the digit and never depend on the locale.
///
/// Total over every `Double`: loaders keep numbers in documented ranges, but a sum of many
/// large values must still print, never trap. Magnitudes whose hundredths do not fit an `Int64`
/// (about 9.2e16 and more) are written in Swift's shortest round-trip form (`1e+20`, valid JSON
/// and YAML); NaN, which no accepted input produces, is written as `0`, infinities as the
/// largest finite value.
public enum NumberText {
    /// Rounds half away from zero to two decimals (values too large for hundredths are returned as they are).
    public static func rounded(_ value: Double) -> Double {
        guard hundredths(value) != nil else { return value.isNaN ? 0 : value }
        return (value * 100).rounded(.toNearestOrAwayFromZero) / 100
    }

    /// `12.32`, `80.1`, `4`, `0`.
    public static func decimal(_ value: Double) -> String {
        guard let hundredths = hundredths(value) else { return large(value) }
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
        guard let hundredths = hundredths(value) else { return large(value) }
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = hundredths.magnitude
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// A whole percentage of a fraction: `0.855` → `86`; saturating, 0 for NaN.
    public static func percent(_ fraction: Double) -> Int {
        saturatingInt((fraction * 100).rounded(.toNearestOrAwayFromZero))
    }

    /// `Int(value)` that cannot trap: NaN is 0, values beyond `Int`'s range are its ends.
    public static func saturatingInt(_ value: Double) -> Int {
        if value.isNaN { return 0 }
        // 2^63 is exactly representable; every Double below it converts.
        if value >= 9_223_372_036_854_775_808.0 { return .max }
        if value < -9_223_372_036_854_775_808.0 { return .min }
        return Int(value)
    }

    /// The value in hundredths, rounded, when that fits an `Int64` with room for printing.
    private static func hundredths(_ value: Double) -> Int64? {
        let scaled = (value * 100).rounded(.toNearestOrAwayFromZero)
        guard scaled.isFinite, abs(scaled) < 9e18 else { return nil }
        return Int64(scaled)
    }

    private static func large(_ value: Double) -> String {
        if value.isNaN { return "0" }
        if value.isInfinite { return "\(value < 0 ? -Double.greatestFiniteMagnitude : Double.greatestFiniteMagnitude)" }
        return "\(value)"
    }
}
