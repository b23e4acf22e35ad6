import OrderedCollections
import SeamsModel
import Testing

/// Item 1 of issue 15: a read that nothing writes is a typo unless `inputs:` declares it.
@Suite("Inputs and unwritten reads")
struct InputsTests {
    static let spec = """
    seams: 1
    concerns:
      brief: { reads: [product_breif], writes: [plan] }
      write: { reads: [plan], writes: [product_brief] }
    """

    @Test func aMisspeltReadIsAnErrorAtItsReadsEntryWithADidYouMean() throws {
        let error = #expect(throws: DocumentError.self) { try DocumentLoader().load(text: Self.spec, file: "t.yaml") }
        let diagnostics = try #require(error).diagnostics
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.id == "artifact.unwritten")
        #expect(diagnostics.first?.description == "t.yaml:3:20: error: concern 'brief' reads 'product_breif', which no concern writes "
                + "and no input declares; did you mean 'product_brief'? — rename it to 'product_brief', or list 'product_breif' "
                + "under `inputs:` if it comes from outside the task")
    }

    @Test func aListOfInputsAcceptsReadsFromOutside() throws {
        let document = try DocumentLoader().load(text: "seams: 1\ninputs: [ticket]\nconcerns:\n  triage: { reads: [ticket], writes: [route] }\n",
                                                  file: "t.yaml")
        let ticket = try #require(document.artifacts["ticket"])
        #expect(ticket.isInput)
        #expect(!ticket.isDeclared)
        #expect(ticket.inputLocation == SourceLocation(file: "t.yaml", line: 2, column: 10))
    }

    @Test func aMapOfInputsDeclaresTheirFields() throws {
        let text = """
        seams: 1
        inputs:
          ticket:
            about: The customer's message.
            fields: { body: { type: string } }
          attachment:
        concerns:
          triage: { reads: [ticket, attachment], writes: [route] }
        """
        let document = try DocumentLoader().load(text: text, file: "t.yaml")
        #expect(document.artifacts["ticket"]?.isDeclared == true)
        #expect(document.artifacts["ticket"]?.fields?.map(\.name) == ["body"])
        #expect(document.artifacts["attachment"]?.isInput == true)
        #expect(document.artifacts["attachment"]?.isDeclared == false)
    }

    @Test func anInputDeclaredTwiceIsAnError() throws {
        let text = "seams: 1\nartifacts:\n  ticket: { about: x }\ninputs:\n  ticket: { about: y }\n  other: { on-conflict: merge }\n"
        let error = #expect(throws: DocumentError.self) { try DocumentLoader().load(text: text, file: "t.yaml") }
        let lines = try #require(error).diagnostics.map(\.description)
        #expect(lines == [
            "t.yaml:5:3: error: input 'ticket' is also declared under artifacts (line 3) — declare it in one place: keep its fields under inputs and remove the artifacts entry",
            "t.yaml:6:12: error: unknown key 'on-conflict' in input 'other' — remove it; allowed keys: about, fields, weight",
        ])
    }

    @Test func anInputThatIsWrittenOrNeverReadIsAWarning() throws {
        let text = "seams: 1\ninputs: [ticket, spare]\nconcerns:\n  triage: { reads: [ticket], writes: [route] }\n  fix: { writes: [ticket] }\n"
        let document = try DocumentLoader().load(text: text, file: "t.yaml")
        #expect(document.warnings.map(\.description) == [
            "t.yaml:2:10: warning: input 'ticket' is written by 'fix' — remove it from `inputs:` if the task makes it, or stop writing it",
            "t.yaml:2:18: warning: input 'spare' is read by no concern — add it to the `reads:` of the concern that needs it, or remove it from `inputs:`",
        ])
    }

    @Test func writtenArtifactsAndInterfaceCarriesNeedNoInput() throws {
        let text = """
        seams: 1
        concerns:
          a: { writes: [x] }
          b: { reads: [x, y] }
        modules: { m: { concerns: [a] }, n: { concerns: [b] } }
        interfaces:
          - { from: m, to: n, carries: [y] }
        """
        let document = try DocumentLoader().load(text: text, file: "t.yaml")
        #expect(document.artifacts.keys.sorted() == ["x", "y"])
    }
}
