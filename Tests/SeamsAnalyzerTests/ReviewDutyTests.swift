import OrderedCollections
import SeamsAnalyzer
import SeamsModel
import Testing

/// Item 3 of issue 12: the declared `role:` decides who is a reviewer; the spec's structure only
/// when the role is unstated.
@Suite("Review duty and the declared role")
struct ReviewDutyTests {
    static func spec(checker extra: String, name: String = "check-draft") -> String {
        """
        seams: 1
        inputs: [brief]
        artifacts:
          verdict: { fields: { outcome: { type: string, values: [ok, redo] } } }
        concerns:
          write: { reads: [brief], writes: [draft] }
          \(name): { does: Look over the draft., reads: [draft], writes: [verdict]\(extra) }
        """
    }

    static func reviewers(_ text: String) throws -> [String] {
        let document = try DocumentLoader().load(text: text, file: "r.yaml")
        return document.concerns.values.filter { ReviewDuty.isReviewer($0, in: document) }.map(\.id)
    }

    @Test func aDeclaredReviewerIsOneWhateverItsName() throws {
        #expect(try Self.reviewers(Self.spec(checker: "")) == [])
        #expect(try Self.reviewers(Self.spec(checker: ", role: review")) == ["check-draft"])
        let document = try DocumentLoader().load(text: Self.spec(checker: ", role: review"), file: "r.yaml")
        let pairs = ReviewDuty.authorsByReviewer(in: document)
        #expect(pairs.map(\.reviewer) == ["check-draft"])
        #expect(pairs.map(\.authors) == [["write"]])
    }

    @Test func declaredWorkIsNeverAReviewer() throws {
        #expect(try Self.reviewers(Self.spec(checker: "", name: "review-draft")) == ["review-draft"])
        #expect(try Self.reviewers(Self.spec(checker: ", role: work", name: "review-draft")) == [])
    }

    @Test func anUnknownRoleIsALocatedErrorWithADidYouMean() throws {
        let error = #expect(throws: DocumentError.self) {
            try DocumentLoader().load(text: Self.spec(checker: ", role: reveiw"), file: "r.yaml")
        }
        let diagnostic = try #require(error?.diagnostics.first)
        #expect(error?.diagnostics.count == 1)
        #expect(diagnostic.id == "value.invalid")
        #expect(diagnostic.description == "r.yaml:7:87: error: role 'reveiw' is not one of review, work; did you mean 'review'? — use one of: review, work")
    }
}
