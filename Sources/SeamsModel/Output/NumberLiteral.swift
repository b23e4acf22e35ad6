/// The one way Seams writes a number into YAML or JSON, so it reads back as the same value:
/// whole values below 10^15 in magnitude as integers (`4`, `-12`), other finite values in Swift's
/// shortest round-trip form (`0.125`, `12.32`, `1000000000000000.0`). Total over every `Double`: NaN, which no
/// accepted input produces, is written as `0`, infinities as the largest finite value, so the
/// output is always valid JSON and YAML.
///
/// Reports round their figures to hundredths before they build the tree (`JSONValue.number`);
/// the writer never rounds.
public enum NumberLiteral {
    /// Below this magnitude a whole value is written as an integer.
    static let integerLimit = 1e15

    public static func text(_ value: Double) -> String {
        if value.isNaN { return "0" }
        if value.isInfinite { return "\(value < 0 ? -Double.greatestFiniteMagnitude : Double.greatestFiniteMagnitude)" }
        if value == value.rounded() && abs(value) < integerLimit { return String(Int64(value)) }
        return "\(value)"
    }
}
