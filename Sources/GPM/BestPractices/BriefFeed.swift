/// The Atom 1.0 feed (RFC 4287) of published Mayor Briefs, newest first. An entry's id is the
/// brief's canonical URL (one brief per city per year, so the URL never changes meaning); its
/// author is the city; `updated` is when it was published.
struct BriefFeed {
    static let maximumEntries = 50

    let baseURL: String
    let briefs: [PublishedBrief]

    var xml: String {
        let updated = briefs.map(\.publishedAt).max() ?? "2016-09-10T00:00:00Z"
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
              <id>\(Self.escape(baseURL + Paths.briefFeed.href))</id>
              <title>Mayor Briefs — Global Parliament of Mayors</title>
              <subtitle>Published Mayor Briefs: what cities did on the GPM's actions, year by year.</subtitle>
              <updated>\(Self.escape(Self.timestamp(updated)))</updated>
              <link rel="self" type="application/atom+xml" href="\(Self.escape(baseURL + Paths.briefFeed.href))"/>
              <link rel="alternate" type="text/html" href="\(Self.escape(baseURL + PracticeDataLinks().briefs))"/>
              <author><name>Global Parliament of Mayors</name></author>

            """
        for brief in briefs.prefix(Self.maximumEntries) {
            let url = Self.escape(baseURL + brief.path)
            let cityURL = Self.escape(baseURL + Paths.city.href(brief.citySlug))
            out += """
                  <entry>
                    <id>\(url)</id>
                    <title>\(Self.escape(brief.title))</title>
                    <updated>\(Self.escape(Self.timestamp(brief.publishedAt)))</updated>
                    <published>\(Self.escape(Self.timestamp(brief.publishedAt)))</published>
                    <author><name>\(Self.escape(brief.cityName))</name><uri>\(cityURL)</uri></author>
                    <link rel="alternate" type="text/html" href="\(url)"/>
                    <summary>\(Self.escape(brief.summary))</summary>
                  </entry>

                """
        }
        out += "</feed>\n"
        return out
    }

    /// Atom wants RFC 3339 date-times; stored timestamps are 'YYYY-MM-DDTHH:MM:SSZ' already, a bare
    /// date gets midnight UTC.
    static func timestamp(_ stored: String) -> String {
        stored.count == 10 ? stored + "T00:00:00Z" : stored
    }

    /// Escapes XML's special characters and drops the control characters XML 1.0 forbids.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
