import Foundation
import OrderedCollections
import SeamsAnalyzer
import SeamsModel
import Testing
@testable import SeamsArchitect

/// Item 7 of issue 12: `seams plan EDITED --keep` repairs an edited plan with the fewest moves,
/// never touching a pinned module, and rewrites stale interfaces.
struct PlanKeepTests {
    /// The support-automation plan as `seams plan` writes it, edited by hand: each module whose
    /// concern list reads as a key of `lists` gets the value instead (in this order), then the
    /// modules whose list is in `pinning` are pinned.
    static func edited(_ lists: KeyValuePairs<String, String>, pinning: [String] = []) throws -> String {
        let (_, plan) = try SampleSpecTests.load("support-automation")
        let moved = lists.reduce(PlanReport.document(plan, format: .yaml)) { text, list in
            text.replacingOccurrences(of: "    concerns: [\(list.key)]\n", with: "    concerns: [\(list.value)]\n")
        }
        return pinning.reduce(moved) { text, list in
            text.replacingOccurrences(of: "    concerns: [\(list)]\n", with: "    concerns: [\(list)]\n    pinned: true\n")
        }
    }

    /// The `edited` plan, repaired by `--keep`.
    static func repaired(_ lists: KeyValuePairs<String, String>, pinning: [String] = []) throws -> Plan {
        let document = try DocumentLoader().load(text: try edited(lists, pinning: pinning), file: "edited.yaml")
        return try Architect.keep(plan: document, analyzer: SpecFixtures.analyzer)
    }

    static func moves(_ plan: Plan) -> [String] { (plan.repairs ?? []).map(PlanReport.moveText) }

    @Test func anUneditedPlanNeedsNoMove() throws {
        let (_, original) = try SampleSpecTests.load("support-automation")
        let plan = try Self.repaired([:])
        #expect(plan.repairs == [])
        #expect(plan.interfaceChanges.isEmpty)
        #expect(Array(plan.document.modules.keys) == Array(original.document.modules.keys))
        #expect(plan.cost == original.cost)
        #expect(PlanReport.summary(plan).contains("repair (--keep): no rule was broken; no concern moved"))
    }

    @Test(arguments: SampleSpecTests.samples)
    func everySamplePlanIsKeptAsItIs(name: String) throws {
        let (_, original) = try SampleSpecTests.load(name)
        let text = PlanReport.document(original, format: .yaml)
        let plan = try Architect.keep(plan: try DocumentLoader().load(text: text, file: "\(name).plan.yaml"), analyzer: SpecFixtures.analyzer)
        #expect(plan.repairs == [])
        #expect(plan.interfaceChanges == [])
        #expect(plan.objective == original.objective)
        #expect(Array(plan.document.modules.keys) == Array(original.document.modules.keys))
        #expect(plan.document.modules.values.map { $0.concerns.map(\.value) } == original.document.modules.values.map { $0.concerns.map(\.value) })
    }

    @Test func aReviewerMovedInWithItsAuthorIsMovedBackInOneMove() throws {
        let plan = try Self.repaired(["draft-reply": "draft-reply, review-reply", "review-reply": ""], pinning: ["issue-refund"])
        #expect(Self.moves(plan) == ["review-reply from reply-draft to reply-review: review-reply reviews the work of draft-reply"])
        #expect(plan.document.modules["payments"]?.isPinned == true)
        #expect(PlanReport.summary(plan).contains("repair (--keep): 1 move; pinned: payments"))
    }

    @Test func aConcernPutWithTheGateMovesOutAndStaleInterfacesAreRewritten() throws {
        // fraud-check joins the refund approval: the gate must be alone, so one concern moves.
        let plan = try Self.repaired(["approve-refund": "approve-refund, close-ticket", "close-ticket": ""])
        #expect(Self.moves(plan) == ["close-ticket from refund-approval to ticket-closure: refund-approval had load 3.25, over the budget of 3; "
                + "approve-refund is a human gate, a module of its own; modules refund-approval, payments, reply-draft, reply-review, sent-reply "
                + "fed each other (a cycle; a module on both sides of a gate is one)"])
        #expect(plan.order.cycles.isEmpty)
    }

    @Test func aMovedConcernLeavesStaleInterfacesThatAreRewritten() throws {
        // classify-intent moved by hand from the ticket module to the policy module: legal, so it stays;
        // the interfaces that carried intent from the ticket module are rewritten.
        let plan = try Self.repaired(["ingest-ticket, classify-intent": "ingest-ticket",
                                      "check-policy, propose-resolution": "classify-intent, check-policy",
                                      "qa-resolution": "qa-resolution, propose-resolution"])
        #expect(Self.moves(plan) == ["propose-resolution from qa-verdict to resolution-proposal-2: qa-resolution reviews the work of propose-resolution"])
        #expect(plan.interfaceChanges.count == 17)
        #expect(plan.interfaceChanges.contains("rewrote ticket->resolution-proposal: carries ticket (was intent)"))
        #expect(plan.interfaceChanges.contains("removed ticket->support-metrics: no artifact crosses from ticket to support-metrics"))
        #expect(plan.interfaceChanges.contains("added resolution-proposal->support-metrics: carries intent"))
        #expect(plan.order.cycles.isEmpty)
        // The rewritten plan has no stale interface left.
        let reloaded = try DocumentLoader().load(text: PlanReport.document(plan, format: .yaml), file: "repaired.yaml")
        #expect(reloaded.warnings.filter { $0.id == "interface.stale" }.isEmpty)
    }

    @Test func whatAPersonWroteOnAnInterfaceSurvivesTheRepair() throws {
        // A payload and a clause written on ticket->resolution-proposal, whose carries the move rewrites.
        let text = try Self.edited(["ingest-ticket, classify-intent": "ingest-ticket",
                                    "check-policy, propose-resolution": "classify-intent, check-policy",
                                    "qa-resolution": "qa-resolution, propose-resolution"])
            .replacingOccurrences(of: "  - from: ticket\n    to: resolution-proposal\n    carries: [intent]\n",
                                  with: "  - from: ticket\n    to: resolution-proposal\n    carries: [intent]\n"
                                      + "    payload:\n      fields:\n        ticket_id: { type: string, format: uuid }\n    on-error: escalate\n")
        #expect(text.contains("    on-error: escalate\n"))
        let plan = try Architect.keep(plan: try DocumentLoader().load(text: text, file: "edited.yaml"), analyzer: SpecFixtures.analyzer)
        #expect(plan.interfaceChanges.contains("rewrote ticket->resolution-proposal: carries ticket (was intent)"))
        let kept = try #require(plan.document.interfaces.first { $0.from.value == "ticket" && $0.to.value == "resolution-proposal" })
        #expect(kept.carries.map(\.value) == ["ticket"])
        #expect(kept.onError?.value == "escalate")
        guard case .fields(let fields)? = kept.payload else {
            Issue.record("the payload written on ticket->resolution-proposal was lost")
            return
        }
        #expect(fields.map(\.name) == ["ticket_id"])
        let written = PlanReport.document(plan, format: .yaml)
        #expect(written.contains("    payload:\n      fields:\n        ticket_id:\n          type: string\n          format: uuid\n    on-error: escalate\n"))
    }

    @Test func aSpecWithoutModulesIsALocatedKeepError() throws {
        let text = try String(contentsOfFile: ArchitectTests.sample("support-automation.yaml"), encoding: .utf8)
        let document = try DocumentLoader().load(text: text, file: "Samples/support-automation.yaml")
        let error = #expect(throws: DocumentError.self) { try Architect.keep(plan: document, analyzer: SpecFixtures.analyzer) }
        #expect(error?.diagnostics.map(\.description) == [
            "Samples/support-automation.yaml:1:1: error: --keep repairs a plan, but this document has no modules — run `seams plan` without --keep to plan the spec, then edit the plan it writes",
        ])
    }

    @Test func aPinnedModuleThatBreaksARuleIsALocatedKeepError() throws {
        let error = #expect(throws: DocumentError.self) {
            try Self.repaired(["draft-reply": "draft-reply, review-reply", "review-reply": ""], pinning: ["draft-reply, review-reply"])
        }
        let diagnostic = try #require(error?.diagnostics.first)
        #expect(diagnostic.id == "plan.keep")
        #expect(diagnostic.message == "pinned module 'reply-draft' breaks a rule of the architect: review-reply reviews the work of draft-reply")
        #expect(diagnostic.location.file == "edited.yaml")
        #expect(diagnostic.location.line > 1)
    }

    @Test func aPinnedModuleOnBothSidesOfAGateIsALocatedKeepError() throws {
        let error = #expect(throws: DocumentError.self) {
            try Self.repaired(["record-metrics": "", "qa-resolution": "qa-resolution, record-metrics"], pinning: ["qa-resolution, record-metrics"])
        }
        #expect(error?.diagnostics.map(\.message) == [
            "pinned module 'qa-verdict' breaks a rule of the architect: it holds qa-resolution before and record-metrics after the human gate approve-refund",
        ])
    }

    @Test func theDecisionRecordListsTheMoves() throws {
        let plan = try Self.repaired(["draft-reply": "draft-reply, review-reply", "review-reply": ""])
        let record = PlanReport.record(plan, source: "edited.yaml")
        #expect(record.contains("## Repair (`--keep`)\n\nThe edited plan's modules were kept.\n\n"
                                + "- move: review-reply from reply-draft to reply-review: review-reply reviews the work of draft-reply\n"))
    }

    @Test func scoreWarnsAboutStaleInterfaces() throws {
        let text = try Self.edited(["draft-reply": "draft-reply, review-reply", "review-reply": ""])
        let document = try DocumentLoader().load(text: text, file: "edited.yaml")
        let stale = document.warnings.filter { $0.id == "interface.stale" }.map(\.message)
        #expect(stale == [
            "interface 'reply-draft->reply-review' carries 'reply_draft', which module 'reply-review' does not read",
            "interface 'reply-review->sent-reply' carries 'reply_review', which module 'reply-review' does not write ('reply-draft' does)",
            "interface 'resolution-proposal->reply-review' carries 'resolution_proposal', which module 'reply-review' does not read",
        ])
    }
}

/// A concern added to the spec of an edited plan, in no module yet: `--keep` places it, where any
/// other command reports `concern.orphan`.
struct PlanKeepNewConcernTests {
    static func edited() throws -> String { try PlanKeepTests.edited(["close-ticket": ""]) }

    @Test func aConcernInNoModuleIsAnErrorOutsideKeep() throws {
        #expect {
            _ = try DocumentLoader().load(text: try Self.edited(), file: "edited.yaml")
        } throws: { error in
            (error as? DocumentError)?.diagnostics.map(\.id) == ["concern.orphan"]
        }
    }

    @Test func keepPlacesAConcernInNoModule() throws {
        let document = try DocumentLoader(allowsUnplacedConcerns: true).load(text: try Self.edited(), file: "edited.yaml")
        let plan = try Architect.keep(plan: document, analyzer: SpecFixtures.analyzer)
        #expect(PlanKeepTests.moves(plan) == ["close-ticket from no module to ticket-closure: close-ticket was in no module"])
        #expect(plan.document.modules.values.filter { $0.concerns.map(\.value).contains("close-ticket") }.map(\.id) == ["ticket-closure"])
    }
}
