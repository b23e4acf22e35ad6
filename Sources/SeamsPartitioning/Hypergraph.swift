/// A vertex- and net-weighted hypergraph in compressed (CSR) form: the problem the architect
/// solves, with concerns as vertices and artifacts as nets.
///
/// Pins of net `e` are `pins[netStart[e]..<netStart[e + 1]]`; nets of vertex `v` are
/// `incidence[incidenceStart[v]..<incidenceStart[v + 1]]`. Both are sorted ascending.
public struct Hypergraph: Sendable {
    public let vertexWeights: [Double]
    public let netWeights: [Double]
    public let netStart: [Int]
    public let pins: [Int]
    public let incidenceStart: [Int]
    public let incidence: [Int]

    /// Builds the hypergraph; pins are deduplicated and nets with fewer than two distinct pins
    /// are dropped, since they can never be cut.
    public init(vertexWeights: [Double], nets: [[Int]], netWeights: [Double]) {
        var start = [0]
        var flat: [Int] = []
        var weights: [Double] = []
        start.reserveCapacity(nets.count + 1)
        for (index, net) in nets.enumerated() {
            let unique = Array(Set(net)).sorted()
            guard unique.count >= 2 else { continue }
            flat.append(contentsOf: unique)
            start.append(flat.count)
            weights.append(netWeights[index])
        }
        self.init(vertexWeights: vertexWeights, netStart: start, pins: flat, netWeights: weights)
    }

    /// Builds from already-compressed nets (pins unique within a net, at least two per net).
    init(vertexWeights: [Double], netStart: [Int], pins: [Int], netWeights: [Double]) {
        self.vertexWeights = vertexWeights
        self.netWeights = netWeights
        self.netStart = netStart
        self.pins = pins
        var degree = [Int](repeating: 0, count: vertexWeights.count + 1)
        for pin in pins { degree[pin + 1] += 1 }
        for index in 0..<vertexWeights.count { degree[index + 1] += degree[index] }
        var fill = degree
        var incidence = [Int](repeating: 0, count: pins.count)
        for net in 0..<(netStart.count - 1) {
            for slot in netStart[net]..<netStart[net + 1] {
                let pin = pins[slot]
                incidence[fill[pin]] = net
                fill[pin] += 1
            }
        }
        self.incidenceStart = degree
        self.incidence = incidence
    }

    public var vertexCount: Int { vertexWeights.count }
    public var netCount: Int { netWeights.count }
    public var totalWeight: Double { vertexWeights.reduce(0, +) }

    /// Pins of a net (how many vertices it connects).
    @inline(__always) public func netSize(_ net: Int) -> Int { netStart[net + 1] - netStart[net] }
    /// The slots of `pins` holding a net's vertices; public so exporters (hMETIS) can write nets without copying them.
    @inline(__always) public func pinRange(_ net: Int) -> Range<Int> { netStart[net]..<netStart[net + 1] }
    /// The slots of `incidence` holding a vertex's nets.
    @inline(__always) public func netRange(_ vertex: Int) -> Range<Int> { incidenceStart[vertex]..<incidenceStart[vertex + 1] }

    /// The connectivity-minus-one cost of an assignment (blocks numbered from 0): Σ over nets of
    /// weight × (blocks touched − 1). Linear in the pins, however many blocks a net touches.
    public func cost(of blockOf: [Int]) -> Double {
        var total = 0.0
        var mark = [Int](repeating: -1, count: (blockOf.max() ?? -1) + 1)
        for net in 0..<netCount {
            var touched = 0
            for slot in pinRange(net) {
                let block = blockOf[pins[slot]]
                if mark[block] != net { mark[block] = net; touched += 1 }
            }
            total += netWeights[net] * Double(touched - 1)
        }
        return total
    }

    /// The same vertices with only the nets `keep` accepts, in their order.
    func keepingNets(where keep: (Int) -> Bool) -> Hypergraph {
        var start = [0]
        var kept: [Int] = []
        var weights: [Double] = []
        for net in 0..<netCount where keep(net) {
            kept.append(contentsOf: pins[pinRange(net)])
            start.append(kept.count)
            weights.append(netWeights[net])
        }
        return Hypergraph(vertexWeights: vertexWeights, netStart: start, pins: kept, netWeights: weights)
    }
}
