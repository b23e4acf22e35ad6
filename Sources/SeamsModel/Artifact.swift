/// A piece of shared information: what crosses a seam when the modules touching it differ.
public struct Artifact: Sendable, Hashable {
    public var id: String
    /// Where the artifact is declared, or where it is first mentioned when nobody declares it.
    public var location: SourceLocation
    /// False for an artifact that concerns read or write but no `artifacts:` entry declares.
    public var isDeclared: Bool
    public var about: Located<String>?
    /// The fields, or nil when no structure is given (an undeclared payload).
    public var fields: [Field]?
    /// An explicit information weight in bits, replacing the computed one.
    public var weight: Double?
    /// How concurrent writes are reconciled (`last-wins`, `merge`…); closes `artifact.owner`.
    public var onConflict: Located<String>?
    /// Where `inputs:` names it: the artifact comes from outside the task, so no concern has to write it.
    public var inputLocation: SourceLocation?

    /// True for an input of the task (listed under `inputs:`).
    public var isInput: Bool { inputLocation != nil }

    public init(id: String, location: SourceLocation, isDeclared: Bool = true) {
        self.id = id
        self.location = location
        self.isDeclared = isDeclared
    }
}
