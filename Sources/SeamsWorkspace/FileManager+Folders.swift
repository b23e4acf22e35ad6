import Foundation

extension FileManager {
    /// True when `path` names an existing folder (a link to one counts): where the workspace looks
    /// for `.seams.yml` inside a project, and which names a glob's `**` descends into.
    func isFolder(atPath path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
