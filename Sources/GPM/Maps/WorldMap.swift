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
///
/// The dots are a picture of the list beside the map, which is the accessible path: the drawing is hidden
/// from assistive technology and its links are out of the tab order (46 tab stops before the list otherwise).
/// For pointers each dot has a transparent hit area around it, so a finger need not find a 3-pixel dot.
enum WorldMap {
    /// The outline's viewBox, as `Seeds/tools/worldmap.py` writes it.
    static let viewBox = (x: -180.0, y: -85.0, width: 360.0, height: 145.0)

    static func svg(_ points: [MapPoint], label: String) -> String {
        let box = viewBox
        var svg = """
            <svg class="map" viewBox="\(box.x) \(box.y) \(box.width) \(box.height)" aria-hidden="true" focusable="false" \
            data-label="\(HTMLEscaping.escape(label))" xmlns="http://www.w3.org/2000/svg">
            <image href="\(Paths.worldOutline.href)" x="\(box.x)" y="\(box.y)" width="\(box.width)" height="\(box.height)" aria-hidden="true"/>\n
            """
        for point in points where point.latitude <= -box.y && point.latitude >= -(box.y + box.height) {
            let name = HTMLEscaping.escape(point.name)
            let (x, y) = (rounded(point.longitude), rounded(-point.latitude))
            svg += "<a href=\"\(HTMLEscaping.escape(point.href))\" tabindex=\"-1\">"
            svg += "<circle class=\"city-target\" cx=\"\(x)\" cy=\"\(y)\" r=\"\(targetRadius)\"/>"
            svg += "<circle class=\"city\" cx=\"\(x)\" cy=\"\(y)\" r=\"2.2\">"
            svg += "<title>\(name)</title></circle></a>\n"
        }
        return svg + "</svg>"
    }

    /// In the map's units (degrees): the outline is 360 wide, so at a 390-pixel phone width (the map a little
    /// narrower) this is a target of at least 24 pixels around the dot.
    static let targetRadius = 13.0

    private static func rounded(_ value: Double) -> String {
        String((value * 100).rounded() / 100)
    }
}
