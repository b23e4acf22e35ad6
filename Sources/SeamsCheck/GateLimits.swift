public import SeamsWorkspace
import SeamsAnalyzer
import SeamsModel

/// The gate one document is checked against: thresholds and the severity that fails it,
/// resolved from command-line flags, then the project's `check:` section, then defaults.
public struct GateLimits: Sendable, Hashable {
    /// Most open bits the whole document may leave; nil for no limit.
    public var maxOpenBits: Double?
    /// Most open bits one interface may leave; nil for no limit.
    public var maxInterfaceBits: Double?
    public var failOn: FailOn

    public init(maxOpenBits: Double? = nil, maxInterfaceBits: Double? = nil, failOn: FailOn = .error) {
        self.maxOpenBits = maxOpenBits
        self.maxInterfaceBits = maxInterfaceBits
        self.failOn = failOn
    }

    /// Flags win over the project file; the default fails on errors only, with no thresholds,
    /// so undeclared and prose payloads (errors in the catalog) fail and the rest is reported.
    public static func resolve(flags: GateLimits.Flags, project: CheckSettings) -> GateLimits {
        GateLimits(maxOpenBits: flags.maxOpenBits ?? project.maxOpenBits?.value,
                   maxInterfaceBits: flags.maxInterfaceBits ?? project.maxInterfaceBits?.value,
                   failOn: flags.failOn ?? project.failOn?.value ?? .error)
    }

    /// What the command line gave; nil where it gave nothing.
    public struct Flags: Sendable, Hashable {
        public var maxOpenBits: Double?
        public var maxInterfaceBits: Double?
        public var failOn: FailOn?

        public init(maxOpenBits: Double? = nil, maxInterfaceBits: Double? = nil, failOn: FailOn? = nil) {
            self.maxOpenBits = maxOpenBits
            self.maxInterfaceBits = maxInterfaceBits
            self.failOn = failOn
        }
    }

    /// `fail on error; max 12 bits per document, 8 per interface`.
    public var description: String {
        var parts = ["fail on \(failOn.rawValue)"]
        var limits: [String] = []
        if let maxOpenBits { limits.append("\(NumberText.decimal(maxOpenBits)) open bits per document") }
        if let maxInterfaceBits { limits.append("\(NumberText.decimal(maxInterfaceBits)) per interface") }
        if !limits.isEmpty { parts.append("max " + limits.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }
}

extension Severity {
    /// The word for counts in summaries: `2 errors`.
    var plural: String {
        switch self {
        case .error: "errors"
        case .warning: "warnings"
        case .note: "notes"
        }
    }
}
