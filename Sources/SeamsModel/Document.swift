public import OrderedCollections

/// Thresholds that turn measurements into advice; a document's `policy:` or `.seams.yml` sets them.
public struct Policy: Sendable, Hashable {
    /// τ: the most open bits a pair's interfaces may leave and still be isolated.
    public var isolateMaxOpenBits: Double
    /// ρ: share context when coupling exceeds ρ × the smaller module's internal cohesion.
    public var shareContextRatio: Double

    public init(isolateMaxOpenBits: Double = 4, shareContextRatio: Double = 1) {
        self.isolateMaxOpenBits = isolateMaxOpenBits
        self.shareContextRatio = shareContextRatio
    }

    public static let defaults = Policy()
}

/// Constraints on how the architect may group concerns.
public struct Constraints: Sendable, Hashable {
    /// Groups of concerns that must share a module.
    public var together: [[Located<String>]]
    /// Groups of concerns that must all be in different modules.
    public var apart: [[Located<String>]]

    public init(together: [[Located<String>]] = [], apart: [[Located<String>]] = []) {
        self.together = together
        self.apart = apart
    }
}

/// A spec or decomposition of the `seams: 1` family, validated and with every location kept.
///
/// Collections are ordered as written; the analyzer sorts before any output.
public struct Document: Sendable {
    /// The file as the user named it.
    public var file: String
    public var version: Int
    public var name: String?
    public var goal: Located<String>?
    /// Most load a module may carry; nil when the document does not say.
    public var attentionBudget: Double?
    /// A fixed module count asked of the architect.
    public var moduleCount: Int?
    /// The document-wide default for `required`, closing `field.presence` when set.
    public var defaultRequired: Bool?
    /// Policy values the document sets; nil ones fall back to the project's or the defaults.
    public var policyOverrides: PolicyOverrides
    public var artifacts: OrderedDictionary<String, Artifact>
    public var concerns: OrderedDictionary<String, Concern>
    public var modules: OrderedDictionary<String, Module>
    public var interfaces: [Interface]
    public var constraints: Constraints
    /// Whether `modules:` was written; a spec without it is scored as one module.
    public var hasModules: Bool
    /// Non-fatal findings of the loader (a likely misspelt artifact, an unknown import field).
    public var warnings: [Diagnostic]
    /// Fixes in the words of the framework a document was imported from (CrewAI's
    /// `output_pydantic=`, `Field(ge=, le=)`…), keyed by `fixKey(_:_:)`: they replace the catalog's
    /// generic fix for the decision at that place, so people are told what to write where they write it.
    public var fixes: [String: String] = [:]
    /// Producer → consumer pairs an agent framework passes without the definition naming them
    /// (CrewAI's task without `context`, a shared conversation): a count kept as data because an
    /// importer may model many such pairs through fewer interfaces (one collector for a large crew).
    public var implicitContextPairs = 0

    /// What an importer found and could not read (a flow whose wiring is missing): reports never call
    /// such a document fully specified.
    public var unreadParts: [Diagnostic] { warnings.filter { $0.id.hasSuffix("flow-wiring-not-found") } }

    /// The key of `fixes` for the decision `id` at `location`.
    public static func fixKey(_ id: String, _ location: SourceLocation) -> String {
        "\(id)\u{0}\(location.file)\u{0}\(location.line)\u{0}\(location.column)"
    }

    public init(file: String) {
        self.file = file
        self.version = 1
        self.policyOverrides = PolicyOverrides()
        self.artifacts = [:]
        self.concerns = [:]
        self.modules = [:]
        self.interfaces = []
        self.constraints = Constraints()
        self.hasModules = false
        self.warnings = []
    }
}

/// Policy values written in a document or project file; nil means "not set here".
public struct PolicyOverrides: Sendable, Hashable {
    public var isolateMaxOpenBits: Double?
    public var shareContextRatio: Double?

    public init(isolateMaxOpenBits: Double? = nil, shareContextRatio: Double? = nil) {
        self.isolateMaxOpenBits = isolateMaxOpenBits
        self.shareContextRatio = shareContextRatio
    }

    /// Applies these overrides on top of `base`.
    public func applied(to base: Policy) -> Policy {
        Policy(isolateMaxOpenBits: isolateMaxOpenBits ?? base.isolateMaxOpenBits,
               shareContextRatio: shareContextRatio ?? base.shareContextRatio)
    }
}
