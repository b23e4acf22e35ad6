/// The declarations of Seams's file kinds: every key of the `seams: 1` document bound to its
/// reader, and the keys the document shares with the project file `.seams.yml` (`budget`,
/// `policy`), whose own sections are declared in SeamsWorkspace beside their targets. The loader
/// reads by these sections, their `names` are the keys it allows and `seams schema` is built from
/// them, so the three cannot drift.
public enum SeamsFileKeys {
    // MARK: shared by documents and the project file

    public static let attention = KeySpec("attention", .number(.load), doc: "The most load one module may carry.",
                                          fix: "give the most load one module may carry, e.g. 4")
    public static let isolateMaxOpenBits = KeySpec("isolate-max-open-bits", .number(.bits),
                                                   doc: "Open bits below which a module pair may stay isolated (τ).",
                                                   fix: "give the open bits an isolated pair may leave, e.g. 4")
    public static let shareContextRatio = KeySpec("share-context-ratio", .number(.ratio),
                                                  doc: "Coupling ratio above which two modules should share context (ρ).",
                                                  fix: "give a ratio such as 1")

    /// `seams: 1`, the first line of a document and of the project file.
    public static let version = KeySpec("seams", .integer(NumberRange(from: 1, upTo: 1)), doc: "The format version; Seams reads 1.",
                                        fix: "write `seams: 1`")

    /// `policy:` of a document or the project file.
    public static let policy = KeySection<PolicyOverrides>([
        .number(isolateMaxOpenBits, \.isolateMaxOpenBits),
        .number(shareContextRatio, \.shareContextRatio),
    ], qualifier: "policy")

    // MARK: the document

    /// The top level. The version is read first, by `DocumentLoader`'s gate (a document of another
    /// version is not read further); then the declarations, before the sections that refer to
    /// them, wherever they are written.
    public static let document = KeySection<Document>([
        KeyBinding(version, read: nil),
        .text("name", \.name),
        .text("goal", \.goal),
        .section("budget", documentBudget, \.self),
        .section("defaults", defaults, \.self),
        .section("policy", policy, \.policyOverrides),
        KeyBinding(KeySpec("inputs", .section), schema: DocumentSchema.inputs(input), read: DocumentReaders.inputs),
        KeyBinding(KeySpec("artifacts", .section), schema: DocumentSchema.map(of: "artifact"), read: DocumentReaders.artifacts),
        KeyBinding(KeySpec("concerns", .section), schema: DocumentSchema.map(of: "concern"), read: DocumentReaders.concerns),
        KeyBinding(KeySpec("modules", .section), schema: DocumentSchema.map(of: "module"), read: DocumentReaders.modules),
        KeyBinding(KeySpec("interfaces", .section), schema: DocumentSchema.list(of: "interface"), read: DocumentReaders.interfaces),
        .section("constraints", constraints, \.constraints),
        .ignored(KeySpec("plan", .section,
                         doc: "What `seams plan` decided (workflow, verdict, cost, decision record); read by programs, ignored by the loader.")),
    ], required: ["seams"], readOrder: ["name", "goal", "budget", "defaults", "policy", "artifacts", "inputs", "concerns", "modules",
                                        "interfaces", "constraints"])

    /// `budget:` of a document.
    public static let documentBudget = KeySection<Document>([
        .number(attention, \.attentionBudget),
        .integer(KeySpec("modules", .integer(.moduleCount), doc: "A fixed number of modules for `seams plan`.",
                         fix: "give a module count such as 3, or remove the key"), \.moduleCount),
    ], qualifier: "budget")

    /// `defaults:` of a document: what a field that does not say is taken to be.
    public static let defaults = KeySection<Document>([.boolean("required", \.defaultRequired)], qualifier: "defaults")

    /// An artifact: shared information. An input's own declaration has no `on-conflict` (no concern writes it).
    public static let artifact = KeySection<Artifact>([
        .text("about", \.about),
        .fields(\.fields),
        .number(KeySpec("weight", .number(.bits), doc: "Bits that replace the computed information weight.",
                        fix: "give the artifact's information in bits, e.g. 12"), \.weight),
        .text("on-conflict", \.onConflict),
    ], doc: "Shared information: fields, or prose (about) only, which leaves its structure open.")

    /// An input's declaration under `inputs:`: an artifact that no concern writes, so no conflict rule.
    public static let input = artifact.removing("on-conflict")

    /// A field of an artifact or a payload; messages name it by its path (`refund.amount`).
    public static let field = KeySection<Field>([
        .choice("type", \.type),
        KeyBinding(KeySpec("items", .section, doc: itemsDoc), schema: DocumentSchema.ref("field", doc: itemsDoc), read: DocumentReaders.items),
        .fields(\.fields),
        .vocabulary("format", \.format, at: \.formatLocation, examples: FieldVocabulary.builtInFormats.keys.sorted(),
                    doc: "How the value is written; a known value closes the format decisions (time, id) and field.values."),
        .vocabulary("unit", \.unit, at: \.unitLocation,
                    examples: ["EUR", "USD", "INR (major units)", "minor units of EUR", "ms", "s", "min", "days", "B", "KiB",
                               "MiB", "rows", "items", "tokens", "percent", "requests/s"],
                    doc: "The unit of a number: an ISO 4217 currency, a time, size or count unit; closes the unit decisions."),
        KeyBinding(KeySpec("range", .bounds), read: DocumentReaders.range),
        KeyBinding(KeySpec("values", .textList),
                   schema: .object([("type", .string("array")), ("items", DocumentSchema.ref("text")), ("minItems", .number(1))]),
                   read: DocumentReaders.values),
        .boolean("required", \.required),
        .vocabulary("ordering", \.ordering, at: \.orderingLocation, examples: FieldVocabulary.orderingWords + ["by <key>", "by <key> desc"],
                    doc: "What the order of an array means; closes field.ordering."),
        .text("about", \.about),
    ], doc: "A field: every property left out is a decision the consumer must guess.")

    private static let itemsDoc = "The item schema of an array, or the value schema of a map (`type: map`)."

    /// A concern of a spec: one unit of work.
    public static let concern = KeySection<Concern>([
        .text("does", \.does),
        .names("reads", \.reads),
        .names("writes", \.writes),
        .choice("effect", \.effect),
        .choice("gate", doc: "human: a person approves this concern's outcome.", \.gate),
        .choice("actor", doc: "Who does the work: human for a person's work that is not an approval (default agent).", \.actor),
        .choice("role", doc: "review: judges another concern's output and is kept apart from its authors; work: never taken for a reviewer (default: from the spec's structure).",
                \.role),
        .names("tools", \.tools),
        .number(KeySpec("load", .number(.load), fix: "give the concern's share of attention, e.g. 1"), \.statedLoad),
    ], doc: "One unit of work.")

    /// A module of a decomposition: its concerns (or a free-standing role) and its brief.
    public static let module = KeySection<Module>([
        .names("concerns", \.concerns),
        .text("role", \.role),
        .text("objective", \.objective),
        .text("output", \.output),
        .names("tools", \.tools),
        .text("boundaries", \.boundaries),
        .boolean("pinned", doc: "true: `seams plan --keep` repairs the plan around this module and never changes it.", \.pinned),
    ], doc: "A set of concerns, or a free-standing role, with its brief.")

    /// A written interface: a directed handoff. Its endpoints are read first: the payload's messages name them.
    static let interface = KeySection<InterfaceDraft>([
        .identifier("from", \.from),
        .identifier("to", \.to),
        .names("carries", \.interface.carries),
        KeyBinding(KeySpec("payload", .section), schema: DocumentSchema.payload(payload), read: DocumentReaders.payload),
        .text("on-error", \.interface.onError),
        .text("done", \.interface.done),
        .text("delivery", \.interface.delivery),
        .text("about", \.interface.about),
    ], doc: "A directed handoff from a producer module to a consumer module.", required: ["from", "to"])

    /// An interface's `payload:` written as a mapping (it may also be one line of prose).
    static let payload = KeySection<PayloadDraft>([.fields(\.fields), .text("prose", \.prose)])

    /// `constraints:` of a decomposition: groups of concerns kept together or apart.
    public static let constraints = KeySection<Constraints>([
        .groups("together", \.together),
        .groups("apart", \.apart),
    ], qualifier: "constraints")
}

extension KeyBinding {
    /// `fields:`, the structure of an artifact, a payload or an object field.
    static func fields(_ path: KeyStorage<Target, [Field]?>) -> Self {
        Self(KeySpec("fields", .section), schema: DocumentSchema.ref("fields")) { reader, entry, target in
            target[keyPath: path] = DocumentReaders.fields(entry.value, path: entry.path, reader: &reader)
        }
    }

    /// `together:` or `apart:`; a value that is no list of groups is reported and sets nothing.
    static func groups(_ name: String, _ path: KeyStorage<Target, [[Located<String>]]>) -> Self {
        Self(KeySpec(name, .groups)) { reader, entry, target in
            if let groups = DocumentReaders.groups(&reader, entry) { target[keyPath: path] = groups }
        }
    }

    /// A field's `format`, `unit` or `ordering`: text whose known values the schema offers, kept
    /// with where it is written so a vocabulary warning can point at it.
    static func vocabulary(_ name: String, _ path: KeyStorage<Target, String?>,
                           at location: KeyStorage<Target, SourceLocation?>, examples: [String], doc: String) -> Self {
        Self(KeySpec(name, .text, doc: doc), schema: DocumentSchema.vocabulary(examples, doc)) { reader, entry, target in
            target[keyPath: path] = reader.string(entry.value, entry.label)?.value
            target[keyPath: location] = entry.value.location
        }
    }
}
