import SeamsModel
import OrderedCollections

/// When an interface needs a delivery guarantee (`interface.delivery`): when its **consumer**
/// changes the world. A message delivered twice to a module that refunds, sends or writes repeats
/// the effect; a lost one skips it. A producer's own effect is already done when it hands off, and
/// a read-only consumer (`effect: read-only`) can safely read twice.
enum DeliveryTrigger {
    static func consumerActs(_ consumer: Module?, in document: Document) -> Bool {
        consumer?.concerns.contains { document.concerns[$0.value]?.resolvedEffect.changesTheWorld == true } ?? false
    }
}
