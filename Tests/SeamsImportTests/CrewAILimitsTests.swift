import Foundation
import OrderedCollections
import SeamsImport
import SeamsModel
import Testing

/// Inputs that used to grow super-linearly (issue #11, item 3): sizes and structure are asserted, never time.
@Suite struct CrewAILimitsTests {
    /// A fresh folder under the temporary directory, removed by the caller.
    static func folder(_ name: String) throws -> String {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("seams-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: (path as NSString).appendingPathComponent("config"), withIntermediateDirectories: true)
        try "worker:\n  role: Worker\n  goal: Work\n  backstory: Works.\n".write(toFile: "\(path)/config/agents.yaml", atomically: true, encoding: .utf8)
        return path
    }

    @Test func implicitContextOfALargeCrewGoesThroughOneAggregatedContext() throws {
        let path = try Self.folder("large")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let tasks = (0..<70).map { "t\($0):\n  description: Step \($0).\n  expected_output: Result \($0).\n  agent: worker\n" }.joined()
        try tasks.write(toFile: "\(path)/config/tasks.yaml", atomically: true, encoding: .utf8)
        let document = try FrameworkImport.load(path: path, from: .crewai)
        // 70 × 69 / 2 = 2,415 implicit pairs, over the 2,000 limit: t0…t68 → task_outputs → t1…t69.
        #expect(document.modules.count == 71)
        #expect(document.modules["task_outputs"] != nil)
        #expect(document.interfaces.count == 138)
        #expect(document.interfaces.allSatisfy { $0.implicitRule == "crewai.implicit-context" })
        #expect(FrameworkImport.implicitContextCount(in: document) == 2_415)
        let last = try #require(document.interfaces.first { $0.to.value == "t69" })
        #expect(last.from.value == "task_outputs")
    }

    @Test func aSelfReferencingModelIsExpandedOnce() throws {
        let path = try Self.folder("selfref")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "a:\n  description: A.\n  expected_output: A tree.\n  agent: worker\nb:\n  description: B.\n  expected_output: B.\n  agent: worker\n"
            .write(toFile: "\(path)/config/tasks.yaml", atomically: true, encoding: .utf8)
        try """
        from __future__ import annotations
        from typing import Optional
        from crewai import Agent, Task
        from crewai.project import CrewBase, agent, task
        from pydantic import BaseModel


        class Node(BaseModel):
            name: str
            left: Optional[Node] = None
            right: "Optional[Node]" = None
            children: list[Node] = []


        @CrewBase
        class Tree:
            @agent
            def worker(self) -> Agent:
                return Agent(config=self.agents_config["worker"])

            @task
            def a(self) -> Task:
                return Task(config=self.tasks_config["a"], output_pydantic=Node)

            @task
            def b(self) -> Task:
                return Task(config=self.tasks_config["b"])

        """.write(toFile: "\(path)/crew.py", atomically: true, encoding: .utf8)
        let document = try FrameworkImport.load(path: path, from: .crewai)
        let handoff = try #require(document.interfaces.first { $0.from.value == "a" })
        guard case .fields(let fields)? = handoff.payload else {
            Issue.record("a hands on Node's fields")
            return
        }
        #expect(fields.map(\.name) == ["name", "left", "right", "children"])
        // Node inside Node is an object whose fields are not repeated.
        #expect(fields[1].type == .object && fields[1].fields == nil && fields[1].required == false)
        #expect(fields[2].type == .object && fields[2].fields == nil)
        #expect(fields[3].type == .array && fields[3].items?.value.type == .object && fields[3].items?.value.fields == nil)
    }

    @Test func symbolicLinksToTheProjectAreFollowedOnce() throws {
        let path = try Self.folder("links")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "a:\n  description: A.\n  expected_output: A.\n  agent: worker\nb:\n  description: B.\n  expected_output: B.\n  agent: worker\n"
            .write(toFile: "\(path)/config/tasks.yaml", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: "\(path)/self", withDestinationPath: ".")
        try FileManager.default.createDirectory(atPath: "\(path)/deep", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: "\(path)/deep/back", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: "\(path)/outside", withDestinationPath: NSTemporaryDirectory())
        let document = try FrameworkImport.load(path: path, from: .crewai)
        // One crew: config/ is read once, not again through self/, deep/back/ or outside/.
        #expect(document.modules.keys.sorted() == ["a", "b"])
        #expect(document.interfaces.map { "\($0.from.value)->\($0.to.value)" } == ["a->b"])
    }
}
