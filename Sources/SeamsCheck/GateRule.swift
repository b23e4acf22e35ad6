/// The gate's own rules, beside the catalog's decision points: thresholds a project sets.
/// They are always errors: a threshold is an explicit decision to fail.
public enum GateRule {
    public static let maxInterfaceBits = "gate.max-interface-bits"
    public static let maxOpenBits = "gate.max-open-bits"

    /// Description of a gate rule for SARIF and reports: (short, full, help).
    public static func describe(_ id: String) -> (short: String, full: String, help: String)? {
        switch id {
        case maxInterfaceBits:
            return ("An interface leaves more open bits than the project allows.",
                    "The interface's open bits, summed over its open decision points, exceed max-interface-bits "
                        + "(check: in .seams.yml, or --max-interface-bits).",
                    "Close the interface's open decisions (seams explain DOC --interface FROM->TO lists them with fixes) "
                        + "until its open bits are within the limit.")
        case maxOpenBits:
            return ("A document leaves more open bits than the project allows.",
                    "The document's open bits, summed over every interface and document-wide finding, exceed max-open-bits "
                        + "(check: in .seams.yml, or --max-open-bits).",
                    "Close open decisions, worst interfaces first (seams score DOC lists them), until the total is within the limit.")
        default:
            return nil
        }
    }

    public static let all = [maxInterfaceBits, maxOpenBits]
}
