/// The ids of the catalog entries the analyzer knows how to raise.
///
/// The catalog file holds their data (alternatives, tokens, fixes); the analyzer holds the
/// rules of when each one fires, so a project can re-weight an entry but not invent a rule.
public enum DecisionID {
    public static let fieldType = "field.type"
    public static let fieldItems = "field.items"
    public static let fieldShape = "field.shape"
    public static let fieldPresence = "field.presence"
    public static let fieldFormatTime = "field.format.time"
    public static let fieldFormatID = "field.format.id"
    public static let fieldUnitMoney = "field.unit.money"
    public static let fieldUnitDuration = "field.unit.duration"
    public static let fieldUnitSize = "field.unit.size"
    public static let fieldRange = "field.range"
    public static let fieldValues = "field.values"
    public static let fieldOrdering = "field.ordering"
    public static let interfacePayload = "interface.payload"
    public static let interfaceProse = "interface.prose"
    public static let interfaceOnError = "interface.on-error"
    public static let interfaceDone = "interface.done"
    public static let interfaceDelivery = "interface.delivery"
    public static let artifactOwner = "artifact.owner"
    public static let flowGate = "flow.gate"
    public static let textVague = "text.vague"

    /// Every id, in catalog order.
    public static let all = [fieldType, fieldItems, fieldShape, fieldPresence, fieldFormatTime, fieldFormatID,
                             fieldUnitMoney, fieldUnitDuration, fieldUnitSize, fieldRange, fieldValues, fieldOrdering,
                             interfacePayload, interfaceProse, interfaceOnError, interfaceDone, interfaceDelivery,
                             artifactOwner, flowGate, textVague]
}
