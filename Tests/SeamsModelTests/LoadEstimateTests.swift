import OrderedCollections
import SeamsModel
import Testing

/// Item 4 of issue 15: load derived from the spec when not given, in documented units.
@Suite("Load estimate")
struct LoadEstimateTests {
    static func concerns(_ lines: String) throws -> OrderedDictionary<String, Concern> {
        try DocumentLoader().load(text: "seams: 1\ninputs: [a, b, c]\nconcerns:\n" + lines, file: "l.yaml").concerns
    }

    @Test func anOrdinaryConcernIsOneUnit() throws {
        let concern = try #require(try Self.concerns("  step: { does: Summarise it., reads: [a], writes: [x] }\n")["step"])
        #expect(concern.load == 1)
        #expect(LoadEstimate(concern).explanation == "0.5 instruction + 0.5 for 2 artifacts = 1")
    }

    @Test func eachPartAddsItsShare() throws {
        let concerns = try Self.concerns("""
          send: { does: Send the offer., reads: [a, b, c], writes: [x], tools: [email], effect: irreversible }
          undo: { reads: [a], writes: [y], effect: reversible }
          mail: { reads: [a], writes: [z], effect: external }
          look: { reads: [a], writes: [w], tools: [db, db], effect: read-only }
          call: { does: Phone the customer., reads: [a], writes: [v], tools: [phone], actor: human }
          long: { does: \(Array(repeating: "word", count: 31).joined(separator: " ")), writes: [u] }
          empty: {}

        """)
        let loads = concerns.values.map { "\($0.id) \($0.load)" }
        #expect(loads == ["send 2.25", "undo 1.25", "mail 1.25", "look 1.25", "call 0.75", "long 1.0", "empty 0.5"])
        #expect(concerns["send"].map { LoadEstimate($0).explanation }
                == "0.5 instruction + 1 for 4 artifacts + 0.25 for 1 tool + 0.5 effect = 2.25")
    }

    @Test func aStatedLoadIsKeptExactly() throws {
        let concerns = try Self.concerns("  heavy: { reads: [a, b, c], writes: [x], load: 1 }\n  light: { load: 0.3 }\n")
        #expect(concerns.values.map(\.load) == [1, 0.3])
        #expect(concerns.values.map(\.statedLoad) == [1, 0.3])
    }
}
