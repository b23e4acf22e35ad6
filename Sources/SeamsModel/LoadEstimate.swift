import OrderedCollections

/// A concern's attention load derived from the spec, for concerns that do not state `load:`.
///
/// **Calibration.** One unit of load is what an LLM agent must hold in focus for one ordinary
/// concern: one short instruction (its `does`), one artifact read and one written, no tool and no
/// side effect. `budget.attention` counts the same units, so the default budget of 4 is an agent
/// holding about four such steps at once — four instructions, eight artifact schemas — before its
/// context is crowded enough to drop things. Each part below costs what it adds to that focus:
///
/// | part | load |
/// |---|---|
/// | the instruction (`does`) | 0.5, or 0.75 when it runs past 30 words |
/// | each distinct artifact read or written | 0.25 |
/// | each tool | 0.25 |
/// | effect `reversible` or `external` | 0.25 (what to undo, whom it reaches) |
/// | effect `irreversible` | 0.5 (preconditions to check, act exactly once) |
/// | `actor: human` | the instruction costs 0.25 and tools nothing: the agent only hands the work over and collects it |
///
/// The sum is at least 0.25 and a multiple of 0.25. A stated `load:` always wins.
public struct LoadEstimate: Sendable, Hashable {
    public var instruction: Double
    public var artifacts: Double
    public var tools: Double
    public var effect: Double

    public static let unit = 0.25
    static let longInstructionWords = 30

    public init(_ concern: Concern) {
        let words = concern.does?.value.split(whereSeparator: \.isWhitespace).count ?? 0
        let human = concern.isHumanWork
        instruction = human ? Self.unit : words > Self.longInstructionWords ? 3 * Self.unit : 2 * Self.unit
        artifacts = Double(Set((concern.reads + concern.writes).map(\.value)).count) * Self.unit
        tools = human ? 0 : Double(Set(concern.tools).count) * Self.unit
        switch concern.resolvedEffect {
        case .none, .readOnly: effect = 0
        case .reversible, .external: effect = Self.unit
        case .irreversible: effect = 2 * Self.unit
        }
    }

    public var value: Double { max(Self.unit, instruction + artifacts + tools + effect) }

    /// The parts in words, e.g. `0.5 instruction + 1 for 4 artifacts + 0.25 for 1 tool + 0.5 irreversible = 2.25`.
    public var explanation: String {
        func figure(_ value: Double) -> String {
            value == value.rounded() ? String(Int(value)) : String(value)
        }
        var parts = ["\(figure(instruction)) instruction"]
        if artifacts > 0 { parts.append("\(figure(artifacts)) for \(Int(artifacts / Self.unit)) artifact\(artifacts == Self.unit ? "" : "s")") }
        if tools > 0 { parts.append("\(figure(tools)) for \(Int(tools / Self.unit)) tool\(tools == Self.unit ? "" : "s")") }
        if effect > 0 { parts.append("\(figure(effect)) effect") }
        return parts.joined(separator: " + ") + " = \(figure(value))"
    }
}

extension Document {
    /// Each named concern's load and where it comes from (`stated`, or `derived: …` with the
    /// parts), in the order given, so `explain` can show why a module carries what it carries.
    public func loadSources(of concernIDs: [String]) -> [(id: String, load: Double, source: String)] {
        concernIDs.compactMap { id in
            guard let concern = concerns[id] else { return nil }
            return (id, concern.load, concern.statedLoad != nil ? "stated" : "derived: " + LoadEstimate(concern).explanation)
        }
    }
}
