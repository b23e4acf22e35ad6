import SeamsModel

/// An annotated attribute at the top level of a Python class (`name: Annotation = default`): how
/// Pydantic models, `TypedDict`s and `@dataclass`es declare their fields.
struct PythonAttribute {
    var name: String
    /// The annotation as written, `Annotated[...]` included.
    var annotation: String
    /// The annotation parsed (to read `Annotated[T, reducer]`); nil for an attribute Seams adds itself.
    var annotationExpression: PythonExpression?
    /// The value after `=`, if any (`Field(...)`, a literal).
    var defaultValue: PythonExpression?
    var location: SourceLocation
}
