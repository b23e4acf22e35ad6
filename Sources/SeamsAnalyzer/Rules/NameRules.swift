import SeamsModel

/// The decision points a field's name raises: what the name says the field is (a time, an
/// amount, a score…) and what the spec must then say about it.
///
/// Adding one is this file plus its entry (question, alternatives, fix) in `catalog.yml`.
///
/// Precedence between the name rules, applied in this order:
/// 1. Compounds are one word: `given_when_then`, `time_zone` and `backoff_limit` trigger nothing.
/// 2. A last word that names what the field is (`name`, `text`, `url`, `method`, …) or counts
///    something (`rows`, `count`, `items`, …) makes the words before it qualifiers: no rule fires
///    (`storage_class_name`, `batch_size_rows`, `payment_method`).
/// 3. An identifier (`*_id`, `*_ids`) is only an identifier: `refund_id` is not money.
/// 4. When one rule matches the last word, rules that match only earlier words do not fire: the
///    last word is the head (`payment_status` is a category, `fee_timestamp` a time).
/// 5. A duration (`timeout`) is never also a point in time.
/// 6. A field that states a `format`, `unit`, `range`, `values` or a unit suffix that does not
///    close a rule is not charged that rule: it already says what it is (`refund_id` with
///    `format: uuid` is not money, `storage` with `values` is not a size, `activeDeadlineSeconds`
///    is not a point in time).
public enum NameRules {
    static let scalars: [FieldType] = [.string, .integer, .number]

    public static let duration = DecisionRule(
        id: "field.unit.duration",
        fires: "a duration name (timeout, delay, ttl…) without unit and without a unit suffix",
        trigger: .name(NameTrigger(
            tokens: ["timeout", "delay", "ttl", "duration", "interval", "latency", "elapsed", "backoff", "period", "wait",
                     "retention", "lifetime", "uptime"],
            unitTokens: ["ms", "millis", "milliseconds", "s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes",
                         "h", "hr", "hrs", "hour", "hours", "d", "day", "days", "week", "weeks", "month", "months", "year", "years",
                         "us", "ns"],
            types: scalars, closers: [.unit, .format, .unitSuffix, .unitWord], precedence: 10, overrides: [time.id])),
        examples: RuleExamples(open: [.fields("timeout: { type: integer }"), .fields("retry_delay: { type: number }")],
                               closed: [.fields("timeout: { type: integer, unit: s }"), .fields("timeout_ms: { type: integer }"),
                                        .fields("ttl_seconds_after_finished: { type: integer }"), .fields("backoff_limit: { type: integer }"),
                                        .fields("retention_policy: { type: string }")]))

    public static let time = DecisionRule(
        id: "field.format.time",
        fires: "a temporal name (*_at, date, time, deadline…) without format",
        trigger: .name(NameTrigger(
            tokens: ["date", "time", "timestamp", "datetime", "deadline", "birthday", "dob", "expiry", "expires", "expiration", "when"],
            lastTokens: ["at", "on", "ts", "start", "end"],
            types: scalars, closers: [.format, .unit], precedence: 20)),
        examples: RuleExamples(open: [.fields("created_at: { type: string }"), .fields("deadline: { type: string }"),
                                      .fields("period_end: { type: integer }"), .fields("fee_timestamp: { type: integer }")],
                               closed: [.fields("created_at: { type: string, format: date-time }"),
                                        .fields("runtime: { type: string }"), .fields("given_when_then: { type: string }"),
                                        .fields("time_zone: { type: string }"), .fields("active_deadline_seconds: { type: integer }"),
                                        .fields("start_time_ms: { type: integer }")]))

    public static let identifier = DecisionRule(
        id: "field.format.id",
        fires: "an identifier name without format",
        trigger: .name(NameTrigger(
            lastTokens: ["id", "ids", "identifier"], unitTokens: ["uuid", "guid"],
            types: scalars, closers: [.format, .integerType, .unitWord], precedence: 5,
            overrides: ["field.unit.duration", "field.format.time", "field.unit.money", "field.unit.size", "field.range", "field.values"])),
        examples: RuleExamples(open: [.fields("user_id: { type: string }"), .fields("provider_refund_id: { type: string }")],
                               closed: [.fields("user_id: { type: string, format: uuid }"), .fields("user_id: { type: integer }")]))

    public static let money = DecisionRule(
        id: "field.unit.money",
        fires: "a money name (amount, price, fee, income…) without unit",
        trigger: .name(NameTrigger(
            tokens: ["amount", "price", "fee", "fees", "income", "cost", "salary", "balance", "payment", "refund", "charge",
                     "revenue", "tax", "discount", "wage", "rent", "premium", "payout", "budget", "spend"],
            unitTokens: ["cents", "paise", "pence", "minor", "major", "inr", "usd", "eur", "gbp", "jpy", "chf", "cny"],
            types: scalars, closers: [.unit, .unitSuffix], precedence: 40)),
        examples: RuleExamples(open: [.fields("price: { type: number }"), .fields("amount_due: { type: integer }")],
                               closed: [.fields("price: { type: number, unit: EUR }"), .fields("price_cents: { type: integer }"),
                                        .fields("refund_id: { type: string, format: uuid }"), .fields("provider_refund_id: { type: string }"),
                                        .fields("revenue_diff_percent: { type: number, range: [0, 100] }"),
                                        .fields("payment_method: { type: string }"), .fields("payment_status: { type: string }"),
                                        .fields("refund_count: { type: integer }")]))

    public static let size = DecisionRule(
        id: "field.unit.size",
        fires: "a size name (bytes, size…) without unit",
        trigger: .name(NameTrigger(
            tokens: ["size", "filesize", "memory", "disk", "storage", "capacity", "quota"],
            unitTokens: ["b", "bytes", "kb", "kib", "mb", "mib", "gb", "gib"],
            types: scalars, closers: [.unit, .unitSuffix], precedence: 50)),
        examples: RuleExamples(open: [.fields("file_size: { type: integer }")],
                               closed: [.fields("file_size: { type: integer, unit: B }"), .fields("file_size_bytes: { type: integer }"),
                                        .fields("batch_size_rows: { type: integer }"), .fields("storage: { type: string, values: [redis, memory] }"),
                                        .fields("storage_class_name: { type: string }")]))

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
        examples: RuleExamples(open: [.fields("status: { type: string }"), .fields("payment_status: { type: string }")],
                               closed: [.fields("status: { type: string, values: [open, closed] }"), .fields("status: { type: integer }")]))

    /// Every name-driven rule.
    public static let all = [identifier, duration, time, money, size, range, values]

    /// Word sequences that are one term and trigger nothing by their parts.
    public static let compounds: [[String]] = [["given", "when", "then"], ["time", "zone"], ["backoff", "limit"]]

    /// Last words that say what the field is, so earlier words only qualify it: names, text and
    /// links, and counts (a count suffix is a unit: `batch_size_rows` is a number of rows).
    public static let headWords: Set<String> = [
        "name", "names", "text", "emoji", "url", "urls", "uri", "link", "links", "path", "key", "class", "method",
        "methods", "intent", "transaction", "transactions", "behavior", "behaviour", "policy", "zone", "message", "description",
        "reason", "code", "template", "format", "unit",
        "count", "counts", "rows", "items", "records", "entries", "lines", "pages", "words", "tokens", "chars", "characters",
        "attempts", "retries",
    ]
}
