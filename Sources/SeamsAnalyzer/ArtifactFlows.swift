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
    /// Modules that write or read each artifact through their concerns (not only on a written interface).
    private var concernWriterModules: [String: Set<String>] = [:]
    private var concernTouchingModules: [String: OrderedSet<String>] = [:]
    /// Per artifact and module, the modules a written interface carrying the artifact joins it to.
    private var carryNeighbours: [String: [String: OrderedSet<String>]] = [:]

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
                concernWriterModules[write.value, default: []].insert(module)
                concernTouchingModules[write.value, default: []].append(module)
                concernWriters[write.value, default: []].append(concern.id)
            }
            for read in concern.reads {
                readerModules[read.value, default: []].append(module)
                concernTouchingModules[read.value, default: []].append(module)
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
                carryNeighbours[carried.value, default: [:]][interface.from.value, default: []].append(interface.to.value)
                carryNeighbours[carried.value, default: [:]][interface.to.value, default: []].append(interface.from.value)
            }
        }
        // A concern's write reaches every reader. A write known only from a written interface
        // reaches the concerns that read the artifact; the interface itself covers its own consumer,
        // so a chain of written interfaces handing one artifact on implies nothing more (it used to
        // imply every producer → consumer pair: n² interfaces for a chain of n modules).
        for (artifact, writers) in writerModules {
            let readers = readerModules[artifact] ?? []
            let concernWriters = concernWriterModules[artifact] ?? []
            let concernReaders = readers.filter { concernTouchingModules[artifact]?.contains($0) ?? false }
            for writer in writers {
                for reader in concernWriters.contains(writer) ? readers : concernReaders where reader != writer {
                    implied[writer, default: [:]][reader, default: []].append(artifact)
                }
            }
        }
    }

    /// The module pairs an artifact couples, each once as (lower id, higher id): at least one of
    /// the two writes it, and one of them handles it in a concern or a written interface joins
    /// them carrying it (the same rule as implied interfaces, so coupling stays near-linear in
    /// the flows instead of quadratic in the modules an artifact passes through).
    func coupledPairs(_ artifact: String) -> [(String, String)] {
        let touching = touching(artifact)
        guard touching.count > 1 else { return [] }
        let concernWriters = concernWriterModules[artifact] ?? []
        let concernTouching = concernTouchingModules[artifact] ?? []
        let neighbours = carryNeighbours[artifact] ?? [:]
        var seen = Set<String>()
        var pairs: [(String, String)] = []
        for writer in writers(artifact) {
            let partners = concernWriters.contains(writer) ? touching : concernTouching.union(neighbours[writer] ?? [])
            for other in partners where other != writer {
                let pair = writer < other ? (writer, other) : (other, writer)
                if seen.insert("\(pair.0)\u{0}\(pair.1)").inserted { pairs.append(pair) }
            }
        }
        return pairs
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
