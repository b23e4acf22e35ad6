import OrderedCollections
import SeamsModel

/// Collects what an importer finds (modules, handoffs, warnings) and turns it into a `Document`
/// the analyzer scores unchanged.
///
/// Frameworks let two steps hand off more than once (a context edge and a shared conversation);
/// the document format allows one interface per direction, so handoffs of one pair are merged here.
struct ImportBuilder {
    private(set) var modules: OrderedDictionary<String, Module> = [:]
    private(set) var concerns: OrderedDictionary<String, Concern> = [:]
    private var handoffs: OrderedDictionary<String, Interface> = [:]
    private(set) var warnings: [Diagnostic] = []
    private(set) var fixes: [String: String] = [:]
    /// Problems that would stop the framework itself from loading the definition (exit 2).
    private(set) var errors: [Diagnostic] = []
    private var warned: Set<String> = []
    /// Producer → consumer pairs the framework passes without the definition naming them.
    private(set) var implicitContextPairs = 0

    /// Adds a module once; a second call with the same id returns the first.
    @discardableResult
    mutating func module(_ id: String, at location: SourceLocation, _ fill: (inout Module) -> Void = { _ in }) -> String {
        if modules[id] == nil {
            var module = Module(id: id, location: location)
            fill(&module)
            modules[id] = module
        }
        return id
    }

    func hasModule(_ id: String) -> Bool { modules[id] != nil }

    /// Gives a module one concern (its unit of work), so gates and effects reach the analyzer.
    mutating func concern(_ concern: Concern, in moduleID: String) {
        guard modules[moduleID] != nil, concerns[concern.id] == nil else { return }
        concerns[concern.id] = concern
        modules[moduleID]?.concerns.append(Located(concern.id, at: concern.location))
    }

    /// Adds a handoff `from -> to`; `implicit` (the id of the rule that reports it) marks one the
    /// framework creates without the definition naming it (the caller warns once per consumer, counting the pairs). Returns whether
    /// the pair is new, so an implicit handoff over an explicit one is not counted twice.
    @discardableResult
    mutating func handoff(from: String, to: String, at location: SourceLocation, payload: ImportedPayload?,
                          implicit: String? = nil, fill: (inout Interface) -> Void = { _ in }) -> Bool {
        guard from != to, modules[from] != nil, modules[to] != nil else { return false }
        let key = "\(from)\u{0}\(to)"
        if var existing = handoffs[key] {
            if let payload { existing.merge(payload) }
            // A handoff the definition names is explicit, whatever else also passes it.
            if implicit == nil { existing.implicitRule = nil }
            fill(&existing)
            handoffs[key] = existing
            return false
        }
        var interface = Interface(from: Located(from, at: location), to: Located(to, at: location), location: location)
        interface.implicitRule = implicit
        if let payload {
            interface.payload = payload.payload
            interface.payloadLocation = payload.location
        }
        fill(&interface)
        handoffs[key] = interface
        return true
    }

    mutating func warn(_ id: String, at location: SourceLocation, _ message: String, fix: String) {
        // One finding is reported once, however many handoffs reach it.
        guard warned.insert("\(id)\u{0}\(location)\u{0}\(message)").inserted else { return }
        warnings.append(Diagnostic(id: id, severity: .warning, location: location, message: message, fix: fix))
    }

    /// Warns that a consumer receives `pairs` interfaces its definition never names, and counts them
    /// as data, so `make corpus` and the tests never read the number back out of the message.
    mutating func warnImplicitContext(_ id: String, at location: SourceLocation, pairs: Int, _ message: String, fix: String) {
        let before = warnings.count
        warn(id, at: location, message, fix: fix)
        if warnings.count > before { implicitContextPairs += pairs }
    }

    /// Words the fix of decision `id` at `location` as the framework's users write it.
    mutating func fix(_ id: String, at location: SourceLocation, _ text: String) {
        if fixes[Document.fixKey(id, location)] == nil { fixes[Document.fixKey(id, location)] = text }
    }

    /// Records a problem that makes the definition fail to load in its framework; `build` throws them all.
    mutating func fail(_ id: String, at location: SourceLocation, _ message: String, fix: String) {
        guard warned.insert("error\u{0}\(id)\u{0}\(location)\u{0}\(message)").inserted else { return }
        errors.append(Diagnostic(id: id, severity: .error, location: location, message: message, fix: fix))
    }

    /// A note: what the importer assumed (which framework version's rules it applied).
    mutating func note(_ id: String, at location: SourceLocation, _ message: String, fix: String) {
        guard warned.insert("note\u{0}\(id)\u{0}\(location)").inserted else { return }
        warnings.append(Diagnostic(id: id, severity: .note, location: location, message: message, fix: fix))
    }

    /// Warns about every key of a mapping that the importer does not read.
    mutating func warnUnknownKeys(_ entries: [SourceNode.Entry], known: Set<String>, in what: String, framework: String) {
        for entry in entries {
            guard let key = entry.key.scalarText, !known.contains(key) else { continue }
            warn("import.unknown-field", at: entry.key.location,
                 "\(framework) field '\(key)' in \(what) is not read by Seams",
                 fix: "nothing to do if it does not change what crosses a handoff; otherwise describe it in a seams: 1 document")
        }
    }

    func build(file: String) throws(DocumentError) -> Document {
        if !errors.isEmpty { throw DocumentError(errors) }
        var document = Document(file: file)
        document.hasModules = true
        document.modules = modules
        document.concerns = concerns
        document.interfaces = Array(handoffs.values)
        document.fixes = fixes
        document.implicitContextPairs = implicitContextPairs
        document.warnings = warnings.sorted { ($0.location, $0.message) < ($1.location, $1.message) }
        return document
    }
}

/// A payload with the place it is described.
struct ImportedPayload {
    var payload: Payload
    var location: SourceLocation
}

extension Interface {
    /// Folds a second handoff's payload into this one: typed fields add up; prose never
    /// replaces fields, and fields replace prose (the typed part is what the consumer can rely on).
    mutating func merge(_ other: ImportedPayload) {
        switch (payload, other.payload) {
        case (nil, _):
            payload = other.payload
            payloadLocation = other.location
        case (.fields(let mine)?, .fields(let theirs)):
            let names = Set(mine.map(\.name))
            payload = .fields(mine + theirs.filter { !names.contains($0.name) })
        case (.prose?, .fields):
            payload = other.payload
            payloadLocation = other.location
        default:
            break
        }
    }
}
