"""Themes and networks/organisations, as the source documents describe them.

Sources (file names in ../shared/seeds/):
  GOV = 000_… GPM Sessions on Governance paper (HCSS, 11 September 2016)
  EUR = 002_… Krunke & Hovden, 'Transnational Solidarity among European Cities'
  UCLG = 003_… UCLG, 'City-to-City. A Guide to the UCLG Learning Universe'
Figures are kept as printed in `members_note`; `members_count` is the number in that figure.
"""

GOV = "GPM Sessions on Governance, 'Cities as Governance Partners in an Interdependent World' (HCSS, 2016)"
EUR = "H. Krunke and K. Hovden, 'Transnational Solidarity among European Cities' (2019)"
UCLG = "UCLG, 'City-to-City. A Guide to the UCLG Learning Universe' (2016)"
MIG = "GPM Inaugural Convening, Migration strategy session papers (10 September 2016)"

# slug, name, description
THEMES = [
    ("migration", "Migration", "Integration of economic migrants and refugees, human mobility planning and municipal citizenship."),
    ("security", "Security", "Urban safety, countering violent extremism and the security of receiving communities and migrants."),
    ("climate", "Climate and energy", "Climate mitigation and adaptation, energy efficiency and the local delivery of climate targets."),
    ("city-diplomacy", "City diplomacy", "Cities acting together across borders and speaking for cities in international fora."),
    ("culture", "Culture", "Culture as a dimension of sustainable development, intercultural understanding and heritage."),
    ("development", "Development cooperation", "Decentralised, city-to-city, South-South and triangular cooperation for development."),
    ("economy", "Economy", "Local economic development, jobs, innovation clusters and public-private partnership."),
    ("governance", "Governance", "Participation, transparency, accountability and the powers of local government."),
    ("digital", "Digital innovation and open data", "ICT for service delivery, open data, urban analytics and citizen reporting."),
    ("human-rights", "Human rights", "Human rights in the city, freedom of expression and non-discrimination."),
    ("urban-planning", "Urban planning and housing", "Strategic planning, land management, housing and public space."),
    ("peer-learning", "Peer learning", "Peer-to-peer exchange, capacity building and learning methodologies between cities."),
    ("social-inclusion", "Social inclusion", "Access to services for all residents, inclusion of vulnerable groups and social cohesion."),
]

# Each network: slug, name, acronym, kind, parent slug, founded, seat, seat city slug, members_count,
# members_note, website, description, source, theme slugs.
NETWORKS = [
    dict(slug="uclg", name="United Cities and Local Governments", acronym="UCLG", kind="global_network",
         founded=2004, members_count=240000,
         members_note="240,000 towns, cities, regions and metropolises in 140 nation states, representing 5 billion "
                      "people or 70% global population by 2015",
         website="https://www.uclg.org/",
         description="UCLG seeks to represent and defend the interests of local governments on the world stage, including in "
                     "United Nations and other global fora. It was created in 2004, after local and regional authorities "
                     "decided to ‘unite their voices before the international community’. Its mission statement: ‘To be the "
                     "united voice and world advocate of democratic local self-government...’\n\n"
                     "UCLG has a decentralised structure, with nine sections, seven of them regional. Its World Council adopted "
                     "the Global Charter-Agenda for Human Rights in the City in 2011. UCLG was actively involved in advocating "
                     "for SDG 11 on sustainable cities and works with UNDP and UN-Habitat on a toolkit for ‘localizing the SDGs’.\n\n"
                     "Through its convening, facilitating and enabling role, UCLG actively promotes and provides platforms and "
                     "entry points for dynamic decentralised cooperation, including peer exchanges and a wide range of other "
                     "learning activities.",
         source=EUR + "; " + UCLG, themes=["city-diplomacy", "development", "peer-learning", "governance"]),
    dict(slug="cemr", name="Council of European Municipalities and Regions", acronym="CEMR", kind="local_government_association",
         parent="uclg", founded=1951, website="http://www.twinning.org/",
         description="The European section of UCLG, established in 1951, and thus older than UCLG itself. CEMR has been at the "
                     "forefront of advocating for the town twinning movement, of which it was the brainchild. By 2010, the total "
                     "number of twinning partnerships was estimated at over 20,000.",
         source=EUR, themes=["city-diplomacy", "culture"]),
    dict(slug="uclg-africa", name="United Cities and Local Governments of Africa", acronym="UCLG-A", kind="regional_network",
         parent="uclg", seat="Rabat, Morocco", seat_city="rabat",
         members_note="40 national associations of local governments and the 2,000 cities that have more than 100,000 "
                      "inhabitants, representing nearly 350 million African citizens",
         website="http://www.afriquelocale.org/en/",
         description="The African regional section of UCLG, based in Rabat, Morocco: the umbrella organisation and the united "
                     "voice and representative of local government in Africa. Its principal goals include promoting "
                     "decentralisation in Africa and African local governments as a distinct and autonomous sphere of "
                     "government, and promoting exchange of experiences and best practices among African local governments.\n\n"
                     "UCLG-A organises the Africities Summit every three years, bringing together about 5,000 people, including "
                     "ministers. It set up the Africa Local Government Peer Review Programme at the request of African local "
                     "authorities.",
         source=UCLG, themes=["governance", "peer-learning", "development"]),
    dict(slug="uclg-aspac", name="United Cities and Local Governments Asia-Pacific", acronym="UCLG-ASPAC", kind="regional_network",
         parent="uclg", seat="Jakarta, Indonesia", seat_city="jakarta", members_count=7000,
         members_note="linkages to more than 7,000 local governments, representing over 3.76 billion people",
         website="http://www.uclg-aspac.org/",
         description="The largest regional section of UCLG, based in Jakarta, Indonesia, and the key knowledge management hub "
                     "on local governance issues in the region. Its objectives include promoting strong and effective democratic "
                     "local self-government, promoting twinning and partnership between local governments and peoples, and "
                     "acting as a source of information, learning, exchange and capacity building.\n\n"
                     "UCLG-ASPAC has been actively involved in the Partnership for Democratic Local Governance in Southeast Asia "
                     "(DELGOSEA) programme.",
         source=UCLG, themes=["governance", "peer-learning"]),
    dict(slug="metropolis", name="World Association of the Major Metropolises", acronym="Metropolis", kind="global_network",
         parent="uclg", founded=1985, members_count=140, members_note="more than 140 members from across the world",
         website="http://www.metropolis.org/",
         description="The leading international organisation gathering cities and metropolitan regions of more than one million "
                     "inhabitants. Created in 1985, it operates as an international forum to explore issues and concerns common "
                     "to all large cities and metropolitan regions, and manages the metropolitan section of UCLG.\n\n"
                     "Metropolis promotes collaborative and learning programmes between the major cities of the world, including "
                     "through Metropolis Initiatives, the Metropolis International Training Institute (hosted by the Seoul Human "
                     "Resources Development Center) and the Policy Transfer Platform, and co-sponsors the Guangzhou International "
                     "Award for Urban Innovation.",
         source=UCLG, themes=["peer-learning", "urban-planning", "governance"]),
    dict(slug="uclg-culture", name="UCLG Committee on Culture / Agenda 21 for Culture", acronym=None, kind="thematic_network",
         parent="uclg", founded=2004, website="http://www.agenda21culture.net/",
         description="The global platform of cities, organisations and networks to learn, cooperate and launch policies and "
                     "programmes on the role of culture in sustainable development. Agenda 21 for Culture, its founding "
                     "declaration, was approved in 2004 with 67 articles.\n\n"
                     "The Committee brings together ‘leading cities’ and ‘pilot cities’, builds on the URBACT methodology of "
                     "local action plans, keeps a global database of good practices, and offers the ‘Culture 21 Actions’ toolkit, "
                     "adopted at the first UCLG Culture Summit in Bilbao in March 2015. With Mexico City it presents the "
                     "International Award UCLG-Mexico City-Culture 21.",
         source=UCLG, themes=["culture", "peer-learning"]),
    dict(slug="uclg-cdc", name="UCLG Committee of Digital and Knowledge-Based Cities", acronym="CDC", kind="thematic_network",
         parent="uclg", founded=2005, website="http://www.uclgdigitalcities.org/",
         description="Established in 2005 and chaired by the City of Bilbao, the Committee aims to create an efficient network "
                     "of cooperation enabling local authorities to take advantage of the opportunities that ICT, innovation and "
                     "knowledge provide. It works to reduce the digital divide and produced the ‘Smart Cities Study’, an "
                     "overview of 28 cities in six key areas: economy, citizenship, governance, mobility, environment and "
                     "quality of life.",
         source=UCLG, themes=["digital"]),
    dict(slug="uclg-cib", name="UCLG Working Group on Capacity and Institution Building", acronym="CIB", kind="thematic_network",
         parent="uclg", website="http://www.cib-uclg.org/",
         description="A technical platform for professionals from local government associations and individual local "
                     "governments active in capacity development and local government development cooperation. It works on "
                     "information exchange about members' programmes, programme coordination to avoid overlap, and advocacy "
                     "on the role of local governments in development, and keeps a compendium of its members' projects.",
         source=UCLG, themes=["development", "peer-learning"]),
    dict(slug="uclg-cisdp", name="UCLG Committee on Social Inclusion, Participatory Democracy and Human Rights",
         acronym="CISDP", kind="thematic_network", parent="uclg",
         description="Involved in and promoted the European Charter for the Safeguarding of Human Rights in the City, and the "
                     "Global Charter-Agenda for Human Rights in the City adopted by UCLG's World Council in 2011.",
         source=EUR, themes=["human-rights", "social-inclusion"]),
    dict(slug="uclg-planning", name="UCLG Urban Strategic Planning Committee", acronym=None, kind="thematic_network",
         parent="uclg",
         description="Undertakes and facilitates cooperation among cities, sharing and building on alternatives for growing "
                     "urban issues with local governments and local associations along with global partnerships for strategic "
                     "sustainable urban development. Durban's MILE partners with UCLG through this committee.",
         source=UCLG, themes=["urban-planning", "peer-learning"]),
    dict(slug="uclg-diplomacy", name="UCLG Committee on Development Cooperation and City Diplomacy", acronym=None,
         kind="thematic_network", parent="uclg",
         description="Together with the city of Bogotá, the Committee has developed a Peace Prize.",
         source=UCLG, themes=["city-diplomacy", "development"]),
    dict(slug="c40", name="C40 Cities Climate Leadership Group", acronym="C40", kind="thematic_network", founded=2005,
         members_count=94, members_note="94 of the world's megacities, together housing over 700 million citizens "
                                        "(2019; 'more than 80' member cities in 2016)",
         website="https://www.c40.org/",
         description="A ‘network of the world's megacities committed to addressing climate change’. Since 2005 it has convened "
                     "its member cities to exchange ideas, solutions and experiences through 16 thematic networks and six "
                     "overarching initiative areas for climate mitigation and adaptation. It convenes networks, conducts "
                     "programmes on barriers to climate action, carries out research and develops tools and frameworks.\n\n"
                     "C40's internal assessment found that ‘In 2015, 30% of climate actions were delivered as a result of "
                     "collaboration with other cities’, and cities report that they plan to expand 95% of the actions delivered "
                     "through working with other cities. Networking by type of challenge, such as C40's Delta Cities Network, "
                     "remains relatively rare.",
         source=GOV + "; " + EUR, themes=["climate"]),
    dict(slug="iclei", name="ICLEI – Local Governments for Sustainability", acronym="ICLEI", kind="thematic_network",
         description="One of the international city networks, with C40 and 100 Resilient Cities, that the governance paper "
                     "credits with endorsing cities as crucial and efficient partners in solving global challenges; the UCLG "
                     "guide lists it among the thematic global networks of technical exchange.",
         source=GOV + "; " + UCLG, themes=["climate"]),
    dict(slug="100-resilient-cities", name="100 Resilient Cities", acronym="100RC", kind="thematic_network",
         website="http://www.100resilientcities.org/",
         description="Named with C40 and ICLEI among the international city networks that made a concrete difference in "
                     "endorsing cities as partners in solving global challenges. The governance paper draws on its work on "
                     "city resilience: leadership that fosters cross-sector communication and evidence-based decision-making, "
                     "and economic prosperity through skills training and education.",
         source=GOV, themes=["climate", "governance"]),
    dict(slug="eurocities", name="EUROCITIES", acronym=None, kind="regional_network", founded=1986,
         members_count=140,
         members_note="more than 140 of Europe's largest cities and over 45 partner cities, collectively governing 130 million "
                      "citizens across 39 countries",
         website="http://www.eurocities.eu/",
         description="EUROCITIES was founded in 1986 by the mayors of six large cities: Barcelona, Birmingham, Frankfurt, Lyon, "
                     "Milan, and Rotterdam. Full membership requires cities to be located in the EU or the EEA, to be ‘an "
                     "important regional centre with an international dimension’, and usually to have a population of at least "
                     "250,000; associate membership is open to similar cities outside the EU or EEA, partner status to other "
                     "local authorities or organisations, and there is a category for business partners.\n\n"
                     "It presents itself as ‘the main a political platform’ for the mayors and leaders of major European cities "
                     "towards the EU institutions, ‘making cities' voices heard in Europe since 1986’. Its strategic framework "
                     "2014-2020 identifies jobs and sustainable growth, diverse and creative cities, green and healthy cities, "
                     "smarter cities, and urban innovation.",
         source=EUR, themes=["city-diplomacy", "governance", "economy"]),
    dict(slug="solidarity-cities", name="Solidarity Cities", acronym=None, kind="thematic_network", parent="eurocities",
         website="https://solidaritycities.eu/",
         description="An initiative on the management of the refugee crisis and on the integration of refugees, launched by the "
                     "city of Athens under the framework of the EUROCITIES network. It is structured around four pillars:\n\n"
                     "- information and knowledge exchange on the refugee situation in cities;\n"
                     "- advocating for better involvement and direct funding for cities on reception and integration of refugees;\n"
                     "- city-to-city technical and financial assistance and capacity building;\n"
                     "- pledges by European cities to receive relocated asylum seekers.",
         source=EUR, themes=["migration", "social-inclusion"]),
    dict(slug="urbact", name="URBACT", acronym=None, kind="programme", founded=2002, seat="Paris, France", seat_city="paris",
         members_count=415, members_note="415 beneficiaries of URBACT III as of January 2019",
         website="https://urbact.eu/",
         description="A European exchange and learning programme promoting sustainable urban development: one of the Interreg "
                     "initiatives under the European Territorial Cooperation programme, with its secretariat in Paris and "
                     "National URBACT Points in most Member States. Its beneficiaries are cities from the EU Member States, "
                     "Norway and Switzerland, of every size, as well as local agencies, regional and national authorities, "
                     "universities and research centres.\n\n"
                     "‘Since 2002, URBACT has provided alternative solutions to addressing key urban challenges by promoting "
                     "sustainable integrated urban development through exchange and learning.’ URBACT III (2014-2020) focuses on "
                     "Action Planning Networks, in which cities identify a policy challenge and commit to an Integrated Action "
                     "Plan developed with a participatory approach.",
         source=EUR + "; " + UCLG, themes=["urban-planning", "peer-learning"]),
    dict(slug="historic-towns", name="European Association of Historic Towns and Regions", acronym=None,
         kind="thematic_network", members_count=1200,
         members_note="over 1200 historic and heritage towns, cities, and regions in 32 European countries",
         website="http://www.historic-towns.org/",
         description="Formed by the Council of Europe, the association seeks to ‘promote the interests of historic towns and "
                     "cities across Europe’ through international cooperation, the sharing of experiences and good practices, "
                     "and promoting ‘vitality, viability and sustainable management’.",
         source=EUR, themes=["culture"]),
    dict(slug="roma-alliance", name="European Alliance of Cities and Regions for the Inclusion of Roma and Travellers",
         acronym=None, kind="thematic_network", founded=2013, members_count=130,
         members_note="130 cities and regions from 29 countries", website="http://www.roma-alliance.org/",
         description="Launched in 2013 and set up by the Council of Europe's Congress of Local and Regional Authorities, the "
                     "alliance promotes projects and policies for the inclusion of Roma and Travellers and fights "
                     "anti-gypsyism: condemning hate speech, recognising anti-gypsyism as a form of racism, sharing good "
                     "practices, and improving the dialogue between local authorities, NGOs and Roma and Traveller residents.",
         source=EUR, themes=["social-inclusion", "human-rights"]),
    dict(slug="covenant-of-mayors", name="Covenant of Mayors for Climate & Energy", acronym=None, kind="thematic_network",
         members_count=7000, members_note="more than 7,000 local and regional authorities across 57 countries",
         website="https://www.covenantofmayors.eu/",
         description="The world's largest movement for local climate and energy actions, bringing together ‘thousands of local "
                     "governments voluntarily committed to implementing EU climate and energy objectives... and achieving and "
                     "exceeding the EU climate and energy targets’. Its success ‘quickly went beyond expectations’.",
         source=EUR, themes=["climate"]),
    dict(slug="human-rights-charter", name="European Charter for the Safeguarding of Human Rights in the City",
         acronym=None, kind="thematic_network", founded=2000, members_count=400,
         members_note="signed by approximately 400 cities",
         description="An initiative through which European cities cooperate on the respect, protection and fulfilment of human "
                     "rights at the local level. It began in Barcelona in 1998 at the Conference ‘Cities for Human Rights’, "
                     "held for the 50th anniversary of the Universal Declaration of Human Rights, where participating cities "
                     "adopted the ‘Barcelona Engagement’. The Charter was drafted over two years in a dialogue between cities, "
                     "civil society and human rights experts, and adopted in Saint-Denis in 2000.",
         source=EUR, themes=["human-rights"]),
    dict(slug="ubc", name="Union of the Baltic Cities", acronym="UBC", kind="regional_network", members_count=100,
         members_note="around 100 cities in the Baltic Sea region", website="http://www.ubc.net/",
         description="A network of cities drawn from Denmark, Estonia, Finland, Germany, Latvia, Lithuania, Norway, Poland, "
                     "Russia and Sweden; a ‘voluntary, proactive network mobilizing the shared potential of its member cities’. "
                     "The Union works across seven Commissions: culture, inclusivity and health, planning, safety, prosperity, "
                     "sustainability, and youth.",
         source=EUR, themes=["city-diplomacy", "climate", "culture"]),
    dict(slug="danube-cities", name="Council of Danube Cities and Regions", acronym="CoDCR", kind="regional_network",
         founded=1998, members_count=40, members_note="around 40 cities and regions in the Danube region",
         website="http://www.codcr.com/",
         description="Besides its respect for democracy and human rights, the Council is founded on the belief that powers "
                     "should be apportioned ‘in accordance with the principles of political decentralization and subsidiarity’ "
                     "and that ‘functions should be exercised at the level as close to the citizen as possible’.",
         source=EUR, themes=["governance"]),
    dict(slug="nordic-safe-cities", name="Nordic Safe Cities", acronym=None, kind="thematic_network", members_count=25,
         members_note="25 cities and municipalities (as well as several organisations) in 2016-2017",
         website="https://nordicsafecities.org/",
         description="A network in Denmark, Finland, Iceland, Norway and Sweden, funded by the Nordic Council of Ministers, "
                     "focused on preventing radicalisation and violent extremism and appealing to democracy, human rights, "
                     "openness, trust and tolerance. Its ‘six ambitions’: safe urban spaces, a safe online sphere, strong "
                     "families, safe public institutions, a strong youth engagement, and safe communities. It collaborates with "
                     "the European Commission's Radicalisation Awareness Network.",
         source=EUR, themes=["security"]),
    dict(slug="ran", name="Radicalisation Awareness Network", acronym="RAN", kind="programme",
         description="Set up by the European Commission; Nordic Safe Cities collaborates with it to scale up the Nordic "
                     "approach and share its knowledge with the wider Europe.",
         source=EUR, themes=["security"]),
    dict(slug="icorn", name="International Cities of Refuge Network", acronym="ICORN", kind="thematic_network",
         members_count=70, members_note="more than 70 cities", website="https://www.icorn.org/",
         description="ICORN offers ‘shelter to writers and artists at risk, advancing freedom of expression, defending "
                     "democratic values and promoting international solidarity’. Member cities offer long-term shelter to those "
                     "‘at risk as a direct consequence of their creative activities’.",
         source=EUR, themes=["human-rights", "culture", "migration"]),
    dict(slug="strong-cities-network", name="Strong Cities Network", acronym="SCN", kind="thematic_network",
         founded=2015, members_count=120, members_note="more than 120 cities",
         website="https://strongcitiesnetwork.org/",
         description="Launched at the United Nations in September 2015, the first ever global network of mayors, municipal-level "
                     "policy makers and practitioners ‘united in building social cohesion and community resilience to counter "
                     "violent extremism in all its forms’. Led by the Institute for Strategic Dialogue (ISD), it builds "
                     "collaboration between mayors, political actors and frontline teams to tackle polarisation, hate and "
                     "violence, with a set of fundamental principles that protect and promote human rights and civil liberties.",
         source=EUR, themes=["security", "social-inclusion"]),
    dict(slug="efus", name="European Forum for Urban Safety", acronym="Efus", kind="thematic_network",
         description="Represented in the resource team of the GPM's strategy session on Migration and Security (The Hague, "
                     "10 September 2016).",
         source=MIG, themes=["security"]),
    dict(slug="al-las", name="Euro-Latin-American Alliance of Cooperation among Cities", acronym="AL-LAs",
         kind="regional_network", founded=2013, members_count=8,
         members_note="Mexico City and seven other Latin-American cities, with two European networks (CUF and FAMSI)",
         website="https://www.proyectoallas.net/",
         description="Established in 2013 and coordinated by the Government of Mexico City, in partnership with Montevideo, "
                     "Morón, Belo Horizonte, Quito, Medellín, Lima and Rio de Janeiro, and with United Cities of France (CUF) "
                     "and the Andalusian Fund of Municipalities for International Solidarity (FAMSI). AL-LAs is a strategic hub "
                     "of cooperation and knowledge sharing that aims to enhance cities' international relations: ‘an initiative "
                     "to rethink the way in which cities position themselves beyond their borders, professionalising the "
                     "external action of their governments and making it more strategic’.",
         source=UCLG, themes=["city-diplomacy"]),
    dict(slug="cuf", name="Cités Unies France", acronym="CUF", kind="local_government_association",
         description="A French network of local governments engaged in international cooperation; a partner of AL-LAs.",
         source=UCLG, themes=["development", "city-diplomacy"]),
    dict(slug="famsi", name="Andalusian Fund of Municipalities for International Solidarity", acronym="FAMSI",
         kind="local_government_association",
         description="A European local government network; a partner of AL-LAs.", source=UCLG, themes=["development"]),
    dict(slug="platforma", name="PLATFORMA", acronym=None, kind="regional_network",
         description="A European platform of local and regional authorities for development.",
         source=UCLG, themes=["development"]),
    dict(slug="cnm", name="National Confederation of Municipalities", acronym="CNM", kind="local_government_association",
         founded=1980, seat="Brasília, Brazil", seat_city="brasilia", members_count=5000,
         members_note="approximately 5,000 affiliated members", website="http://www.cnm.org.br/",
         description="An independent, non-partisan and non-profit organisation based in Brasília, the largest association in "
                     "Latin America. It negotiates with the National Congress and the Federal Government on behalf of "
                     "municipalities, produces research and technical studies, and each year organises the March to Brasília "
                     "in Defense of Municipalities, the largest municipal political event in Brazil.",
         source=UCLG, themes=["governance"]),
    dict(slug="fnp", name="National Front of Mayors", acronym="FNP", kind="local_government_association", founded=1989,
         website="http://www.fnp.org.br/",
         description="A nonpartisan organisation of mayors and cities across Brazil. FNP aims to ensure municipal autonomy and "
                     "promote the participation of municipalities in decentralised cooperation, including South-South and "
                     "triangular cooperation. Every other year it co-organises the Meeting of Municipalities for Sustainable "
                     "Development.",
         source=UCLG, themes=["development", "governance"]),
    dict(slug="anamm", name="National Association of Municipalities of Mozambique", acronym="ANAMM",
         kind="local_government_association",
         description="Partner in the Mozambique and Brazil decentralised cooperation project, which identified master plans, "
                     "land management and budgeting as priority areas for Mozambican reform on decentralisation.",
         source=UCLG, themes=["development"]),
    dict(slug="fcm", name="Federation of Canadian Municipalities", acronym="FCM", kind="local_government_association",
         members_note="representing 90% of Canada's municipal population, with 20 provincial and territorial municipal "
                      "associations", website="http://www.fcm.ca/",
         description="The national voice of municipal government in Canada. Its priorities include climate change and resiliency "
                     "(the Green Municipal Fund, the Partners for Climate Protection Programme), international cooperation "
                     "(including refugee resettlement), seniors and housing, rail safety, and ageing infrastructure.",
         source=UCLG, themes=["governance", "climate"]),
    dict(slug="salga", name="South African Local Government Association", acronym="SALGA",
         kind="local_government_association", members_count=278, members_note="all 278 municipalities",
         website="http://www.salga.org.za/",
         description="An autonomous association of municipalities whose mandate derives from the Constitution of the Republic of "
                     "South Africa, with a national office and nine provincial offices. SALGA launched the SALGA Centre for "
                     "Leadership and Governance, which uses a blended-learning methodology.",
         source=UCLG, themes=["governance", "peer-learning"]),
    dict(slug="vng", name="Association of Netherlands Municipalities", acronym="VNG", kind="local_government_association",
         description="Represents the interests of Dutch cities; its consultations with the Dutch central government have become "
                     "institutionalised. VNG co-organised the first-ever world congress on City Diplomacy in The Hague in 2008.",
         source=GOV, themes=["governance", "city-diplomacy"]),
    dict(slug="vng-international", name="VNG International", acronym=None, kind="local_government_association",
         parent="vng", website="http://www.vng-international.nl/",
         description="The International Cooperation Agency of the Association of Netherlands Municipalities. It supports "
                     "decentralisation processes and strengthens local governments and their associations in developing "
                     "countries and countries in transition, using tools such as the ‘5 Capabilities’ framework and a "
                     "benchmarking learning tool. It contributed to setting up the Rwandese Association of Local Governments.",
         source=UCLG + "; " + GOV, themes=["development", "peer-learning"]),
    dict(slug="mile", name="Municipal Institute of Learning", acronym="MILE", kind="programme", founded=2009,
         seat="Durban, South Africa", seat_city="durban", website="http://www.mile.org.za/",
         description="Established in 2009 within the eThekwini Municipality in Durban, in partnership with UCLG and SALGA: the "
                     "first-ever local government-driven, practitioner-based Institute of Learning. It offers Master Classes, "
                     "learning exchanges, inward-looking seminars, collaboration with academia and a municipal technical "
                     "support programme.",
         source=UCLG, themes=["peer-learning", "development"]),
    dict(slug="urb-al", name="URB-AL", acronym=None, kind="programme",
         description="A regional cooperation programme involving sub-national governments of the European Union and Latin "
                     "America, funded in large part by the EU, to develop networks between local authorities and promote "
                     "social cohesion in Latin America. Its third phase, URB-AL III (2008-2013), had a direct impact in 74 Latin "
                     "American territories, in more than 500 municipal administrations, with a total population of 26 million "
                     "people; more than 1.8 million people directly benefitted and more than 160 organisations implemented "
                     "its activities.",
         source=UCLG, themes=["social-inclusion", "development"]),
    dict(slug="delgosea", name="Partnership for Democratic Local Governance in Southeast Asia", acronym="DELGOSEA",
         kind="programme", parent="uclg-aspac",
         description="A programme that aims to create a network of cities and municipalities to implement the transnational "
                     "replication of local governance best practices across Cambodia, Indonesia, Philippines, Thailand and "
                     "Vietnam.",
         source=UCLG, themes=["governance", "peer-learning"]),
    dict(slug="european-capitals-of-culture", name="European Capitals of Culture", acronym=None, kind="programme",
         description="An EU initiative that aims, among other things, at ‘increasing the European citizen's sense of belonging "
                     "to a common cultural area’.",
         source=EUR, themes=["culture"]),
    dict(slug="european-green-capital", name="European Green Capital Award", acronym=None, kind="programme",
         description="An EU award ‘which recognises and rewards local efforts to improve the environment, the economy and the "
                     "quality of life in cities’.",
         source=EUR, themes=["climate"]),
    dict(slug="local2030", name="Local2030", acronym=None, kind="programme",
         description="One of the partnerships set up under the SDGs, bringing stakeholders together ‘to collaboratively develop "
                     "and implement solutions that advance the SDGs at the local level’.",
         source=EUR, themes=["development"]),
    dict(slug="us-conference-of-mayors", name="U.S. Conference of Mayors", acronym=None,
         kind="local_government_association",
         description="Named by the governance paper among the institutions the GPM would serve as an advisory platform for.",
         source=GOV, themes=["city-diplomacy"]),
    dict(slug="un-habitat", name="UN-Habitat", acronym=None, kind="international_organisation",
         description="The UN's programme promoting socially and environmentally sustainable cities. Within the Habitat Agenda "
                     "the city has moved from ‘addressee’ to ‘partner’: ‘cities and their associations are now recognized as "
                     "the closest partners in its implementation’.",
         source=GOV + "; " + UCLG, themes=["urban-planning", "development"]),
    dict(slug="ilo", name="International Labour Organisation", acronym="ILO", kind="international_organisation",
         description="Engaged with UCLG in triangular cooperation with African members such as Maputo, Durban and Chefchaouen, "
                     "and in peer learning on strategic planning, economic development and public space.",
         source=UCLG, themes=["economy", "development"]),
    dict(slug="cities-alliance", name="Cities Alliance", acronym=None, kind="international_organisation",
         description="Co-funded the City Future programme with the Norwegian Government from 2010, the funding from which MILE's "
                     "municipal technical support service was initiated, and the Mozambique and Brazil project.",
         source=UCLG, themes=["development"]),
    dict(slug="iom", name="International Organization for Migration", acronym="IOM", kind="international_organisation",
         description="Represented in the resource team of the GPM strategy session on Migration Administration & Management.",
         source=MIG, themes=["migration"]),
    dict(slug="undp", name="United Nations Development Programme", acronym="UNDP", kind="international_organisation",
         description="Represented, through UNDP Brussels and the Joint Migration and Development Initiative (JMDI), in the resource "
                     "team of the GPM strategy session on Integrating Refugees of War; works with UCLG on localizing the SDGs.",
         source=MIG + "; " + EUR, themes=["development", "migration"]),
    dict(slug="icrc", name="International Committee of the Red Cross", acronym="ICRC", kind="international_organisation",
         description="Represented in the resource team of the GPM strategy session on Integrating Refugees of War.",
         source=MIG, themes=["migration", "human-rights"]),
    dict(slug="world-bank", name="World Bank", acronym=None, kind="international_organisation",
         description="For the World Bank, connecting cities with investors is crucial for smart-city development and for "
                     "making a city more competitive; a ‘competitive city’ ‘successfully facilitates its firms and industries to "
                     "grow, create new employment opportunities, raise productivity, and increase incomes of citizens’.",
         source=GOV, themes=["economy"]),
]
