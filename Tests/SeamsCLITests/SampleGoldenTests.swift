import Foundation
import Testing
import SeamsTestSupport

/// Every bundled sample, scored through the binary.
let sampleDocuments: [String] = {
    let samples = ProcessRunner.packageRoot.appendingPathComponent("Samples")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }.sorted()
}()

@Suite("Samples")
struct SampleGoldenTests {
    @Test("the samples are there")
    func samplesExist() {
        #expect(sampleDocuments.count >= 7)
    }

    @Test("JSON matches the golden file", arguments: sampleDocuments)
    func goldenJSON(_ sample: String) throws {
        let run = try ProcessRunner.run(["score", "Samples/\(sample)", "--format", "json"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        try GoldenFile.check(run.stdout, named: sample.replacingOccurrences(of: ".yaml", with: ".score.json"))
    }

    @Test("text matches the golden file", arguments: sampleDocuments)
    func goldenText(_ sample: String) throws {
        let run = try ProcessRunner.run(["score", "Samples/\(sample)"])
        #expect(run.status == 0)
        try GoldenFile.check(run.stdout, named: sample.replacingOccurrences(of: ".yaml", with: ".score.txt"))
    }

    @Test("scoring twice gives byte-identical output", arguments: sampleDocuments)
    func deterministic(_ sample: String) throws {
        let first = try ProcessRunner.run(["score", "Samples/\(sample)", "--format", "json"])
        let second = try ProcessRunner.run(["score", "Samples/\(sample)", "--format", "json"])
        #expect(first.stdout == second.stdout)
        let explainFirst = try ProcessRunner.run(["explain", "Samples/\(sample)"])
        let explainSecond = try ProcessRunner.run(["explain", "Samples/\(sample)"])
        #expect(explainFirst.stdout == explainSecond.stdout)
    }
}
