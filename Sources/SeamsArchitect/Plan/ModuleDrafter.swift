import SeamsModel
import SeamsAnalyzer
import OrderedCollections

/// Drafts modules and interfaces from a block assignment: each module is named for its role
/// (`ModuleNaming`), its brief says the role and what the module must not do (`ModuleBrief`), and
/// every cut artifact gets an interface from each module that writes it to each module that reads it.
struct ModuleDrafter {
    var modules: OrderedDictionary<String, Module> = [:]
    var interfaces: [Interface] = []
    /// Per module (in order), the ids of the artifacts its concerns touch, sorted.
    var artifactsByModule: [[String]] = []
    var loads: [Double] = []

    /// `names`, when given, fixes the name of each block whose entry is not empty (`seams plan --keep`);
    /// the others are named for their role, never reusing a fixed name.
    init(spec: Document, blockOf: [Int], singleAgent: Bool, weightOf: [String: Double], names fixed: [String]? = nil) {
        let concerns = Array(spec.concerns.values)
        let blockCount = (blockOf.max() ?? -1) + 1
        var members = [[Int]](repeating: [], count: blockCount)
        for (vertex, block) in blockOf.enumerated() { members[block].append(vertex) }
        let start = SourceLocation(file: spec.file, line: 1, column: 1)
        var moduleOfConcern: [String: String] = [:]
        var ids = singleAgent ? [Analyzer.singleModuleID] : ModuleNaming.names(concerns: concerns, members: members, weightOf: weightOf)
        if let fixed, !singleAgent {
            let kept = Set(fixed.filter { !$0.isEmpty })
            var taken = kept
            for block in 0..<blockCount {
                if block < fixed.count, !fixed[block].isEmpty { ids[block] = fixed[block]; continue }
                var name = ids[block]
                var number = 2
                while taken.contains(name) { name = "\(ids[block])-\(number)"; number += 1 }
                taken.insert(name)
                ids[block] = name
            }
        }
        for block in 0..<blockCount {
            for vertex in members[block] { moduleOfConcern[concerns[vertex].id] = ids[block] }
        }
        // Who writes and reads each artifact, by module, in document order.
        var writers: [String: OrderedSet<String>] = [:]
        var readers: [String: OrderedSet<String>] = [:]
        for concern in concerns {
            guard let module = moduleOfConcern[concern.id] else { continue }
            for write in concern.writes { writers[write.value, default: []].append(module) }
            for read in concern.reads { readers[read.value, default: []].append(module) }
        }
        var carried: [String: [String: [String]]] = [:]
        for artifact in spec.artifacts.keys {
            for writer in writers[artifact] ?? [] {
                for reader in readers[artifact] ?? [] where reader != writer {
                    carried[writer, default: [:]][reader, default: []].append(artifact)
                }
            }
        }
        let brief = ModuleBrief(spec: spec, moduleOf: moduleOfConcern, writers: writers)
        for block in 0..<blockCount {
            let own = members[block].map { concerns[$0] }
            let id = ids[block]
            var module = Module(id: id, location: start)
            module.concerns = own.map { Located($0.id, at: start) }
            module.objective = Located(brief.objective(own: own, module: id), at: start)
            let outputs = ModuleBrief.outputs(own)
            module.output = Located(outputs.isEmpty ? "no artifact: its effect on the world is its output" : outputs.joined(separator: ", "), at: start)
            let tools = Array(Set(own.flatMap(\.tools))).sorted()
            module.tools = tools
            module.boundaries = Located(brief.boundaries(own: own, module: id, tools: tools), at: start)
            modules[id] = module
            let touched = Set(own.flatMap { ($0.reads + $0.writes).map(\.value) })
            artifactsByModule.append(touched.sorted())
            loads.append(own.reduce(0) { $0 + $1.load })
        }
        for from in carried.keys.sorted() {
            for (to, artifacts) in (carried[from] ?? [:]).sorted(by: { $0.key < $1.key }) {
                var interface = Interface(from: Located(from, at: start), to: Located(to, at: start), location: start)
                interface.carries = artifacts.sorted().map { Located($0, at: start) }
                interfaces.append(interface)
            }
        }
    }
}

extension ModuleDrafter {
    /// The drafted plan's context tokens against one agent holding every concern
    /// (`OrchestrationOverhead`'s model); `weightOf` gives each artifact's weight.
    func overhead(concerns: [Concern], weightOf: [String: Double], interfaces: Int) -> OrchestrationOverhead {
        let touched = artifactsByModule.map { $0.map { weightOf[$0] ?? 0 } }
        let allTouched = Set(concerns.flatMap { ($0.reads + $0.writes).map(\.value) }).sorted().map { weightOf[$0] ?? 0 }
        return OrchestrationOverhead(moduleLoads: loads, moduleArtifacts: touched, allArtifacts: allTouched, interfaces: interfaces)
    }
}
