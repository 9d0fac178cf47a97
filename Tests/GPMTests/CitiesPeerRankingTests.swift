import Testing

@testable import GPM

@Suite("Cities: peer ranking")
struct CitiesPeerRankingTests {
    typealias Item = PeerCities.Item

    let diversity = Item(id: 1, name: "Diversity declaration and benchmarking")
    let residency = Item(id: 2, name: "Residency-based rights of access")
    let twinning = Item(id: 3, name: "Twinning cities")
    let migration = Item(id: 10, name: "Migration")
    let security = Item(id: 11, name: "Security")
    let eurocities = Item(id: 20, name: "EUROCITIES")
    let uclg = Item(id: 21, name: "UCLG")

    var city: PeerCities.Profile {
        PeerCities.Profile(slug: "mannheim", name: "Mannheim", actions: [diversity, residency, twinning],
                           themes: [migration, security], networks: [eurocities, uclg])
    }

    @Test func weightsActionsThenThemesThenNetworks() {
        let others = [
            PeerCities.Profile(slug: "a", name: "Networker", networks: [eurocities, uclg]),                       // 2
            PeerCities.Profile(slug: "b", name: "Actor", actions: [diversity]),                                    // 3
            PeerCities.Profile(slug: "c", name: "Thinker", themes: [migration, security]),                         // 4
            PeerCities.Profile(slug: "d", name: "Twin", actions: [diversity, twinning], themes: [migration]),     // 8
        ]
        let peers = PeerCities.rank(for: city, among: others)
        #expect(peers.map(\.slug) == ["d", "c", "b", "a"])
        #expect(peers.map(\.score) == [8, 4, 3, 2])
    }

    @Test func explainsWhatIsShared() throws {
        let other = PeerCities.Profile(slug: "athens", name: "Athens", actions: [diversity, residency, twinning],
                                       themes: [migration], networks: [eurocities, uclg])
        let peer = try #require(PeerCities.rank(for: city, among: [other]).first)
        #expect(peer.score == 3 * 3 + 2 * 1 + 1 * 2)
        #expect(peer.explanation == "3 shared actions: Diversity declaration and benchmarking, Residency-based rights of access, "
            + "Twinning cities; 1 shared theme: Migration; 2 shared networks: EUROCITIES, UCLG")
    }

    @Test func onlyCountsWhatTheCityItselfHas() throws {
        let unrelated = Item(id: 99, name: "Something else")
        let other = PeerCities.Profile(slug: "x", name: "X", actions: [unrelated, diversity], themes: [Item(id: 98, name: "Culture")])
        let peer = try #require(PeerCities.rank(for: city, among: [other]).first)
        #expect(peer.sharedActions == ["Diversity declaration and benchmarking"])
        #expect(peer.sharedThemes.isEmpty)
        #expect(peer.explanation == "1 shared action: Diversity declaration and benchmarking")
    }

    @Test func skipsItselfAndCitiesSharingNothing() {
        let others = [
            city,
            PeerCities.Profile(slug: "far", name: "Far away", actions: [Item(id: 50, name: "Other")]),
        ]
        #expect(PeerCities.rank(for: city, among: others).isEmpty)
    }

    @Test func tiesGoToMoreSharedActionsThenName() {
        let others = [
            PeerCities.Profile(slug: "z", name: "Zagreb", actions: [diversity]),                   // 3, one action
            PeerCities.Profile(slug: "b", name: "Bilbao", themes: [migration], networks: [uclg]),  // 3, no action
            PeerCities.Profile(slug: "a", name: "Aarhus", actions: [residency]),                   // 3, one action
        ]
        #expect(PeerCities.rank(for: city, among: others).map(\.name) == ["Aarhus", "Zagreb", "Bilbao"])
    }

    @Test func keepsTheTopSix() {
        let others = (1...10).map { PeerCities.Profile(slug: "c\($0)", name: "City \($0)", networks: $0 % 2 == 0 ? [uclg] : [uclg, eurocities]) }
        let peers = PeerCities.rank(for: city, among: others)
        #expect(peers.count == 6)
        #expect(peers.prefix(5).allSatisfy { $0.score == 2 })
        #expect(PeerCities.rank(for: city, among: others, limit: 2).count == 2)
    }
}
