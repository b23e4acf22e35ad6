import Foundation
import SeamsTestSupport
import Testing

/// This target's golden files under `__Golden__/` (see `GoldenComparison`).
enum GoldenFile {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Golden__")

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let mismatch = try GoldenComparison.mismatch(actual, in: directory, named: name)
        #expect(mismatch == nil, Comment(rawValue: mismatch ?? ""), sourceLocation: sourceLocation)
    }
}
