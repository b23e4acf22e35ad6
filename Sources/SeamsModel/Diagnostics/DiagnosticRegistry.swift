/// Every diagnostic id Seams raises, with its domain and what it means. Ids the code names in
/// Swift are static members; the rest are written as literals at their one raising site.
extension DiagnosticID {
    // io: reading and writing files
    public static let fileMissing = DiagnosticID(.io, "file.missing", "no file at the path")
    public static let ioRead = DiagnosticID(.io, "io.read", "a file exists but cannot be read")
    public static let ioWrite = DiagnosticID(.io, "io.write", "an output file cannot be written (nothing is left half-written)")
    public static let fileExists = DiagnosticID(.io, "file.exists", "an output file exists and --force was not given")
    public static let outputIsInput = DiagnosticID(.io, "output.is-input", "an output path names one of the command's inputs (refused; the input is untouched)")
    public static let limitNodes = DiagnosticID(.io, "limit.nodes", "a YAML or JSON document expands to more nodes than the limit (alias bombs)")
    // load: the document format
    public static let concernUnknown = DiagnosticID(.load, "concern.unknown", "a reference to a concern that is not declared")
    public static let moduleUnknown = DiagnosticID(.load, "module.unknown", "a reference to a module that is not declared")
    // render
    public static let renderGraphviz = DiagnosticID(.render, "render.graphviz", "Graphviz could not lay out or render the diagram")
    public static let renderLeftOut = DiagnosticID(.render, "render.left-out", "a diagram over its drawing cap: what was left out, and how to see it")
    public static let renderFormat = DiagnosticID(.render, "render.format", "the output file's extension names no format Seams renders")
    // check
    public static let checkGlob = DiagnosticID(.check, "check.glob", "a document pattern matches no file")
    // cli
    public static let ruleUnknown = DiagnosticID(.cli, "rules.unknown", "`seams rules ID` names no decision point")
    public static let usage = DiagnosticID(.cli, "cli.usage", "a command-line argument or option that the command does not accept")
    public static let interfaceArgument = DiagnosticID(.cli, "explain.interface", "`seams explain --interface` names no interface of the document")
    public static let moduleArgument = DiagnosticID(.cli, "explain.module", "`seams explain --module` names no module of the document")

    public static let registry: [DiagnosticID] = [
        fileMissing, ioRead, ioWrite, fileExists, outputIsInput, limitNodes,
        DiagnosticID(.io, "file.directory", "a directory was given where a file is read"),
        DiagnosticID(.io, "file.unreadable", "the file cannot be read"),
        DiagnosticID(.io, "file.encoding", "the file is not UTF-8"),
        DiagnosticID(.io, "limit.file-size", "the file is larger than --max-file-size"),
        DiagnosticID(.io, "limit.depth", "nesting deeper than the limit"),
        DiagnosticID(.io, "syntax.yaml", "YAML syntax error"),
        DiagnosticID(.io, "syntax.json", "JSON syntax error"),
        concernUnknown, moduleUnknown,
        DiagnosticID(.load, "document.empty", "the document is empty"),
        DiagnosticID(.load, "document.version", "`seams:` names a version this Seams does not read"),
        DiagnosticID(.load, "key.unknown", "a key the format does not define (with a did-you-mean)"),
        DiagnosticID(.load, "key.duplicate", "a key written twice in one mapping"),
        DiagnosticID(.load, "key.invalid", "a key that is not a plain name"),
        DiagnosticID(.load, "type.mismatch", "a value of the wrong kind (text where a number is expected…)"),
        DiagnosticID(.load, "value.invalid", "a value out of its allowed range"),
        DiagnosticID(.load, "id.invalid", "an id that is not a usable name"),
        DiagnosticID(.load, "artifact.unknown", "a reference to an artifact that is not declared"),
        DiagnosticID(.load, "concern.orphan", "a concern in no module"),
        DiagnosticID(.load, "concern.doubled", "a concern in two modules"),
        DiagnosticID(.load, "interface.duplicate", "an interface written twice"),
        DiagnosticID(.load, "interface.endpoint", "an interface end that names no module"),
        DiagnosticID(.load, "interface.self", "an interface from a module to itself"),
        DiagnosticID(.load, "payload.empty", "a payload with neither fields nor prose"),
        DiagnosticID(.config, "catalog.missing", "the built-in catalog is missing from the installation"),
        DiagnosticID(.config, "catalog.entry", "a catalog or project-file id that names no decision point"),
        DiagnosticID(.config, "catalog.alternatives", "a catalog entry with fewer than two alternatives"),
        DiagnosticID(.config, "measure.columns", "a line of a labelled field-name list without its four columns"),
        DiagnosticID(.import, "import.not-found", "no project of the named framework at the path"),
        DiagnosticID(.import, "import.unknown-field", "a framework field Seams does not read (a warning)"),
        DiagnosticID(.import, "import.unknown-format", "a file no importer recognises"),
        DiagnosticID(.import, "crewai.shape", "a CrewAI file of an unexpected shape"),
        DiagnosticID(.import, "crewai.no-tasks", "a CrewAI crew without tasks"),
        DiagnosticID(.import, "crewai.agent-missing", "a CrewAI task without an agent"),
        DiagnosticID(.import, "crewai.agent-unknown", "a CrewAI task names an agent that is not defined"),
        DiagnosticID(.import, "crewai.task-unknown", "a CrewAI reference to a task that is not defined"),
        DiagnosticID(.import, "crewai.context-unknown", "a CrewAI context entry names no task"),
        DiagnosticID(.import, "crewai.context-dropped", "CrewAI replaces the collected context of an asynchronous task"),
        DiagnosticID(.import, "crewai.async-no-context", "an asynchronous CrewAI task receives no context"),
        DiagnosticID(.import, "crewai.model-unknown", "an output model that is not a Pydantic model of the project"),
        DiagnosticID(.import, "crewai.listen-unknown", "a flow `listen:` names no method"),
        DiagnosticID(.import, "crewai.flow-empty", "a CrewAI flow without methods"),
        DiagnosticID(.import, "crewai.implicit-context", "CrewAI passes context nobody wrote down (implicit interfaces)"),
        DiagnosticID(.import, "adk.code-agent", "an ADK agent defined in code, not read"),
        DiagnosticID(.import, "adk.cycle", "ADK sub-agents that contain each other"),
        DiagnosticID(.import, "adk.schema-unknown", "an ADK output_schema that is not a Pydantic model of the project"),
        DiagnosticID(.import, "adk.implicit-context", "ADK passes context nobody wrote down (implicit interfaces)"),
        DiagnosticID(.import, "agent-framework.implicit-context", "Agent Framework agents share a conversation (implicit interfaces)"),
        DiagnosticID(.import, "autogen.no-participants", "an AutoGen team without participants"),
        DiagnosticID(.import, "autogen.participant", "an AutoGen participant of an unexpected shape"),
        DiagnosticID(.import, "autogen.handoff-unknown", "an AutoGen handoff to no participant"),
        DiagnosticID(.import, "autogen.structured-output", "an AutoGen structured output Seams cannot type"),
        DiagnosticID(.import, "autogen.implicit-context", "AutoGen group-chat pairs that see each other's messages (implicit interfaces)"),
        DiagnosticID(.graph, "graph.header", "a METIS/hMETIS header that is missing or malformed"),
        DiagnosticID(.graph, "graph.format", "a METIS/hMETIS fmt value Seams does not read"),
        DiagnosticID(.graph, "graph.ncon", "several vertex weights per vertex"),
        DiagnosticID(.graph, "graph.lines", "more or fewer lines than the header announces"),
        DiagnosticID(.graph, "graph.number", "a token that is not a number"),
        DiagnosticID(.graph, "graph.weight", "a weight out of range"),
        DiagnosticID(.graph, "graph.edge", "an edge to a vertex that does not exist"),
        DiagnosticID(.graph, "graph.edges", "an edge count that differs from the header"),
        DiagnosticID(.plan, "plan.empty", "a spec without concerns to plan"),
        DiagnosticID(.plan, "plan.constraints", "together/apart constraints that contradict each other"),
        DiagnosticID(.plan, "plan.infeasible", "no plan meets the budget and constraints"),
        DiagnosticID(.plan, "plan.modules", "--modules is out of range for the spec"),
        DiagnosticID(.plan, "plan.overweight", "a concern heavier than the attention budget"),
        DiagnosticID(.plan, "plan.keep", "`seams plan --keep` on a document without modules, or a pinned module that breaks a rule of the architect"),
        renderGraphviz, renderFormat, renderLeftOut,
        checkGlob,
        DiagnosticID(.check, "baseline.version", "a baseline file of a version this Seams does not read"),
        DiagnosticID(.check, "baseline.entry", "a baseline finding without its identity"),
        DiagnosticID(.check, "git.show", "`git show REF:PATH` failed for `seams diff --against`"),
        // load: inputs and the spec vocabulary (#15)
        DiagnosticID(.load, "artifact.unwritten", "a concern reads an artifact no concern writes and `inputs:` does not list (a typo, or an undeclared input)"),
        DiagnosticID(.load, "input.duplicate", "an input declared under both `inputs:` and `artifacts:`"),
        DiagnosticID(.load, "input.unread", "an input no concern reads (a warning)"),
        DiagnosticID(.load, "interface.stale", "a written interface carries an artifact its producer module does not write or its consumer does not read (a warning)"),
        DiagnosticID(.load, "input.written", "a concern writes an artifact listed as an input from outside the task (a warning)"),
        DiagnosticID(.load, "value.range", "a number outside its documented range (or inf, nan)"),
        DiagnosticID(.load, "vocabulary.unknown", "a format, unit or ordering outside the known vocabulary (a warning, with a did-you-mean)"),
        DiagnosticID(.load, "vocabulary.ordering-key", "`ordering: by KEY` names no field of the items (a warning)"),
        // import: Python and CrewAI as CrewAI runs it (#13)
        DiagnosticID(.import, "python.syntax", "a Python file Seams cannot tokenize or parse (Python itself would not load it)"),
        DiagnosticID(.import, "crewai.config-missing", "a @task or @agent method reads a YAML key the config file does not have (CrewAI raises KeyError)"),
        DiagnosticID(.import, "crewai.task-no-config", "a @task method with no YAML config and no Task(...) arguments"),
        DiagnosticID(.import, "crewai.task-duplicate", "two @task methods of one crew class with the same name"),
        DiagnosticID(.import, "crewai.duplicate-key", "a key written twice in a CrewAI YAML file"),
        DiagnosticID(.import, "crewai.task-unused", "a tasks.yaml entry no @task method uses: not a crew member (a warning)"),
        DiagnosticID(.import, "crewai.python-not-found", "a CrewAI YAML project without the crew's Python file (a warning)"),
        DiagnosticID(.import, "crewai.flow-wiring-not-found", "a CrewAI flow whose Python wiring (main.py) is missing: nothing analysed, never passed"),
        DiagnosticID(.import, "crewai.input-missing", "a {placeholder} that no kickoff(inputs=...) key fills (a warning)"),
        DiagnosticID(.import, "crewai.input-unused", "a kickoff(inputs=...) key no {placeholder} uses (a warning)"),
        DiagnosticID(.import, "crewai.expected-output-empty", "a CrewAI task with an empty expected_output"),
        DiagnosticID(.import, "crewai.version", "which CrewAI version's rules were applied (a note)"),
        DiagnosticID(.import, "crewai.output-field-unknown", "the Python that runs a crew reads a field its final output does not have"),
        DiagnosticID(.import, "crewai.raw-over-typed", "the Python that runs a crew reads the raw text of a typed output (a note)"),
        // import: LangGraph (#14)
        DiagnosticID(.import, "langgraph.graph-not-found", "no StateGraph(...) builder or @entrypoint in a LangGraph project"),
        DiagnosticID(.import, "langgraph.loop-unbounded", "a LangGraph cycle without a conditional way out and without a recursion_limit"),
        DiagnosticID(.import, "langgraph.reducer-missing", "a state key written by two nodes without a reducer (Annotated[T, reducer])"),
        DiagnosticID(.import, "langgraph.output-undeclared", "a graph without output_schema= hands every written key to its caller (a warning)"),
        DiagnosticID(.import, "langgraph.route-unresolved", "a router whose destinations cannot be read statically (a warning)"),
        DiagnosticID(.import, "langgraph.state-untyped", "a state schema Seams cannot read as typed fields (a warning)"),
        DiagnosticID(.import, "langgraph.unknown-key", "a node reads or writes a key the state schema does not declare"),
        DiagnosticID(.import, "langgraph.unresolved-read", "a node whose reads cannot be followed: counted as reading the whole state (a lower bound)"),
        DiagnosticID(.import, "langgraph.unresolved-write", "a node whose writes cannot be followed (a warning)"),
        DiagnosticID(.import, "langgraph.untyped-field", "a state key without a type annotation (a warning)"),
        DiagnosticID(.import, "langgraph.untyped-task", "a functional-API @task without parameter or return annotations (a warning)"),
        DiagnosticID(.import, "langgraph.agent-output-untyped", "create_react_agent without response_format=: free-text output (a warning)"),
        // import: OpenAI Agents SDK (#14)
        DiagnosticID(.import, "openai-agents.entry-missing", "no Runner.run(...): the agents nobody hands off to are taken as the start (a warning)"),
        DiagnosticID(.import, "openai-agents.handoff-untyped", "a handoff without input_type=: only the conversation passes (a warning)"),
        DiagnosticID(.import, "openai-agents.output-untyped", "an agent without output_type=: its answer is free text (a warning)"),
        DiagnosticID(.import, "openai-agents.output-unknown", "an output_type that is not a model of the project (a warning)"),
        DiagnosticID(.import, "openai-agents.unknown-agent", "a handoff or tool names an agent that is not defined"),
        // render
        DiagnosticID(.render, "render.failed", "Graphviz crashed or failed in the render worker (the process survives; the view is named)"),
        DiagnosticID(.render, "render.timeout", "the render worker ran past SEAMS_RENDER_TIMEOUT seconds and was stopped (the view is named)"),
        ruleUnknown, usage, interfaceArgument, moduleArgument,
    ]
}
