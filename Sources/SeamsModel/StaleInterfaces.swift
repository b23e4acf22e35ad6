import OrderedCollections

/// Warnings about written interfaces that no longer match their modules (`interface.stale`): after
/// a concern moves by hand, an interface may still carry an artifact its producer module no longer
/// writes or its consumer no longer reads. Only artifacts some concern writes are checked, and only
/// in documents that have both concerns and modules (`seams plan --keep` rewrites them).
public enum StaleInterfaces {
    public static func warnings(_ document: Document) -> [Diagnostic] {
        guard !document.concerns.isEmpty, !document.modules.isEmpty else { return [] }
        var moduleOf: [String: String] = [:]
        for module in document.modules.values { for concern in module.concerns { moduleOf[concern.value] = module.id } }
        var writers: [String: OrderedSet<String>] = [:]
        var readers: [String: OrderedSet<String>] = [:]
        for concern in document.concerns.values {
            guard let module = moduleOf[concern.id] else { continue }
            for write in concern.writes { writers[write.value, default: []].append(module) }
            for read in concern.reads { readers[read.value, default: []].append(module) }
        }
        var diagnostics: [Diagnostic] = []
        for interface in document.interfaces {
            let name = "\(interface.from.value)->\(interface.to.value)"
            for carried in interface.carries {
                guard let writing = writers[carried.value], !writing.isEmpty else { continue }
                if !writing.contains(interface.from.value) {
                    diagnostics.append(Diagnostic(id: "interface.stale", severity: .warning, location: carried.location,
                                                  message: "interface '\(name)' carries '\(carried.value)', which module '\(interface.from.value)' does not write (\(writing.map { "'\($0)'" }.joined(separator: ", ")) does)",
                                                  fix: "move the interface to the module that writes it, or run `seams plan --keep` to rewrite the interfaces"))
                } else if !(readers[carried.value]?.contains(interface.to.value) ?? false) {
                    diagnostics.append(Diagnostic(id: "interface.stale", severity: .warning, location: carried.location,
                                                  message: "interface '\(name)' carries '\(carried.value)', which module '\(interface.to.value)' does not read",
                                                  fix: "remove it from `carries:`, or run `seams plan --keep` to rewrite the interfaces"))
                }
            }
        }
        return diagnostics
    }
}
