import SeamsModel
import Testing

@Suite("Did-you-mean")
struct NearestNameTests {
    @Test func suggestsTheClosestKey() {
        #expect(NearestName.suggestion(for: "carries", among: ["from", "to", "carries"]) == "carries")
        #expect(NearestName.suggestion(for: "carris", among: ["from", "to", "carries"]) == "carries")
        #expect(NearestName.suggestion(for: "ot", among: ["from", "to"]) == "to")
        #expect(NearestName.suggestion(for: "objetcive", among: ["objective", "output"]) == "objective")
    }

    @Test func staysQuietWhenNothingIsClose() {
        #expect(NearestName.suggestion(for: "zzzzzz", among: ["from", "to", "carries"]) == nil)
    }
}
