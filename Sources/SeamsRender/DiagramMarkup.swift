/// How a diagram is written for Graphviz: with rich markup, or in plain text for processes that
/// render again and again.
///
/// libgvc 2.42 (Debian 12) leaks on every render of an HTML-like label (its parser and the pango
/// markup of each font span, about 0.3–0.6 KiB per label) and of every `cluster` subgraph laid
/// out by `dot` (its virtual edges, about 1–4 KiB per cluster). A one-shot command does not care;
/// a server that renders thousands of diagrams does. `.plain` keeps the same information and
/// colours without either construct, so its renders do not grow the process.
public enum DiagramMarkup: String, Sendable, CaseIterable {
    /// HTML-like labels (bold ids, small coloured lines, a legend table) and boxes drawn as
    /// clusters (share-context groups, a module's concerns, a workflow level). The default.
    case rich
    /// Plain-text labels only and no clusters: groups shown by shared fills, dashed links and
    /// `rank=same` rows, the legend as left-justified text. Leak-free on Graphviz 2.42.
    case plain
}
