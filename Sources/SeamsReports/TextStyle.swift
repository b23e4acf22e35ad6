import Foundation

/// Terminal styling that switches itself off: colour only on a terminal, never under NO_COLOR.
public struct TextStyle: Sendable {
    public var colour: Bool

    public init(colour: Bool) { self.colour = colour }

    public static let plain = TextStyle(colour: false)

    /// Colour when standard output is a terminal and NO_COLOR is unset (https://no-color.org).
    public static func forStandardOutput() -> TextStyle {
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return TextStyle(colour: !noColor && isatty(STDOUT_FILENO) == 1)
    }

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func red(_ text: String) -> String { wrap(text, "31") }
    public func green(_ text: String) -> String { wrap(text, "32") }
    public func yellow(_ text: String) -> String { wrap(text, "33") }

    /// Green when closed, yellow when open but within τ, red above it.
    public func bits(_ text: String, _ bits: Double, threshold: Double) -> String {
        bits == 0 ? green(text) : bits <= threshold ? yellow(text) : red(text)
    }

    private func wrap(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
