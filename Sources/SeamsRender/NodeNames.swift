/// Made-up DOT names for user ids (`m0`, `m1`… in the given order), so no id ever reaches DOT
/// syntax outside an escaped label.
struct NodeNames {
    private var names: [String: DOTName] = [:]

    init(_ ids: [String], prefix: StaticString) {
        for (number, id) in ids.enumerated() where names[id] == nil { names[id] = DOTName(prefix, number) }
    }

    subscript(id: String) -> DOTName? { names[id] }
}
