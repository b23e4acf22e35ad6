import Foundation
import SeamsModel

/// The Python files of a LangGraph or Agents SDK project, parsed once with the real tokenizer,
/// with the indexes both importers need: functions by name (at any depth, methods included) and
/// the record classes that type state and payloads. Nothing is run or imported.
struct PythonProjectSources {
    var modules: [PythonModule] = []
    var records = PythonRecordTypes()
    /// Each parsed file's text, by path, for what the parser does not keep (parameter annotations).
    private(set) var texts: [String: String] = [:]
    private var functionsByName: [String: PythonFunction] = [:]

    /// Reads `path` (a folder, or one `.py` file). A file that imports `package` and is not valid
    /// Python is an input error (the framework could not import it either); other broken files are skipped with a warning.
    init(path: String, package: String, limits: LoadLimits, into builder: inout ImportBuilder) {
        var paths: [String] = []
        if ProjectFiles.isDirectory(path) {
            let files = ProjectFiles(root: path)
            paths = files.withExtension("py").map { files.path($0) }
        } else {
            paths = [path]
        }
        for full in paths {
            guard let text = ProjectFiles.text(at: full, limits: limits) else { continue }
            do {
                modules.append(try PythonModule.parse(text, file: full))
                texts[full] = text
            } catch {
                if text.contains(package) {
                    builder.fail(error.diagnostic.id, at: error.location, error.diagnostic.message, fix: error.diagnostic.fix)
                } else {
                    builder.warn("python.syntax", at: error.location, "\(error.message); Seams skips this file", fix: error.diagnostic.fix)
                }
            }
        }
        for module in modules {
            records.scan(module)
            for function in Self.functions(in: module.statements) where functionsByName[function.name] == nil {
                functionsByName[function.name] = function
            }
        }
    }

    /// The function a name or attribute chain refers to (`route`, `self.route`, `nodes.route`), by its last name.
    func function(named expression: PythonExpression) -> PythonFunction? {
        expression.lastName.flatMap { functionsByName[$0] }
    }

    /// Every statement of every file, descending into functions, classes and blocks, in source order,
    /// with its file: graphs are often built inside a `build_graph()` function.
    var allStatements: [PythonStatement] {
        modules.flatMap { Self.deepStatements($0.statements) }
    }

    static func deepStatements(_ statements: [PythonStatement]) -> [PythonStatement] {
        var result: [PythonStatement] = []
        for statement in statements {
            result.append(statement)
            switch statement {
            case .function(let function): result += deepStatements(function.body)
            case .classDef(let definition): result += deepStatements(definition.body)
            case .compound(_, _, let body, _): result += deepStatements(body)
            default: break
            }
        }
        return result
    }

    /// Every call anywhere in the project, in source order.
    var allCalls: [PythonExpression] {
        allStatements.flatMap { $0.expressions.flatMap(\.calls) }
    }

    private static func functions(in statements: [PythonStatement]) -> [PythonFunction] {
        deepStatements(statements).compactMap { if case .function(let value) = $0 { return value } else { return nil } }
    }
}

extension PythonExpression {
    /// The string, or the last name of a constant (`START`, `END`), a node or agent is referred to by.
    var referenceName: String? {
        stringValue ?? lastName
    }

    /// The value of `keyword=` or, failing that, the positional argument at `index`.
    func argument(_ keyword: String, position index: Int? = nil) -> PythonExpression? {
        guard let arguments = asCall?.arguments else { return nil }
        if let value = arguments.keyword(keyword)?.value { return value }
        guard let index else { return nil }
        let positional = arguments.positional
        return index < positional.count ? positional[index] : nil
    }
}
