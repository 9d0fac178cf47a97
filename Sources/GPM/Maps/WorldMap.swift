import Mustache

/// A city to place on the world map.
struct MapPoint: Sendable {
    let name: String
    let href: String
    let latitude: Double
    let longitude: Double
}

/// The world map as inline SVG: the Natural Earth outline (`Public/img/world.svg`, drawn with
/// x = longitude and y = −latitude) as a background image, and a linked dot per city on top.
/// Names are escaped here because the markup is rendered raw into the page.
enum WorldMap {
    /// The outline's viewBox, as `Seeds/tools/worldmap.py` writes it.
    static let viewBox = (x: -180.0, y: -85.0, width: 360.0, height: 145.0)

    static func svg(_ points: [MapPoint], label: String) -> String {
        let box = viewBox
        var svg = """
            <svg class="map" viewBox="\(box.x) \(box.y) \(box.width) \(box.height)" aria-label="\(HTMLEscaping.escape(label))" \
            xmlns="http://www.w3.org/2000/svg">
            <image href="\(Paths.worldOutline.href)" x="\(box.x)" y="\(box.y)" width="\(box.width)" height="\(box.height)" aria-hidden="true"/>\n
            """
        for point in points where point.latitude <= -box.y && point.latitude >= -(box.y + box.height) {
            let name = HTMLEscaping.escape(point.name)
            svg += "<a href=\"\(HTMLEscaping.escape(point.href))\" aria-label=\"\(name)\">"
            svg += "<circle class=\"city\" cx=\"\(rounded(point.longitude))\" cy=\"\(rounded(-point.latitude))\" r=\"1.6\">"
            svg += "<title>\(name)</title></circle></a>\n"
        }
        return svg + "</svg>"
    }

    private static func rounded(_ value: Double) -> String {
        String((value * 100).rounded() / 100)
    }
}
