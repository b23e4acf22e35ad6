import Foundation
import SeamsAnalyzer
import SeamsModel
import SeamsReports
import Testing

/// The one writer (`SeamsModel/Output`) against the two rules it replaced: the report writer's
/// (`JSONValue`: hundredths by `NumberText.decimal`, its own escaping) and the plan writer's
/// (`DocumentNode`: integers below 10^15, else Swift's round-trip form, its own escaping). The old
/// rules are kept here, verbatim, as references.
@Suite struct OutputPolicyTests {
    /// The plan writer's number rule before the merge.
    static func oldDocumentNumber(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// A deterministic stream of doubles across magnitudes, signs and shapes (whole, halves,
    /// hundredths, thirds, arbitrary).
    static func sweep(count: Int, maxMagnitude: Double) -> [Double] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        var values: [Double] = [0, -0.0, 0.005, -0.005, 0.015, 1.005, 2.675, 0.125, 1e-9, 4, 2.25, 1e6, 1e12, 99.995]
        let decades = Int(log10(maxMagnitude)) + 20
        while values.count < count {
            let unit = Double(next()) / Double(1 << 53)
            let exponent = Double(Int(next() % UInt64(decades))) - 20
            var value = unit * pow(10, exponent)
            switch next() % 5 {
            case 0: value = value.rounded()
            case 1: value = (value * 2).rounded() / 2
            case 2: value = (value * 100).rounded() / 100
            case 3: value = (value * 3).rounded() / 3
            default: break
            }
            if next() % 2 == 0 { value = -value }
            if abs(value) < maxMagnitude { values.append(value) }
        }
        return values
    }

    @Test func reportNumbersAreWrittenAsBefore() {
        // Report figures (bits, weights, tokens) stay far below 10^13; there the merged rule is the old one.
        var differences: [Double] = []
        for value in Self.sweep(count: 400_000, maxMagnitude: 1e13)
        where NumberLiteral.text(NumberText.rounded(value)) != NumberText.decimal(value) {
            differences.append(value)
        }
        #expect(differences.isEmpty, "\(differences.prefix(5))")
        #expect(JSONValue.number(12.3249).rendered() == "12.32\n")
        #expect(JSONValue.number(-0.001).rendered() == "0\n")
        #expect(JSONValue.number(.nan).rendered() == "0\n")
    }

    @Test func documentNumbersAreWrittenAsBefore() {
        let differences = Self.sweep(count: 400_000, maxMagnitude: 1e300).filter { NumberLiteral.text($0) != Self.oldDocumentNumber($0) }
        #expect(differences.isEmpty, "\(differences.prefix(5))")
        #expect(JSONWriter.render(.list([.number(0.125), .number(1e15), .number(-3), .number(.infinity)]))
                == "[0.125, 1000000000000000.0, -3, 1.7976931348623157e+308]\n")
    }

    /// What both old writers wrote for the characters of the sweep's alphabet (they differed only
    /// on other controls: hex case, DEL, NEL — settled below).
    static let oldEscapes: [Unicode.Scalar: String] = [
        "\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\u{2028}": "\\u2028", "\u{2029}": "\\u2029",
    ]

    static func oldQuoted(_ text: String) -> String {
        "\"" + text.unicodeScalars.map { oldEscapes[$0] ?? String($0) }.joined() + "\""
    }

    @Test func stringsAreEscapedAsBefore() {
        // Every character both old writers escaped alike, or left alone: the merge changes none of them.
        let alphabet: [Unicode.Scalar] = ["a", "Z", "0", " ", "\"", "\\", "/", "{", "}", ":", "#", "\n", "\r", "\t",
                                           "é", "€", "中", "😀", "\u{2028}", "\u{2029}", "\u{A0}", "\u{FEFF}"]
        var state: UInt64 = 7
        var differences: [String] = []
        for _ in 0..<20_000 {
            var text = String.UnicodeScalarView()
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for step in 0..<Int(state >> 60) {
                text.append(alphabet[Int((state >> UInt64(step * 4)) & 0xFF) % alphabet.count])
            }
            let string = String(text)
            let new = JSONWriter.render(.string(string))
            if new != Self.oldQuoted(string) + "\n" { differences.append(string) }
        }
        #expect(differences.isEmpty, "\(differences.prefix(3))")
        // What the merge settles: lowercase hex for every control, and DEL and NEL escaped in reports too.
        #expect(JSONValue.string("\u{1B}[0m\u{7F}\u{85}").rendered() == "\"\\u001b[0m\\u007f\\u0085\"\n")
        #expect(YAMLWriter.render(.map([DocumentEntry("k", .string("\u{1B}"))])) == "k: \"\\u001b\"\n")
    }
}
