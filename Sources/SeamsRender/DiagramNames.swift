import SeamsAnalyzer
import SeamsModel

/// The name a diagram shows for its document.
enum DiagramNames {
    static func title(_ document: Document, _ score: DocumentScore) -> String {
        if let name = document.name, !name.isEmpty { return name }
        let file = score.document.split(separator: "/").last.map(String.init) ?? score.document
        return file
    }
}
