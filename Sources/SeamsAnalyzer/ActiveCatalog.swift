/// An enabled catalog entry, resolved once per run: its bits and its name tokens as sets.
/// A reference, so the hot path passes one pointer instead of copying the entry's lists.
final class ResolvedPoint: Sendable {
    let point: DecisionPoint
    let bits: Double
    let tokens: Set<String>
    let lastTokens: Set<String>
    let unitTokens: Set<String>

    init(_ point: DecisionPoint) {
        self.point = point
        self.bits = point.bits
        self.tokens = Set(point.tokens)
        self.lastTokens = Set(point.lastTokens)
        self.unitTokens = Set(point.unitTokens)
    }

    /// True when one of the name's words (or its last word, for `lastTokens`) triggers this entry.
    func matches(_ words: [String]) -> Bool {
        words.contains { tokens.contains($0) } || words.last.map { lastTokens.contains($0) } == true
    }
}

/// The catalog's enabled entries by role, looked up once instead of once per field.
struct ActiveCatalog: Sendable {
    let fieldType, fieldItems, fieldShape, fieldPresence: ResolvedPoint?
    let fieldFormatTime, fieldFormatID, fieldUnitMoney, fieldUnitDuration, fieldUnitSize: ResolvedPoint?
    let fieldRange, fieldValues, fieldOrdering: ResolvedPoint?
    let interfacePayload, interfaceProse, interfaceOnError, interfaceDone, interfaceDelivery: ResolvedPoint?
    let artifactOwner, flowGate, textVague: ResolvedPoint?

    init(_ catalog: Catalog) {
        func resolve(_ id: String) -> ResolvedPoint? { catalog.active(id).map(ResolvedPoint.init) }
        fieldType = resolve(DecisionID.fieldType)
        fieldItems = resolve(DecisionID.fieldItems)
        fieldShape = resolve(DecisionID.fieldShape)
        fieldPresence = resolve(DecisionID.fieldPresence)
        fieldFormatTime = resolve(DecisionID.fieldFormatTime)
        fieldFormatID = resolve(DecisionID.fieldFormatID)
        fieldUnitMoney = resolve(DecisionID.fieldUnitMoney)
        fieldUnitDuration = resolve(DecisionID.fieldUnitDuration)
        fieldUnitSize = resolve(DecisionID.fieldUnitSize)
        fieldRange = resolve(DecisionID.fieldRange)
        fieldValues = resolve(DecisionID.fieldValues)
        fieldOrdering = resolve(DecisionID.fieldOrdering)
        interfacePayload = resolve(DecisionID.interfacePayload)
        interfaceProse = resolve(DecisionID.interfaceProse)
        interfaceOnError = resolve(DecisionID.interfaceOnError)
        interfaceDone = resolve(DecisionID.interfaceDone)
        interfaceDelivery = resolve(DecisionID.interfaceDelivery)
        artifactOwner = resolve(DecisionID.artifactOwner)
        flowGate = resolve(DecisionID.flowGate)
        textVague = resolve(DecisionID.textVague)
    }
}
