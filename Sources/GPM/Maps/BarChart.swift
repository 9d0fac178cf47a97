import Foundation
import Mustache

/// One bar of a `BarChart`: what it counts, how many, and optionally where the page's table of the same
/// figures links its label to (the chart itself holds no links: an image's content is not interactive).
struct BarChartBar: Sendable, Equatable {
    let label: String
    let value: Int
    var href: String? = nil
    /// The label's language when it is content rather than the page's own words (an action's title, in
    /// English, on a French page): the bar's group carries it as `lang`.
    var language: String? = nil

    /// The opening of the bar's group, with its `lang` when the label has one.
    var groupStart: String {
        language.map { "<g class=\"bar\" lang=\"\(HTMLEscaping.escape($0))\">" } ?? "<g class=\"bar\">"
    }
}

/// Bar charts as inline SVG, drawn on the server so the dashboard needs no script. The chart is an
/// image to assistive technology (`role="img"`, named by its `<title>` and described by its `<desc>`);
/// pages show the same figures as a table beside it. Every label is escaped here because the markup
/// is rendered raw into the page, and the output is well-formed XML.
enum BarChart {
    /// Horizontal bars suit many long labels (actions); vertical bars suit a few short ones (regions).
    enum Orientation: Sendable {
        case horizontal, vertical
    }

    /// Geometry of a horizontal chart: the label column, the bar area and the room for the value text.
    static let width = 720.0
    static let labelWidth = 300.0
    static let valueRoom = 48.0
    static let rowHeight = 24.0
    static let barThickness = 16.0
    /// Geometry of a vertical chart: the plot's height and the room left under it for labels.
    static let plotHeight = 200.0
    static let labelRoom = 48.0
    static let topRoom = 20.0

    /// The drawn length of a bar: proportional to `value`, the largest value filling `extent`.
    /// Zero, negative values and an all-zero chart draw nothing (never a division by zero).
    static func length(_ value: Int, max: Int, extent: Double) -> Double {
        guard max > 0, value > 0 else { return 0 }
        return extent * Double(min(value, max)) / Double(max)
    }

    /// - Parameters:
    ///   - id: unique on the page; the title and description elements are `id-title` and `id-desc`.
    ///   - title: the chart's accessible name. `description`: one sentence on what it shows.
    static func svg(
        _ bars: [BarChartBar], id: String, title: String, description: String, orientation: Orientation = .horizontal
    ) -> String {
        let largest = bars.map(\.value).max() ?? 0
        let (height, body) =
            switch orientation {
            case .horizontal: horizontal(bars, largest: largest)
            case .vertical: vertical(bars, largest: largest)
            }
        let safeID = escape(id)
        let kind = orientation == .horizontal ? "horizontal" : "vertical"
        return """
            <svg class="bar-chart bar-chart--\(kind)" viewBox="0 0 \(number(width)) \(number(height))" \
            role="img" aria-labelledby="\(safeID)-title \(safeID)-desc" xmlns="http://www.w3.org/2000/svg">
            <title id="\(safeID)-title">\(escape(title))</title>
            <desc id="\(safeID)-desc">\(escape(description))</desc>
            \(body)</svg>
            """
    }

    private static func horizontal(_ bars: [BarChartBar], largest: Int) -> (Double, String) {
        let extent = width - labelWidth - valueRoom
        var body = ""
        for (index, bar) in bars.enumerated() {
            let top = Double(index) * rowHeight
            let middle = top + rowHeight / 2
            let length = length(bar.value, max: largest, extent: extent)
            let label = escape(shortened(bar.label, to: 44))
            body += bar.groupStart + "<title>\(escape(bar.label)): \(bar.value)</title>"
            body += "<text class=\"bar-label\" x=\"\(number(labelWidth - 8))\" y=\"\(number(middle))\" "
            body += "text-anchor=\"end\" dominant-baseline=\"middle\">"
            body += label + "</text>"
            body += "<rect x=\"\(number(labelWidth))\" y=\"\(number(middle - barThickness / 2))\" "
            body += "width=\"\(number(length))\" height=\"\(number(barThickness))\"/>"
            body += "<text class=\"bar-value\" x=\"\(number(labelWidth + length + 6))\" y=\"\(number(middle))\" "
            body += "dominant-baseline=\"middle\">\(bar.value)</text>"
            body += "</g>\n"
        }
        return (max(rowHeight, Double(bars.count) * rowHeight), body)
    }

    private static func vertical(_ bars: [BarChartBar], largest: Int) -> (Double, String) {
        let slot = bars.isEmpty ? width : width / Double(bars.count)
        let thickness = min(56, slot * 0.6)
        let baseline = topRoom + plotHeight
        var body = "<line class=\"bar-axis\" x1=\"0\" y1=\"\(number(baseline))\" x2=\"\(number(width))\" y2=\"\(number(baseline))\"/>\n"
        for (index, bar) in bars.enumerated() {
            let centre = slot * (Double(index) + 0.5)
            let length = length(bar.value, max: largest, extent: plotHeight)
            body += bar.groupStart + "<title>\(escape(bar.label)): \(bar.value)</title>"
            body += "<rect x=\"\(number(centre - thickness / 2))\" y=\"\(number(baseline - length))\" "
            body += "width=\"\(number(thickness))\" height=\"\(number(length))\"/>"
            body += "<text class=\"bar-value\" x=\"\(number(centre))\" y=\"\(number(baseline - length - 6))\" "
            body += "text-anchor=\"middle\">\(bar.value)</text>"
            body += "<text class=\"bar-label\" x=\"\(number(centre))\" y=\"\(number(baseline + 16))\" text-anchor=\"middle\">"
            for (line, words) in wrapped(bar.label, width: max(8, Int(slot / 7))).enumerated() {
                body += "<tspan x=\"\(number(centre))\" dy=\"\(line == 0 ? "0" : "1.1em")\">\(escape(words))</tspan>"
            }
            body += "</text></g>\n"
        }
        return (baseline + labelRoom, body)
    }

    /// At most `limit` characters, cut at a word with an ellipsis; the bar's `<title>` keeps the whole label.
    static func shortened(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit - 1)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord.trimmingCharacters(in: .whitespaces) + "…"
    }

    /// Words gathered into lines of about `width` characters (at most two lines; the rest shortened).
    static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for word in text.split(separator: " ") {
            if let last = lines.last, last.count + 1 + word.count <= width {
                lines[lines.count - 1] = last + " " + word
            } else {
                lines.append(String(word))
            }
        }
        guard lines.count > 2 else { return lines }
        return [lines[0], shortened(lines[1...].joined(separator: " "), to: width)]
    }

    static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// Coordinates with at most one decimal, no trailing ".0".
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
