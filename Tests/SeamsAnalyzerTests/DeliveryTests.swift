import SeamsAnalyzer
import SeamsModel
import Testing

/// Item 5 of issue 15: `interface.delivery` belongs on interfaces whose consumer acts.
@Suite("Delivery on the consumer's end")
struct DeliveryTests {
    static func spec(producer: String, consumer: String) -> String {
        """
        seams: 1
        defaults: { required: true }
        artifacts:
          x: { fields: { note: { type: string } } }
        concerns:
          produce: { writes: [x]\(producer) }
          consume: { reads: [x]\(consumer) }
        modules: { a: { concerns: [produce] }, b: { concerns: [consume] } }
        interfaces:
          - { from: a, to: b, on-error: fail, done: schema-valid }
        """
    }

    static func deliveryBits(producer: String = "", consumer: String = "") throws -> [String] {
        let score = try ScoringFixture.score(spec(producer: producer, consumer: consumer))
        return score.interfaces.flatMap(\.decisions).filter { $0.id == "interface.delivery" }
            .map { "\($0.subject) \(NumberText.decimal($0.bits)) \($0.location.line):\($0.location.column)" }
    }

    @Test(arguments: ["reversible", "external", "irreversible"])
    func aConsumerThatChangesTheWorldNeedsADeliveryGuarantee(effect: String) throws {
        #expect(try Self.deliveryBits(consumer: ", effect: \(effect)") == ["a->b 1.58 10:5"])
    }

    @Test(arguments: ["none", "read-only"])
    func aConsumerThatOnlyReadsNeedsNone(effect: String) throws {
        #expect(try Self.deliveryBits(consumer: ", effect: \(effect)") == [])
    }

    @Test func theProducersEffectNoLongerRaisesIt() throws {
        #expect(try Self.deliveryBits(producer: ", effect: irreversible, gate: none") == [])
    }
}
