import SeamsAnalyzer

/// Modules linked by share-context pairs, merged into groups (connected components), so each
/// group is drawn as one box.
enum ShareContextGroups {
    /// Groups of two or more module ids, each sorted, ordered by their first id.
    static func groups(_ pairs: [PairScore], modules: [String]) -> [[String]] {
        var parent: [String: String] = [:]
        func root(_ id: String) -> String {
            var current = id
            while let next = parent[current], next != current { current = next }
            return current
        }
        for pair in pairs where pair.isolation == .shareContext && pair.modules.count == 2 {
            let (a, b) = (root(pair.modules[0]), root(pair.modules[1]))
            if parent[a] == nil { parent[a] = a }
            if parent[b] == nil { parent[b] = b }
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var members: [String: [String]] = [:]
        for id in modules where parent[id] != nil { members[root(id), default: []].append(id) }
        return members.values.map { $0.sorted() }.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
    }
}
