import SeamsAnalyzer

/// The one fixed colour scale for open bits, shared by diagrams, HTML and Markdown, so a colour
/// means the same number everywhere and between documents (it never rescales to the data).
///
/// | band | open bits | colour |
/// |---|---|---|
/// | closed | 0 | green `#1a9850` |
/// | low | under 2 | light green `#66bd63` |
/// | moderate | 2 to under 4 | yellow `#d4a900` |
/// | high | 4 to under 8 | orange `#f46d43` |
/// | severe | 8 and more, or a lower bound | red `#d73027` |
public enum BitsScale {
    public struct Band: Sendable, Hashable {
        public var name: String
        /// Bits below which the band applies; nil for the last band.
        public var below: Double?
        /// `#rrggbb`, readable on white as a line and as text.
        public var colour: String
        /// A light tint of the colour for table cells and fills.
        public var tint: String
        /// One square for Markdown, where colours are not available.
        public var emoji: String
        /// The range in words, for legends.
        public var range: String
    }

    public static let bands: [Band] = [
        Band(name: "closed", below: Double.ulpOfOne, colour: "#1a9850", tint: "#d9f0d3", emoji: "🟩", range: "0 bits"),
        Band(name: "low", below: 2, colour: "#66bd63", tint: "#e6f5d0", emoji: "🟢", range: "under 2 bits"),
        Band(name: "moderate", below: 4, colour: "#d4a900", tint: "#fff3bf", emoji: "🟨", range: "2 to under 4 bits"),
        Band(name: "high", below: 8, colour: "#f46d43", tint: "#fdd9c7", emoji: "🟧", range: "4 to under 8 bits"),
        Band(name: "severe", below: nil, colour: "#d73027", tint: "#f8c9c4", emoji: "🟥", range: "8 bits and more, or a lower bound (≥)"),
    ]

    /// The band of `bits`; a lower bound (an undeclared or prose payload) is always severe.
    public static func band(_ bits: Double, lowerBound: Bool = false) -> Band {
        // Rounded as every printed number is, so a value shown as "2" is never coloured as "under 2".
        let rounded = NumberText.rounded(bits)
        if lowerBound { return bands[bands.count - 1] }
        for band in bands {
            if let below = band.below, rounded < below { return band }
        }
        return bands[bands.count - 1]
    }
}
