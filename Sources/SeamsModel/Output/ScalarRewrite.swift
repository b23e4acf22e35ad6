/// The loop every markup's escaping shares (HTML, XML, Markdown, GitHub workflow commands): each
/// Unicode scalar is written as is, or as the text the markup's table gives for it (empty to drop
/// it). Each escaping is then only its table, next to the markup it serves.
public enum ScalarRewrite {
    /// `text` with every scalar for which `replacement` returns text replaced by that text.
    public static func apply(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let replaced = replacement(scalar) { out += replaced } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
