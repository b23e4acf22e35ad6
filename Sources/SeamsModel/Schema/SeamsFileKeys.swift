/// The declarative tables of Seams's file kinds: the `seams: 1` document and the project file
/// `.seams.yml`. Sections both kinds have (`budget`, `policy`) are one table, read by one reader.
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

    /// `policy:` of a document or the project file.
    public static let policy = KeyTable([isolateMaxOpenBits, shareContextRatio])

    // MARK: the document

    /// `budget:` of a document.
    public static let documentBudget = KeyTable([
        attention,
        KeySpec("modules", .integer(.moduleCount), doc: "A fixed number of modules for `seams plan`.",
                fix: "give a module count such as 3, or remove the key"),
    ])

    /// A concern of a spec: one unit of work.
    public static let concern = KeyTable([
        KeySpec("does", .text),
        KeySpec("reads", .textList),
        KeySpec("writes", .textList),
        KeySpec("effect", .choice(Effect.allCases.map(\.rawValue))),
        KeySpec("gate", .choice(Gate.allCases.map(\.rawValue)), doc: "human: a person approves this concern's outcome."),
        KeySpec("actor", .choice(Actor.allCases.map(\.rawValue)),
                doc: "Who does the work: human for a person's work that is not an approval (default agent)."),
        KeySpec("role", .choice(ConcernRole.allCases.map(\.rawValue)),
                doc: "review: judges another concern's output and is kept apart from its authors; work: never taken for a reviewer (default: from the spec's structure)."),
        KeySpec("tools", .textList),
        KeySpec("load", .number(.load), fix: "give the concern's share of attention, e.g. 1"),
    ])

    /// A module of a decomposition: its concerns (or a free-standing role) and its brief.
    public static let module = KeyTable([
        KeySpec("concerns", .textList),
        KeySpec("role", .text),
        KeySpec("objective", .text),
        KeySpec("output", .text),
        KeySpec("tools", .textList),
        KeySpec("boundaries", .text),
        KeySpec("pinned", .boolean, doc: "true: `seams plan --keep` repairs the plan around this module and never changes it."),
    ])

    /// A written interface: a directed handoff; `payload` has its own reader and schema.
    public static let interface = KeyTable([
        KeySpec("from", .text),
        KeySpec("to", .text),
        KeySpec("carries", .textList),
        KeySpec("payload", .section),
        KeySpec("on-error", .text),
        KeySpec("done", .text),
        KeySpec("delivery", .text),
        KeySpec("about", .text),
    ])

    /// An artifact: shared information; `fields` has its own reader and schema. An input's own
    /// declaration has no `on-conflict` (no concern writes it).
    public static let artifact = KeyTable([
        KeySpec("about", .text),
        KeySpec("fields", .section),
        KeySpec("weight", .number(.bits), doc: "Bits that replace the computed information weight.",
                fix: "give the artifact's information in bits, e.g. 12"),
        KeySpec("on-conflict", .text),
    ])

    // MARK: the project file `.seams.yml`

    public static let projectFile = KeyTable([
        KeySpec("seams", .integer(NumberRange(from: 1, upTo: 1)), doc: "The format version; Seams reads 1.", fix: "write `seams: 1`"),
        KeySpec("catalog", .section, doc: "Changes to the catalog of decision points: disable, alternatives, vague-terms, tokens."),
        KeySpec("policy", .section, doc: "Policy thresholds for every document of the project."),
        KeySpec("budget", .section, doc: "The default budget of documents that set none."),
        KeySpec("check", .section, doc: "The CI gate: thresholds and severities of `seams check`."),
        KeySpec("vocabulary", .section, doc: "Known format, unit and ordering values added to the built-in ones."),
    ])
    /// `budget:` of the project file: only the attention default (a module count is per document).
    public static let projectBudget = KeyTable([attention])
    public static let projectCatalog = KeyTable([
        KeySpec("disable", .textList, doc: "Decision ids that are not counted."),
        KeySpec("alternatives", .section, doc: "Replacement alternatives, by decision id (two or more)."),
        KeySpec("vague-terms", .textList, doc: "Words added to the vague-term list."),
        KeySpec("tokens", .section, doc: "Name tokens added to a name-driven decision, by decision id."),
    ])
    public static let projectCheck = KeyTable([
        KeySpec("max-open-bits", .number(.bits), doc: "Most open bits one document may leave.", fix: "give a number of bits, e.g. 8"),
        KeySpec("max-interface-bits", .number(.bits), doc: "Most open bits one interface may leave.", fix: "give a number of bits, e.g. 8"),
        KeySpec("fail-on", .choice(["error", "warning"]), doc: "Lowest severity that fails the gate."),
        KeySpec("severity", .section, doc: "Catalog severities replaced by the project, by decision id."),
    ])
}
