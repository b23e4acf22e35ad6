import SeamsModel

/// Escaping of user strings for Markdown (GitHub-flavoured, CommonMark): no id or label can start
/// emphasis, a link, a code span, raw HTML, or end a table cell.
public enum MarkdownText {
    public static func escape(_ text: String) -> String {
        ScalarRewrite.apply(text) { scalar in
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "|", "~", "#", "!": "\\" + String(scalar)
            case "<": "&lt;"
            case ">": "&gt;"
            case "&": "&amp;"
            case "\n", "\r", "\t": " "
            default: scalar.value < 0x20 || scalar.value == 0x7F ? "" : nil
            }
        }
    }
}
