import ArgumentParser

/// The root command. Subcommands live one per file; this type only lists them.
struct SeamsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seams",
        abstract: "Plan and check the seams of a decomposition before anything executes.",
        discussion: """
        Seams measures how precisely the interfaces between modules (agents, services, teams) are \
        specified: every decision a consumer would have to guess is counted in bits (log2 of its \
        listed alternatives), located at the line that causes it, and given a fix.

        EXIT CODES
          0  passed    1  check failed    2  usage or input error

        EXAMPLES
          seams score Samples/loan-approval.yaml
          seams score Samples/loan-approval.yaml --format json
          seams explain Samples/loan-approval.yaml --interface 'intake->underwriting'
        """,

        subcommands: [ScoreCommand.self, ExplainCommand.self, PlanCommand.self, CheckCommand.self, DiffCommand.self,
                      ImportCommand.self, ExportCommand.self, SchemaCommand.self, RulesCommand.self, InitCommand.self,
                      RenderCommand.self, ReportCommand.self, BenchCommand.self, RenderWorkerCommand.self]
    )
}
