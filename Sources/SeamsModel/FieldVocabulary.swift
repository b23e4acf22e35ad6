import Foundation

/// The values `format`, `unit` and `ordering` are known to take, so that a typo (`date_tiem`)
/// or a private convention is pointed out instead of silently closing a decision.
///
/// Unknown values still close the decision they answer (the author said something); they only
/// draw a located warning with a did-you-mean. A project extends the lists in `.seams.yml`
/// (`vocabulary: { format: [...], unit: [...], ordering: [...] }`).
public struct FieldVocabulary: Sendable, Hashable {
    /// Which decision a known value answers, for documentation and `seams schema`.
    public enum Family: String, Sendable, Hashable, CaseIterable {
        case time, duration, identifier, text, money, size, count, physical
    }

    public var formats: [String: Family]
    public var units: [String: Family]
    /// Extra orderings a project allows besides the built-in grammar.
    public var orderings: Set<String>

    public init(formats: [String: Family] = Self.builtInFormats, units: [String: Family] = Self.builtInUnits,
                orderings: Set<String> = []) {
        self.formats = formats
        self.units = units
        self.orderings = orderings
    }

    /// The built-in lists plus a project's additions (added values belong to no family).
    public func extended(formats: [String], units: [String], orderings: [String]) -> FieldVocabulary {
        var copy = self
        for value in formats where copy.formats[Self.normalized(value)] == nil { copy.formats[Self.normalized(value)] = .text }
        for value in units where copy.units[Self.normalized(value)] == nil { copy.units[Self.normalized(value)] = .count }
        copy.orderings.formUnion(orderings.map(Self.normalized))
        return copy
    }

    // MARK: lookups

    /// Case, spaces and underscores do not matter: `ISO 4217`, `iso4217` and `date_time` are looked up alike.
    public static func normalized(_ value: String) -> String {
        value.lowercased().replacingOccurrences(of: "_", with: "-").split(separator: " ").joined()
    }

    public func family(ofFormat value: String) -> Family? { formats[Self.normalized(value)] }

    /// A unit is known when it is listed, a ratio of listed units (`requests/s`), a currency with
    /// its units spelt out (`INR (major units)`, `minor units of EUR`), or a listed unit with a
    /// parenthetical note.
    public func family(ofUnit value: String) -> Family? {
        var text = value.trimmingCharacters(in: .whitespaces)
        if let open = text.firstIndex(of: "("), text.hasSuffix(")") {
            let note = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            text = String(text[..<open]).trimmingCharacters(in: .whitespaces)
            guard Self.moneyPhrase(note) != nil || units[Self.normalized(note)] != nil else { return nil }
        }
        if let family = units[Self.normalized(text)] { return family }
        if let money = Self.moneyPhrase(text, currencies: units) { return money }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2, let top = units[Self.normalized(String(parts[0]))], units[Self.normalized(String(parts[1]))] != nil {
            return top
        }
        return nil
    }

    /// `unordered`, `ordered`, `insertion`, `chronological`, `reverse-chronological`, `ascending`, `descending`,
    /// or `by <key>` with an optional `asc`/`desc`; plus the project's own.
    public func isKnown(ordering value: String) -> Bool {
        let words = value.lowercased().split(separator: " ").map(String.init)
        if words.count == 1, Self.orderingWords.contains(words[0]) { return true }
        if words.first == "by", words.count == 2 || (words.count == 3 && Self.directions.contains(words[2])) { return true }
        return orderings.contains(Self.normalized(value))
    }

    /// The key an ordering `by <key>` names, so it can be checked against the item's fields.
    public static func orderingKey(_ value: String) -> String? {
        let words = value.split(separator: " ").map(String.init)
        return words.count >= 2 && words[0].lowercased() == "by" ? words[1] : nil
    }

    /// Suggestions for did-you-mean, in a stable order.
    public var formatNames: [String] { formats.keys.sorted() }
    public var unitNames: [String] { units.keys.sorted() }
    public var orderingNames: [String] { (Self.orderingWords + ["by <key>"] + orderings.sorted()) }

    /// `ordered` is the catalog's own word (the order as produced is meaningful), beside the kinds of order.
    public static let orderingWords = ["unordered", "ordered", "insertion", "chronological", "reverse-chronological", "ascending", "descending"]
    static let directions: Set<String> = ["asc", "desc", "ascending", "descending"]

    /// `minor units`, `major units`, `cents`, `<CUR> minor units`, `minor units of <CUR>|currency`.
    static func moneyPhrase(_ text: String, currencies: [String: Family] = builtInUnits) -> Family? {
        let words = text.lowercased().split(separator: " ").map(String.init)
        func isCurrency(_ word: String) -> Bool { word == "currency" || currencies[word] == .money }
        let scale = ["minor", "major"]
        switch words.count {
        case 2 where scale.contains(words[0]) && words[1] == "units": return .money
        case 3 where isCurrency(words[0]) && scale.contains(words[1]) && words[2] == "units": return .money
        case 4 where scale.contains(words[0]) && words[1] == "units" && words[2] == "of" && isCurrency(words[3]): return .money
        default: return nil
        }
    }

    // MARK: built-in lists

    public static let builtInFormats: [String: Family] = {
        var table: [String: Family] = [:]
        for value in ["date", "date-time", "time", "rfc3339", "iso8601", "rfc2822", "unix-s", "unix-ms", "unix-seconds",
                      "unix-milliseconds", "year", "year-month", "iso-week"] { table[value] = .time }
        for value in ["duration", "iso8601-duration"] { table[value] = .duration }
        for value in ["uuid", "ulid", "opaque", "integer-id", "snowflake", "ksuid", "nanoid"] { table[value] = .identifier }
        for value in ["uri", "url", "uri-reference", "iri", "email", "hostname", "ipv4", "ipv6", "semver", "bcp47", "iso3166",
                      "iso3166-alpha2", "iso3166-alpha3", "iso4217", "iso-4217", "iso639", "iso639-1", "e164", "phone", "sha256", "sha1",
                      "sha512", "md5", "base64", "base64url", "hex", "json", "json-pointer", "jsonpath", "regex", "cron",
                      "mime-type", "iban", "bic", "markdown", "html", "plain-text", "slug", "postal-code", "latitude",
                      "longitude", "geojson", "color-hex", "password", "jwt"] { table[value] = .text }
        return table
    }()

    /// ISO 4217 active currency codes.
    public static let currencies = """
        AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF \
        CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF \
        IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK \
        MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR \
        SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES \
        VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL
        """.split(separator: " ").map { String($0).lowercased() }

    public static let builtInUnits: [String: Family] = {
        var table: [String: Family] = [:]
        for code in currencies { table[code] = .money }
        // `minor` and `major` alone: the catalog's own money alternatives (minor units, major units).
        for value in ["cents", "pence", "paise", "basis-points", "bps", "minor", "major", "minor-units", "major-units"] { table[value] = .money }
        for value in ["ns", "us", "µs", "ms", "s", "sec", "second", "seconds", "min", "minute", "minutes", "h", "hour", "hours",
                      "d", "day", "days", "week", "weeks", "month", "months", "year", "years", "iso8601-duration"] { table[value] = .duration }
        for value in ["bit", "bits", "b", "byte", "bytes", "kb", "kib", "mb", "mib", "gb", "gib", "tb", "tib", "pb", "pib"] { table[value] = .size }
        for value in ["count", "items", "item", "rows", "row", "records", "record", "pages", "page", "tokens", "token",
                      "characters", "chars", "words", "lines", "requests", "messages", "users", "events", "calls", "percent",
                      "%", "ratio", "fraction", "ppm", "points", "stars"] { table[value] = .count }
        for value in ["m", "km", "cm", "mm", "mi", "ft", "in", "kg", "g", "mg", "lb", "l", "ml", "°c", "°f", "celsius",
                      "fahrenheit", "kelvin", "k", "w", "kw", "kwh", "hz", "px", "dpi"] { table[value] = .physical }
        return table
    }()
}
