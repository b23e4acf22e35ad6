import SeamsModel
import OrderedCollections

/// Who reads and writes each artifact, by module and by concern: the hypergraph every other
/// measure (implied interfaces, coupling, crossing weight, upstream gates) is read from.
struct ArtifactFlows: Sendable {
    private var writerModules: [String: OrderedSet<String>] = [:]
    private var readerModules: [String: OrderedSet<String>] = [:]
    /// The first `reads:` entry of each (consumer module, artifact), where an implied interface points.
    private var readLocations: [String: SourceLocation] = [:]
    private var concernWriters: [String: [String]] = [:]
    private var concernReads: [String: [String]] = [:]
    /// Implied interfaces: producer → consumer → carried artifacts.
    private var implied: [String: [String: OrderedSet<String>]] = [:]

    init(document: Document, modules: OrderedDictionary<String, Module>) {
        var moduleOf: [String: String] = [:]
        for module in modules.values {
            for concern in module.concerns { moduleOf[concern.value] = module.id }
        }
        for concern in document.concerns.values {
            guard let module = moduleOf[concern.id] else { continue }
            concernReads[concern.id] = concern.reads.map(\.value)
            for write in concern.writes {
                writerModules[write.value, default: []].append(module)
                concernWriters[write.value, default: []].append(concern.id)
            }
            for read in concern.reads {
                readerModules[read.value, default: []].append(module)
                let key = "\(module)\u{0}\(read.value)"
                if readLocations[key] == nil { readLocations[key] = read.location }
            }
        }
        // Written interfaces carry artifacts too; their producer counts as the writer only when
        // no concern writes the artifact (hand-written decompositions have no concerns).
        for interface in document.interfaces {
            for carried in interface.carries {
                if concernWriters[carried.value] == nil { writerModules[carried.value, default: []].append(interface.from.value) }
                readerModules[carried.value, default: []].append(interface.to.value)
            }
        }
        for (artifact, writers) in writerModules {
            for writer in writers {
                for reader in readerModules[artifact] ?? [] where reader != writer {
                    implied[writer, default: [:]][reader, default: []].append(artifact)
                }
            }
        }
    }

    func writers(_ artifact: String) -> OrderedSet<String> { writerModules[artifact] ?? [] }
    func readers(_ artifact: String) -> OrderedSet<String> { readerModules[artifact] ?? [] }

    /// Modules that read or write the artifact.
    func touching(_ artifact: String) -> OrderedSet<String> {
        writers(artifact).union(readers(artifact))
    }

    /// Every interface, implied or written, as (from, to) sorted by from then to.
    func interfaceKeys(written: [Interface]) -> [(from: String, to: String)] {
        var keys = Set<String>()
        var result: [(from: String, to: String)] = []
        for (from, targets) in implied {
            for to in targets.keys where keys.insert("\(from)\u{0}\(to)").inserted { result.append((from, to)) }
        }
        for interface in written where keys.insert("\(interface.from.value)\u{0}\(interface.to.value)").inserted {
            result.append((interface.from.value, interface.to.value))
        }
        return result.sorted { ($0.from, $0.to) < ($1.from, $1.to) }
    }

    /// Artifacts that flow from one module to another, implied by concerns or written.
    func carried(from: String, to: String, written: Interface?) -> [String] {
        var set = implied[from]?[to] ?? []
        for carried in written?.carries ?? [] { set.append(carried.value) }
        return Array(set)
    }

    /// Where an implied interface is caused: the consumer's first `reads:` of what it carries.
    func impliedLocation(from: String, to: String) -> SourceLocation? {
        (implied[from]?[to] ?? []).compactMap { readLocations["\(to)\u{0}\($0)"] }.min()
    }

    /// The concerns that feed `concern`, transitively, and the concern itself.
    func upstreamConcerns(of concern: String) -> Set<String> {
        var seen: Set<String> = [concern]
        var queue = [concern]
        while let next = queue.popLast() {
            for artifact in concernReads[next] ?? [] {
                for writer in concernWriters[artifact] ?? [] where seen.insert(writer).inserted {
                    queue.append(writer)
                }
            }
        }
        return seen
    }
}
