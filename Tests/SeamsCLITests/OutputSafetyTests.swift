import SeamsTestSupport
import Foundation
import Testing

/// Outputs never destroy inputs, symlinked outputs are written through, and a write that fails
/// is a located error like every other.
@Suite("Output safety")
struct OutputSafetyTests {
    /// A fresh folder holding a copy of the loan-approval sample as `doc.yaml`.
    private func folderWithDocument() throws -> TemporaryFolder {
        let folder = try TemporaryFolder("output")
        try FileManager.default.copyItem(at: ProcessRunner.packageRoot.appendingPathComponent("Samples/loan-approval.yaml"),
                                         to: folder.appending("doc.yaml"))
        return folder
    }

    private func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test("no command writes over its input, by any name", arguments: [
        (["check", "DOC", "-o", "DOC"], "DOC", "the output is the input DOC; writing would destroy it"),
        (["check", "DOC", "--format", "sarif", "-o", "LINK"], "LINK", "the output is the input DOC (the same file); writing would destroy it"),
        (["check", "DOC", "--write-baseline", "DIR/sub/../doc.yaml"], "DIR/sub/../doc.yaml",
         "the output is the input DOC (the same file); writing would destroy it"),
        (["render", "DOC", "-o", "DIR/doc.yaml.svg", "--config", "DIR/doc.yaml.svg"], "DIR/doc.yaml.svg",
         "the output is the input DIR/doc.yaml.svg; writing would destroy it"),
        (["plan", "DOC", "-o", "DOC", "--force"], "DOC", "the output is the input DOC; writing would destroy it"),
        (["plan", "LINK", "-o", "DOC"], "DOC", "the output is the input LINK (the same file); writing would destroy it"),
    ])
    func outputIsInput(arguments: [String], output: String, message: String) throws {
        let folder = try folderWithDocument()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.appending("sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appending("link.yaml").path, withDestinationPath: "doc.yaml")
        // render's --config names a valid project file here, so the refusal is about the output alone.
        try Data("seams: 1\n".utf8).write(to: folder.appending("doc.yaml.svg"))
        func expand(_ text: String) -> String {
            text.replacingOccurrences(of: "DOC", with: folder.appending("doc.yaml").path)
                .replacingOccurrences(of: "LINK", with: folder.appending("link.yaml").path)
                .replacingOccurrences(of: "DIR", with: folder.path)
        }
        let document = folder.appending("doc.yaml").path
        let before = bytes(document)
        let configBefore = bytes(folder.appending("doc.yaml.svg").path)
        let run = try ProcessRunner.run(arguments.map(expand))
        #expect(run.status == 2)
        #expect(run.stderr == "\(expand(output)):1:1: error: \(expand(message)) — write to another file, e.g. a name with .out before the extension\n")
        #expect(bytes(document) == before)
        #expect(bytes(folder.appending("doc.yaml.svg").path) == configBefore)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test("a symlinked output is written through to its target and stays a link")
    func symlinkWrittenThrough() throws {
        let folder = try folderWithDocument()
        defer { folder.remove() }
        let targets = folder.appending("targets")
        try FileManager.default.createDirectory(at: targets, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: targets.appendingPathComponent("out.dot"))
        let link = folder.appending("out.dot").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "targets/out.dot")
        let run = try ProcessRunner.run(["render", folder.appending("doc.yaml").path, "-o", link])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "targets/out.dot")
        let written = String(decoding: bytes(targets.appendingPathComponent("out.dot").path) ?? Data(), as: UTF8.self)
        #expect(written.hasPrefix("digraph"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: targets.path) == ["out.dot"])
    }

    @Test("a failed write is located at the output path, exit 2, nothing written", arguments: [
        ["render", "DOC", "-o", "DIR/file/out.svg"],
        ["report", "DOC", "-o", "DIR/file"],
        ["check", "DOC", "-o", "DIR/file/out.txt"],
        ["schema", "-o", "DIR/file/schema.json"],
        ["plan", "DOC", "-o", "DIR/file/plan.yaml"],
    ])
    func failedWriteIsLocated(arguments: [String]) throws {
        let folder = try folderWithDocument()
        defer { folder.remove() }
        try Data("a regular file, not a folder".utf8).write(to: folder.appending("file"))
        let expanded = arguments.map {
            $0.replacingOccurrences(of: "DOC", with: folder.appending("doc.yaml").path).replacingOccurrences(of: "DIR", with: folder.path)
        }
        let run = try ProcessRunner.run(expanded)
        #expect(run.status == 2)
        let output = arguments[0] == "report" ? "\(folder.path)/file/doc.report.md" : expanded[expanded.count - 1]
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.last == "\(output):1:1: error: cannot write the file: cannot create the folder \(folder.path)/file — "
                + "check that the folder exists and is writable, or choose another output path")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["doc.yaml", "file"])
    }

    @Test("text added to a plan's hash line counts as an edit: plan -o keeps the file")
    func hashLineEditsSurvive() throws {
        let folder = try folderWithDocument()
        defer { folder.remove() }
        let spec = ProcessRunner.packageRoot.appendingPathComponent("Samples/meeting-notes.yaml").path
        let plan = folder.appending("plan.yaml").path
        #expect(try ProcessRunner.run(["plan", spec, "-o", plan]).status == 0)
        // Unedited: written again without --force.
        #expect(try ProcessRunner.run(["plan", spec, "-o", plan]).status == 0)
        var text = String(decoding: bytes(plan) ?? Data(), as: UTF8.self)
        let newline = try #require(text.firstIndex(of: "\n"))
        text.insert(contentsOf: " reviewed by Asha", at: newline)
        try Data(text.utf8).write(to: URL(fileURLWithPath: plan))
        let refused = try ProcessRunner.run(["plan", spec, "-o", plan])
        #expect(refused.status == 2)
        #expect(refused.stderr == "\(plan):1:1: error: the file was edited since Seams wrote it (or Seams did not write it) — "
                + "pass --force to overwrite it, or choose another -o file\n")
        #expect(String(decoding: bytes(plan) ?? Data(), as: UTF8.self) == text)
        #expect(try ProcessRunner.run(["plan", spec, "-o", plan, "--force"]).status == 0)
        #expect(!String(decoding: bytes(plan) ?? Data(), as: UTF8.self).contains("Asha"))
    }
}
