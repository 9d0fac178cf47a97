/// A partnership's period in years, as a reader scans it: "2009–2012", "since 2014", "until 2012",
/// "2015" when it began and ended the same year. Dates may be partial ('YYYY', 'YYYY-MM').
enum PartnershipPeriod {
    static func text(startsOn: String?, endsOn: String?, _ messages: Messages) -> String? {
        let start = startsOn.map { String($0.prefix(4)) }
        let end = endsOn.map { String($0.prefix(4)) }
        switch (start, end) {
        case let (start?, end?): return start == end ? start : "\(start)–\(end)"
        case let (start?, nil): return messages.t("since {year}", ["year": start])
        case let (nil, end?): return messages.t("until {year}", ["year": end])
        case (nil, nil): return nil
        }
    }
}
