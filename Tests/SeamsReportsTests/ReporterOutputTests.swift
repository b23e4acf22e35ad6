import Foundation
import SeamsAnalyzer
import SeamsModel
import SeamsReports
import Testing

/// Each reporter of `SeamsReports` on one small document, compared with the exact text.
@Suite struct ReporterOutputTests {
    @Test func scoreText() throws {
        let (_, score) = try ReportFixture.scored()
        #expect(ScoreText.render(score) == """
        small.yaml
          open bits 2 of 15.52 (coverage 87%) · crossing weight 11.2 · 2 modules · 1 interface
          verdict: single agent — stay with a single agent: the load 2 fits one budget of 4 and no signal holds

        Interfaces (worst first)
          open  weight  cover  interface         carries
          2.00   15.52    87%  intake -> payout  inline payload

        Pairs (τ = 4 bits, ρ = 1)
          coupling  open  kind     isolation  modules
             11.20  2.00  one-way  isolate    intake <-> payout

        Modules
          load  brief  advice  module  missing from brief
           1/4    0/4  keep    intake  objective, output, tools, boundaries
           1/4    0/4  keep    payout  objective, output, tools, boundaries

          Explain the worst: seams explain small.yaml --interface 'intake->payout'

        """)
    }

    @Test func scoreJSON() throws {
        let (_, score) = try ReportFixture.scored()
        let json = ScoreJSON.render(score)
        #expect(json.hasPrefix("""
        {
          "seams": 1,
          "document": "small.yaml",
          "totals": {
            "openBits": 2,
            "exposedBits": 2,
            "weight": 15.52,
            "coverage": 0.87,
            "crossingWeight": 11.2,
            "modules": 2,
            "interfaces": 1
          },
          "artifacts": [],
          "interfaces": [
        """))
        #expect(json.contains("""
                  "id": "field.unit.money",
                  "subject": "payload.amount",
                  "bits": 2,
                  "severity": "warning",
                  "alternatives": ["major units", "minor units", "thousands", "with separate currency"],
        """))
        var streamed: [UInt8] = []
        ScoreJSON.stream(score) { streamed += $0 }
        #expect(String(decoding: streamed, as: UTF8.self) == json)
    }

    @Test func markdown() throws {
        let (document, score) = try ReportFixture.scored()
        let markdown = MarkdownReport.render(document: document, score: score)
        #expect(markdown.hasPrefix("""
        ## 🟨 Seams report: refund &lt;check&gt; &amp; "pay"

        **2 open bits** of 15.52 (coverage 87%) · crossing weight 11.2 · 2 modules · 1 interface · `small.yaml`

        **Verdict: single agent** — stay with a single agent: the load 2 fits one budget of 4 and no signal holds

        ### Interfaces, worst first

        | | interface | carries | open bits | weight | coverage |
        |---|---|---|--:|--:|--:|
        | 🟨 | intake → payout | inline payload | 2 | 15.52 | 87% |

        ### Open decisions and their fixes

        <details><summary>intake → payout — 2 bits, 1 decision</summary>

        | bits | decision | subject | where | fix |
        |--:|---|---|---|---|
        | 2 | field.unit.money | payload.amount | small.yaml:12:9 | Give amount a unit, e.g. unit: INR (major units). |

        </details>
        """))
        #expect(markdown.contains("""
        ### Workflow order

        1. intake
        2. payout
        """))
    }

    @Test func html() throws {
        let (document, score) = try ReportFixture.scored()
        let html = HTMLReport.render(document: document, score: score, diagramSVG: nil)
        #expect(html.contains("<title>Seams report: refund &lt;check&gt; &amp; &quot;pay&quot;</title>"))
        #expect(html.contains("<h1>Seams report: refund &lt;check&gt; &amp; &quot;pay&quot;</h1>"))
        #expect(html.contains("""
        <tr><td class="n"><span class="chip" style="background:#fff3bf;border-color:#d4a900">2</span></td>\
        <td>intake → payout</td><td><span class="note">inline payload</span></td><td class="n">15.52</td>\
        <td class="n">87%</td><td class="loc">small.yaml:6:5</td></tr>
        """))
        #expect(!html.contains("<check>"))
        #expect(html == HTMLReport.render(document: document, score: score, diagramSVG: nil))
    }

    @Test func diffText() throws {
        let (_, old) = try ReportFixture.scored(file: "old.yaml")
        let (_, new) = try ReportFixture.scored(ReportFixture.closed, file: "new.yaml")
        let diff = ScoreDiff(old: old, new: new)
        #expect(DiffText.render(diff).hasPrefix("seams diff: old.yaml -> new.yaml\n  open bits 2 -> 0 (-2)\n"))
        let json = DiffText.json(diff).rendered()
        #expect(json.hasPrefix("{\n  \"seams\": 1,\n"))
        #expect(json.contains("\"field.unit.money\""))
    }
}
