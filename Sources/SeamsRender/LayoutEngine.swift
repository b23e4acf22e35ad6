/// The Graphviz layout program used in-process (by name, through `gvLayout`; never by running it).
public enum LayoutEngine: String, Sendable, CaseIterable {
    /// Hierarchical layout: the clearest picture of who hands what to whom.
    case dot
    /// Multiscale force-directed layout: scales to thousands of nodes where `dot` gets slow.
    case sfdp
}
