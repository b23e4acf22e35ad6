/// What `seams render` writes, chosen from the output file's extension.
public enum RenderFormat: String, Sendable, CaseIterable {
    /// Seams's own DOT text, before layout: what a person can edit and feed to any Graphviz tool.
    case dot
    case svg
    case png
    case pdf
    /// Graphviz's `plain` text: node and edge positions, for tests and tools.
    case plain

    /// The format for a file name's extension (`.dot`, `.gv`, `.svg`, `.png`, `.pdf`), case-insensitive.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "dot", "gv": self = .dot
        case "svg": self = .svg
        case "png": self = .png
        case "pdf": self = .pdf
        default: return nil
        }
    }

    /// The extensions `init(fileName:)` accepts, for error messages.
    public static let fileExtensions = [".dot", ".gv", ".svg", ".png", ".pdf"]
}
