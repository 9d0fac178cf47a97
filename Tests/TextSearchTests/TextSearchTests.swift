import Testing
import TextSearch

@Suite("TextSearch: the text the index and the queries share")
struct TextSearchTests {
    @Test func lettersThatDoNotDecomposeFoldToASCII() {
        #expect(SearchText.fold("Łódź") == "lodz")
        #expect(SearchText.fold("ØRESUND Æbeltoft Straße") == "oresund aebeltoft strasse")
        #expect(SearchText.fold("Đakovo Œuvre Þingvellir Diyarbakır") == "dakovo oeuvre thingvellir diyarbakir")
        #expect(SearchText.fold("Malmö São Paulo Bogotá") == "malmo sao paulo bogota")
    }

    @Test func arabicIsNormalised() {
        // Harakat and tatweel dropped; أ إ آ ٱ → ا; ؤ → و; ئ → ي; ة → ه; ى → ي.
        #expect(SearchText.fold("الإِسْكَانُ") == SearchText.fold("الاسكان"))
        #expect(SearchText.fold("أمن") == SearchText.fold("امن"))
        #expect(SearchText.fold("آمن") == SearchText.fold("إمن"))
        #expect(SearchText.fold("مسؤول") == SearchText.fold("مسوول"))
        #expect(SearchText.fold("بيئة") == SearchText.fold("بييه"))
        #expect(SearchText.fold("مستشفى") == SearchText.fold("مستشفي"))
        #expect(SearchText.fold("مـــدينة") == SearchText.fold("مدينه"))
        #expect(SearchText.prepare("الإِسْكَانُ") == SearchText.prepare("الاسكان"))
    }

    @Test func everyDecimalDigitIsASCII() {
        #expect(SearchText.fold("٢٠٣٠") == "2030")  // Arabic-Indic
        #expect(SearchText.fold("۲۰۳۰") == "2030")  // Persian
        #expect(SearchText.prepare("خطة ٢٠٣٠").hasSuffix("2030"))
    }

    @Test func ideographsAreIndexedAsCharactersAndPairs() {
        #expect(SearchText.prepare("城市更新") == "城 市 更 新 城市 市更 更新")
        #expect(SearchText.queryTokens("城市").required == ["城市"])
        #expect(SearchText.queryTokens("城").required == ["城"])
        let korean = SearchText.prepare("서울특별시는 난민을")
        #expect(korean.split(separator: " ").contains("서울"))
    }

    @Test func wordsAreStemmedByTheirLanguageOrScript() {
        #expect(SearchText.prepare("migrants housing") == SearchText.prepare("migrant housed"))
        #expect(SearchText.prepare("logements", language: "fr") == SearchText.prepare("logement", language: "fr"))
        #expect(SearchText.prepare("viviendas", language: "es") == SearchText.prepare("vivienda", language: "es"))
        #expect(SearchText.queryTokens("city-to-city").phrase.count == 3)
    }

    @Test func theContentLanguageTagChoosesTheStemmer() {
        #expect(SearchText.stemmingLanguage("es-419") == "es")
        #expect(SearchText.stemmingLanguage("pt-BR") == "pt")
        #expect(SearchText.stemmingLanguage("nb") == "no")
        #expect(SearchText.stemmingLanguage("zh-Hant") == "zh")
        #expect(SearchText.hasStemmer("de") && SearchText.hasStemmer("nl") && !SearchText.hasStemmer("pl"))
        // A regional tag stems like its language; German and Dutch by their own stemmers.
        #expect(SearchText.prepare("viviendas asequibles", language: "es-419") == SearchText.prepare("vivienda asequible", language: "es"))
        #expect(SearchText.prepare("Wohnungen", language: "de") == SearchText.prepare("Wohnung", language: "de"))
        #expect(SearchText.prepare("woningen", language: "nl") == SearchText.prepare("woning", language: "nl"))
        // A language Snowball does not know is folded, not stemmed (English rules would cut "mieszkania").
        #expect(SearchText.prepare("Mieszkania Łódź", language: "pl") == "mieszkania lodz")
        // English is unchanged: Porter's "hous", "migrant".
        #expect(SearchText.prepare("migrants housing") == "migrant hous")
        #expect(SearchText.prepare("migrants housing", language: "en-GB") == "migrant hous")
    }

    @Test func aQueryIsPreparedInThePagesLanguageThenTheIndexs() {
        #expect(SearchText.queryLanguages(page: "fr", indexed: ["es", "en", "fr"]) == ["fr", "en", "es"])
        #expect(SearchText.queryLanguages(page: "en", indexed: []) == ["en"])
        #expect(SearchText.queryLanguages(page: "en", indexed: ["pt", "en"]) == ["en", "pt"])
    }

    @Test func sortKeysFollowTheLanguage() {
        let names = ["Velsen", "Örebro", "Seoul", "São Paulo", "Łódź", "Ávila", "Nuremberg", "Ñuñoa"]
        func sorted(_ language: String) -> [String] {
            names.sorted { (SortKey.make($0, language: language), $0) < (SortKey.make($1, language: language), $1) }
        }
        #expect(sorted("en") == ["Ávila", "Łódź", "Ñuñoa", "Nuremberg", "Örebro", "São Paulo", "Seoul", "Velsen"])
        #expect(sorted("fr") == sorted("en"))
        #expect(sorted("es") == ["Ávila", "Łódź", "Nuremberg", "Ñuñoa", "Örebro", "São Paulo", "Seoul", "Velsen"])
    }

    @Test func transliterationSpellsAnyScriptInASCII() {
        #expect(Transliteration.ascii("Łódź") == "lodz")
        #expect(Transliteration.ascii("北京").split(separator: " ") == ["bei", "jing"])
        #expect(Transliteration.ascii("Москва") == "moskva")
        #expect(Transliteration.ascii("القاهرة").allSatisfy { $0.isASCII })
    }

    @Test func highlightingMarksTheWordsAsWritten() {
        let marker = Highlighting(tokens: Set(SearchText.prepare("migrants").split(separator: " ").map(String.init)), start: "[", end: "]")
        #expect(marker.marked("Migrant housing for migrants.") == "[Migrant] housing for [migrants].")
        let chinese = Highlighting(tokens: ["城市"], start: "[", end: "]")
        #expect(chinese.marked("上海城市更新") == "上海[城][市]更新")
        let snippet = Highlighting(tokens: ["zebra"], start: "[", end: "]").snippet(
            (1...60).map { "w\($0)" }.joined(separator: " ") + " zebra end", length: 8)
        #expect(snippet == "…w59 w60 [zebra] end")
    }
}
