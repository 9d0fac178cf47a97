import Testing
@testable import SQLite

@Suite struct FTS5Tests {
    let directory: TemporaryDirectory
    let db: Connection

    init() throws {
        directory = try TemporaryDirectory()
        db = try Connection(path: directory.path("search.sqlite"))
        try db.execute(script: """
            CREATE VIRTUAL TABLE brief USING fts5(title, body, tokenize = 'porter unicode61');
            """)
        let briefs = [
            ("Climate adaptation", "Cities are adapting to rising heat with parks and cooling centres."),
            ("Migration policy", "Mayors welcome migrants; cities adapt housing policy."),
            ("Zürich transport", "Trams and bicycles: Zürich plans car-free streets."),
        ]
        for (title, body) in briefs {
            try db.run("INSERT INTO brief(title, body) VALUES (?, ?)", title, body)
        }
    }

    @Test func matchUsesPorterStemming() throws {
        // "adapt" matches "adapting", "adaptation" and "adapt" through the porter stemmer.
        let titles = try db.query("SELECT title FROM brief WHERE brief MATCH ? ORDER BY rowid", "adapt").map { try $0.string("title") }
        #expect(titles == ["Climate adaptation", "Migration policy"])
    }

    @Test func unicodeTokensAndDiacritics() throws {
        // unicode61 folds diacritics by default: "zurich" finds "Zürich".
        #expect(try db.scalar("SELECT count(*) FROM brief WHERE brief MATCH ?", "zurich") as Int? == 1)
    }

    @Test func bm25RanksTheBetterMatchFirst() throws {
        let rows = try db.query("""
            SELECT title, bm25(brief) AS score FROM brief WHERE brief MATCH ? ORDER BY bm25(brief)
            """, "cities OR policy")
        #expect(try rows.first?.string("title") == "Migration policy")  // matches both terms, once in the title
        #expect(try rows.allSatisfy { try $0.double("score") < 0 })   // bm25: lower is better
    }

    @Test func snippetAndHighlight() throws {
        let row = try #require(try db.queryOne("""
            SELECT highlight(brief, 0, '<b>', '</b>') AS title, snippet(brief, 1, '[', ']', '…', 4) AS excerpt
            FROM brief WHERE brief MATCH ?
            """, "trams"))
        #expect(try row.string("title") == "Zürich transport")
        #expect(try row.string("excerpt").contains("[Trams]"))
        let highlighted: String? = try db.scalar(
            "SELECT highlight(brief, 0, '<b>', '</b>') FROM brief WHERE brief MATCH ?", "title:climate")
        #expect(highlighted == "<b>Climate</b> adaptation")
    }

    @Test func badMatchSyntaxIsAnSQLiteError() throws {
        #expect(throws: SQLiteError.self) { try db.query("SELECT * FROM brief WHERE brief MATCH ?", "\"unterminated") }
    }
}
