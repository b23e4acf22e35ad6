import SeamsModel

/// The decision points a field's name raises: what the name says the field is (a time, an
/// amount, a score…) and what the spec must then say about it.
///
/// Adding one is this file plus its entry (question, alternatives, fix) in `catalog.yml`.
///
/// Precedence, lowest first: a duration (`timeout`) is never also a point in time; the
/// identifier, money, size, range and values rules are independent of each other.
public enum NameRules {
    static let scalars: [FieldType] = [.string, .integer, .number]

    public static let duration = DecisionRule(
        id: "field.unit.duration",
        fires: "a duration name (timeout, delay, ttl…) without unit and without a unit suffix",
        trigger: .name(NameTrigger(
            tokens: ["timeout", "delay", "ttl", "duration", "interval", "latency", "elapsed", "backoff", "period", "wait",
                     "retention", "lifetime", "uptime"],
            unitTokens: ["ms", "millis", "milliseconds", "s", "sec", "secs", "seconds", "min", "mins", "minutes", "h", "hr",
                         "hrs", "hours", "d", "days", "us", "ns"],
            types: scalars, closers: [.unit, .format, .unitSuffix], precedence: 10, overrides: [time.id])),
        examples: RuleExamples(open: [.fields("timeout: { type: integer }"), .fields("retry_delay: { type: number }")],
                               closed: [.fields("timeout: { type: integer, unit: s }"), .fields("timeout_ms: { type: integer }")]))

    public static let time = DecisionRule(
        id: "field.format.time",
        fires: "a temporal name (*_at, date, time, deadline…) without format",
        trigger: .name(NameTrigger(
            tokens: ["date", "time", "timestamp", "datetime", "deadline", "due", "birthday", "dob", "expiry", "expires", "when"],
            lastTokens: ["at", "on"],
            types: scalars, closers: [.format, .unit], precedence: 20)),
        examples: RuleExamples(open: [.fields("created_at: { type: string }"), .fields("deadline: { type: string }")],
                               closed: [.fields("created_at: { type: string, format: date-time }"),
                                        .fields("runtime: { type: string }")]))

    public static let identifier = DecisionRule(
        id: "field.format.id",
        fires: "an identifier name without format",
        trigger: .name(NameTrigger(
            lastTokens: ["id", "ids", "identifier"], unitTokens: ["uuid", "guid"],
            types: scalars, closers: [.format, .integerType, .unitWord], precedence: 30)),
        examples: RuleExamples(open: [.fields("user_id: { type: string }")],
                               closed: [.fields("user_id: { type: string, format: uuid }"), .fields("user_id: { type: integer }")]))

    public static let money = DecisionRule(
        id: "field.unit.money",
        fires: "a money name (amount, price, fee, income…) without unit",
        trigger: .name(NameTrigger(
            tokens: ["amount", "price", "fee", "fees", "income", "cost", "salary", "balance", "payment", "refund", "charge",
                     "revenue", "tax", "discount", "wage", "rent", "premium", "payout", "budget", "spend"],
            unitTokens: ["cents", "paise", "pence", "minor", "major", "inr", "usd", "eur", "gbp", "jpy", "chf", "cny"],
            types: scalars, closers: [.unit, .unitSuffix], precedence: 40)),
        examples: RuleExamples(open: [.fields("price: { type: number }")],
                               closed: [.fields("price: { type: number, unit: EUR }"), .fields("price_cents: { type: integer }")]))

    public static let size = DecisionRule(
        id: "field.unit.size",
        fires: "a size name (bytes, size…) without unit",
        trigger: .name(NameTrigger(
            tokens: ["size", "filesize", "memory", "disk", "storage", "capacity", "quota"],
            unitTokens: ["b", "bytes", "kb", "kib", "mb", "mib", "gb", "gib"],
            types: scalars, closers: [.unit, .unitSuffix], precedence: 50)),
        examples: RuleExamples(open: [.fields("file_size: { type: integer }")],
                               closed: [.fields("file_size: { type: integer, unit: B }"), .fields("file_size_bytes: { type: integer }")]))

    public static let range = DecisionRule(
        id: "field.range",
        fires: "a score-like number (score, confidence, probability, rating, percent) without range",
        trigger: .name(NameTrigger(
            tokens: ["score", "confidence", "probability", "prob", "rating", "percent", "percentage", "likelihood", "certainty"],
            types: [.integer, .number], closers: [.range], precedence: 60)),
        examples: RuleExamples(open: [.fields("confidence: { type: number }")],
                               closed: [.fields("confidence: { type: number, range: [0, 1] }"), .fields("confidence: { type: string }")]))

    public static let values = DecisionRule(
        id: "field.values",
        fires: "a category-like string (status, state, kind, band, decision…) without values",
        trigger: .name(NameTrigger(
            tokens: ["status", "state", "kind", "band", "decision", "category", "level", "priority", "severity", "tier",
                     "outcome", "verdict", "stage", "mode", "grade", "type", "label", "sentiment"],
            types: [.string], closers: [.values, .format], precedence: 70)),
        examples: RuleExamples(open: [.fields("status: { type: string }")],
                               closed: [.fields("status: { type: string, values: [open, closed] }"), .fields("status: { type: integer }")]))

    /// Every name-driven rule, in precedence order.
    public static let all = [duration, time, identifier, money, size, range, values]
}
