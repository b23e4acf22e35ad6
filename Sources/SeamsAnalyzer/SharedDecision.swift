public import SeamsModel

/// An open decision of a payload's own shape that several interfaces carry: one artifact read by
/// several consumers, or one imported output (a CrewAI task's `expected_output`) handed to every
/// later task. The producer leaves it open once, so the totals count it once, located where it is
/// caused, with every consumer listed; each consumer's interface still shows it as exposure.
public struct SharedDecision: Sendable, Hashable {
    /// The decision at its cause. For an inline payload the subject names its producer
    /// (`research output`), since `payload` alone would not say whose.
    public var decision: OpenDecision
    /// The modules that write the payload, sorted.
    public var producers: [String]
    /// Every interface that carries it, in source order (where each is written or implied), then by name.
    public var consumers: [Consumer]

    /// One interface that carries the payload: its name (`from->to`), the module that reads it
    /// there, and where the interface is written or implied. Only the analyzer makes one (its
    /// memberwise initialiser); reporters read it.
    public struct Consumer: Sendable, Hashable {
        public var interface: String
        public var module: String
        public var location: SourceLocation
    }

    /// "read by b, c" for people (the consuming modules); long lists are cut after `limit` names.
    public func consumerText(limit: Int = 12) -> String {
        var seen = Set<String>()
        let names = consumers.map(\.module).filter { seen.insert($0).inserted }
        if names.count <= limit { return "read by " + names.joined(separator: ", ") }
        return "read by \(names.count) modules: " + names.prefix(limit).joined(separator: ", ") + ", …"
    }
}

/// Which payload a decision belongs to: an artifact (by id), or an inline payload (by where it is
/// written and what it says), so that interfaces carrying the same payload share its decisions.
struct PayloadKey: Hashable, Sendable {
    var artifact: String?
    var location: SourceLocation?
    var payload: Payload?

    /// Hashes the name and place only: payloads are compared in full just when those agree, so
    /// 50,000 distinct inline payloads are not each hashed field by field.
    func hash(into hasher: inout Hasher) {
        hasher.combine(artifact)
        hasher.combine(location)
    }
}

/// The decisions and weight of one payload as an interface carries it.
struct CarriedShape: Sendable {
    var key: PayloadKey
    var weight: Double
    var decisions: [OpenDecision]
}

/// Finds the payloads that several interfaces carry, marks their decisions on each interface as
/// shared, and keeps one copy of each at its cause.
struct SharedPayloads {
    /// The interface scores with shared decisions marked (`OpenDecision.isShared`).
    var marked: [InterfaceScore]
    /// One entry per shared decision, sorted by location.
    var decisions: [SharedDecision] = []
    /// The weight of shared payloads beyond their first carrier: subtracted from the summed
    /// interface weights so the document's weight counts each payload once.
    var repeatedWeight: Double = 0

    private struct Identity: Hashable {
        var id: String
        var subject: String
        var location: SourceLocation
        init(_ decision: OpenDecision) {
            id = decision.id
            subject = decision.subject
            location = decision.location
        }
    }

    init(_ interfaces: [Analyzer.ScoredInterface], scores: [InterfaceScore]) {
        marked = scores
        var carriers: [PayloadKey: [Int]] = [:]
        var order: [PayloadKey] = []
        for (index, interface) in interfaces.enumerated() {
            for shape in interface.shapes {
                if carriers[shape.key] == nil { order.append(shape.key) }
                carriers[shape.key, default: []].append(index)
            }
        }
        var sharedIdentities: [Int: Set<Identity>] = [:]
        for key in order {
            guard let indices = carriers[key], indices.count > 1,
                  let shape = interfaces[indices[0]].shapes.first(where: { $0.key == key }) else { continue }
            repeatedWeight += shape.weight * Double(indices.count - 1)
            guard !shape.decisions.isEmpty else { continue }
            let identities = Set(shape.decisions.map(Identity.init))
            for index in indices { sharedIdentities[index, default: []].formUnion(identities) }
            let producers = Array(Set(indices.map { scores[$0].from })).sorted()
            let consumers = indices.map { SharedDecision.Consumer(interface: scores[$0].name, module: scores[$0].to, location: scores[$0].location) }
                .sorted { ($0.location, $0.interface) < ($1.location, $1.interface) }
            // The first carrier's copy holds the fix as the framework words it.
            let worded = Dictionary(scores[indices[0]].decisions.map { (Identity($0), $0) }, uniquingKeysWith: { first, _ in first })
            for original in shape.decisions {
                var decision = worded[Identity(original)] ?? original
                decision.isShared = true
                if key.artifact == nil, decision.subject == "payload" || decision.subject.hasPrefix("payload.") || decision.subject.hasPrefix("payload ") {
                    decision.subject = producers.joined(separator: ", ") + " output" + decision.subject.dropFirst("payload".count)
                }
                decisions.append(SharedDecision(decision: decision, producers: producers, consumers: consumers))
            }
        }
        for (index, identities) in sharedIdentities {
            for position in marked[index].decisions.indices where identities.contains(Identity(marked[index].decisions[position])) {
                marked[index].decisions[position].isShared = true
            }
        }
        decisions.sort { OpenDecision.byLocation($0.decision, $1.decision) }
    }
}
