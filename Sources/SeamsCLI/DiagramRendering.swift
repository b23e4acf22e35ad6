import Foundation
import SeamsAnalyzer
import SeamsModel
import SeamsRender

/// How commands draw a diagram: through the render worker (a child process) under the time limit
/// `SEAMS_RENDER_TIMEOUT` (seconds, default 30), with each failure turned into one located error
/// line that names the document and the view.
enum DiagramRendering {
    static let worker: RenderWorker = {
        var worker = RenderWorker.currentExecutable(arguments: RenderWorkerCommand.arguments)
        worker.timeout = RenderWorker.timeout(from: ProcessInfo.processInfo.environment)
        return worker
    }()

    /// Renders `plan` in the worker, or returns the error line for `document`'s `view`.
    static func render(_ plan: DiagramPlan, format: RenderFormat, document: String, view: DiagramView, style: DiagramMarkup) -> Result<[UInt8], DiagramFailure> {
        do {
            return .success(try worker.render(plan.text, format: format, engine: plan.engine))
        } catch {
            return .failure(DiagramFailure(error: error, document: document, view: view, style: style))
        }
    }
}

/// A diagram that could not be drawn, as a located error: `DOC:1:1: error: … — how to go on`.
struct DiagramFailure: Error {
    var error: RenderWorkerError
    var document: String
    var view: DiagramView
    var style: DiagramMarkup

    var diagnostic: Diagnostic {
        let subject = "the \(view.rawValue) view"
        let (message, fix): (String, String) = switch error {
        case .crashed(_, let name):
            ("Graphviz crashed (\(name)) while laying out \(subject)", "try \(alternatives)")
        case .graphviz(let graphviz):
            ("\(graphviz.description) (\(subject))", "report this with the document attached; the DOT text (-o FILE.dot) shows what Seams asked Graphviz to draw")
        case .failed(let status, let text):
            ("the render worker ended with status \(status) while drawing \(subject)\(text.isEmpty ? "" : ": \(text)")", "try \(alternatives)")
        case .couldNotStart(let text):
            ("could not start the render worker: \(text)", "check that the seams binary is still in place and executable")
        case .timedOut(let seconds):
            ("Graphviz did not finish \(subject) within \(NumberText.decimal(seconds)) s; the render worker was stopped",
             "allow more time with \(RenderWorker.timeoutVariable)=SECONDS (default \(NumberText.decimal(RenderWorker.defaultTimeout))), or try \(alternatives)")
        }
        let id = if case .timedOut = error { "render.timeout" } else { "render.failed" }
        return Diagnostic(id: id, location: SourceLocation(file: document, line: 1, column: 1), message: message, fix: fix)
    }

    /// What else to ask for: the other style, another view, or the DOT text itself.
    private var alternatives: String {
        var options: [String] = []
        if style == .rich { options.append("--style plain") }
        if view != .modules { options.append("--view modules") }
        options.append("-o FILE.dot for the DOT text")
        return options.count == 1 ? options[0] : options.dropLast().joined(separator: ", ") + " or " + options[options.count - 1]
    }
}
