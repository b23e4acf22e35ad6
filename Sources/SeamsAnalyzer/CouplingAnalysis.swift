/// Coupling per module pair and the isolation boundary it calls for, with each module's
/// internal cohesion (the information that stays inside it) as the yardstick.
struct CouplingAnalysis {
    private(set) var pairs: [PairScore] = []
    /// Information that stays inside a module: artifacts only it touches, and artifacts its own
    /// concerns both write and read. Only modules of two or more concerns have any.
    private(set) var cohesion: [String: Double] = [:]

    private struct PairAccumulator {
        var coupling: Double = 0
        var forward = false
        var backward = false
        var sharedWrite = false
        var sharedArtifacts: [String] = []
    }

    init(flows: ArtifactFlows, artifactWeights: [String: Double], payloads: [(from: String, to: String, weight: Double)],
         interfaces: [InterfaceScore], findings: [OpenDecision], concernCounts: [String: Int], policy: ScoringPolicy) {
        var accumulators: [String: PairAccumulator] = [:]
        func key(_ a: String, _ b: String) -> String { a < b ? "\(a)\u{0}\(b)" : "\(b)\u{0}\(a)" }

        for (artifact, weight) in artifactWeights.sorted(by: { $0.key < $1.key }) {
            let writers = flows.writers(artifact)
            let touching = flows.touching(artifact)
            let readers = flows.readers(artifact)
            if touching.count == 1, let only = touching.first { cohesion[only, default: 0] += weight }
            for writer in writers where touching.count > 1 && readers.contains(writer) { cohesion[writer, default: 0] += weight }
            for (low, high) in flows.coupledPairs(artifact) {
                let lowWrites = writers.contains(low), highWrites = writers.contains(high)
                var accumulator = accumulators[key(low, high)] ?? PairAccumulator()
                if lowWrites && highWrites {
                    accumulator.coupling += 2 * weight
                    accumulator.sharedWrite = true
                    accumulator.sharedArtifacts.append(artifact)
                } else {
                    accumulator.coupling += weight
                    if lowWrites { accumulator.forward = true } else { accumulator.backward = true }
                }
                accumulators[key(low, high)] = accumulator
            }
        }
        for payload in payloads {
            var accumulator = accumulators[key(payload.from, payload.to)] ?? PairAccumulator()
            accumulator.coupling += payload.weight
            if payload.from < payload.to { accumulator.forward = true } else { accumulator.backward = true }
            accumulators[key(payload.from, payload.to)] = accumulator
        }

        var openByPair: [String: Double] = [:]
        for interface in interfaces { openByPair[key(interface.from, interface.to), default: 0] += interface.openBits }
        var ownerBits: [String: Double] = [:]
        for finding in findings where finding.id == DocumentRules.owner.id { ownerBits[finding.subject, default: 0] += finding.bits }

        for (pairKey, accumulator) in accumulators where accumulator.coupling > 0 {
            let members = pairKey.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
            guard members.count == 2 else { continue }
            let kind: CouplingKind = accumulator.sharedWrite ? .sharedWrite : (accumulator.forward && accumulator.backward ? .twoWay : .oneWay)
            let open = (openByPair[pairKey] ?? 0) + accumulator.sharedArtifacts.reduce(0) { $0 + (ownerBits[$1] ?? 0) }
            // The ratio rule needs two groups of concerns to compare; a single concern has no inside.
            let comparable = members.allSatisfy { (concernCounts[$0] ?? 0) >= 2 }
            let smallerCohesion = min(cohesion[members[0]] ?? 0, cohesion[members[1]] ?? 0)
            let isolation: Isolation
            let reason: String
            if kind == .sharedWrite {
                isolation = .shareContext
                reason = "both write \(accumulator.sharedArtifacts.sorted().joined(separator: ", ")); separate contexts would contradict each other"
            } else if kind == .twoWay {
                isolation = .shareContext
                reason = "information flows both ways, a tight cycle"
            } else if comparable && accumulator.coupling > policy.shareContextRatio * smallerCohesion {
                isolation = .shareContext
                reason = "coupling \(NumberText.decimal(accumulator.coupling)) exceeds ρ=\(NumberText.decimal(policy.shareContextRatio)) × the smaller cohesion \(NumberText.decimal(smallerCohesion))"
            } else if open > policy.isolateMaxOpenBits {
                isolation = .hardenThenIsolate
                reason = "\(NumberText.decimal(open)) open bits exceed τ=\(NumberText.decimal(policy.isolateMaxOpenBits)); close them first"
            } else {
                isolation = .isolate
                reason = "\(NumberText.decimal(open)) open bits within τ=\(NumberText.decimal(policy.isolateMaxOpenBits)), one-way"
            }
            pairs.append(PairScore(modules: members, coupling: accumulator.coupling, kind: kind, openBits: open,
                                   isolation: isolation, reason: reason))
        }
        pairs.sort { ($0.modules[0], $0.modules[1]) < ($1.modules[0], $1.modules[1]) }
    }
}
