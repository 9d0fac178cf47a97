"""The Inaugural Convening (The Hague, 10-11 September 2016) and its strategy sessions, exactly as printed.

Sources: 004_… (the four Migration strategy session papers, 10 September 2016) and 000_… (Sessions on
Governance paper, 11 September 2016). Action texts are verbatim; where a paper prints a bold title before
the colon, it is the action's title and the rest is its text. Actions without a printed title have none.
"""

from data_networks import GOV, MIG

DISCLAIMER = ("This document includes draft statements of shared principles and common, opt-in actions that represent "
              "the insights and discussions of mayors, city leaders, and experts from more than 60 cities around the "
              "world. These principles have not yet been ratified by the Global Parliament of Mayors but will be "
              "considered by the founding executive committee of Mayors.")

CONVENING = dict(
    id=1, slug="inaugural-convening-2016", title="Inaugural Convening of the Global Parliament of Mayors",
    city="the-hague", starts_on="2016-09-10", ends_on="2016-09-11",
    description="The Global Parliament of Mayors held its Inaugural Convening in The Hague on 10 and 11 September 2016. "
                "Mayors, city leaders and experts from more than 60 cities around the world met in strategy sessions on "
                "migration (10 September) and on governance (11 September), drafting shared principles and common, opt-in "
                "actions.\n\n"
                "Drawing upon The Hague Declaration (2016), cities have the right “to take action together, across borders, "
                "in domains where the global agenda has been stalled”. As stated in its charter, the GPM will “share best "
                "practices, offer a common global voice for cities, and act as a permanent action oriented platform” and "
                "“will also function as a permanent advisory platform for international organizations”. Its Secretariat is "
                "established in the international city of peace and justice, The Hague.")

# Each session: slug, number, theme, title, subtitle, held_on, people [(role, name, city slug, network slug,
# organisation as printed)], principles [text], actions [(title or None, text, role model or None)].
SESSIONS = [
    dict(slug="integrating-economic-migrants", number=1, theme="migration", title="Integrating Economic Migrants",
         subtitle="Migration – Strategy Session 1", held_on="2016-09-10", note=DISCLAIMER, source=MIG,
         people=[("chair", "Peter Kurz", "mannheim", None, None),
                 ("co_chair", "Sanjeev Nayyar", "north-delhi", None, None)],
         principles=["We believe migrants should be integrated into our local economies and be made partners in the "
                     "development of our cities."],
         actions=[
             ("Diversity declaration and benchmarking",
              "We will engage with civil society in our cities to create a common unified Declaration that expresses our "
              "commitment to diversity and we will develop a framework on which to benchmark ourselves on an ongoing basis "
              "(The Mannheim Declaration could be the role model for this).", "The Mannheim Declaration"),
             ("Residency-based rights of access",
              "We will implement and/or advocate for changes in national statutes (where necessary) to enable cities to "
              "provide access to services and labour markets to all those who reside in the city, regardless of legal "
              "status.", None),
             ("Mapping our cities as part of a network",
              "We will use a common approach to gather data and map our cities as nodes in a global network, in order to "
              "understand our migrant communities and linkages they have with communities and cities elsewhere in the "
              "world.", None),
             ("Direct city-to-city connections",
              "We will build a common technology-based information exchange platform to enable us to share data, learnings "
              "and capture economic opportunities between cities on a direct city-to-city basis. We also propose to create "
              "development partnerships on a city-to-city level (e.g. Europe-North Africa) financed by national governments "
              "and/or supranational institutions.", None),
             ("Twinning cities",
              "We will plan and implement a twin city cooperation strategy for pairs of cities that are linked by migrant "
              "flows (e.g., North-South cities) with migrant communities playing a key role in developing the cooperation.",
              None),
         ]),
    dict(slug="integrating-refugees-of-war", number=2, theme="migration", title="Integrating Refugees of War",
         subtitle="Migration – Strategy Session 2", held_on="2016-09-10", note=DISCLAIMER, source=MIG,
         people=[("chair", "Ahmed Aboutaleb", "rotterdam", None, None),
                 ("resource_team", "Dr. Hugo Slim", None, "icrc", "ICRC"),
                 ("resource_team", "Joanne Irvine", None, "undp", "UNDP Brussels/JMDI"),
                 ("resource_team", "Helge Lunde", None, "icorn", "ICORN"),
                 ("resource_team", "Khaled Rifai", None, None, "McKinsey")],
         principles=["We believe that migration (forced and unforced) is a fact. Hence, we believe that cities should develop "
                     "and implement policies that assume that refugees are settling – in line with international human rights "
                     "and the Geneva Convention, return to their home countries is always voluntary"],
         actions=[
             ("Institutionalize human mobility holistically",
              "We will establish departments of ‘human mobility planning’ at the mayor’s office that plan for human flows "
              "across voluntary or forced intra-country and cross-border migration and that will connect with other cities’ "
              "departments to exchange best practices.", None),
             ("Forecast migrant flows to increase urban preparedness",
              "We will explore a more sophisticated use of data to plan and align on expected human flows. This should allow "
              "the municipal administration to better plan affordable housing in a way that avoids ghettoization, education "
              "for refugee youth, access to emergency health care services, etc.", None),
             ("Foster platforms that connect host and refugee communities",
              "We will foster cultural activities that promote intercultural understanding.", None),
             ("Allow refugees to contribute economically, politically, and socially",
              "We will promote the idea of a municipal citizenship that – independent of national residence status – allows "
              "the city’s population to access certain public services and offerings (e.g., emergency health care, museum "
              "nights, etc.), participate in the political process and engage in civic activities.", None),
             ("Demand integration efforts from the migrant population",
              "We will work together with the migrant population to make them aware of the host community expectations "
              "(e.g., with regard to language proficiency, acceptance of social norms, etc.).", None),
             ("Ensure appropriate focus on security",
              "While we acknowledge that the vast majority of refugees is well-intended, we have to acknowledge that some "
              "have been traumatized on their refugee journey and / or come with political ambitions that jeopardize public "
              "safety. We will work hard to promote and protect public safety.", None),
             ("Focus on positive framing of the issue",
              "We know that migration outcomes are dependent on how well host and migrant communities connect and how "
              "quickly they accept each other. We hence commit to eliminating negative vocabulary from city "
              "representative's public speeches and refrain from participating in unsubstantiated fearmongering.", None),
             ("Make the cities' voices heard in national and supranational forums",
              "We believe that cities will be key to cope with the challenges and capture the opportunities that forced "
              "migration hold. We hence will work toward increasing the collective voice that cities have in national and "
              "supranational decision-making bodies.", None),
         ]),
    dict(slug="migration-and-security", number=3, theme="migration", title="Migration and Security",
         subtitle="Migration – Strategy Session 3", held_on="2016-09-10", note=DISCLAIMER, source=MIG,
         people=[("chair", "Giorgos Kaminis", "athens", None, None),
                 ("co_chair", "Mick Cornett", "oklahoma-city", None, None),
                 ("resource_team", "Robert Muggah", None, None, "Igarape Institute"),
                 ("resource_team", "Elizabeth Johnston", None, "efus", "European Forum for Urban Safety"),
                 ("resource_team", "Mark Singleton", None, None, "Director ICCT"),
                 ("resource_team", "Robert Carsouw", None, None, "McKinsey"),
                 ("resource_team", "Godfried Engbersen", None, None, "BOLD cities")],
         principles=["We believe that dealing with security should be based on facts and acknowledge the fear that some "
                     "citizens are experiencing in our communities.",
                     "We believe that security concerns should be considered for the receiving communities and for the "
                     "migrants themselves.",
                     "We believe that policy and actions should address both security issues and rapid integration of migrants "
                     "which may serve to reduce risks."],
         actions=[
             (None, "We will collect and assess real time data in a dedicated function, to confirm and communicate the reality "
                    "to citizens that ‘new’ migrants have lower crime rates than average, to identify patterns of high crime "
                    "caused directly or indirectly by migration, and to better tailor and integrate emergency, social, and "
                    "support services to avoid the challenges that lead to crime.", None),
             (None, "We will facilitate rapid integration of migrants, by starting with the integration process as of the "
                    "moment of arrival, re-balancing the current focus on the legal process, providing language courses "
                    "directly after migrants arrive, identifying opportunities in the job market, providing the education "
                    "required to enter the job market, and assisting with housing whilst avoiding segregated neighborhoods.",
              None),
             (None, "We will fight the criminal organizations that support illegal migration.", None),
         ]),
    dict(slug="migration-administration-and-management", number=4, theme="migration",
         title="Migration Administration & Management", subtitle="Migration – Strategy Session 4", held_on="2016-09-10",
         note=DISCLAIMER, source=MIG,
         people=[("chair", "Bitalji", "amman", None, None),
                 ("resource_team", "Kent Larson", None, None, "MIT Media Labs"),
                 ("resource_team", "Nuno Nunez", None, "iom", "IOM")],
         principles=["Migrants are full members of our society whether temporary or permanent and will be served by our city",
                     "Migrants should be integrated within the larger communities, not be left separated",
                     "Mayors should play the role of educators within their cities, leading the public discourse towards "
                     "acceptance and support"],
         actions=[
             (None, "We will provide identification for migrants to access all city services and assist undocumented residents "
                    "to access equal services in health, safety and education with dignity and without discrimination.", None),
             (None, "We will create or facilitate social networks to help immigrants find services in their city of arrival.",
              None),
             (None, "We will eliminate questions from forms that could serve to discriminate migrants (e.g., religion), and "
                    "instead focus on identifying characteristics that enable us to integrate them faster (e.g., vocation).",
              None),
             (None, "We will deploy creative bottom up tools to engage communities rather than leveraging top down decision "
                    "making (e.g. to assign housing).", None),
             (None, "We will eliminate the use of long term migrant camps and set aggressive targets to integrate migrants into "
                    "community housing rapidly.", None),
             (None, "We will work with counterparts in the communities that migrants are leaving to identify solutions that "
                    "could improve conditions and help citizens remain in their homes when possible.", None),
         ]),
    dict(slug="cities-as-governance-partners", number=None, theme="governance",
         title="Cities as Governance Partners in an Interdependent World", subtitle="Sessions on Governance",
         held_on="2016-09-11", source=GOV,
         summary="What do Cities mean today as actors of Global Governance? What can they achieve together in an "
                 "interdependent world? What have they already started? The Paper dives deeper into the theme of Cities as "
                 "Governance Partner in a context that brings together various levels of decision-making. After exploring "
                 "some of the ins and outs of city diplomacy from local to regional to international, it investigates some of "
                 "the ways in which Cities could support nation-states in taking concrete action to tackle key global "
                 "challenges, and ends with a number of suggestions for actions, which may be discussed and amended by Mayors "
                 "during their Inaugural Convening.\n\n"
                 "The Working Paper has been compiled by The Hague Centre for Strategic Studies (HCSS) on behalf of the Global "
                 "Parliament of Mayors and The Hague Municipality.",
         note="These suggested actions can be used by Mayors as a basis for discussion on the occasion of their Parliament's "
              "Inaugural Convening. Mayors could amend and reflect upon these – and while the choice of some cities will not "
              "be for everyone, the point is that it is doing something new that others can evaluate and learn from. During "
              "and after the Inaugural Convening of the GPM in The Hague, Member Cities can opt in to, or out of these "
              "policies, based on their specific needs and circumstances.",
         people=[("author", "Eline Chivot", None, None, "HCSS"),
                 ("author", "Mercedes Abdalla", None, None, "HCSS"),
                 ("author", "Clarissa Skinner", None, None, "HCSS")],
         principles=[],
         actions=[
             (None, "The GPM will share best practices, offer where possible a common global voice for cities, and act as a "
                    "permanent action-oriented platform.", None),
             (None, "It will also function as an advisory platform for international organizations and institutes such as the "
                    "United Nations, the OECD, Eurocities, Cop 22, C40, 100 Resilient Cities, the U.S. Conference of Mayors and "
                    "the World Bank.", None),
             (None, "The GPM should let the voice of cities be heard. It will engage more Mayors to speak up for cities and "
                    "strengthen their role. During international conferences and summits, the GPM can send representatives "
                    "who get the space to promote and explain the role of cities and their challenges. The communication to "
                    "and from the GPM is ensured by its Secretariat, based in The Hague, The Netherlands. The inaugural "
                    "convening will decide on these processes.", None),
             (None, "GPM Members stand for connecting “people to people, people to city systems, and city systems to city "
                    "systems”, for the city to become a better place to work, live and play in. In this, GPM Members "
                    "recognize the role of new technologies and data sharing.", None),
             (None, "Connect with and use the local expertise of your country's embassies abroad – located in cities – to get "
                    "advice for your own city. Tighten relationships between cities, regions, national governments and "
                    "regional organizations in your area (EU, ASEAN, MERCOSUR, etc.).", None),
             (None, "Make your city a lab, experimenting with solutions solving global challenges at the local level – "
                    "including environmental issues, pandemic diseases, societal tensions, cross-border problems such as the "
                    "refugee crisis and terrorism.", None),
             (None, "GPM Members stand for promoting the role of all relevant stakeholders in strengthening the voice and "
                    "example of cities. Efforts will be made in involving locals and newcomers in organizing events of all "
                    "kinds to bridge communities – for instance those connecting internationals, expats and local residents.",
              None),
             (None, "Stimulate city pride and good business climate by investing in sectors that are generators of vitality, "
                    "for example starting with schools and universities. Contact, invite and meet start-ups, large "
                    "corporations, NGOs, cultural organizations, knowledge institutions, global summit organizing committees, "
                    "etc. Tell them why your city is where they should be.", None),
             (None, "Member Cities that assess their efforts and programs as successful can report to the GPM yearly with a "
                    "Mayor Brief.", None),
         ]),
]

# Editorial SDG tags for actions, keyed by (session slug, position). Not printed in the papers.
ACTION_SDGS = {
    ("integrating-economic-migrants", 1): [10, 16], ("integrating-economic-migrants", 2): [8, 10],
    ("integrating-economic-migrants", 3): [10, 17], ("integrating-economic-migrants", 4): [8, 17],
    ("integrating-economic-migrants", 5): [10, 17],
    ("integrating-refugees-of-war", 1): [10, 11], ("integrating-refugees-of-war", 2): [3, 4, 11],
    ("integrating-refugees-of-war", 3): [10, 11], ("integrating-refugees-of-war", 4): [10, 16],
    ("integrating-refugees-of-war", 5): [4, 10], ("integrating-refugees-of-war", 6): [16],
    ("integrating-refugees-of-war", 7): [10, 16], ("integrating-refugees-of-war", 8): [16, 17],
    ("migration-and-security", 1): [16], ("migration-and-security", 2): [4, 8, 11], ("migration-and-security", 3): [16],
    ("migration-administration-and-management", 1): [3, 4, 10, 16], ("migration-administration-and-management", 2): [10],
    ("migration-administration-and-management", 3): [10, 16], ("migration-administration-and-management", 4): [11, 16],
    ("migration-administration-and-management", 5): [11], ("migration-administration-and-management", 6): [1, 17],
    ("cities-as-governance-partners", 1): [17], ("cities-as-governance-partners", 2): [17],
    ("cities-as-governance-partners", 3): [16, 17], ("cities-as-governance-partners", 4): [9, 11],
    ("cities-as-governance-partners", 5): [17], ("cities-as-governance-partners", 6): [11, 13],
    ("cities-as-governance-partners", 7): [11, 16], ("cities-as-governance-partners", 8): [4, 8, 9],
    ("cities-as-governance-partners", 9): [16, 17],
}

# Editorial short titles for the actions the papers print without a title, keyed by (session slug, position):
# written by the editors from each action's own text (not printed in the papers) and shown to readers as
# "editorial title" (actions.short_title_is_editorial = 1). Both the demo and the documents-only data carry them.
SHORT_TITLES = {
    ("migration-and-security", 1): "Real-time data on migration and crime",
    ("migration-and-security", 2): "Integration from the moment of arrival",
    ("migration-and-security", 3): "Fighting migrant-smuggling networks",
    ("migration-administration-and-management", 1): "City identification for all residents",
    ("migration-administration-and-management", 2): "Social networks that guide newcomers",
    ("migration-administration-and-management", 3): "Forms without discriminating questions",
    ("migration-administration-and-management", 4): "Bottom-up community engagement",
    ("migration-administration-and-management", 5): "No long-term migrant camps",
    ("migration-administration-and-management", 6): "Working with cities of origin",
    ("cities-as-governance-partners", 1): "A permanent platform for cities",
    ("cities-as-governance-partners", 2): "Advising international organisations",
    ("cities-as-governance-partners", 3): "Letting the voice of cities be heard",
    ("cities-as-governance-partners", 4): "Connecting people and city systems",
    ("cities-as-governance-partners", 5): "Using embassies' local expertise",
    ("cities-as-governance-partners", 6): "The city as a lab for global challenges",
    ("cities-as-governance-partners", 7): "Involving all stakeholders",
    ("cities-as-governance-partners", 8): "City pride and a good business climate",
    ("cities-as-governance-partners", 9): "Yearly Mayor Brief on successful programmes",
}
