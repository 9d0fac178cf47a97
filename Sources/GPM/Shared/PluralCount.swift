/// A number under the name a template's plural message reads: `{{#totalCount}}{{#tn}}{count} entry|…{{/tn}}{{/totalCount}}`.
/// `{{#tn}}` takes its form from `count`; a view whose number has another name nests one of these, so the
/// name `count` never shadows another view's `count` further up the context.
struct PluralCount: Encodable, Sendable {
    let count: Int
}
