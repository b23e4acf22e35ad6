import ArgumentParser
import Foundation
import SeamsAnalyzer
import SeamsModel
import SeamsRender

/// A hidden benchmark: renders one document many times in this process and reports wall time
/// and resident memory, to show that rendering frees what Graphviz allocates.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Render a document repeatedly; print wall time and resident memory (benchmark).",
        shouldDisplay: false
    )

    @OptionGroup var options: DocumentOptions

    @Option(name: .long, help: "What to draw: modules, concerns or workflow.")
    var view: ViewOption = .modules

    @Option(name: .long, help: "rich or plain.")
    var style: StyleOption = .rich

    @Option(name: .long, help: "svg, png, pdf, plain or dot.")
    var format: String = "svg"

    @Option(name: .long, help: "How many renders.")
    var iterations: Int = 200

    @Option(name: .long, help: ArgumentHelp("Render this DOT file instead of the document's diagram.", valueName: "file"))
    var dot: String?

    @Option(name: .long, help: "Layout engine for --dot: dot or sfdp.")
    var engine: String = "dot"

    @Flag(name: .long, help: "Render in the child process (seams render-worker), as render and report do.")
    var worker = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Also write the last render here.", valueName: "file"))
    var output: String?

    func validate() throws {
        try NumberRange.count.validate(iterations, option: "--iterations")
    }

    func run() throws {
        guard let format = RenderFormat(rawValue: format), let engine = LayoutEngine(rawValue: engine) else {
            throw ValidationError("--format takes svg, png, pdf, plain or dot; --engine takes dot or sfdp")
        }
        let started = Date()
        let job: () throws -> [UInt8]
        var label: String
        if let dot {
            let text = try String(contentsOfFile: dot, encoding: .utf8)
            job = worker ? { try DiagramRendering.worker.render(text, format: format, engine: engine) }
                : { try Graphviz.render(text, format: format, engine: engine) }
            label = "\(dot) (\(engine.rawValue))"
        } else {
            let (document, score) = try CommandRunner.score(options)
            let plan = Diagram.plan(view.view, document: document, score: score, markup: style.markup)
            job = worker ? { try DiagramRendering.worker.render(plan.text, format: format, engine: plan.engine) }
                : { try Graphviz.render(plan.text, format: format, engine: plan.engine) }
            label = "\(options.document) \(view.rawValue) view, \(style.rawValue) (\(plan.engine.rawValue), \(plan.size))"
        }
        label += worker ? ", in the render worker" : ", in-process"
        let loaded = Date()
        print("\(label) → \(format.rawValue), \(iterations) renders; Graphviz \(Graphviz.version)")
        print("load and score: \(seconds(loaded.timeIntervalSince(started)))")
        var bytes: [UInt8] = []
        var times: [Double] = []
        // Reserved up front, so the benchmark's own bookkeeping does not show as growth.
        times.reserveCapacity(max(1, iterations))
        var memory: [(Int, Int)] = [(0, ResidentMemory.kibibytes())]
        for iteration in 1...max(1, iterations) {
            let start = Date()
            bytes = try job()
            times.append(Date().timeIntervalSince(start))
            if [1, 10, 50, 100, 150, 200, 500, 1000].contains(iteration) || iteration == iterations {
                memory.append((iteration, ResidentMemory.kibibytes()))
            }
        }
        if let output { try CommandRunner.write(Data(bytes), to: output, inputs: options.inputFiles + [dot].compactMap { $0 }) }
        print("output: \(bytes.count) bytes; first render \(seconds(times[0])); median \(seconds(times.sorted()[times.count / 2])); total \(seconds(times.reduce(0, +)))")
        print("resident memory (KiB) after N renders: " + memory.map { "\($0.0): \($0.1)" }.joined(separator: ", "))
        if let ten = memory.first(where: { $0.0 == 10 }), let last = memory.last, last.0 > 10 {
            print("growth from render 10 to render \(last.0): \(last.1 - ten.1) KiB")
        }
    }

    private func seconds(_ value: Double) -> String { String(format: "%.3f s", value) }
}

/// Resident set size of this process, from /proc (Linux); 0 where unavailable.
enum ResidentMemory {
    static func kibibytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024
    }
}
