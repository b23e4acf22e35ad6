import OrderedCollections
import SeamsModel

extension Document {
    /// The spec under a plan: its concerns and artifacts without modules or interfaces, with the
    /// attention budget an option may override. Planning and repair both start from it, so an edited
    /// plan's old interfaces can never leak into the scores a new plan is compared on.
    func concernsOnly(budget: Double?) -> Document {
        var spec = self
        spec.modules = [:]
        spec.interfaces = []
        spec.hasModules = false
        if let budget { spec.attentionBudget = budget }
        return spec
    }
}
