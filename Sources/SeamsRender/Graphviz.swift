internal import CGraphviz
import Synchronization

/// Lays out and renders DOT text with libgvc in this process, returning the bytes.
///
/// libcgraph keeps global state (error buffers, string dictionaries, the lexer), so two
/// concurrent renders crash it: every call holds one process-wide lock. Each call frees the graph,
/// the layout and the rendered buffer before returning; the context lives as long as the process.
public enum Graphviz {
    /// Serialises every call into Graphviz, from any thread or test, and holds the one context.
    ///
    /// The context is created once and kept: libgvc 2.42 leaks about 13 KiB for every context it
    /// creates and frees (plugin configuration), which a loop of renders would accumulate.
    private static let lock = Mutex<OpaquePointer?>(nil)

    /// Renders `dot` to `format` with `engine`. `.dot` returns the text itself, unparsed.
    public static func render(_ dot: String, format: RenderFormat, engine: LayoutEngine = .dot) throws(GraphvizError) -> [UInt8] {
        if format == .dot { return Array(dot.utf8) }
        return try lock.withLock { context throws(GraphvizError) -> [UInt8] in
            try renderLocked(dot, format: format.rawValue, engine: engine.rawValue, context: &context)
        }
    }

    /// The library's version string, e.g. `2.43.0`.
    public static var version: String {
        lock.withLock { context in
            if context == nil { context = gvContext() }
            guard let context, let info = gvcVersion(context) else { return "unknown" }
            return String(cString: info)
        }
    }

    private static func renderLocked(_ dot: String, format: String, engine: String, context shared: inout OpaquePointer?) throws(GraphvizError) -> [UInt8] {
        ErrorSink.start()
        defer { ErrorSink.stop() }
        if shared == nil { shared = gvContext() }
        guard let context = shared else {
            throw GraphvizError(stage: .context, messages: ErrorSink.take())
        }
        let parsed: UnsafeMutablePointer<Agraph_t>? = dot.withCString { agmemread($0) }
        guard let graph = parsed, !ErrorSink.failed() else {
            if let parsed { agclose(parsed) }
            throw GraphvizError(stage: .parse, messages: ErrorSink.take())
        }
        defer { agclose(graph) }
        guard gvLayout(context, graph, engine) == 0, !ErrorSink.failed() else {
            gvFreeLayout(context, graph)
            throw GraphvizError(stage: .layout, messages: ErrorSink.take())
        }
        defer { gvFreeLayout(context, graph) }
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let status = gvRenderData(context, graph, format, &buffer, &length)
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard status == 0, let buffer, !ErrorSink.failed() else {
            throw GraphvizError(stage: .render, messages: ErrorSink.take())
        }
        return buffer.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
    }
}

/// Collects what libcgraph reports through its user error function, so nothing reaches stderr.
///
/// Only touched while `Graphviz.lock` is held, which is what makes the global state safe.
private enum ErrorSink {
    nonisolated(unsafe) static var text = ""

    static func start() {
        text = ""
        _ = agreseterrors()
        _ = agseterr(AGWARN)
        _ = agseterrf { message in
            if let message { ErrorSink.text += String(cString: message) }
            return 0
        }
    }

    static func stop() {
        _ = agseterrf(nil)
        _ = agreseterrors()
    }

    /// True when an error (not a warning) was reported since the last `take`.
    static func failed() -> Bool {
        agreseterrors() >= Int32(AGERR.rawValue)
    }

    /// The messages so far, one per line, and clears them.
    static func take() -> [String] {
        defer { text = "" }
        return text.split(separator: "\n").map { $0.trimmingCharacters() }.filter { !$0.isEmpty }
    }
}

extension Substring {
    fileprivate func trimmingCharacters() -> String {
        String(self.drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" }).reversed())
    }
}
