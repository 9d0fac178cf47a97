// Prints the name pages show for each country: its display_name, else Foundation's CLDR name of the code
// in the reader's language. Input lines "code|display_name" (empty when NULL); one output line per country
// and locale: "code|locale|shown name".
//
//     sqlite3 gpm.sqlite "SELECT code, coalesce(display_name, '') FROM countries" | swift Seeds/tools/shown_names.swift en fr de
import Foundation

let locales = CommandLine.arguments.dropFirst().isEmpty ? ["en"] : Array(CommandLine.arguments.dropFirst())
while let line = readLine() {
    let fields = line.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
    let code = fields[0]
    let displayName = fields.count > 1 ? fields[1] : ""
    for identifier in locales {
        let shown = displayName.isEmpty
            ? Locale(identifier: identifier).localizedString(forRegionCode: code) ?? "(no CLDR name)"
            : displayName
        print("\(code)|\(identifier)|\(shown)")
    }
}
