import SeamsAnalyzer
import SeamsImport
import OrderedCollections
import SeamsModel
import Testing

@Suite struct CrewAIImportTests {
    @Test func crewWithPythonWiringScoresEachHandoff() throws {
        let document = try ImportFixture.load("crewai/support_crew")
        let score = try ImportFixture.score(document)
        #expect(document.modules.keys.sorted() == ["draft_reply", "lookup_account", "send_reply", "triage_ticket"])
        #expect(ImportFixture.openBits(score) == [
            // context=[...] in crew.py: prose expected_output (8) + "etc." (1); done (the agent's final
            // answer, unchecked) and on-error (an exception aborts the kickoff) are CrewAI's fixed behaviour
            "triage_ticket->draft_reply": 9,
            "lookup_account->draft_reply": 8,
            // send_reply names no context: it receives the outputs CrewAI has collected. Waiting for the
            // asynchronous lookup_account replaced them with its output, so triage_ticket's is not among them.
            "lookup_account->send_reply": 8,
            // output_pydantic=ReplyDraft: confidence range 2.32 + ticket_id format 1.58; done is schema-valid
            "draft_reply->send_reply": 3.91,
        ])
        // lookup_account's expected_output reaches two tasks: one decision, counted once in the totals.
        #expect(score.sharedDecisions.map(\.decision.subject) == ["lookup_account output"])
        #expect(score.sharedDecisions.first?.consumers.map(\.interface) == ["lookup_account->send_reply", "lookup_account->draft_reply"])  // by location: tasks.yaml, then crew.py
        #expect(NumberText.decimal(score.totals.openBits) == "20.91")
        #expect(NumberText.decimal(score.totals.exposedBits) == "28.91")
        #expect(document.implicitContextPairs == 2)
    }

    @Test func pythonContextAndOutputModelPointIntoThePythonFiles() throws {
        let document = try ImportFixture.load("crewai/support_crew")
        let context = try #require(document.interfaces.first { $0.from.value == "triage_ticket" && $0.to.value == "draft_reply" })
        #expect(ImportFixture.short(context.location) == "crew.py:38:22")
        let typed = try #require(document.interfaces.first { $0.from.value == "draft_reply" && $0.to.value == "send_reply" })
        guard case .fields(let fields)? = typed.payload else {
            Issue.record("draft_reply hands on a typed payload")
            return
        }
        #expect(fields.map(\.name) == ["subject", "body", "tone", "confidence", "sent_at", "ticket_id"])
        #expect(fields.map(\.type) == [.string, .string, .string, .number, .string, .string])
        #expect(fields.map(\.required) == [true, true, true, true, false, true])
        #expect(fields[2].values == ["friendly", "formal"])
        #expect(fields[4].format == "date-time")
        #expect(fields[1].about?.value == "The reply text")
        #expect(ImportFixture.short(fields[3].location) == "models.py:19:5")
        #expect(typed.done?.value == "schema-valid (output_pydantic ReplyDraft)")
    }

    @Test func humanInputIsAHumanGate() throws {
        let document = try ImportFixture.load("crewai/support_crew")
        let gate = try #require(document.concerns["draft_reply"]?.gate)
        #expect(gate.value == .human)
        #expect(ImportFixture.short(gate.location) == "crew.py:40:13")
        #expect(document.concerns.values.filter(\.isHumanGate).map(\.id) == ["draft_reply"])
        let score = try ImportFixture.score(document)
        #expect(score.verdict.signals.map(\.rawValue) == ["human-wait"])
    }

    @Test func implicitContextAsyncAndUnknownFieldsAreWarnings() throws {
        let document = try ImportFixture.load("crewai/support_crew")
        let warnings = document.warnings.map { "\($0.id) \(ImportFixture.short($0.location))" }
        #expect(warnings == [
            "import.unknown-field agents.yaml:16:3",
            "crewai.implicit-context tasks.yaml:22:1",
            "crewai.context-dropped tasks.yaml:22:1",
            "crewai.version crew.py:31:13",
            "crewai.async-no-context crew.py:31:13",
        ])
        // No version pinned and an asynchronous task: a note says which rule was applied.
        #expect(document.warnings.map(\.severity) == [.warning, .warning, .warning, .note, .warning])
        #expect(document.warnings[3].message.hasPrefix("no CrewAI version found (uv.lock, pyproject.toml, requirements.txt): read with the rule of versions before 1.14.5a2"))
        #expect(document.warnings[1].message == "implicit context (2 interfaces): task 'send_reply' names no `context`, so CrewAI passes it the output of lookup_account, draft_reply")
        #expect(document.warnings[2].message.hasPrefix("task 'send_reply' does not receive the output of triage_ticket"))
    }

    @Test func withoutAsyncTasksEveryEarlierOutputIsPassed() throws {
        let document = try ImportFixture.load("crewai/plain_chain")
        let score = try ImportFixture.score(document)
        // draft: outline (implicit); polish: draft (context); publish: all three (implicit)
        #expect(ImportFixture.openBits(score).keys.sorted() == [
            "draft->polish", "draft->publish", "outline->draft", "outline->publish", "polish->publish",
        ])
        #expect(document.implicitContextPairs == 4)
        #expect(document.warnings.map { "\($0.id) \(ImportFixture.short($0.location))" } == [
            "crewai.python-not-found tasks.yaml:1:1",
            "crewai.implicit-context tasks.yaml:5:1",
            "crewai.implicit-context tasks.yaml:14:1",
        ])
    }

    @Test(arguments: ["crewai/support_crew/src/support_crew/config/tasks.yaml", "crewai/support_crew/src/support_crew/crew.py"])
    func pointingAtAFileOfTheCrewImportsTheWholeCrew(path: String) throws {
        let document = try ImportFixture.load(path)
        #expect(document.modules.count == 4)
        #expect(document.interfaces.count == 4)
        #expect(document.concerns["draft_reply"]?.isHumanGate == true)
    }

    @Test func jsonCrewWithCommentsAndExplicitContext() throws {
        let document = try ImportFixture.load("crewai/json_crew")
        let score = try ImportFixture.score(document)
        #expect(ImportFixture.openBits(score) == ["read_sources->write_digest": 8])
        #expect(document.modules["read_sources"]?.tools == ["ScrapeWebsiteTool"])
        #expect(document.modules["read_sources"]?.role?.value == "Reader")
        #expect(document.concerns["write_digest"]?.isHumanGate == true)
        #expect(document.implicitContextPairs == 0)
        #expect(document.warnings.isEmpty)
    }

    @Test func flowRouterTypesItsRoute() throws {
        let document = try ImportFixture.load("crewai/flow/triage.flow.yaml")
        let score = try ImportFixture.score(document)
        #expect(ImportFixture.openBits(score) == ["classify->route": 12.32, "classify->file_bug": 12.32, "route->file_bug": 4.32])
        let route = try #require(document.interfaces.first { $0.from.value == "route" })
        guard case .fields(let fields)? = route.payload else {
            Issue.record("a router hands on its route")
            return
        }
        #expect(fields.first?.values == ["bug", "question"])
    }
}

/// What CrewAI developers read: implicit context flagged on the interface, fixes on the producer in CrewAI's words.
@Suite struct CrewAIFindingsTests {
    @Test func implicitInterfacesCarryTheirRuleIntoTheScore() throws {
        let document = try ImportFixture.load("crewai-conformance/20_async_tasks")
        let score = try ImportFixture.score(document)
        let implicit = score.interfaces.filter { $0.implicitRule != nil }.map(\.name).sorted()
        #expect(implicit == ["search_news->publish", "search_papers->publish", "summarise->publish"])
        #expect(Set(score.interfaces.compactMap(\.implicitRule)) == ["crewai.implicit-context"])
        #expect(score.interfaces.first { $0.name == "search_news->summarise" }?.implicitRule == nil)
    }

    @Test func fixesNameTheTaskAndTheModelField() throws {
        let document = try ImportFixture.load("crewai/support_crew")
        let score = try ImportFixture.score(document)
        let decisions = score.interfaces.flatMap(\.decisions)
        let prose = try #require(decisions.first { $0.id == "interface.prose" && ImportFixture.short($0.location) == "tasks.yaml:4:20" })
        #expect(prose.fix == "Give task 'triage_ticket' output_pydantic=<a Pydantic model with typed fields> (or output_json=) so what it hands on has a structure; its expected_output (tasks.yaml:4) stays the agent's instructions")
        let range = try #require(decisions.first { $0.id == "field.range" })
        #expect(ImportFixture.short(range.location) == "models.py:19:5")
        #expect(range.fix == "Bound it in the model: confidence: float = Field(ge=0, le=1), with the range it really has")
        // Without a guardrail CrewAI hands the final answer on as it is: done is fixed, like on-error.
        #expect(!decisions.contains { $0.id == "interface.done" || $0.id == "interface.on-error" })
        let handoff = try #require(document.interfaces.first { $0.from.value == "triage_ticket" && $0.to.value == "draft_reply" })
        #expect(handoff.done?.value == "first attempt: CrewAI hands on the agent's final answer unchecked (no guardrail)")
    }

    /// The usual mix-up: YAML names the config key, CrewAI looks up method names. The suggestion is a name that works.
    @Test func unknownContextSuggestsTheMethodThatReadsThatKey() throws {
        let error = try #require(throws: DocumentError.self) { try ImportFixture.load("crewai-conformance/12_broken_unknown_context") }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(error.diagnostics.count == 1)
        #expect(diagnostic.message == "task 'write' names context task 'research_task', which is no @task name of the crew (CrewAI raises KeyError); did you mean 'research'? (the @task method that reads tasks_config['research_task'])")
        #expect(diagnostic.fix == "name one of: research, write")
    }

    @Test func flowStepsStopTheFlowOnErrorAndFixesPointIntoTheFlow() throws {
        let document = try ImportFixture.load("crewai-conformance/09_flow_and_or_gate")
        let score = try ImportFixture.score(document)
        #expect(!score.interfaces.flatMap(\.decisions).contains { $0.id == "interface.on-error" })
        let handoff = try #require(score.interfaces.first { $0.name == "load_history->classify" })
        let payload = try #require(handoff.decisions.first { $0.id == "interface.payload" })
        #expect(ImportFixture.short(payload.location) == "flow.py:23:27")
        #expect(payload.fix.hasPrefix("Type what load_history hands on: a field of SupportFlow's state model"))
        #expect(document.concerns["approve"]?.isHumanGate == true)
        let route = try #require(document.interfaces.first { $0.from.value == "route" && $0.to.value == "file_bug" })
        guard case .fields(let fields)? = route.payload else {
            Issue.record("a router hands on its route")
            return
        }
        #expect(fields.map(\.name) == ["route"])
        #expect(fields[0].values == ["engineering", "support"])
    }
}
