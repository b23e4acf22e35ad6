import OrderedCollections
import SeamsAnalyzer
import SeamsArchitect
import SeamsModel
@testable import SeamsArchitect
@testable import SeamsPartitioning
import Testing

/// METIS and hMETIS reading, located errors, and the round trip through a spec.
struct GraphFormatTests {
    @Test func metisGraphBecomesSpecWithWeights() throws {
        let text = "% a triangle and a tail\n4 4 11\n2 2 3 3 5\n1 1 3 3 4\n1 1 5 2 4 4 1\n1 3 1\n"
        let graph = try GraphImporter.metis(text: text, file: "t.graph")
        #expect(graph.vertexWeights == [2, 1, 1, 1])
        #expect(graph.nets == [[0, 1], [0, 2], [1, 2], [2, 3]])
        #expect(graph.netWeights == [3, 5, 4, 1])
        let yaml = YAMLWriter.render(GraphImporter.spec(graph, name: "t"))
        let document = try DocumentLoader().load(text: yaml, file: "t.yaml")
        #expect(document.concerns.keys.elementsEqual(["v1", "v2", "v3", "v4"]))
        #expect(document.concerns["v1"]?.load == 2)
        // Unit weights are stated too, so no load is derived from a vertex's nets.
        #expect(document.concerns.values.map(\.statedLoad) == [2, 1, 1, 1])
        #expect(document.artifacts["e2"]?.weight == 5)
        // A graph has no direction: nothing is written, so the plan keeps the plain objective.
        #expect(document.concerns.values.allSatisfy { $0.writes.isEmpty })
        let problem = SpecHypergraph(document: document, score: SpecFixtures.analyzer.score(document), budget: 2, modules: nil).problem
        #expect(!problem.constraints.isDirected)
        #expect(problem.hypergraph.netCount == 4)
    }

    @Test(arguments: [
        ("3 2\n2\n1 3\n2 9\n", "g.graph:4:3", "graph.edge"),
        ("3 5\n2\n1 3\n2\n", "g.graph:1:3", "graph.edges"),
        ("3 2 1\n2 1\n1 1 3\n2 1\n", "g.graph:3:5", "graph.edge"),
        ("3 2\n2\n1 x\n2\n", "g.graph:3:3", "graph.number"),
        ("2 1 7\n2\n1\n", "g.graph:1:5", "graph.format"),
        // Counts and weights beyond the documented limits (a huge header must not allocate; weights must load as a spec).
        ("99999999999999999999 1\n2\n1\n", "g.graph:1:1", "graph.number"),
        ("2 1 1\n2 1000001\n1 1000001\n", "g.graph:2:3", "graph.number"),
        ("2 1 10\n9223372036854775807 2\n1 1\n", "g.graph:2:1", "graph.number"),
    ])
    func malformedMetisIsLocated(text: String, location: String, id: String) {
        do {
            _ = try GraphImporter.metis(text: text, file: "g.graph")
            Issue.record("expected an error at \(location)")
        } catch {
            #expect(error.diagnostics.map(\.location.description) == [location])
            #expect(error.diagnostics.map(\.id) == [id])
        }
    }

    @Test func hugeHMetisCountsAreLocatedErrors() {
        for (text, location) in [("1 99999999999999\n1 2\n", "h.hgr:1:3"), ("9223372036854775807 9223372036854775807\n", "h.hgr:1:1")] {
            do {
                _ = try GraphImporter.hmetis(text: text, file: "h.hgr")
                Issue.record("expected an error at \(location)")
            } catch {
                #expect(error.diagnostics.map(\.location.description) == [location])
                #expect(error.diagnostics.map(\.id) == ["graph.number"])
            }
        }
    }

    @Test func hmetisRoundTripsThroughExport() throws {
        let text = "3 4 11\n2 1 2 3\n1 3 4\n5 1 4\n1\n2\n1\n3\n"
        let graph = try GraphImporter.hmetis(text: text, file: "h.hgr")
        #expect(graph.nets == [[0, 1, 2], [2, 3], [0, 3]])
        #expect(graph.netWeights == [2, 1, 5])
        #expect(graph.vertexWeights == [1, 2, 1, 3])
        let hypergraph = Hypergraph(vertexWeights: graph.vertexWeights.map(Double.init), nets: graph.nets, netWeights: graph.netWeights.map(Double.init))
        let exported = HMetisExporter.render(hypergraph, concernIDs: ["v1", "v2", "v3", "v4"])
        let again = try GraphImporter.hmetis(text: exported, file: "again.hgr")
        #expect(again == graph)
    }

    @Test func malformedHmetisIsLocated() {
        do {
            _ = try GraphImporter.hmetis(text: "2 3\n1 2\n1 4\n", file: "h.hgr")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.location.description) == ["h.hgr:3:3"])
        }
    }
}
