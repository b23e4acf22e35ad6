import Foundation
import OrderedCollections
import SeamsAnalyzer
import SeamsImport
import SeamsModel
import SeamsTestSupport
import SeamsWorkspace
import Testing

/// The one loader of every command: detection, `--from`, and where `.seams.yml` is found.
@Suite struct WorkspaceTests {
    static let crew = PackageRoot.appending("Tests/SeamsImportTests/Fixtures/crewai/support_crew").path

    @Test func aDocumentIsReadUnderTheProjectFileBesideIt() throws {
        let root = try TemporaryFolder("workspace", files: ["plan.yaml": RuleExample.payloadDocument("price: { type: number }"),
                               ".seams.yml": "seams: 1\nbudget: { attention: 7 }\n"])
        defer { root.remove() }
        let path = root.appending("plan.yaml").path
        #expect(Workspace.discoverProjectFile(for: path) == root.appending(".seams.yml").path)
        let loaded = try Workspace().load(path)
        #expect(loaded.project.attention == 7)
        #expect(try loaded.score().policy.attention == 7)
    }

    @Test func aProjectFolderIsReadUnderTheProjectFileInsideIt() throws {
        let root = try TemporaryFolder("workspace", files: ["crew/.seams.yml": "seams: 1\nbudget: { attention: 9 }\n", ".seams.yml": "seams: 1\nbudget: { attention: 3 }\n"])
        defer { root.remove() }
        let crew = root.appending("crew").path
        #expect(Workspace.discoverProjectFile(for: crew) == crew + "/.seams.yml")
        #expect(Workspace.discoverProjectFile(for: crew + "/") == crew + "/.seams.yml")
    }

    @Test func configWinsOverDiscovery() throws {
        let root = try TemporaryFolder("workspace", files: ["plan.yaml": RuleExample.payloadDocument("price: { type: number }"),
                               ".seams.yml": "seams: 1\nbudget: { attention: 7 }\n", "other.yml": "seams: 1\nbudget: { attention: 2 }\n"])
        defer { root.remove() }
        let other = root.appending("other.yml").path
        let loaded = try Workspace(configPath: other).load(root.appending("plan.yaml").path)
        #expect(loaded.project.attention == 2)
        #expect(loaded.project.file == other)
        #expect(try Workspace(configPath: other).projectConfig().attention == 2)
        #expect(try Workspace().projectConfig().file == nil)
    }

    @Test func aFrameworkProjectIsDetectedOrForced() throws {
        let detected = try Workspace().load(Self.crew)
        let forced = try Workspace(framework: .crewai).load(Self.crew)
        #expect(detected.document.concerns.keys == forced.document.concerns.keys)
        #expect(Array(forced.document.concerns.keys).count == 4)
        #expect(throws: DocumentError.self) { try Workspace(framework: .autogen).load(Self.crew) }
    }

    @Test func theVocabularyOfTheProjectFileWarnsOnce() throws {
        let root = try TemporaryFolder("workspace", files: ["plan.yaml": RuleExample.payloadDocument("when: { type: string, format: fortnight }"),
                               ".seams.yml": "seams: 1\nvocabulary: { format: [fortnight] }\n"])
        defer { root.remove() }
        let path = root.appending("plan.yaml").path
        let known = try Workspace().load(path)
        let unknown = try Workspace().load(path, project: ProjectConfig())
        #expect(known.document.warnings.filter { $0.id == "vocabulary.unknown" }.isEmpty)
        #expect(unknown.document.warnings.map(\.id) == ["vocabulary.unknown"])
    }

    @Test func theAnalyzerReadsOnlyScoringSettings() throws {
        let project = try Scoring.projectConfig("seams: 1\nbudget: { attention: 5 }\npolicy: { isolate-max-open-bits: 3 }\ncheck: { max-open-bits: 1 }\n")
        #expect(project.scoringSettings.attention == 5)
        #expect(project.scoringSettings.policy.isolateMaxOpenBits == 3)
        #expect(try ScoringSession.analyzer(for: project).settings.attention == 5)
    }

    @Test func inputFilesNameEveryProjectFileThatMayApply() throws {
        let root = try TemporaryFolder("workspace", files: ["plan.yaml": "x", ".seams.yml": "seams: 1\n"])
        defer { root.remove() }
        let path = root.appending("plan.yaml").path
        #expect(Workspace(configPath: "c.yml").inputFiles(of: path) == [path, "c.yml", root.appending(".seams.yml").path])
    }
}
