#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lays out and renders DOT text in a child process, so a crash inside Graphviz ends the child,
/// not the caller.
///
/// Graphviz 2.42 (Debian 12) can abort or corrupt its heap inside `dot`'s layout on graphs it
/// should accept; a library cannot recover from that in its own process. The child is the same
/// program run with a hidden subcommand (`seams render-worker --format svg --engine dot`) that
/// reads DOT on standard input and writes the rendered bytes on standard output; this side reads
/// its exit status and signal. `Graphviz.render` stays the in-process path for the library.
public struct RenderWorker: Sendable {
    /// The program to run and the arguments that select its worker mode.
    public var executable: String
    public var arguments: [String]
    /// Seconds of wall time a render may take before the worker is killed (a hung Graphviz must
    /// not hang the command); nil: no limit.
    public var timeout: Double?

    public init(executable: String, arguments: [String], timeout: Double? = nil) {
        self.executable = executable
        self.arguments = arguments
        self.timeout = timeout
    }

    /// The environment variable that sets `timeout` for the commands, in seconds.
    public static let timeoutVariable = "SEAMS_RENDER_TIMEOUT"
    /// The time limit when `SEAMS_RENDER_TIMEOUT` is not set: far above any render Seams makes
    /// (the 1,000-module benchmark draws in seconds), far below a hang anyone waits for.
    public static let defaultTimeout = 30.0

    /// The time limit `environment` asks for: `SEAMS_RENDER_TIMEOUT` as a positive number of
    /// seconds (decimals allowed); unset, empty or anything else gives the default.
    public static func timeout(from environment: [String: String]) -> Double {
        guard let text = environment[timeoutVariable], let seconds = Double(text), seconds.isFinite, seconds > 0 else {
            return defaultTimeout
        }
        return seconds
    }

    /// The worker of the running program: `/proc/self/exe` on Linux (the running binary itself,
    /// even when its file was replaced or removed meanwhile, whatever `argv[0]` or the working
    /// directory), else `CommandLine.arguments[0]`.
    public static func currentExecutable(arguments: [String]) -> RenderWorker {
        let path = access("/proc/self/exe", X_OK) == 0 ? "/proc/self/exe" : CommandLine.arguments[0]
        return RenderWorker(executable: path, arguments: arguments)
    }

    /// The exit status by which the worker says Graphviz refused the graph: its standard error
    /// holds the failing stage's name on the first line, then Graphviz's messages.
    public static let graphvizErrorStatus: Int32 = 3

    /// Environment variable honoured only by the worker, for tests of this containment: `abort`
    /// or `segv` makes the worker die by that signal before it renders, `hang` makes it wait
    /// forever (for the time limit).
    public static let crashVariable = "SEAMS_RENDER_WORKER_CRASH"

    /// Renders `dot` to `format` with `engine` in a child. `.dot` needs no child: it is the text.
    public func render(_ dot: String, format: RenderFormat, engine: LayoutEngine) throws(RenderWorkerError) -> [UInt8] {
        if format == .dot { return Array(dot.utf8) }
        let result: ChildProcess.Result
        do {
            result = try ChildProcess.run(executable, arguments: arguments + ["--format", format.rawValue, "--engine", engine.rawValue],
                                          input: Array(dot.utf8), environment: ["SWIFT_BACKTRACE": "enable=no"], timeout: timeout)
        } catch {
            throw .couldNotStart(error.message)
        }
        let errorText = String(decoding: result.error, as: UTF8.self)
        switch result.ending {
        case .exited(0):
            return result.output
        case .exited(Self.graphvizErrorStatus):
            var lines = errorText.split(separator: "\n").map(String.init)
            let stage = lines.isEmpty ? nil : GraphvizError.Stage(key: lines.removeFirst())
            throw .graphviz(GraphvizError(stage: stage ?? .render, messages: lines))
        case .exited(let status):
            throw .failed(status: status, message: errorText.split(separator: "\n").first.map(String.init) ?? "")
        case .signalled(let signal):
            throw .crashed(signal: signal, name: ChildProcess.signalName(signal))
        case .timedOut:
            throw .timedOut(seconds: timeout ?? 0)
        }
    }

    /// The worker's side, for the hidden subcommand: renders `dot` in this process and returns
    /// the exit status and the bytes for standard output and standard error.
    public static func serve(_ dot: String, format: RenderFormat, engine: LayoutEngine, environment: [String: String]) -> (status: Int32, output: [UInt8], error: String) {
        switch environment[crashVariable] {
        case "abort": abort()
        case "segv": raise(SIGSEGV)
        case "hang": while true { pause() }
        default: break
        }
        do {
            return (0, try Graphviz.render(dot, format: format, engine: engine), "")
        } catch {
            return (graphvizErrorStatus, [], ([error.stage.key] + error.messages).joined(separator: "\n") + "\n")
        }
    }
}

/// How a render in the worker failed.
public enum RenderWorkerError: Error, Sendable, Equatable {
    /// Graphviz reported an error (bad DOT, a layout or render failure) and the worker said so.
    case graphviz(GraphvizError)
    /// The worker died by a signal: Graphviz crashed.
    case crashed(signal: Int32, name: String)
    /// The worker ended with another status (its first line of standard error).
    case failed(status: Int32, message: String)
    /// The worker could not be started.
    case couldNotStart(String)
    /// The worker was still running after its time limit (seconds) and was killed.
    case timedOut(seconds: Double)
}
