import Foundation

/// A fixture project as the code under test sees it. A fixture that would repeat another's files byte
/// for byte keeps only the files that make its case, plus a one-line `base` file naming a shared project
/// in the `_base/` folder beside it; the project is that base with the fixture's own files over it.
public enum FixtureProject {
    /// The file in a fixture folder that names its base project.
    public static let baseFile = "base"
    /// The folder, beside the fixtures, that holds the shared base projects.
    public static let baseFolder = "_base"

    /// A `base` file names a folder that is not there.
    public struct MissingBase: Error, CustomStringConvertible {
        public let path: String
        public var description: String { "fixture base project \(path) does not exist" }
    }

    /// Runs `body` on the whole project of the fixture at `path`. Without a `base` file that is `path`
    /// itself; with one, the base's files and then the fixture's own (which win) are copied into a
    /// temporary folder of the fixture's name, removed when `body` returns.
    public static func withProject<Result>(at path: String, _ body: (String) throws -> Result) throws -> Result {
        let fixture = URL(fileURLWithPath: path)
        let note = fixture.appendingPathComponent(baseFile)
        guard FileManager.default.fileExists(atPath: note.path) else { return try body(path) }
        let name = try String(contentsOf: note, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let base = fixture.deletingLastPathComponent().appendingPathComponent(baseFolder).appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: base.path) else { throw MissingBase(path: base.path) }
        let scratch = try TemporaryFolder("fixture")
        defer { scratch.remove() }
        let project = scratch.appending(fixture.lastPathComponent)
        try copyFiles(of: base, into: project)
        try copyFiles(of: fixture, into: project, except: baseFile)
        return try body(project.path)
    }

    /// Copies every file below `source` (except the top-level `skipped`) to the same place below
    /// `destination`, replacing a file already there.
    static func copyFiles(of source: URL, into destination: URL, except skipped: String? = nil) throws {
        let files = FileManager.default
        guard let walk = files.enumerator(atPath: source.path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: source.path])
        }
        for case let relative as String in walk where relative != skipped {
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: source.appendingPathComponent(relative).path, isDirectory: &isFolder),
                  !isFolder.boolValue else { continue }
            let target = destination.appendingPathComponent(relative)
            try files.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            if files.fileExists(atPath: target.path) { try files.removeItem(at: target) }
            try files.copyItem(at: source.appendingPathComponent(relative), to: target)
        }
    }
}
