import SeamsModel
import OrderedCollections

/// Decides whether a task is worth orchestrating: it is when it does not fit one attention
/// budget, or when at least two of the five signals hold.
enum OrchestrationVerdict {
    /// Words in the goal or the concerns' prose that say the task must leave a trail.
    static let auditWords = ["audit", "auditable", "audited", "compliance", "compliant", "trail", "regulator", "regulatory", "traceable"]

    static func decide(document: Document, modules: OrderedDictionary<String, Module>, budget: Double) -> Verdict {
        let concerns = Array(document.concerns.values)
        var signals: [OrchestrationSignal] = []
        if Set(concerns.map(\.resolvedEffect)).count > 1 { signals.append(.riskProfiles) }
        if concerns.contains(where: { $0.isHumanGate || $0.isHumanWork }) { signals.append(.humanWait) }
        let producers = Set(concerns.flatMap { $0.writes.map(\.value) })
        if concerns.contains(where: { $0.resolvedEffect.changesTheWorld && $0.reads.contains { producers.contains($0.value) } }) {
            signals.append(.crashRecovery)
        }
        let toolSets = Set(concerns.map { Set($0.tools) }.filter { !$0.isEmpty })
            .union(modules.values.compactMap { $0.tools.map(Set.init) }.filter { !$0.isEmpty })
        if toolSets.count > 1 { signals.append(.multipleSpecialists) }
        let prose = ([document.goal?.value] + concerns.map { $0.does?.value } + document.artifacts.values.map { $0.about?.value })
            .compactMap { $0 }
        if prose.contains(where: { text in NameTokens.split(text).contains { auditWords.contains($0) } }) { signals.append(.audit) }

        let totalLoad = concerns.isEmpty ? Double(modules.count) : concerns.reduce(0) { $0 + $1.load }
        let fits = totalLoad <= budget
        let orchestrate = !fits || signals.count >= 2
        let reason: String
        let held = signals.isEmpty ? "no signal holds" : "\(signals.count) of 5 signals hold (\(signals.map(\.rawValue).joined(separator: ", ")))"
        if !fits {
            reason = "the task's load \(NumberText.decimal(totalLoad)) exceeds one module's budget of \(NumberText.decimal(budget)); \(held)"
        } else if orchestrate {
            reason = "the load \(NumberText.decimal(totalLoad)) fits one budget of \(NumberText.decimal(budget)), but \(held)"
        } else {
            reason = "stay with a single agent: the load \(NumberText.decimal(totalLoad)) fits one budget of \(NumberText.decimal(budget)) and \(held)"
        }
        return Verdict(orchestrate: orchestrate, signals: signals, totalLoad: totalLoad, budget: budget, reason: reason)
    }
}
