import ArgumentParser
import Foundation
import SeamsArchitect
import SeamsModel
import SeamsWorkspace

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Partition a spec's concerns into modules: a decomposition document ready for `seams score`.",
        discussion: """
        Minimises the crossing weight (Σ over artifacts of information weight × (modules touching it − 1)) \
        subject to: module load ≤ attention budget; `constraints: together / apart`; a human gate is a \
        module of its own; an irreversible effect never shares a module with the concerns that write what \
        it reads; two irreversible effects with different tools are apart; a reviewer (review, QA, audit, \
        validation, red team, fraud check) is apart from the authors of what it reviews; and the module \
        graph (producer → consumer) is acyclic, so no module works on both sides of a human gate \
        (--allow-cycles drops that rule; a cycle the spec itself forces is kept in one module or reported). \
        Without --modules the architect chooses the count, and keeps one module when the spec \
        fits one budget and fewer than two of the five orchestration signals hold.

        Multilevel partitioning (capacity-aware coarsening, greedy growing, k-way FM refinement) with \
        fixed seeds; specs of up to 20 concern groups are also searched exactly, which proves optimality. \
        The summary says "optimal" or gives a lower bound and the gap.

        Without -o the document goes to standard output. With -o the file is written atomically, and an \
        existing file is replaced only if Seams wrote it and nobody edited it since (or with --force).

        With --keep the input is an edited plan: its modules are kept, a module marked `pinned: true` is \
        never changed, and the fewest concerns are moved (each move reported with the rule it fixes) until \
        every rule above holds again; a concern in no module (added to the spec) is placed; stale \
        written interfaces are rewritten. A document without modules, \
        or a pinned module that breaks a rule by itself, is the located error plan.keep.

        EXAMPLES
          seams plan spec.yaml
          seams plan edited-plan.yaml --keep -o plan.yaml --force
          seams plan spec.yaml --budget 6 -o plan.yaml
          seams plan big.json --modules 16 --format json -o plan.json
        """
    )

    @OptionGroup var options: DocumentOptions

    @Option(name: .long, help: ArgumentHelp("Attention budget: the most load one module may carry.", valueName: "n"))
    var budget: Double?

    @Option(name: .long, help: ArgumentHelp("Fix the number of modules.", valueName: "k"))
    var modules: Int?

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Write the plan to this file (atomically).", valueName: "file"))
    var output: String?

    @Option(name: .long, help: "Document format: yaml or json (default: from the -o extension, else yaml).")
    var format: PlanFormat?

    @Option(name: .long, help: ArgumentHelp("Also write the decision record (Markdown) to this file.", valueName: "file"))
    var record: String?

    @Flag(name: .long, help: "Let the module graph have cycles (ignore the direction of flow).")
    var allowCycles = false

    @Flag(name: .long, help: "Repair an edited plan: keep its modules (pinned ones unchanged), move the fewest concerns that fix broken rules, rewrite stale interfaces.")
    var keep = false

    @Flag(name: .long, help: "Overwrite an -o file even if it was edited since Seams wrote it.")
    var force = false

    func validate() throws {
        if keep && modules != nil { throw ValidationError("--keep keeps the edited plan's modules; leave out --modules") }
        try NumberRange.load.validate(budget, option: "--budget")
        try NumberRange.moduleCount.validate(modules, option: "--modules")
    }

    func run() throws {
        // A spec, a decomposition or a framework project (`--from`): its concerns are planned; with
        // --keep, an edited plan is repaired.
        var workspace = options.workspace
        workspace.allowsUnplacedConcerns = keep
        let spec = try workspace.load(options.document)
        CommandRunner.printWarnings(spec.document.warnings)
        let architectOptions = Architect.Options(budget: budget, modules: modules, allowCycles: allowCycles)
        let analyzer = try spec.analyzer()
        let plan = keep ? try Architect.keep(plan: spec.document, analyzer: analyzer, options: architectOptions)
            : try Architect.plan(spec: spec.document, analyzer: analyzer, options: architectOptions)
        let chosen = format ?? (output.map { $0.lowercased().hasSuffix(".json") } == true ? .json : .yaml)
        let text = PlanReport.document(plan, format: chosen.reportFormat)
        if let record {
            try PlanFile.write(PlanReport.record(plan, source: options.document), to: record, force: true, inputs: options.inputFiles)
        }
        guard let output else {
            print(text, terminator: "")
            return
        }
        try PlanFile.write(text, to: output, force: force, inputs: options.inputFiles)
        for line in PlanReport.summary(plan) { print(line) }
        print("wrote \(output)")
    }
}

/// Output formats of `plan`, `import`.
enum PlanFormat: String, ExpressibleByArgument, CaseIterable {
    case yaml, json

    var reportFormat: PlanReport.Format { self == .yaml ? .yaml : .json }
}
