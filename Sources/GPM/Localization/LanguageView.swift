/// What the layout shows about the page's language: `<html lang>`, the `hreflang` alternates of a public
/// page (each language's URL of the same page, plus `x-default`, the English one), the switcher (the same
/// page and query under the other prefix) and, on the English home page, the notice offering the
/// language the reader's browser prefers.
struct LanguageView: Encodable, Equatable {
    /// One language of the switcher.
    struct Choice: Encodable, Equatable {
        let code: String
        let name: String
        let href: String
        let isCurrent: Bool
    }

    /// `<link rel="alternate" hreflang="…" href="…">`.
    struct Alternate: Encodable, Equatable {
        let hreflang: String
        let href: String
    }

    /// "This page is also in French": the text is in the offered language (the reader's), as is its `lang`.
    struct Offer: Encodable, Equatable {
        let code: String
        let href: String
        let text: String
    }

    /// The switcher of personal pages (signed in): they have no language URLs, so it saves the account's
    /// preference (`POST /account/language`) and comes back to the same page (`next`).
    struct Form: Encodable, Equatable {
        let action: String
        let next: String
        let choices: [Choice]
    }

    let code: String
    /// The switcher's label in the page's language.
    let switcherLabel: String
    /// Only public pages have other-language URLs: personal pages follow the account's preference.
    let hasAlternates: Bool
    let alternates: [Alternate]
    let choices: [Choice]
    let offer: Offer?
    let form: Form?

    /// - Parameter isFound: false for an error page: its address has no page in any language, so there are
    ///   no alternates and the switcher leads to each language's home page.
    init(_ context: RequestLanguage, baseURL: String, localization: Localization, isFound: Bool = true, isSignedIn: Bool = false) {
        code = context.language.rawValue
        if context.scope == .personal, isSignedIn {
            form = Form(
                action: Paths.accountLanguage.href, next: context.isGet ? context.basePath + context.query : Paths.account.href,
                choices: Language.allCases.map {
                    Choice(code: $0.rawValue, name: $0.endonym, href: "", isCurrent: $0 == context.language)
                })
        } else {
            form = nil
        }
        switcherLabel = localization.messages(context.language).t("Language")
        hasAlternates = context.scope == .public
        if hasAlternates, !isFound {
            let home = RequestLanguage(language: context.language, scope: .public, basePath: "/", query: "", offer: nil)
            alternates = []
            choices = Language.allCases.map {
                Choice(code: $0.rawValue, name: $0.endonym, href: home.href(in: $0), isCurrent: $0 == context.language)
            }
        } else if hasAlternates {
            alternates = Language.allCases.map { Alternate(hreflang: $0.rawValue, href: baseURL + context.href(in: $0)) }
                + [Alternate(hreflang: "x-default", href: baseURL + context.href(in: .en))]
            choices = Language.allCases.map {
                Choice(code: $0.rawValue, name: $0.endonym, href: context.href(in: $0), isCurrent: $0 == context.language)
            }
        } else {
            alternates = []
            choices = []
        }
        offer = context.offer.map { language in
            // Written in the offered language: the reader reads it, not necessarily English.
            let messages = localization.messages(language)
            let text = switch language {
            case .fr: messages.t("This page is also available in French.")
            case .es: messages.t("This page is also available in Spanish.")
            case .en: messages.t("This page is also available in English.")
            }
            return Offer(code: language.rawValue, href: context.href(in: language), text: text)
        }
    }
}
