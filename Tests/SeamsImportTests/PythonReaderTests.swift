import SeamsImport
import SeamsModel
import Testing

/// The Python reader CrewAI (and later LangGraph and OpenAI Agents SDK) importers share: a real
/// tokenizer and a statement parser, never regular expressions over raw text.
@Suite struct PythonReaderTests {
    static func tokens(_ text: String) throws -> [String] {
        try PythonTokenizer.tokenize(text, file: "t.py").map { token in
            switch token.kind {
            case .newline: "NL"
            case .indent: "IN"
            case .dedent: "DE"
            case .endOfFile: "EOF"
            default: token.text
            }
        }
    }

    @Test func commentsStringsAndLayout() throws {
        let source = """
        x = 1  # process=Process.hierarchical
        s = '''a
        # not a comment'''
        t = f"{y!r:>{w}} {{z}}" + rb'\\d'
        if (a and
                b): \\
            pass
        """
        #expect(try Self.tokens(source) == [
            "x", "=", "1", "NL",
            "s", "=", "'''a\n# not a comment'''", "NL",
            "t", "=", "f\"{y!r:>{w}} {{z}}\"", "+", "rb'\\d'", "NL",
            "if", "(", "a", "and", "b", ")", ":", "pass", "NL", "EOF",
        ])
    }

    @Test func fStringsMayHoldTheirOwnQuoteInReplacementFields() throws {
        let tokens = try PythonTokenizer.tokenize("v = f\"{d[\"k\"]} and {e}\"\n", file: "t.py")
        #expect(tokens[2].kind == .string)
        #expect(tokens[2].stringValue == "{d[\"k\"]} and {e}")
        #expect(tokens[2].isFormatted)
    }

    @Test(arguments: [
        ("def f(x) pass\n", "t.py:1:10", "expected ':' after the function header"),
        ("f(a b)\n", "t.py:1:5", "expected ',' or ')' in the argument list"),
        ("x = (1,\ny = 2\n", "t.py:1:5", "'(' was never closed"),
        ("s = 'abc\n", "t.py:1:5", "unterminated string literal"),
        ("s = \"\"\"abc\n", "t.py:1:5", "unterminated triple-quoted string literal"),
        ("if x:\n        a = 1\n    b = 2\n", "t.py:3:5", "unindent does not match any outer indentation level"),
        ("x = 1)\n", "t.py:1:6", "unmatched ')'"),
        ("class A\n    pass\n", "t.py:1:8", "expected ':' after the class header"),
        ("@task\nx = 1\n", "t.py:2:1", "expected 'def' or 'class' after a decorator"),
    ])
    func syntaxErrorsAreLocated(source: String, location: String, message: String) throws {
        let error = try #require(throws: PythonSyntaxError.self) { try PythonModule.parse(source, file: "t.py") }
        #expect("\(error.location)" == location)
        #expect(error.message.hasPrefix(message))
    }

    @Test func classesDecoratorsCallsAndKeywords() throws {
        let module = try PythonModule.parse("""
        from crewai.project import CrewBase, task

        @CrewBase
        class Crew1(Base, metaclass=M):
            \"\"\"@task in a docstring is not a decorator.\"\"\"
            tasks_config = "config/t.yaml"

            @task
            def research(self) -> Task:
                return Task(config=self.tasks_config["research"], context=[self.a(), self.b()],
                            output_pydantic=Report)

            async def other(self, x, *args, y=1, **kw):
                result = await Other().crew().kickoff_async(inputs={"k": x.raw})
        """, file: "crew.py")
        #expect(module.imports("crewai"))
        let definition = try #require(module.classes.first)
        #expect(definition.name == "Crew1")
        #expect(definition.decorators.map(\.lastName) == ["CrewBase"])
        #expect(definition.bases.map(\.keyword) == [nil, "metaclass"])
        #expect(definition.methods.map(\.name) == ["research", "other"])
        let research = definition.methods[0]
        #expect(research.decorator("task") != nil)
        #expect(research.returnAnnotation == "Task")
        let call = try #require(research.body.calls.first?.asCall)
        #expect(call.callee.lastName == "Task")
        #expect(call.arguments.map(\.keyword) == ["config", "context", "output_pydantic"])
        #expect(call.arguments.keyword("context")?.value.elements?.compactMap { $0.asCall?.callee.dottedName } == ["self.a", "self.b"])
        #expect("\(call.arguments.keyword("output_pydantic")!.location)" == "crew.py:11:21")
        let other = definition.methods[1]
        #expect(other.isAsync)
        #expect(other.parameters == ["self", "x", "args", "y", "kw"])
        #expect(other.body.calls.compactMap { $0.asCall?.callee.dottedName } == ["Other().crew().kickoff_async", "Other().crew", "Other"])
    }
}
