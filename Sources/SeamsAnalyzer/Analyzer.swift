public import SeamsModel
import OrderedCollections

/// Scores a document: open bits per interface, coupling and isolation per module pair, load and
/// brief per module, and the orchestration verdict.
///
/// Pure and deterministic: the same document, catalog and project file give the same score.
public struct Analyzer: Sendable {
    public let catalog: Catalog
    /// The project's policy and default budget.
    public let settings: ScoringSettings
    /// The enabled entries, resolved once.
    let active: ActiveCatalog

    /// The attention budget when neither the document nor the project file sets one.
    public static let defaultAttention: Double = 4
    /// The module that holds every concern of a spec written without `modules:`.
    public static let singleModuleID = "single-agent"

    public init(catalog: Catalog, settings: ScoringSettings = ScoringSettings()) {
        self.catalog = catalog
        self.settings = settings
        self.active = ActiveCatalog(catalog)
    }

    public func score(_ document: Document) -> DocumentScore {
        let policy = resolvePolicy(document)
        let vague = VagueTermScanner(terms: catalog.vagueTerms)
        let fields = FieldEvaluator(active: active, vague: vague, defaultRequired: document.defaultRequired)
        let modules = effectiveModules(document)
        let flows = ArtifactFlows(document: document, modules: modules)

        // Each artifact's decisions are computed once and shared by every interface that carries it.
        var artifactTallies: [String: DecisionTally] = [:]
        var artifactWeights: [String: Double] = [:]
        for artifact in document.artifacts.values {
            let tally = payloadTally(of: artifact, fields: fields, vague: vague)
            artifactTallies[artifact.id] = tally
            artifactWeights[artifact.id] = artifact.weight ?? tally.weight
        }

        let interfaces = scoreInterfaces(document, flows: flows, modules: modules, artifactTallies: artifactTallies,
                                         artifactWeights: artifactWeights, fields: fields, vague: vague)
        var findings = documentFindings(document, flows: flows).sorted(by: OpenDecision.byLocation)

        let artifacts = document.artifacts.values.map { artifact in
            let tally = artifactTallies[artifact.id] ?? DecisionTally()
            return ArtifactScore(id: artifact.id, weight: artifactWeights[artifact.id] ?? 0, openBits: tally.openBits,
                                 touchedBy: flows.touching(artifact.id).sorted(), isDeclared: artifact.isDeclared,
                                 isLowerBound: tally.isLowerBound)
        }.sorted { $0.id < $1.id }

        let payloadWeights = interfaces.compactMap { score -> (String, String, Double)? in
            guard let weight = score.inlinePayloadWeight else { return nil }
            return (score.score.from, score.score.to, weight)
        }
        var crossing = artifacts.reduce(0) { $0 + $1.weight * Double(max(0, $1.touchedBy.count - 1)) }
        crossing += payloadWeights.reduce(0) { $0 + $1.2 }

        var interfaceScores = interfaces.map(\.score)
        if !document.fixes.isEmpty {
            func reworded(_ decisions: [OpenDecision]) -> [OpenDecision] {
                decisions.map { decision in
                    var decision = decision
                    decision.fixOverride = document.fixes[Document.fixKey(decision.id, decision.location)]
                    return decision
                }
            }
            for index in interfaceScores.indices { interfaceScores[index].decisions = reworded(interfaceScores[index].decisions) }
            findings = reworded(findings)
        }
        let coupling = CouplingAnalysis(flows: flows, artifactWeights: artifactWeights, payloads: payloadWeights,
                                        interfaces: interfaceScores, findings: findings,
                                        concernCounts: modules.mapValues(\.concerns.count).reduce(into: [:]) { $0[$1.key] = $1.value },
                                        policy: policy)
        let moduleScores = scoreModules(document, modules: modules, interfaces: interfaceScores, flows: flows,
                                        artifactWeights: artifactWeights, policy: policy)
        let verdict = OrchestrationVerdict.decide(document: document, modules: modules, budget: policy.attention)

        // A payload several interfaces carry is one set of decisions, left open by its producer:
        // the totals count it once; each interface keeps showing what its consumer is exposed to.
        let sharing = SharedPayloads(interfaces, scores: interfaceScores)
        interfaceScores = sharing.marked
        let findingBits = findings.reduce(0) { $0 + $1.bits }
        let exposedBits = interfaceScores.reduce(0) { $0 + $1.openBits } + findingBits
        let openBits = interfaceScores.reduce(0) { total, interface in
            interface.decisions.reduce(total) { $1.isShared ? $0 : $0 + $1.bits }
        } + sharing.decisions.reduce(0) { $0 + $1.decision.bits } + findingBits
        let findingWeight = documentFindingWeight(document, flows: flows)
        var totals = ScoreTotals(openBits: openBits,
                                 weight: interfaceScores.reduce(0) { $0 + $1.weight } - sharing.repeatedWeight + findingWeight,
                                 crossingWeight: crossing, modules: modules.count, interfaces: interfaceScores.count,
                                 isLowerBound: interfaceScores.contains(where: \.isLowerBound))
        totals.exposedBits = exposedBits
        var score = DocumentScore(document: document.file, totals: totals, artifacts: artifacts, interfaces: interfaceScores,
                                  findings: findings, pairs: coupling.pairs, modules: moduleScores, verdict: verdict, policy: policy,
                                  specExposure: SpecExposure.of(document, artifactTallies: artifactTallies))
        score.sharedDecisions = sharing.decisions
        return score
    }

    private func resolvePolicy(_ document: Document) -> ScoringPolicy {
        let policy = document.policyOverrides.applied(to: settings.policy.applied(to: .defaults))
        return ScoringPolicy(isolateMaxOpenBits: policy.isolateMaxOpenBits, shareContextRatio: policy.shareContextRatio,
                             attention: document.attentionBudget ?? settings.attention ?? Self.defaultAttention)
    }

    /// The modules to score: the written ones, or one module holding every concern of a spec.
    func effectiveModules(_ document: Document) -> OrderedDictionary<String, Module> {
        if document.hasModules && !document.modules.isEmpty { return document.modules }
        guard !document.concerns.isEmpty else { return [:] }
        var single = Module(id: Self.singleModuleID, location: SourceLocation(file: document.file, line: 1, column: 1))
        single.concerns = document.concerns.values.map { Located($0.id, at: $0.location) }
        single.objective = document.goal
        return [single.id: single]
    }

    // MARK: payloads

    /// The decisions of an artifact's own content: its fields, or an undeclared / prose payload.
    private func payloadTally(of artifact: Artifact, fields: FieldEvaluator, vague: VagueTermScanner) -> DecisionTally {
        if let declared = artifact.fields {
            return fields.evaluate(declared, path: artifact.id)
        }
        var tally = DecisionTally()
        if let about = artifact.about {
            tally.consider(active[InterfaceRules.prose], isOpen: true, subject: artifact.id, name: artifact.id, at: artifact.location)
            for term in vague.occurrences(in: about.value) {
                tally.consider(active[TextRules.vague], isOpen: true, subject: "\(artifact.id) '\(term)'",
                               name: "the about of \(artifact.id)", at: about.location, term: term)
            }
        } else {
            tally.consider(active[InterfaceRules.payload], isOpen: true, subject: artifact.id, name: artifact.id, at: artifact.location)
        }
        return tally
    }

    // MARK: interfaces

    struct ScoredInterface: Sendable {
        var score: InterfaceScore
        /// The weight of an inline payload, which couples the two modules like an artifact.
        var inlinePayloadWeight: Double?
        /// The payloads it carries, each with its own decisions, to find those several interfaces share.
        var shapes: [CarriedShape] = []
    }

    private func scoreInterfaces(_ document: Document, flows: ArtifactFlows, modules: OrderedDictionary<String, Module>,
                                 artifactTallies: [String: DecisionTally], artifactWeights: [String: Double],
                                 fields: FieldEvaluator, vague: VagueTermScanner) -> [ScoredInterface] {
        let written = Dictionary(document.interfaces.map { ("\($0.from.value)\u{0}\($0.to.value)", $0) }, uniquingKeysWith: { first, _ in first })
        // Only an inline payload written once and carried by several interfaces (an imported output) can be
        // shared; the rest are each their own interface's, and need no bookkeeping.
        var places: [SourceLocation: Int] = [:]
        for interface in document.interfaces where interface.payload != nil {
            places[interface.payloadLocation ?? interface.location, default: 0] += 1
        }
        let payloadPlaces = places
        // Interfaces are independent of each other: score them on every core, merged in key order.
        return ParallelMap.map(flows.interfaceKeys(written: document.interfaces)) { key in
            let interface = written["\(key.from)\u{0}\(key.to)"]
            let carried = flows.carried(from: key.from, to: key.to, written: interface)
            let location = interface?.location ?? flows.impliedLocation(from: key.from, to: key.to) ?? SourceLocation(file: document.file, line: 1, column: 1)
            let name = "the interface \(key.from)->\(key.to)"
            var tally = DecisionTally()
            var shapes: [CarriedShape] = []
            for artifact in carried {
                guard let artifactTally = artifactTallies[artifact] else { continue }
                var copy = artifactTally
                copy.weight = artifactWeights[artifact] ?? artifactTally.weight
                tally.absorb(copy)
                shapes.append(CarriedShape(key: PayloadKey(artifact: artifact), weight: copy.weight, decisions: copy.open))
            }
            var inlineWeight: Double?
            if let payload = interface?.payload {
                var payloadTally = DecisionTally()
                switch payload {
                case .fields(let declared):
                    payloadTally = fields.evaluate(declared, path: "payload")
                case .prose(let prose):
                    payloadTally.consider(active[InterfaceRules.prose], isOpen: true, subject: "payload",
                                          name: "the payload of \(key.from)->\(key.to)", at: prose.location)
                    scanVague(prose, subject: "payload", name: "the payload of \(key.from)->\(key.to)", vague: vague, into: &payloadTally)
                }
                inlineWeight = payloadTally.weight
                tally.absorb(payloadTally)
                let place = interface?.payloadLocation ?? location
                if payloadPlaces[place, default: 0] > 1 {
                    shapes.append(CarriedShape(key: PayloadKey(location: place, payload: payload),
                                               weight: payloadTally.weight, decisions: payloadTally.open))
                }
            } else if carried.isEmpty {
                tally.consider(active[InterfaceRules.payload], isOpen: true, subject: "payload",
                               name: "the payload of \(key.from)->\(key.to)", at: location)
                inlineWeight = active[InterfaceRules.payload]?.bits
            }
            let clauseSubject = "\(key.from)->\(key.to)"
            tally.consider(active[InterfaceRules.onError], isOpen: interface?.onError == nil,
                           subject: clauseSubject, name: name, at: location)
            tally.consider(active[InterfaceRules.done], isOpen: interface?.done == nil,
                           subject: clauseSubject, name: name, at: location)
            // Delivery matters where a duplicate or lost message would repeat or skip an effect: at the consumer.
            if DeliveryTrigger.consumerActs(modules[key.to], in: document) {
                tally.consider(active[InterfaceRules.delivery], isOpen: interface?.delivery == nil,
                               subject: clauseSubject, name: name, at: location)
            }
            for text in [interface?.about, interface?.done, interface?.onError, interface?.delivery].compactMap({ $0 }) {
                scanVague(text, subject: clauseSubject, name: name, vague: vague, into: &tally)
            }
            var score = InterfaceScore(from: key.from, to: key.to, carries: carried.sorted(), isWritten: interface != nil,
                                       location: location, openBits: tally.openBits, weight: tally.weight,
                                       decisions: tally.open.sorted(by: OpenDecision.byLocation))
            score.implicitRule = interface?.implicitRule
            return ScoredInterface(score: score, inlinePayloadWeight: inlineWeight, shapes: shapes)
        }
    }

    private func scanVague(_ text: Located<String>, subject: String, name: String, vague: VagueTermScanner, into tally: inout DecisionTally) {
        for term in vague.occurrences(in: text.value) {
            tally.consider(active[TextRules.vague], isOpen: true, subject: "\(subject) '\(term)'", name: name, at: text.location, term: term)
        }
    }

    // MARK: document-wide findings

    private func documentFindings(_ document: Document, flows: ArtifactFlows) -> [OpenDecision] {
        var tally = DecisionTally()
        considerDocumentDecisions(document, flows: flows, into: &tally)
        return tally.open
    }

    private func documentFindingWeight(_ document: Document, flows: ArtifactFlows) -> Double {
        var tally = DecisionTally()
        considerDocumentDecisions(document, flows: flows, into: &tally)
        return tally.weight
    }

    private func considerDocumentDecisions(_ document: Document, flows: ArtifactFlows, into tally: inout DecisionTally) {
        for artifact in document.artifacts.values where flows.writers(artifact.id).count > 1 {
            tally.consider(active[DocumentRules.owner], isOpen: artifact.onConflict == nil, subject: artifact.id,
                           name: artifact.id, at: artifact.location)
        }
        for concern in document.concerns.values where concern.resolvedEffect == .irreversible {
            // A human gate, or an explicit `gate: none`, on the concern or anywhere upstream decides it.
            let closed = flows.upstreamConcerns(of: concern.id).contains { document.concerns[$0]?.gate != nil }
            tally.consider(active[DocumentRules.gate], isOpen: !closed, subject: concern.id, name: concern.id,
                           at: concern.effect?.location ?? concern.location)
        }
    }

    // MARK: modules

    private func scoreModules(_ document: Document, modules: OrderedDictionary<String, Module>, interfaces: [InterfaceScore],
                              flows: ArtifactFlows, artifactWeights: [String: Double], policy: ScoringPolicy) -> [ModuleScore] {
        var inbound: [String: Double] = [:]
        for interface in interfaces { inbound[interface.to, default: 0] += interface.weight }
        var produced: [String: Double] = [:]
        for (artifact, weight) in artifactWeights {
            for writer in flows.writers(artifact) { produced[writer, default: 0] += weight }
        }
        let merging = MergeAdvice(document: document, modules: modules, attention: policy.attention)
        var between: [String: [String: Double]] = [:]
        for interface in interfaces where interface.from != interface.to {
            between[interface.from, default: [:]][interface.to, default: 0] += interface.weight
            between[interface.to, default: [:]][interface.from, default: 0] += interface.weight
        }
        return modules.values.map { module in
            let concerns = module.concerns.compactMap { document.concerns[$0.value] }
            let load = concerns.isEmpty ? 1 : concerns.reduce(0) { $0 + $1.load }
            let brief = BriefCompleteness(objective: module.objective != nil, output: module.output != nil,
                                          tools: module.tools != nil, boundaries: module.boundaries != nil)
            let gate = concerns.contains(where: \.isHumanGate)
            let irreversible = concerns.contains { $0.resolvedEffect == .irreversible }
            let told = inbound[module.id] ?? 0
            let carried = produced[module.id] ?? 0
            var advice = ModuleAdvice.keep
            var reason = "load \(Self.figure(load)) within the budget of \(Self.figure(policy.attention))"
            var partner: String?
            if load > policy.attention {
                advice = .split
                reason = "load \(Self.figure(load)) exceeds the attention budget of \(Self.figure(policy.attention))"
            } else if !concerns.isEmpty && !gate && !irreversible && told > carried {
                // Gates and irreversible effects are separated on purpose; never advise merging them,
                // nor merging across any other rule the architect keeps (MergeAdvice).
                let neighbours = (between[module.id] ?? [:]).sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
                let found = merging.partner(for: module.id, candidates: neighbours)
                let staffing = "it must be told \(Self.figure(told)) bits to produce \(Self.figure(carried))"
                if let found = found.partner {
                    advice = .merge
                    partner = found
                    reason = "\(staffing): over-staffed; merge with \(found)"
                } else {
                    reason = "\(staffing), but no merge is allowed" + (found.obstacle.map { ": \($0)" } ?? "")
                }
            }
            return ModuleScore(id: module.id, concerns: concerns.map(\.id).sorted(), load: load, budget: policy.attention,
                               brief: brief, advice: advice, reason: reason, hasHumanGate: gate, hasIrreversibleEffect: irreversible,
                               mergeWith: partner)
        }.sorted { $0.id < $1.id }
    }

    /// A number for prose: at most two decimals, no trailing zeros.
    static func figure(_ value: Double) -> String {
        NumberText.decimal(value)
    }
}
