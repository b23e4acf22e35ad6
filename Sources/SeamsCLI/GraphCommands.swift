import ArgumentParser
import Foundation
import SeamsAnalyzer
import SeamsArchitect
import SeamsModel
import SeamsPartitioning

/// `seams import metis|hmetis FILE`: a graph or hypergraph as a spec.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a METIS graph or hMETIS hypergraph into a spec.",
        discussion: """
        Vertex i becomes concern vi with its weight as `load`; edge or hyperedge j becomes artifact ej \
        with an explicit `weight:`, written by its first vertex and read by the others.

        EXAMPLES
          seams import metis 3elt.graph -o 3elt.json
          seams import hmetis circuit.hgr --format yaml
        """,
        subcommands: [Metis.self, HMetis.self]
    )

    struct GraphOptions: ParsableArguments {
        @Argument(help: ArgumentHelp("The graph file.", valueName: "file"))
        var file: String

        @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Write the spec here (atomically); default standard output.", valueName: "file"))
        var output: String?

        @Option(name: .long, help: "Spec format: yaml or json (default: json for a .json output or more than 5,000 vertices, else yaml).")
        var format: PlanFormat?

        @Flag(name: .long, help: "Overwrite an existing -o file.")
        var force = false

        func run(_ read: (String, String) throws(DocumentError) -> ImportedGraph) throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw DocumentError([Diagnostic(.fileMissing, location: SourceLocation(file: file, line: 1, column: 1),
                                                message: "no such file, or it cannot be read", fix: "check the path")])
            }
            let graph: ImportedGraph
            graph = try read(String(decoding: data, as: UTF8.self), file)
            let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            let tree = GraphImporter.spec(graph, name: name)
            let chosen = format ?? ((output?.hasSuffix(".json") ?? false) || graph.vertexWeights.count > 5_000 ? .json : .yaml)
            let text = chosen == .json ? JSONWriter.render(tree) : YAMLWriter.render(tree)
            guard let output else {
                print(text, terminator: "")
                return
            }
            if !force && FileManager.default.fileExists(atPath: output) {
                throw DocumentError([Diagnostic(.fileExists, location: SourceLocation(file: output, line: 1, column: 1), message: "the file exists",
                                                fix: "pass --force to overwrite it, or choose another -o file")])
            }
            try PlanFile.write(text, to: output, force: true, inputs: [file])
        }
    }

    struct Metis: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "metis", abstract: "Import a METIS .graph file.",
            discussion: """
            Reads the METIS graph format (header `n m [fmt [ncon]]`, then one line of neighbours per \
            vertex, with vertex and edge weights as fmt says). Malformed lines are located errors.

            EXAMPLES
              seams import metis 3elt.graph -o 3elt.json
              seams import metis 3elt.graph -o 3elt.json && seams plan 3elt.json --modules 4 --format json
            """)
        @OptionGroup var options: GraphOptions
        func run() throws { try options.run(GraphImporter.metis) }
    }

    struct HMetis: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "hmetis", abstract: "Import an hMETIS .hgr file.",
            discussion: """
            Reads the hMETIS hypergraph format (header `nets vertices [fmt]`, one line per net, then \
            vertex weights when fmt says so). Malformed lines are located errors.

            EXAMPLES
              seams import hmetis circuit.hgr --format yaml
              seams import hmetis circuit.hgr -o circuit.json && seams plan circuit.json --modules 8
            """)
        @OptionGroup var options: GraphOptions
        func run() throws { try options.run(GraphImporter.hmetis) }
    }
}

/// `seams export hmetis SPEC`: a spec's hypergraph for other partitioners.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a spec's hypergraph for other tools.",
        subcommands: [HMetis.self]
    )

    struct HMetis: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "hmetis",
            abstract: "Write the spec's hypergraph in hMETIS format (fmt 11) to standard output.",
            discussion: """
            Vertices are concerns in document order (from 1); nets are artifacts touched by two or more \
            concerns, weighted by information bits (fractional weights scaled by 100, as a comment says).

            EXAMPLES
              seams export hmetis Samples/loan-approval.yaml > loan.hgr
              seams export hmetis Samples/coding-feature.yaml > feature.hgr   # for KaHyPar, hMETIS, PaToH…
            """
        )
        @OptionGroup var options: DocumentOptions

        func run() throws {
            let (document, score) = try CommandRunner.score(options)
            let graph = SpecHypergraph(document: document, score: score, budget: score.policy.attention, modules: nil)
            print(HMetisExporter.render(graph.problem.hypergraph, concernIDs: graph.concernIDs), terminator: "")
        }
    }
}
