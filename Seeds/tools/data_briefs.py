"""Invented demonstration Mayor Briefs (is_demo = 1), one per city per reporting year.

Each city has a programme arc; a brief for year Y describes that year of the programme. Texts are
plausible but invented; figures grow deterministically. Statuses: mostly published; for the latest
years some are submitted, in changes requested, drafts, and one was withdrawn.
"""
import random

# city: programme, context, activities, (metric label, start, yearly growth), setbacks, partners, next steps,
#       themes, actions [(session slug, position)], first year
ARCS = {
    "mannheim": dict(
        programme="the Mannheim Declaration for diversity", first=2017,
        context="Mannheim is a city of many origins. "
                "Following the GPM session it chaired on integrating economic migrants, the city committed to turn its "
                "declaration for living together in diversity into a benchmark that other cities can use.",
        activities=["signing events with employers, sports clubs and faith communities",
                    "an annual diversity benchmark with twenty indicators published on the city's open data portal",
                    "a welcome centre that helps newcomers find work, language courses and housing",
                    "training for municipal staff on anti-discrimination and intercultural service"],
        metric=("organisations have signed the declaration", 180, 35),
        setbacks=["The benchmark relied on survey data that arrived too late for the budget debate.",
                  "Small businesses signed the declaration but few changed their hiring practices.",
                  "Language courses had waiting lists of up to four months."],
        partners="civil society alliance of the Mannheim Declaration; chamber of commerce; University of Mannheim; "
                 "partner cities in the GPM and EUROCITIES",
        next_steps=["Share the benchmark method with two partner cities.", "Add indicators on access to housing.",
                    "Publish the benchmark in English for the GPM."],
        themes=["migration", "social-inclusion"],
        actions=[("integrating-economic-migrants", 1), ("integrating-economic-migrants", 2)]),
    "rotterdam": dict(
        programme="human mobility planning", first=2017,
        context="Rotterdam is a port city shaped by migration. After chairing "
                "the GPM session on refugees of war, the mayor set up a human mobility planning unit at the mayor's office "
                "to plan housing, schools and health care for newcomers before they arrive.",
        activities=["a forecasting model of arrivals built with the national reception agency",
                    "scattered housing for status holders across all districts to avoid segregation",
                    "a language-and-work trajectory that starts in the first week after arrival",
                    "an exchange of human mobility planners with partner cities"],
        metric=("status holders housed in ordinary neighbourhoods", 600, 140),
        setbacks=["The forecast underestimated family reunification in the second half of the year.",
                  "Employers asked for higher language levels than the trajectory delivered.",
                  "The housing shortage slowed placements in the southern districts."],
        partners="national reception agency COA; housing corporations; Erasmus University Rotterdam; Solidarity Cities",
        next_steps=["Open the forecasting model to partner cities.", "Shorten waiting times for language courses.",
                    "Report results to the GPM in the next Mayor Brief."],
        themes=["migration", "urban-planning", "digital"],
        actions=[("integrating-refugees-of-war", 1), ("integrating-refugees-of-war", 2)]),
    "athens": dict(
        programme="the Athens coordination centre for migrant and refugee issues", first=2017,
        context="Athens received tens of thousands of refugees in a few months. The city chose to coordinate "
                "municipal services and NGOs in one centre and to base its public communication on facts, as the GPM "
                "session on migration and security it chaired recommended.",
        activities=["a shared data platform of municipal services and NGOs working with refugees",
                    "monthly neighbourhood meetings with residents and newcomers",
                    "accommodation in apartments rather than camps, with social workers",
                    "public reports on safety figures in neighbourhoods hosting refugees"],
        metric=("refugees accommodated in city apartments", 1200, 250),
        setbacks=["Funding from European programmes arrived late and in short cycles.",
                  "Some neighbourhood meetings were dominated by a few loud voices.",
                  "Data from NGOs was not always comparable."],
        partners="NGO members of the coordination centre; UNHCR; Solidarity Cities; European Forum for Urban Safety",
        next_steps=["Publish a yearly fact sheet on safety and integration.", "Train mediators from the refugee community.",
                    "Secure multi-year funding."],
        themes=["migration", "security", "social-inclusion"],
        actions=[("migration-and-security", 1), ("migration-and-security", 2), ("integrating-refugees-of-war", 7)]),
    "amman": dict(
        programme="a city identity card for all residents", first=2017,
        context="Amman hosts a large refugee population among its residents. The city set out to serve every resident, "
                "temporary or permanent, as the principles of the session on migration administration it chaired state.",
        activities=["a municipal resident card that opens city services to refugees and migrants",
                    "simplified forms without questions on religion or origin",
                    "community committees that help decide where new housing and services go",
                    "a partnership with host communities on shared parks and youth centres"],
        metric=("residents holding the municipal card", 15000, 9000),
        setbacks=["National registration rules limited which services the card could open.",
                  "Outreach reached men more than women in the first year.",
                  "Youth centres closed during the pandemic."],
        partners="Greater Amman Municipality departments; UNHCR; IOM; 100 Resilient Cities; C40",
        next_steps=["Extend the card to public transport.", "Work with women-led organisations on outreach.",
                    "Share the card design with partner cities in the region."],
        themes=["migration", "governance", "social-inclusion"],
        actions=[("migration-administration-and-management", 1), ("migration-administration-and-management", 3),
                 ("migration-administration-and-management", 4)]),
    "the-hague": dict(
        programme="the GPM Secretariat and The Hague's city diplomacy", first=2017,
        context="As host of the Secretariat, The Hague supports the GPM's work and tests its suggested governance actions "
                "at home, bridging international residents, expats and local residents.",
        activities=["welcome events that bring internationals, expats and local residents together",
                    "a city lab for cross-border problems with the knowledge institutions of the city",
                    "meetings with embassies on local challenges and solutions",
                    "support for mayors speaking for cities at international conferences"],
        metric=("participants in bridging events", 2500, 600),
        setbacks=["Events reached the international community better than long-term residents.",
                  "The city lab's projects were hard to continue after pilot funding.",
                  "Follow-up with embassies depended on a few individuals."],
        partners="Global Parliament of Mayors Secretariat; The Hague Security Delta; Leiden University; embassies",
        next_steps=["Hold a yearly city lab day with partner cities.", "Measure who the bridging events reach.",
                    "Invite embassies to co-host neighbourhood events."],
        themes=["city-diplomacy", "governance"],
        actions=[("cities-as-governance-partners", 5), ("cities-as-governance-partners", 6),
                 ("cities-as-governance-partners", 7)]),
    "barcelona": dict(
        programme="city-to-city cooperation for refugee reception", first=2017,
        context="Barcelona allocates 0.7% of its own income to international cooperation and declared itself a refuge "
                "city. It links reception at home with cooperation with cities that migrants are leaving.",
        activities=["a municipal reception programme for asylum seekers outside the national system",
                    "cooperation projects with partner cities in the Mediterranean",
                    "a public campaign on refuge and solidarity",
                    "technical exchanges with Medellín and Maputo on social services"],
        metric=("people supported by the municipal reception programme", 900, 220),
        setbacks=["National asylum procedures kept people waiting for years.",
                  "Partner city projects depended on short funding cycles.",
                  "The campaign reached people already convinced more than others."],
        partners="Direcció de Justícia Global i Cooperació Internacional; NGOs; Medellín; Maputo; Solidarity Cities",
        next_steps=["Link the reception programme to employment services.", "Evaluate the Mediterranean projects.",
                    "Share lessons through EUROCITIES and the GPM."],
        themes=["migration", "development", "human-rights"],
        actions=[("migration-administration-and-management", 6), ("integrating-economic-migrants", 4),
                 ("integrating-refugees-of-war", 4)]),
    "medellin": dict(
        programme="cooperation that Medellín offers other cities", first=2018,
        context="Medellín's transformation is known to many people. The city now shares its experience of urban "
                "upgrading, libraries and public space through South-South and triangular cooperation.",
        activities=["technical visits from partner cities to library parks and upgraded hillside neighbourhoods",
                    "triangular cooperation with Barcelona and Havana on economic development and urban planning",
                    "a welcome route for Venezuelan migrants to schools and health care",
                    "training for municipal technicians from partner cities"],
        metric=("officials from partner cities trained", 120, 40),
        setbacks=["Citizens asked why the city helps others while it still has many challenges.",
                  "Migrants' access to health care depended on national registration.",
                  "Exchanges stopped for a year during the pandemic."],
        partners="Agencia de Cooperación e Inversión de Medellín; Barcelona City Council; Havana; AL-LAs",
        next_steps=["Publish the exchange method.", "Open the welcome route to more districts.",
                    "Involve universities in evaluating the cooperation."],
        themes=["development", "migration", "urban-planning"],
        actions=[("integrating-economic-migrants", 4), ("migration-administration-and-management", 2)]),
    "durban": dict(
        programme="peer learning through the Municipal Institute of Learning (MILE)", first=2017,
        context="Durban's eThekwini Municipality shares its practice with municipalities across Africa through MILE. "
                "The city also receives many migrants from the region and uses the same learning approach at home.",
        activities=["Master Classes for African municipalities on revenue, water and strategic planning",
                    "a migrant help desk run with community organisations",
                    "learning exchanges with partner cities on informal trade",
                    "a mentoring programme for municipalities with reduced capacities"],
        metric=("practitioners trained in Master Classes", 300, 60),
        setbacks=["Services are free of charge and funding remains uncertain.",
                  "The migrant help desk was under-used in its first months.",
                  "Online classes lost the field visits that participants value most."],
        partners="MILE; SALGA; UCLG Urban Strategic Planning Committee; six universities",
        next_steps=["Decide on a funding model for MILE.", "Translate Master Class material into Portuguese and French.",
                    "Report help desk results to the city council."],
        themes=["peer-learning", "migration", "development"],
        actions=[("migration-administration-and-management", 2), ("integrating-economic-migrants", 3)]),
    "maputo": dict(
        programme="urban planning instruments learned from peers", first=2018,
        context="Maputo grows fast and many residents live in informal neighbourhoods. The city works with partner cities "
                "in Brazil, South Africa and Spain on planning and land management.",
        activities=["neighbourhood plans drawn up with residents",
                    "a land register pilot in two districts",
                    "exchanges with Barcelona and Brazilian cities on participatory budgeting",
                    "support for people arriving from rural areas to register and find services"],
        metric=("households with registered land titles", 800, 350),
        setbacks=["Register data was incomplete in older neighbourhoods.",
                  "Flooding delayed work in the coastal districts.",
                  "Participation dropped when budgets were not followed by works."],
        partners="ANAMM; Barcelona City Council; FNP; UCLG; UN-Habitat",
        next_steps=["Extend the register to two more districts.", "Publish the participatory budget results.",
                    "Host a peer learning seminar for Mozambican cities."],
        themes=["urban-planning", "development", "peer-learning"],
        actions=[("migration-administration-and-management", 4), ("cities-as-governance-partners", 1)]),
    "seoul": dict(
        programme="Seoul Solution for migrant residents", first=2017,
        context="Seoul is home to a growing number of foreign residents and shares its policies with other cities "
                "through Seoul Solution. The city applies its e-government experience to services for newcomers.",
        activities=["global centres that offer counselling in many languages",
                    "an online guide to city services for foreign residents",
                    "training for foreign city officials on e-government",
                    "data on the needs of foreign residents by district"],
        metric=("foreign residents using the online guide each month", 20000, 6000),
        setbacks=["Some districts lacked counsellors speaking the most needed languages.",
                  "The online guide was hard to use for older residents.",
                  "Data by district came with a one-year delay."],
        partners="Seoul Metropolitan Government; Seoul Human Resources Development Center; Metropolis; UCLG-ASPAC",
        next_steps=["Add two languages to the online guide.", "Share the guide's code with partner cities.",
                    "Publish district data yearly."],
        themes=["digital", "migration", "peer-learning"],
        actions=[("migration-administration-and-management", 2), ("cities-as-governance-partners", 4)]),
    "bangkok": dict(
        programme="community-led upgrading along the canals", first=2018,
        context="Bangkok continues the approach of Baan Mankong: residents of informal settlements shape the upgrading of "
                "their communities, including migrant workers who live there.",
        activities=["community savings groups that co-finance housing",
                    "canal-side upgrading plans drawn up by residents",
                    "registration of migrant workers for city health services",
                    "flood preparedness plans for low-lying communities"],
        metric=("households in upgraded communities", 1500, 400),
        setbacks=["Land tenure negotiations took longer than planned.",
                  "Migrant workers feared registration would be used against them.",
                  "Construction costs rose faster than savings."],
        partners="community networks; national housing agency; C40; UCLG-ASPAC",
        next_steps=["Agree tenure for two more canal communities.", "Work with employers on worker registration.",
                    "Share the approach with ASEAN cities."],
        themes=["urban-planning", "social-inclusion", "climate"],
        actions=[("migration-administration-and-management", 4), ("migration-administration-and-management", 5)]),
    "hyderabad": dict(
        programme="an open complaints platform for every resident", first=2018,
        context="Hyderabad's online complaints platform answers residents within 48 hours. The city opened it to migrant "
                "workers and added data to plan services where newcomers settle.",
        activities=["complaints in several languages, by app, phone or service centre",
                    "monitoring vehicles documenting roads, lighting and waste",
                    "maps of new settlements to plan water and sanitation",
                    "public dashboards of response times by ward"],
        metric=("complaints resolved within 48 hours (percent)", 62, 4),
        setbacks=["Response times were slower in peripheral wards.",
                  "Residents without smartphones used the platform less.",
                  "Some departments closed complaints before the problem was solved."],
        partners="Greater Hyderabad Municipal Corporation; residents' welfare associations; The Hague (cyber security)",
        next_steps=["Add a satisfaction check before closing complaints.", "Open more service centres in new settlements.",
                    "Share the platform with partner cities."],
        themes=["digital", "governance"],
        actions=[("cities-as-governance-partners", 4), ("migration-and-security", 1)]),
    "mexico-city": dict(
        programme="a hospitable city for people in transit", first=2018,
        context="Mexico City receives migrants in transit and people who return from abroad, and coordinates the "
                "Euro-Latin-American Alliance of Cooperation among Cities (AL-LAs).",
        activities=["a municipal ID that opens services to migrants regardless of status",
                    "shelters and legal advice run with civil society",
                    "job fairs for returnees and refugees",
                    "exchanges with AL-LAs cities on the international action of cities"],
        metric=("people served by the hospitality programme", 5000, 1500),
        setbacks=["Shelters were overcrowded during caravan arrivals.",
                  "Employers were reluctant to hire people without national papers.",
                  "Coordination with federal agencies was slow."],
        partners="AL-LAs; civil society shelters; UNHCR; IOM",
        next_steps=["Open a second legal advice centre.", "Agree a protocol with federal agencies.",
                    "Share the municipal ID with AL-LAs partners."],
        themes=["migration", "human-rights", "city-diplomacy"],
        actions=[("migration-administration-and-management", 1), ("integrating-refugees-of-war", 4),
                 ("integrating-economic-migrants", 2)]),
    "copenhagen": dict(
        programme="safe neighbourhoods without polarisation", first=2017,
        context="Copenhagen works on safety and inclusion together, in the Nordic Safe Cities approach, and with citizen "
                "initiatives such as Venligboerne that welcome newcomers.",
        activities=["mentors for young people at risk of radicalisation",
                    "a city dialogue forum with residents of all backgrounds",
                    "positive communication about newcomers by the city's representatives",
                    "cooperation with Malmö on cross-border services"],
        metric=("young people in mentoring", 150, 30),
        setbacks=["The dialogue forum reached few residents from the outskirts.",
                  "Mentors changed often, breaking trust.",
                  "Online hate grew faster than the city's response."],
        partners="Nordic Safe Cities; Strong Cities Network; Malmö; Venligboerne volunteers",
        next_steps=["Train mentors for longer engagements.", "Take the forum to the outskirts.",
                    "Add an online safety strand with Nordic partners."],
        themes=["security", "social-inclusion"],
        actions=[("integrating-refugees-of-war", 7), ("integrating-refugees-of-war", 3), ("migration-and-security", 1)]),
    "montevideo": dict(
        programme="a welcome plan for new residents", first=2018,
        context="Montevideo receives migrants from across Latin America. The city set up a single window where newcomers "
                "find documents, housing advice and work.",
        activities=["a single window for newcomers at the city hall",
                    "cultural festivals that bring host and migrant communities together",
                    "housing advice and guarantees for first rentals",
                    "exchanges with AL-LAs cities on migrant services"],
        metric=("newcomers helped at the single window", 1800, 500),
        setbacks=["Rental guarantees ran out before the end of the year.",
                  "Festivals drew visitors but few lasting contacts.",
                  "Staff turnover slowed the single window."],
        partners="AL-LAs; national migration office; migrant associations; UCLG Committee on Culture",
        next_steps=["Secure rental guarantees for the whole year.", "Pair festival contacts with neighbourhood groups.",
                    "Publish yearly figures."],
        themes=["migration", "culture", "social-inclusion"],
        actions=[("integrating-refugees-of-war", 3), ("migration-administration-and-management", 2)]),
    "kumasi": dict(
        programme="green streets and climate adaptation", first=2019,
        context="Kumasi greened a street with advice from Dortmund and continues to adapt its streets and markets to "
                "heat and heavy rain.",
        activities=["tree planting along main roads with market traders",
                    "drainage works in flood-prone neighbourhoods",
                    "technical exchanges with Dortmund on green infrastructure",
                    "climate education in schools"],
        metric=("trees planted along city streets", 1200, 900),
        setbacks=["A dry season killed many young trees.",
                  "Drainage works were delayed by land disputes.",
                  "Traders feared losing space to trees."],
        partners="Dortmund; Engagement Global; ICLEI; market traders' associations",
        next_steps=["Plant drought-tolerant species.", "Agree space with traders before works.",
                    "Measure street temperatures."],
        themes=["climate", "urban-planning"],
        actions=[("cities-as-governance-partners", 6), ("cities-as-governance-partners", 1)]),
}

TITLE_PATTERNS = ["{City} {year}: launching {programme}", "{City} {year}: first results of {programme}",
                  "{City} {year}: scaling up {programme}", "{City} {year}: {programme}, lessons and adjustments",
                  "{City} {year}: {programme} across the city", "{City} {year}: {programme} under pressure",
                  "{City} {year}: {programme}, what we learned", "{City} {year}: consolidating {programme}",
                  "{City} {year}: {programme} as a model for others", "{City} {year}: the next stage of {programme}"]

LAST_YEAR = 2025      # the latest reporting year with filed briefs
CURRENT_YEAR = 2026   # drafts for the running year


def _status(city_index, year, rng):
    """Published, except the latest years; one withdrawn brief."""
    if year == CURRENT_YEAR:
        return "draft"
    if year == LAST_YEAR:
        return ["published", "submitted", "changes_requested", "published", "submitted"][city_index % 5]
    if (city_index, year) == (3, 2019):
        return "withdrawn"
    return "published"


def briefs(city_names):
    """Demo briefs: list of dicts with city slug, year, sections, status, timestamps, themes and action refs."""
    rng = random.Random(2017)
    rows = []
    for index, (city, arc) in enumerate(ARCS.items()):
        name = city_names[city]
        label, start, growth = arc["metric"]
        years = list(range(arc["first"], LAST_YEAR + 1))
        if index % 4 == 1 and len(years) > 4:
            years.remove(years[3])            # a skipped year: not every city reports every year
        if index % 3 == 0:
            years.append(CURRENT_YEAR)
        for step, year in enumerate(years):
            value = start + growth * step + rng.randint(0, max(1, growth // 3))
            activity = arc["activities"][step % len(arc["activities"])]
            other = arc["activities"][(step + 1) % len(arc["activities"])]
            status = _status(index, year, rng)
            title = TITLE_PATTERNS[step % len(TITLE_PATTERNS)].format(City=name, year=year, programme=arc["programme"])
            verb = "launched" if step == 0 else "continued"
            summary = (f"In {year}, {name} {verb} {arc['programme']}: {value:,} {label}. "
                       f"The focus this year was {activity}.")
            context = arc["context"]
            if step:
                context += (f"\n\n{year} was year {step + 1} of the programme. The council kept the budget line and "
                            f"asked for evidence of results before extending it.")
            programme = (f"The programme combined {activity} with {other}.\n\n"
                         f"Work was led by the mayor's office with the departments concerned; residents and newcomers "
                         f"took part in planning meetings in {2 + step % 4} districts.")
            results = (f"- {value:,} {label} (target: {start + growth * (step + 1):,}).\n"
                       f"- {3 + (step * 7) % 11} partner organisations active in the programme.\n"
                       f"- An evaluation with residents rated the services {60 + (step * 5) % 30} out of 100.")
            what_did_not_work = arc["setbacks"][step % len(arc["setbacks"])]
            next_steps = arc["next_steps"][step % len(arc["next_steps"])]
            submitted_at = published_at = None
            if status != "draft":
                submitted_at = f"{year + 1}-0{2 + step % 3}-1{step % 9}T09:30:00Z"
            if status in ("published", "withdrawn"):
                published_at = f"{year + 1}-0{4 + step % 3}-0{1 + step % 9}T14:00:00Z"
            rows.append(dict(city=city, year=year, title=title, summary=summary, context=context,
                             programme=programme, results=results, what_did_not_work=what_did_not_work,
                             partners=arc["partners"], next_steps=next_steps, status=status,
                             submitted_at=submitted_at, published_at=published_at,
                             themes=arc["themes"], actions=arc["actions"]))
    return rows
