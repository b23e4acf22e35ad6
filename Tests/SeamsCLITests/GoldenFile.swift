import Foundation
import Testing

/// Compares output with its golden file. An output that `make reports` also writes is compared with
/// that file in `Reports/` (one golden pipeline: regenerate with `make reports`); any other lives
/// under `__Golden__/`, where `RECORD_GOLDEN=1` rewrites it.
enum GoldenFile {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Golden__")
    static let reports = ProcessRunner.packageRoot.appendingPathComponent("Reports")

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let report = reports.appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: report.path) {
            let expected = try String(contentsOf: report, encoding: .utf8)
            #expect(actual == expected, "\(name) differs from Reports/\(name); `make reports` regenerates it", sourceLocation: sourceLocation)
            return
        }
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from its golden file; RECORD_GOLDEN=1 swift test rewrites it", sourceLocation: sourceLocation)
    }
}
