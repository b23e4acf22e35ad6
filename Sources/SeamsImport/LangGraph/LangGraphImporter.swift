import Foundation
import OrderedCollections
import SeamsModel

/// Imports LangGraph graphs from Python source, read statically (nothing is run).
///
/// Nodes are modules; the state schema's keys are the artifacts (typed from the TypedDict, Pydantic
/// model or dataclass; `Annotated[T, reducer]` is the key's conflict rule); a node's concern reads and writes
/// keys as its function does, so an interface exists wherever one node writes a key another reads.
/// `caller` (LangGraph's START and END) writes the graph's input and reads its output. `interrupt(...)` and
/// `compile(interrupt_before/after=...)` are human gates. The Functional API's `@entrypoint`
/// calling `@task`s is read as handoffs both ways; `create_supervisor`/`create_swarm` teams as handoffs of the message list.
enum LangGraphImporter {
    static func load(path: String, limits: LoadLimits) throws(DocumentError) -> Document {
        var builder = ImportBuilder()
        let sources = PythonProjectSources(path: path, package: "langgraph", limits: limits, into: &builder)
        let definitions = LangGraphDefinition.read(sources)
        let entrypoints = sources.allStatements.compactMap { statement -> PythonFunction? in
            if case .function(let function) = statement, function.decorator("entrypoint") != nil { return function }
            return nil
        }
        let hasTeams = LangGraphTeams.add(sources, into: &builder)
        if definitions.isEmpty && entrypoints.isEmpty && !hasTeams {
            if !builder.errors.isEmpty { _ = try builder.build(file: path) }
            throw DocumentError([Diagnostic(id: "import.not-found", location: SourceLocation(file: path, line: 1, column: 1),
                                            message: "no LangGraph graph found: looked for StateGraph(...) builders, @entrypoint functions, create_supervisor/create_swarm teams and langgraph.json graphs in the Python files here",
                                            fix: "name the folder or .py file that builds the graph, or pass --from with the framework it uses")])
        }
        var assembly = LangGraphAssembly(sources: sources, definitions: definitions)
        let subgraphs = assembly.subgraphIndices
        // Graphs used as nodes are read inside their parents (every graph, if they only use each other).
        let unused = definitions.indices.filter { !subgraphs.contains($0) }
        let top = unused.isEmpty ? Array(definitions.indices) : unused
        // langgraph.json names the graphs the project serves; without it, every graph no other uses.
        let served = try LangGraphConfig(path: path, limits: limits).resolve(definitions, into: &builder)
        let graphs = served.isEmpty ? top.map { (name: definitions[$0].compiled.first ?? definitions[$0].builder, index: $0) } : served
        for graph in graphs {
            assembly.add(definitions[graph.index], prefix: graphs.count > 1 ? "\(graph.name)." : "", into: &builder)
        }
        for entrypoint in entrypoints {
            LangGraphFunctionalAPI.add(entrypoint, sources: sources, into: &builder)
        }
        var document = try builder.build(file: path)
        document.artifacts = assembly.artifacts
        return document
    }
}
