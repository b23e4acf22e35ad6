import Foundation
import SeamsAnalyzer
import SeamsModel
import SeamsTestSupport

/// A two-module document whose one interface leaves the unit of an amount open (2 bits), with a
/// name that needs escaping in every markup.
enum ReportFixture {
    static let yaml = """
    seams: 1
    name: refund <check> & "pay"
    defaults: { required: true }
    modules: { intake: {}, payout: {} }
    interfaces:
      - from: intake
        to: payout
        on-error: fail
        done: schema-valid
        payload:
          fields:
            amount: { type: number }
            order_id: { type: string, format: uuid }
    """

    /// The same document with the amount's unit written: nothing is left open.
    static let closed = yaml.replacingOccurrences(of: "amount: { type: number }", with: "amount: { type: number, unit: EUR }")

    static func scored(_ text: String = yaml, file: String = "small.yaml") throws -> (Document, DocumentScore) {
        let document = try DocumentLoader().load(text: text, file: file)
        return (document, try Scoring.score(document))
    }
}
