import SeamsAnalyzer
import SeamsImport
import OrderedCollections
import SeamsModel
import Testing

@Suite struct LangGraphImportTests {
    @Test func interfacePrecisionAndRecallOverTheFixtures() throws {
        try ExpectedInterfaces.expectConformance("langgraph", count: 105)
    }

    @Test func everyFixtureIsDetectedAsLangGraph() throws {
        for folder in ["research_pipeline", "support_router", "draft_review_loop", "fanout_jokes", "subgraph_qa", "react_forecast",
                       "payment_approval", "unbounded_counter", "functional_essay", "platform_app", "invoice_approval",
                       "supervisor_team", "swarm_desk"] {
            #expect(try FrameworkImport.detect(path: ImportFixture.path("langgraph/\(folder)")) == .langgraph, "\(folder)")
        }
        #expect(try FrameworkImport.detect(path: ImportFixture.path("langgraph/research_pipeline/graph.py")) == .langgraph)
    }

    @Test func findingsPointAtThePythonLinesInLangGraphWords() throws {
        let router = try ImportFixture.load("langgraph/support_router")
        let owner = try #require(router.warnings.first { $0.id == "langgraph.reducer-missing" })
        #expect(ImportFixture.short(owner.location) == "graph.py:13:5")
        #expect(owner.message.contains("'reply' is written by billing, technical"))
        #expect(owner.fix == "add a reducer: reply: Annotated[T, merge] with a function merge(old, new) that says which value wins, or write the key from one node only")
        let score = try ImportFixture.score(router)
        let ownerDecisions = score.findings.filter { $0.id == "artifact.owner" }
        #expect(ownerDecisions.map(\.subject) == ["reply"])
        #expect(ownerDecisions.map { ImportFixture.short($0.location) } == ["graph.py:13:5"])

        let loop = try ImportFixture.load("langgraph/unbounded_counter")
        let unbounded = loop.warnings.filter { $0.id == "langgraph.loop-unbounded" }
        #expect(unbounded.map { ImportFixture.short($0.location) } == ["graph.py:24:1"])
        #expect(unbounded.first?.message.contains("termination condition missing") == true)
        #expect(unbounded.first?.fix.contains("recursion_limit") == true)
        // The draft/review loop leaves through Command(goto=END): no finding.
        #expect(try ImportFixture.load("langgraph/draft_review_loop").warnings.map(\.id) == ["langgraph.output-undeclared"])
    }

    @Test func reducersAreConflictRulesAndAnnotationsTypeTheKeys() throws {
        let router = try ImportFixture.load("langgraph/support_router")
        #expect(router.artifacts.keys.sorted() == ["body", "category", "notes", "reply", "ticket_id"])
        let notes = try #require(router.artifacts["notes"])
        #expect(notes.onConflict?.value == "merge (reducer operator.add)")
        #expect(ImportFixture.short(try #require(notes.onConflict).location) == "graph.py:12:33")
        #expect(router.artifacts["reply"]?.onConflict == nil)
        let category = try #require(router.artifacts["category"]?.fields?.first)
        #expect(category.type == .string)
        #expect(category.values == ["billing", "technical"])
        #expect(category.required == false)
        #expect(router.artifacts["ticket_id"]?.fields?.first?.required == true)

        let loop = try ImportFixture.load("langgraph/draft_review_loop")
        #expect(loop.artifacts["messages"]?.onConflict?.value == "merge (reducer add_messages)")
        let messages = try ImportFixture.score(loop).findings.filter { $0.id == "artifact.owner" }.map(\.subject)
        #expect(messages == ["revision"])

        let forecast = try ImportFixture.load("langgraph/react_forecast")
        let response = try #require(forecast.artifacts["structured_response"]?.fields?.first)
        #expect(response.type == .object)
        #expect(response.fields?.map(\.name) == ["city", "high_celsius", "summary"])
        #expect(response.fields?.map(\.type) == [.string, .number, .string])
        #expect(response.required == false)
    }

    @Test func interruptsAreHumanGates() throws {
        let loop = try ImportFixture.load("langgraph/draft_review_loop")
        #expect(loop.concerns.values.filter(\.isHumanGate).map(\.id) == ["review"])
        #expect(ImportFixture.short(try #require(loop.concerns["review"]?.gate).location) == "graph.py:31:73")
        let payment = try ImportFixture.load("langgraph/payment_approval")
        #expect(payment.concerns.values.filter(\.isHumanGate).map(\.id) == ["approve"])
        #expect(ImportFixture.short(try #require(payment.concerns["approve"]?.gate).location) == "graph.py:22:16")
        #expect(try ImportFixture.score(payment).verdict.signals.map(\.rawValue) == ["human-wait"])
    }

    @Test func unresolvedStateUseIsALowerBoundWithAWarning() throws {
        let payment = try ImportFixture.load("langgraph/payment_approval")
        let pay = try #require(payment.concerns["pay"])
        #expect(pay.reads.map(\.value) == ["payee", "amount_cents", "approved", "receipt_id"])
        #expect(Set(pay.reads.map { ImportFixture.short($0.location) }) == ["graph.py:27:28"])
        #expect(pay.writes.isEmpty)
        #expect(payment.warnings.filter { $0.id.hasPrefix("langgraph.unresolved") }.map { "\($0.id) \(ImportFixture.short($0.location))" } == [
            "langgraph.unresolved-write graph.py:27:5",
            "langgraph.unresolved-read graph.py:27:28",
        ])
    }

    @Test func subgraphsSequencesAndSchemasShapeTheBoundary() throws {
        let qa = try ImportFixture.load("langgraph/subgraph_qa")
        #expect(qa.modules.keys.sorted() == ["caller", "generate", "retrieval"])
        #expect(qa.concerns["retrieval"]?.writes.map(\.value) == ["context", "sources"])
        #expect(qa.concerns["caller"]?.writes.map(\.value) == ["question"])
        #expect(qa.concerns["caller"]?.reads.map(\.value) == ["answer", "sources"])
        #expect(qa.artifacts["context"]?.fields?.first?.required == false)
        #expect(!qa.warnings.contains { $0.id == "langgraph.output-undeclared" })
    }

    @Test func supervisorResponseFormatTypesTheTeamsAnswer() throws {
        let team = try ImportFixture.load("langgraph/supervisor_team")
        let answer = try #require(team.interfaces.first { $0.from.value == "supervisor" && $0.to.value == "caller" })
        guard case .fields(let fields)? = answer.payload else {
            Issue.record("the team's answer is typed")
            return
        }
        #expect(fields.map(\.name) == ["messages", "structured_response"])
        #expect(fields[1].fields?.map(\.name) == ["headline", "growth_percent", "sources"])
        #expect(fields[0].items?.value.fields?.map(\.name) == ["type", "content"])
        let swarm = try ImportFixture.load("langgraph/swarm_desk")
        #expect(swarm.warnings.isEmpty)
        let handoff = try #require(swarm.interfaces.first { $0.from.value == "flights" && $0.to.value == "hotels" })
        #expect(ImportFixture.short(handoff.location) == "swarm.py:16:19")
    }

    @Test func langgraphJSONNamesTheServedGraphs() throws {
        let app = try ImportFixture.load("langgraph/platform_app")
        #expect(app.modules.keys.sorted() == ["caller", "draft_email", "qualify"])
        #expect(app.warnings.map { "\($0.id) \(ImportFixture.short($0.location))" } == [
            "langgraph.graph-not-found langgraph.json:5:16",
            "langgraph.output-undeclared graph.py:24:16",
        ])
    }

    @Test func aFolderWithNoGraphIsAnErrorSayingWhatWasLookedFor() {
        let forced = ImportFixture.loadErrors("langgraph/bad_nothing", from: .langgraph)
        #expect(forced.map(\.id) == ["import.not-found"])
        #expect(forced.first?.message.contains("StateGraph(...) builders, @entrypoint functions, create_supervisor/create_swarm teams and langgraph.json") == true)
        #expect(ImportFixture.loadErrors("langgraph/bad_nothing").map(\.id) == ["import.unknown-format"])
        // A LangGraph project forced as the Agents SDK.
        #expect(ImportFixture.loadErrors("langgraph/research_pipeline", from: .openaiAgents).map(\.id) == ["import.not-found"])
    }

    @Test func pythonSyntaxErrorInAGraphFileIsLocated() {
        #expect(ImportFixture.located(ImportFixture.loadErrors("langgraph/bad_syntax")) == ["python.syntax graph.py:3:9"])
    }

    @Test func importIsDeterministic() throws {
        let first = try ImportFixture.load("langgraph/react_forecast")
        let second = try ImportFixture.load("langgraph/react_forecast")
        #expect(first.interfaces == second.interfaces)
        #expect(Array(first.artifacts.keys) == Array(second.artifacts.keys))
        #expect(first.warnings == second.warnings)
    }
}
