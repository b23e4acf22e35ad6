import Foundation
import SeamsModel

/// The annotated parameters of a `def`, read again from the file's tokens: the shared parser keeps
/// only parameter names, and a `@task`'s annotations are what types the arguments it is handed.
struct PythonParameter {
    var name: String
    var annotation: String?
    var hasDefault: Bool
    var location: SourceLocation
}

extension PythonProjectSources {
    /// The parameters of `function` (without `self`/`cls`, `*args`, `**kwargs`), or [] when its file cannot be read again.
    func parameters(of function: PythonFunction) -> [PythonParameter] {
        guard let text = texts[function.location.file],
              let tokens = try? PythonTokenizer.tokenize(text, file: function.location.file),
              let nameIndex = tokens.firstIndex(where: { $0.line == function.location.line && $0.column == function.location.column }),
              nameIndex + 1 < tokens.count else { return [] }
        var index = nameIndex + 1
        if tokens[index].is("[") { index = Self.skipGroup(tokens, from: index) }
        guard index < tokens.count, tokens[index].is("(") else { return [] }
        var parameters: [PythonParameter] = []
        var depth = 0
        var current: (token: PythonToken, annotationStart: Int?, hasDefault: Bool, starred: Bool)?
        func finish(at end: Int) {
            guard let item = current, !item.starred, item.token.text != "self", item.token.text != "cls" else { return }
            var annotation: String?
            if let start = item.annotationStart, start < end {
                var stop = end
                if let equals = tokens[start..<end].firstIndex(where: { $0.is("=") }) { stop = equals }
                annotation = PythonParser.text(of: tokens[start..<stop])
            }
            parameters.append(PythonParameter(name: item.token.text, annotation: annotation, hasDefault: item.hasDefault,
                                              location: SourceLocation(file: function.location.file, line: item.token.line, column: item.token.column)))
        }
        var previous = ""
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .op && ["(", "[", "{"].contains(token.text) { depth += 1 }
            if token.kind == .op && [")", "]", "}"].contains(token.text) { depth -= 1 }
            if depth == 0 {
                finish(at: index)
                break
            }
            if depth == 1 {
                if token.is(",") {
                    finish(at: index)
                    current = nil
                } else if token.kind == .name && ["(", ",", "*", "**"].contains(previous) && current == nil {
                    current = (token, nil, false, previous == "*" || previous == "**")
                } else if token.is(":"), current != nil, current?.annotationStart == nil {
                    current?.annotationStart = index + 1
                } else if token.is("=") {
                    current?.hasDefault = true
                }
            }
            previous = token.text
            index += 1
        }
        return parameters
    }

    private static func skipGroup(_ tokens: [PythonToken], from start: Int) -> Int {
        var depth = 0
        var index = start
        while index < tokens.count {
            if tokens[index].kind == .op && ["(", "[", "{"].contains(tokens[index].text) { depth += 1 }
            if tokens[index].kind == .op && [")", "]", "}"].contains(tokens[index].text) { depth -= 1 }
            index += 1
            if depth == 0 { break }
        }
        return index
    }
}
