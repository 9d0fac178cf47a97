/// gettext's `N_()`: marks a literal held in static data (the datasets' titles, descriptions and keys'
/// meanings) as a message, so `Locales/tools/extract.py` (which finds `.t("…")`) puts it in the catalogue,
/// while the data itself stays English. The page translates it where it shows it (`Messages.t(catalogued:)`).
enum Catalogued {
    static func t(_ text: String) -> String { text }
}

extension Messages {
    /// The translation of a text marked with `Catalogued.t` (a message the extractor already saw).
    func t(catalogued text: String) -> String { t(text) }
}
