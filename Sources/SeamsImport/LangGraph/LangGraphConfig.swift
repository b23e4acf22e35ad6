import Foundation
import SeamsModel

/// `langgraph.json`'s `graphs` entries (`"name": "./path/file.py:variable"`): which graphs the
/// project serves, and the names they are served under.
struct LangGraphConfig {
    struct Entry {
        var name: String
        /// The Python file, relative to `langgraph.json`'s folder, normalised (no `./`).
        var file: String
        var variable: String
        var location: SourceLocation
    }

    var entries: [Entry] = []
    /// Folder holding `langgraph.json`.
    var folder: String = ""

    /// Reads the first `langgraph.json` of a project folder; a file that does not parse is an input error.
    init(path: String, limits: LoadLimits) throws(DocumentError) {
        guard ProjectFiles.isDirectory(path), let relative = ProjectFiles(root: path).ending(with: "langgraph.json").first else { return }
        let file = ProjectFiles(root: path).path(relative)
        folder = (file as NSString).deletingLastPathComponent
        let root = try SourceReader.read(path: file, limits: limits)
        for entry in root["graphs"]?.entries ?? [] {
            guard let name = entry.key.scalarText, let spec = entry.value.scalarText, let colon = spec.lastIndex(of: ":") else { continue }
            var target = String(spec[..<colon])
            while target.hasPrefix("./") { target.removeFirst(2) }
            entries.append(Entry(name: name, file: target, variable: String(spec[spec.index(after: colon)...]), location: entry.value.location))
        }
    }

    /// The definitions each entry names: by the variable holding the compiled graph or its builder,
    /// otherwise every graph built in the entry's file (a factory function returning it).
    func resolve(_ definitions: [LangGraphDefinition], into builder: inout ImportBuilder) -> [(name: String, index: Int)] {
        var resolved: [(name: String, index: Int)] = []
        for entry in entries {
            let file = (folder as NSString).appendingPathComponent(entry.file)
            let inFile = definitions.indices.filter { definitions[$0].location.file == file }
            let named = inFile.filter { definitions[$0].compiled.contains(entry.variable) || definitions[$0].builder == entry.variable }
            let chosen = named.isEmpty ? inFile : named
            if chosen.isEmpty {
                builder.warn("langgraph.graph-not-found", at: entry.location,
                             "langgraph.json serves '\(entry.name)' from \(entry.file):\(entry.variable), where Seams found no StateGraph(...)",
                             fix: "check the path and variable in langgraph.json, or build the graph with StateGraph(...) in that file")
            }
            resolved += chosen.map { (entry.name, $0) }
        }
        return resolved
    }
}
