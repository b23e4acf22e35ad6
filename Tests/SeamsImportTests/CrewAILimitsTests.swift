import Foundation
import OrderedCollections
import SeamsImport
import SeamsModel
import SeamsTestSupport
import Testing

/// Inputs that used to grow super-linearly (issue #11, item 3): sizes and structure are asserted, never time.
@Suite struct CrewAILimitsTests {
    /// Two tasks of one worker, `a` handing on to `b`.
    static let twoTasks = [GeneratedCrew.CrewTask(name: "a", description: "A.", expectedOutput: "A."),
                           GeneratedCrew.CrewTask(name: "b", description: "B.", expectedOutput: "B.")]

    @Test func implicitContextOfALargeCrewGoesThroughOneAggregatedContext() throws {
        let tasks = (0..<70).map { GeneratedCrew.CrewTask(name: "t\($0)", description: "Step \($0).", expectedOutput: "Result \($0).") }
        let folder = try GeneratedCrew(agent: "worker", tasks: tasks).write("large")
        defer { folder.remove() }
        let document = try FrameworkImport.load(path: folder.path, from: .crewai)
        // 70 × 69 / 2 = 2,415 implicit pairs, over the 2,000 limit: t0…t68 → task_outputs → t1…t69.
        #expect(document.modules.count == 71)
        #expect(document.modules["task_outputs"] != nil)
        #expect(document.interfaces.count == 138)
        #expect(document.interfaces.allSatisfy { $0.implicitRule == "crewai.implicit-context" })
        #expect(document.implicitContextPairs == 2_415)
        let last = try #require(document.interfaces.first { $0.to.value == "t69" })
        #expect(last.from.value == "task_outputs")
    }

    @Test func aSelfReferencingModelIsExpandedOnce() throws {
        var tasks = Self.twoTasks
        tasks[0].expectedOutput = "A tree."
        tasks[0].arguments = ["output_pydantic=Node"]
        let crew = GeneratedCrew(agent: "worker", tasks: tasks, crewClass: "Tree",
                                 imports: ["from __future__ import annotations", "from typing import Optional", "from pydantic import BaseModel"],
                                 models: """
                                 class Node(BaseModel):
                                     name: str
                                     left: Optional[Node] = None
                                     right: "Optional[Node]" = None
                                     children: list[Node] = []
                                 """)
        let folder = try crew.write("selfref")
        defer { folder.remove() }
        let document = try FrameworkImport.load(path: folder.path, from: .crewai)
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
        let folder = try GeneratedCrew(agent: "worker", tasks: Self.twoTasks).write("links")
        defer { folder.remove() }
        let path = folder.path
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
