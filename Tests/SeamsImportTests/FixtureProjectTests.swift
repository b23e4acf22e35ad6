import Foundation
import SeamsTestSupport
import Testing

/// A fixture with a `base` file is its base project with its own files over it, for the length of one use.
@Suite struct FixtureProjectTests {
    static func files(below folder: String) -> [String] {
        let walk = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
        return walk.filter { relative in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: "\(folder)/\(relative)", isDirectory: &isFolder) && !isFolder.boolValue
        }.sorted()
    }

    @Test func theFixturesOwnFilesWinOverItsBaseAndTheBaseFileIsNotPartOfTheProject() throws {
        let fixture = ImportFixture.path("crewai-conformance/14_broken_missing_config")
        let base = ImportFixture.path("crewai-conformance/_base/crew_to_break")
        var used = ""
        try FixtureProject.withProject(at: fixture) { folder in
            used = folder
            #expect((folder as NSString).lastPathComponent == "14_broken_missing_config")
            #expect(Self.files(below: folder) == ["config/agents.yaml", "config/tasks.yaml", "crew.py", "expected.txt"])
            let tasks = try String(contentsOfFile: "\(folder)/config/tasks.yaml", encoding: .utf8)
            #expect(tasks == (try String(contentsOfFile: "\(fixture)/config/tasks.yaml", encoding: .utf8)))
            #expect(tasks != (try String(contentsOfFile: "\(base)/config/tasks.yaml", encoding: .utf8)))
            let crew = try String(contentsOfFile: "\(folder)/crew.py", encoding: .utf8)
            #expect(crew == (try String(contentsOfFile: "\(base)/crew.py", encoding: .utf8)))
        }
        #expect(!used.isEmpty && !FileManager.default.fileExists(atPath: used))
    }

    @Test func aFixtureWithoutABaseIsItsOwnFolder() throws {
        let fixture = ImportFixture.path("crewai-conformance/20_async_tasks")
        #expect(try FixtureProject.withProject(at: fixture) { $0 } == fixture)
    }

    @Test func aBaseThatIsNotThereIsAnError() throws {
        let fixture = try TemporaryFolder("fixture-test", files: ["case/base": "no_such_base\n", "case/crew.py": ""])
        defer { fixture.remove() }
        #expect(throws: FixtureProject.MissingBase.self) {
            try FixtureProject.withProject(at: fixture.appending("case").path) { _ in }
        }
    }
}
