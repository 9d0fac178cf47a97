"""Partnerships and case studies described in the source documents (texts and figures as printed)."""

from data_networks import EUR, GOV, UCLG

BCN_BUDGET = ("In 2015, Barcelona City Council decided to increase its budget on global justice and international "
              "cooperation up to 9,108,700 euros and achieved the objective of allocating 0.7% of its own income to "
              "solidarity and international cooperation. The amount is allocated to the activities of NGOs on development "
              "cooperation, education, learning and service provision, as well as bilateral cooperation with partner "
              "cities, including Medellin, Maputo, Havana, Tanger, Tetouan, Gaza and Nablus.")

# members: (kind, ref, role) with kind 'city' (slug), 'network' (slug) or 'org' (printed name)
PARTNERSHIPS = [
    dict(slug="barcelona-medellin", title="Barcelona and Medellín: a pioneer in city-to-city cooperation",
         type="city_to_city", starts_on="2013-04", ends_on=None, source=UCLG,
         themes=["development", "peer-learning", "urban-planning", "culture", "social-inclusion"],
         summary="Cooperation between Medellín and Barcelona began almost ten years ago and has focused on the exchange of "
                 "models of municipal management and the strengthening of local governance.",
         methodology="In April 2013, a four-year protocol of friendship and cooperation was signed between the two cities, "
                     "focusing on the following aspects:\n\n"
                     "- Boosting municipal policies and providing support to improve the services dedicated to vulnerable and "
                     "excluded populations in Medellín.\n"
                     "- Transferring knowledge and best practices in the field of urban planning and management of public "
                     "space with the accompaniment of the Area of Urban Habitat of Barcelona.\n"
                     "- Promoting culture and education through various initiatives.\n"
                     "- Stimulating the creation of collaborative networks.\n"
                     "- Strengthening of technical and human skills of the Municipality of Medellín through the training of "
                     "municipal technicians.\n\n"
                     "The relationship works at three levels: at the political level the mayors are engaged, so that "
                     "initiatives promoted in Barcelona have an echo in Medellín, and vice versa; at the technical level strong "
                     "ties exist between the people hands-on with the projects; and at the city level citizens themselves are "
                     "engaged and promote the conversation.",
         description="A great deal of the cooperation between Medellín and Barcelona began through exchanges between the two "
                     "cities' libraries, as part of a project that demonstrated the horizontality in their shared role and "
                     "taught valuable lessons to both parties. The city of Barcelona has learned from and is using Medellín's "
                     "participatory method of designing libraries in neighbourhoods.\n\n"
                     "The collaboration has been both intensive and extensive, with many departments of both City Councils "
                     "(libraries, markets, Urban Habitat, the Institute of Education, Social Services, etc.) and the active "
                     "involvement of universities, professional associations, NGOs and civil associations (music schools, "
                     "youth entities, museums, audio-visual media, etc.). In Medellín, even citizens who are not normally "
                     "involved in development programmes are aware of the special ties to Barcelona.\n\n"
                     "Barcelona and Medellín are committed to taking their relationship beyond traditional means of "
                     "cooperation, for example through triangular cooperation with partner cities: they are engaging with "
                     "Havana regarding economic development and urban planning.",
         members=[("city", "barcelona", "partner city (Direcció de Justícia Global i Cooperació Internacional)"),
                  ("city", "medellin", "partner city (Agencia de Cooperación e Inversión de Medellín)")]),
    dict(slug="mozambique-brazil", title="Mozambique and Brazil decentralised international cooperation: city-to-city "
                                         "peer learning", type="triangular", starts_on="2013-01", ends_on="2015-06",
         source=UCLG, themes=["development", "peer-learning", "urban-planning", "governance"],
         summary="A multi-stakeholder South-South triangular project that involved six cities from Brazil and eight cities "
                 "from Mozambique to improve the management of local development and extend the population's right to the "
                 "city.",
         methodology="The methodology is described using Harold Jarche's ‘Seek, Sense, Share’ learning framework.\n\n"
                     "Seek: identify partners, cities, technical and political leaders, and people, building on the City "
                     "Future project funded by the Norwegian Government and Cities Alliance since 2010.\n\n"
                     "Sense: build content and results. Each city partnership had a specific theme and scope, endorsed by the "
                     "mayors. The pair methodology was carried out in six stages: develop diagnostics and identify needs; "
                     "identify similarities and differences; define priorities and transferable knowledge; joint creation of "
                     "the work plan, schedules, results and responsibilities; exchange practices and instruments according to "
                     "the selected themes; assess the results, gauge the time periods involved and the effectiveness of the "
                     "tool.\n\n"
                     "Share: disseminate results and evaluate the process, through an official launch in February 2013, "
                     "three seminars in Mozambique, a roundtable at the World Urban Forum in April 2014 in Medellín, a book and "
                     "an Expo, a blog, a newsletter and radio interviews.",
         description="The project, which ran from January 2013 through June 2015 and built on former engagements, sought to "
                     "improve the management of local development in terms of effective governance, sustainability and "
                     "participation, and to improve the institutional capacities of local authorities to manage development. "
                     "It was funded by the European Commission, the Norwegian Government, Cities Alliance and the City of "
                     "Barcelona.\n\n"
                     "Over 20 partners were involved, including mayors, networks of cities, technicians, universities and "
                     "UCLG. What first seemed a risk factor became a strength because of openness amongst partners. The "
                     "bilateral partnerships tested and piloted improvements in the master plan, land management and "
                     "budgeting – all three priority areas for Mozambican reform on decentralisation. Technicians informed "
                     "mayors of the plans and asked them to confirm the tasks, signing the report back as an official "
                     "document: an eye-opener for many mayors.\n\n"
                     "“When we went to Porto Alegre, we didn't just meet officials to learn about participatory budgeting. We "
                     "also went to meetings Porto Alegre had organised with the community, and therefore learnt a lot more "
                     "through this hands-on experience.” – Benedito Guimino, Mayor of Inhambane.\n\n"
                     "A challenge is how to ensure the project continues as the funding has come to an end; the heads "
                     "(mayors) of the Brazilian Association delegated the FNP to continue seeking funds for a second phase.",
         members=[("city", "inhambane", "Mozambican partner city"),
                  ("city", "porto-alegre", "Brazilian host of a learning visit on participatory budgeting"),
                  ("city", "nampula", "host of the first seminar (2013)"),
                  ("network", "anamm", "Mozambican association of municipalities"),
                  ("network", "fnp", "Brazilian association of mayors"),
                  ("network", "uclg", "process facilitation"),
                  ("org", "Architects Without Borders – Catalonia (ASF-Cat)", "technical support"),
                  ("org", "University of Lleida, UNESCO Chair", "academic partner"),
                  ("org", "Intermediary Cities Network (CIMES)", "partner"),
                  ("org", "European Commission", "funder"),
                  ("org", "Norwegian Government", "funder"),
                  ("network", "cities-alliance", "funder"),
                  ("city", "barcelona", "funder"),
                  ("network", "ilo", "parallel partnership"),
                  ("network", "metropolis", "parallel partnership")]),
    dict(slug="barcelona-medellin-havana", title="Barcelona, Medellín and Havana: triangular cooperation",
         type="triangular", source=UCLG, themes=["economy", "urban-planning", "development"],
         summary="Barcelona and Medellín are engaging with Havana regarding economic development and urban planning.",
         description="One example of Barcelona and Medellín taking their relationship beyond traditional cooperation is "
                     "triangular cooperation with partner cities, with the aim of creating synergies between the different "
                     "players in the South and generating the conditions for them to share experiences and good practices "
                     "and to transfer knowledge of similar situations and problems.",
         members=[("city", "barcelona", "partner city"), ("city", "medellin", "partner city"),
                  ("city", "havana", "partner city")]),
    dict(slug="medellin-rio-cable-cars", title="Medellín to Rio de Janeiro: cable cars to the hillside favelas",
         type="south_south", source=UCLG, themes=["urban-planning", "social-inclusion"],
         summary="Rio de Janeiro's mayor learned of Medellín's cable cars and applied the approach to connect the city to "
                 "the slum in the mountains.",
         description="“I try to inform them with an example of the city of Rio de Janeiro, where we now have cable cars that "
                     "connect the city to the slum in the mountains. The cable cars came about because of the UPP, which "
                     "meant that public policy could reach the slum and improve it. The cable cars were meant to improve the "
                     "lives of slum dwellers. The mayor had learned of a similar approach used in the city of Medellín, so "
                     "they applied it to Rio de Janeiro, and this is decentralised cooperation, it doesn't have to go through "
                     "central government.” – Paulo Oliveira, FNP",
         members=[("city", "medellin", "source of the practice"), ("city", "rio-de-janeiro", "adopting city")]),
    dict(slug="ilo-uclg-african-cities", title="ILO, UCLG and African cities: triangular partnership", type="triangular",
         source=UCLG, themes=["economy", "development"],
         summary="Triangular partnerships involve southern municipalities and a third actor from beyond the South: a good "
                 "example is the cooperation among ILO, UCLG and African members such as Maputo, Durban, Chefchauen and "
                 "Bourgou.",
         members=[("network", "ilo", "international partner"), ("network", "uclg", "network"),
                  ("city", "maputo", "member city"), ("city", "durban", "member city"),
                  ("city", "chefchaouen", "member city"), ("org", "Bourgou", "member")]),
    dict(slug="mrdh", title="Metropoolregio Rotterdam-The Hague (MRDH)", type="inter_municipal", source=GOV,
         themes=["economy", "governance", "urban-planning"],
         summary="The network includes 23 municipalities with the mission of further developing the metropolitan region's "
                 "open and stable financial climate.",
         description="The Metropoolregio Rotterdam-The Hague sets a strong example of inter-municipal co-operation. Its 23 "
                     "municipalities work on attracting foreign investments and on the general well-being of local residents, "
                     "where knowledge institutes, industries and local authorities come together. Apart from economic "
                     "matters, there have been several joint projects on infrastructural and urban development matters like "
                     "Randstad Rail and Rotterdam-The Hague international airport. One of the principles of the network is "
                     "the sharing of knowledge and exemplary practices between cities.",
         members=[("city", "rotterdam", "member municipality"), ("city", "the-hague", "member municipality")]),
    dict(slug="the-hague-cyber-security-india", title="The Hague's cyber-security mission to New Delhi and Hyderabad",
         type="city_to_city", source=GOV, themes=["security", "economy", "city-diplomacy"],
         summary="A mission initiated by the Municipality of The Hague to exchange knowledge and create partnerships in the "
                 "public as well as private sectors.",
         description="Within The Hague Security Delta, the Mayor and the Deputy Mayor strive for creating ‘cyber security hubs’ "
                     "with other cities through visits and organizing conferences. One example is the cyber-security mission "
                     "to New Delhi and Hyderabad, initiated by the Municipality of The Hague.",
         members=[("city", "the-hague", "initiator"), ("city", "new-delhi", "partner city"),
                  ("city", "hyderabad", "partner city")]),
    dict(slug="oresund", title="Öresund: Malmö and Copenhagen cross-border cooperation", type="city_to_city",
         starts_on="2000", source=EUR, themes=["governance", "culture"],
         summary="Two cities linked by a bridge since 2000, cited by URBACT as an example of cooperation in a cross-border "
                 "conurbation.",
         description="‘The example of the cooperation that is led within the Öresund, between Malmö (Sweden) and Copenhagen "
                     "(Denmark), two cities linked by a bridge since 2000, has demonstrated, following the setting-up of an "
                     "online forum dedicated to the citizens of the cross-border region, that 99% of them are interested in "
                     "cross-border cooperation for very practical questions related to their daily lives (job ads, movie "
                     "time schedule, cultural agenda...).’",
         members=[("city", "malmo", "partner city"), ("city", "copenhagen", "partner city"),
                  ("network", "urbact", "documented the case")]),
    dict(slug="dortmund-kumasi", title="Dortmund and Kumasi: greening a street", type="north_south", source=UCLG,
         themes=["climate"],
         summary="Within the 100 city cooperation project for climate change of German local governments, the city of Kumasi "
                 "greened a street with advice from the city of Dortmund.",
         description="With funds from the German Ministry and project support of Engagement Global, the projects support "
                     "city-to-city cooperation on climate change building on existing partnerships between German and "
                     "Southern cities, many created decades ago through twinning or solidarity arrangements. During 3-year "
                     "project cycles, cities re-engage their partnerships, work on practical results and involve their "
                     "stakeholders.",
         members=[("city", "dortmund", "advising city"), ("city", "kumasi", "partner city"),
                  ("org", "Engagement Global", "project support")]),
    dict(slug="cologne-rio-waste", title="Cologne and Rio de Janeiro: a new waste management plan", type="north_south",
         source=UCLG, themes=["climate", "urban-planning"],
         summary="An exchange between Cologne and Rio de Janeiro resulted in a new waste management plan, within the 100 city "
                 "cooperation project for climate change.",
         description="Depending on the cities, small-scale to large-scale projects are set up within the German 100 city "
                     "cooperation project, such as solar heating in Nicaraguan villages, greening a street in Kumasi, or a new "
                     "waste management plan resulting from an exchange between Cologne and Rio de Janeiro.",
         members=[("city", "cologne", "partner city"), ("city", "rio-de-janeiro", "partner city"),
                  ("org", "Engagement Global", "project support")]),
    dict(slug="barcelona-sarajevo", title="Barcelona and Sarajevo: rebuilding the city", type="city_to_city",
         source=UCLG, themes=["development"],
         summary="Barcelona City Council began its engagement in international cooperation with city-to-city cooperation "
                 "with Sarajevo in the mid-1990s.",
         description="Sarajevo was the first city to receive funding, the exchange of knowledge and expertise, with the "
                     "participation of municipal experts, NGOs and some private companies from Barcelona who were involved in "
                     "rebuilding parts of the city. After successful cooperation with Sarajevo, the programme spread to other "
                     "cities.",
         members=[("city", "barcelona", "partner city"), ("city", "sarajevo", "partner city")]),
    dict(slug="velsen-galle", title="Velsen and Galle: city diplomacy", type="north_south", source=GOV,
         themes=["city-diplomacy", "development"],
         summary="Velsen's activities in Galle, Sri Lanka, studied as a case of city diplomacy.",
         description="Cited in the governance paper: Emmy Wijnjen, ‘City Diplomacy - A Case Study of Velsen's Activities in "
                     "Galle, Sri Lanka’, December 1, 2010.",
         members=[("city", "velsen", "partner city"), ("city", "galle", "partner city")]),
]

# Barcelona's other bilateral partner cities named in the UCLG guide.
for slug, name in [("maputo", "Maputo"), ("havana", "Havana"), ("tangier", "Tangier"), ("tetouan", "Tétouan"),
                   ("gaza", "Gaza"), ("nablus", "Nablus")]:
    PARTNERSHIPS.append(dict(
        slug=f"barcelona-{slug}", title=f"Barcelona and {name}: bilateral cooperation", type="city_to_city", source=UCLG,
        themes=["development"],
        summary=f"{name} is one of the partner cities of Barcelona City Council's bilateral cooperation.",
        description=BCN_BUDGET,
        members=[("city", "barcelona", "partner city"), ("city", slug, "partner city")]))

# Invented demonstration partnerships (is_demo = 1): the documents describe no example of these types.
DEMO_SOURCE = "Demonstration data (invented)"
DEMO_PARTNERSHIPS = [
    dict(slug="rotterdam-tangier-migrant-twinning", title="Rotterdam and Tangier: a twinning linked by migrant flows",
         type="migrant_flow_twinning", starts_on="2018-03", source=DEMO_SOURCE, themes=["migration", "economy"],
         summary="A twin city cooperation strategy built with the Moroccan community in Rotterdam, following the "
                 "GPM's ‘Twinning cities’ action.",
         methodology="Joint working groups of officials and diaspora organisations meet twice a year; each city hosts a "
                     "two-week exchange of technicians on youth employment and port-related jobs.",
         description="Rotterdam and Tangier agreed a four-year programme in which migrant "
                     "community organisations co-design vocational exchanges and a small fund for diaspora entrepreneurs.",
         members=[("city", "rotterdam", "partner city"), ("city", "tangier", "partner city"),
                  ("org", "Moroccan community organisations in Rotterdam", "co-designer")]),
    dict(slug="mannheim-north-delhi-exchange", title="Mannheim and North Delhi: economic migrants exchange",
         type="north_south", starts_on="2017-02", ends_on="2019-12", source=DEMO_SOURCE, themes=["migration", "economy"],
         summary="The chair and co-chair cities of the session on Integrating Economic Migrants compare their "
                 "diversity benchmarks.",
         methodology="Annual peer review of each city's benchmark against the diversity declaration.",
         description="A partnership linking the chair and co-chair cities of Strategy Session 1.",
         members=[("city", "mannheim", "partner city"), ("city", "north-delhi", "partner city")]),
    dict(slug="athens-amman-reception", title="Athens and Amman: refugee reception peer exchange", type="city_to_city",
         starts_on="2017-05", source=DEMO_SOURCE, themes=["migration", "security"],
         summary="Two cities receiving large numbers of refugees exchange practice on reception and housing.",
         methodology="Study visits of municipal social services and a shared set of reception indicators.",
         description="Social services of both cities compare how they house and support refugees, starting with "
                     "families with children, and publish shared indicators once a year.",
         members=[("city", "athens", "partner city"), ("city", "amman", "partner city"),
                  ("network", "solidarity-cities", "network support")]),
]

# Case studies: slug, title, year, cities, themes, sdgs, summary, description, source, source_url
CASE_STUDIES = [
    dict(slug="mile-durban", title="Durban's decision to establish a Municipal Institute of Learning (MILE)", year=2009,
         cities=["durban"], themes=["peer-learning", "development"], sdgs=[4, 11, 17], source=UCLG,
         source_url="http://www.mile.org.za/",
         summary="eThekwini, Durban's metropolitan municipality, set up its own institute to share what its line "
                 "departments know with municipalities across Africa and the global South.",
         description="The eThekwini Municipality is the name of Durban's metropolitan municipality. Since its inception in "
                     "2000, it has gained an international reputation for leading the way in terms of innovative service "
                     "delivery, particularly around its pro-poor water and sanitation focus, its solid waste facilities that "
                     "convert its methane gas to energy that is put back into the grid, its progressive climate change "
                     "adaptation policies and its participatory urban strategic planning approaches.\n\n"
                     "By 2009, the city's political and administrative leadership made a bold decision to establish their own "
                     "Municipal Institute of Learning (MILE) – a knowledge management vehicle that is dedicated to help create, "
                     "organise, share and store knowledge that will ultimately improve the quality of life. Rather than having "
                     "a typical inward focus, MILE was positioned to ultimately build the capacity of municipalities not just "
                     "in South Africa but in the global South.\n\n"
                     "Through a small team of full-time municipal staff and a set of interns rotated from the local "
                     "universities, MILE offers knowledge exchanges to hundreds of politicians and technicians from all over "
                     "the African continent and beyond: Master Classes, Learning Exchanges and Seminars. All learning is led by "
                     "officials from the municipality; the MILE team translates the tacit knowledge of line department experts "
                     "into explicit knowledge, using what the World Bank Institute terms “blended learning”.\n\n"
                     "Initiated through funding from the Cities Alliance / UCLG City Futures programme, its municipal technical "
                     "support service deploys technicians to other municipalities, on aspects from energy efficiency to "
                     "revenue management and urban strategy development. MILE has partnered with six local and national "
                     "universities, with SALGA, and with UCLG through the Urban Strategic Planning Committee.\n\n"
                     "To date the model has been dependent on funding from its own municipal coffers and from the European "
                     "Union, as all of its services are offered without cost. It will have to decide whether to lobby for more "
                     "funding or commodify its knowledge by requesting municipalities to pay for the services offered."),
    dict(slug="barcelona-medellin", title="The City of Barcelona and Medellín: a pioneer in city-to-city cooperation",
         year=2013, cities=["barcelona", "medellin", "havana"], themes=["development", "peer-learning", "culture"],
         sdgs=[11, 17], source=UCLG,
         summary="Almost ten years of exchange between two city councils, from libraries to urban planning, built on "
                 "trust at the political, technical and citizen levels.",
         description="For almost two decades, Barcelona City Council has been carrying out development cooperation "
                     "activities, including engagement with over 40 cities around the world. " + BCN_BUDGET + "\n\n"
                     "Cooperation between the cities of Medellín and Barcelona began almost ten years ago and has focused on "
                     "the exchange of models of municipal management and the strengthening of local governance. A great deal "
                     "of it began through exchanges between the two cities' libraries; Barcelona has learned from and is using "
                     "Medellín's participatory method of designing libraries in neighbourhoods. In April 2013, a four-year "
                     "protocol of friendship and cooperation was signed between the two cities.\n\n"
                     "“The added-value of the Barcelona-Medellín relationship is that we have been learning together from the "
                     "different processes… We have built a strong bond between two cities and, regardless of the financial or "
                     "technical cooperation that is involved, there is also a cultural bond that goes beyond those traditional "
                     "issues of cooperation.”\n\n"
                     "“The city of Barcelona receives many benefits from this engagement. For example, the municipal experts "
                     "who participate in these processes grow both professionally and personally.” – Jordi Cortés, City of "
                     "Barcelona\n\n"
                     "Barcelona and Medellín are engaging with Havana regarding economic development and urban planning, "
                     "extending South-South relations into triangular cooperation."),
    dict(slug="mozambique-brazil", title="Mozambique and Brazil: city-to-city peer learning strengthening local government "
                                         "associations", year=2013,
         cities=["inhambane", "porto-alegre", "nampula"], themes=["development", "peer-learning", "urban-planning"],
         sdgs=[11, 16, 17], source=UCLG,
         summary="From January 2013 through June 2015, six Brazilian and eight Mozambican cities worked in pairs on master "
                 "plans, land management and budgeting.",
         description="The project, which ran from January 2013 through June 2015 and built on former engagements, sought to "
                     "improve the management of local development in terms of effective governance, sustainability and "
                     "participation to extend the population's right to the city. It involved six cities from Brazil and eight "
                     "cities from Mozambique, and was funded by the European Commission, the Norwegian Government, Cities "
                     "Alliance and the City of Barcelona.\n\n"
                     "Following Harold Jarche's ‘Seek, Sense, Share’ framework, partners were identified through the City "
                     "Future project (ANAMM, FNP, Architects Without Borders – Catalonia, the University of Lleida's UNESCO "
                     "Chair and the Intermediary Cities Network); city pairs worked through a six-stage pair methodology; and "
                     "results were shared in seminars in Mozambique, at the World Urban Forum in Medellín in April 2014, in a "
                     "book and an Expo.\n\n"
                     "The exposure of Mozambican mayors and technicians to Brazilian leaders motivated some processes "
                     "immediately, including participatory budgeting. “During this project a number of mayors changed in both "
                     "countries but the project was so well built that all of the new mayors accepted to continue on with the "
                     "project.” – Paulo Oliveira, FNP\n\n"
                     "The questions of follow-up communication and ‘after care’ were identified as challenges requiring "
                     "further attention."),
    dict(slug="street-bump-boston", title="Street Bump: crowd-sourced road conditions in Boston", year=2016,
         cities=["boston"], themes=["digital", "governance"], sdgs=[9, 11], source=GOV,
         summary="A reporting platform launched by Boston's Mayor's Office of New Urban Mechanics, in collaboration with "
                 "IDEO, that helps residents improve their neighborhoods.",
         description="ICT does magic in cities. Street Bump is a reporting platform launched by Boston's Mayor's Office of New "
                     "Urban Mechanics, in collaboration with IDEO. It aims at helping residents improve their neighborhoods, "
                     "particularly road condition. Volunteers use Street Bump's mobile app (now freely available) to collect "
                     "data while driving, and this is aggregated across users as real-time information. The city uses it to "
                     "work on solving short-term problems and plan long-term investments."),
    dict(slug="open-311", title="Open 311: non-emergency requests in New York and Chicago", year=2016,
         cities=["new-york", "chicago"], themes=["digital", "governance"], sdgs=[11, 16], source=GOV,
         summary="A system used in New York, Chicago and many other cities that records non-emergency needs, connecting "
                 "citizens with the local government.",
         description="Boston isn't the only active US city in terms of digital programs. Open 311 is a system used in New York, "
                     "Chicago and many other cities across the country. It records non-emergency needs, connecting citizens "
                     "with the local government."),
    dict(slug="melbourne-data-portal", title="Melbourne's Data Portal", year=2016, cities=["melbourne"],
         themes=["digital", "governance"], sdgs=[16], source=GOV,
         summary="Open access to the datasets curated by the city, from fees and charge schedules to a register of public "
                 "artwork or a census of land use.",
         description="Melbourne's Data Portal offers access to all the different types of datasets curated by the city, from "
                     "fees and charge schedules to a register of public artwork or a census of land use. It is based on several "
                     "Open Data Principles, including the free, timely availability and easy accessibility of data under open "
                     "licenses, allowing for reuse by the public, including businesses, researchers and individuals.\n\n"
                     "Data is released within limits that avoid privacy breach, and ensure public safety, security, commercial "
                     "confidentiality or legislative requirements. Users are informed of the gaps and limitations, and may "
                     "request datasets or provide feedback to help refine the project. A tailored service is provided to "
                     "different user profiles – such as entrepreneurs or interested citizens."),
    dict(slug="hyderabad-citizen-complaints", title="Hyderabad: soliciting citizen feedback to improve service delivery",
         year=2016, cities=["hyderabad"], themes=["digital", "governance"], sdgs=[11, 16], source=GOV,
         source_url="http://www.smartcitieschallenge.in/casestudy/hyderabad-soliciting-citizen-feedback-to-improve-service-delivery",
         summary="An online platform for raising and reviewing complaints, with a 48-hour response deadline; 30% of "
                 "complaints are made through it.",
         description="India is booming, so are its cities. Hyderabad came up with an innovative digital project to improve its "
                     "governance processes and service delivery by soliciting citizen feedback. Several complaints were being "
                     "filed by citizens to the Greater Hyderabad Municipal cooperation over matters such as inappropriate road "
                     "maintenance, city lighting and garbage delivery, but the Municipality experienced problems in promptly "
                     "answering and solving these challenges.\n\n"
                     "As a solution, an online platform was set up by the Municipality for raising and reviewing complaints. "
                     "The new online system includes thousands of citizen service centers and a 48-hour response deadline. "
                     "There are also 12 vehicles designated for monitoring the 2,000 kms of Hyderabad in order to easily "
                     "identify local problems by gathering video and photographic evidence for the municipality. The "
                     "initiative has already achieved impact, as the online platform is indeed used and 30% of complaints are "
                     "made through this channel."),
    dict(slug="rotterdam-urban-big-data", title="Kenniswerkplaats Urban Big Data, Rotterdam", year=2016,
         cities=["rotterdam"], themes=["digital"], sdgs=[9, 11], source=GOV,
         summary="A joint initiative of the Municipality of Rotterdam, Erasmus University Rotterdam and Hogeschool Rotterdam "
                 "on urban applications of Big Data.",
         description="A joint initiative by the Municipality of Rotterdam, the Erasmus University of Rotterdam and the "
                     "Hogeschool Rotterdam has been materialized in what is known as Kenniswerkplaats Urban Big Data. It "
                     "collects knowledge of national and international urban applications of Big Data and identifies potential "
                     "usage of data for metropolitan applications (using input from the Rotterdam Open Data Store), before "
                     "testing these observations in pilots."),
    dict(slug="brainport-eindhoven", title="BrainPort Eindhoven: triple helix cooperation", year=2016,
         cities=["eindhoven"], themes=["economy"], sdgs=[8, 9], source=GOV,
         summary="Where the knowledge industry meets the manufacturing industry: BrainPort has created 55,000 jobs in the "
                 "past 10 years.",
         description="Eindhoven's BrainPort is where the knowledge industry meets the manufacturing industry. This type of "
                     "model is commonly referred to as a ‘Triple helix cooperation’ between businesses, knowledge institutes "
                     "and governmental (local) actors. “The focus in this region lies in the development of ‘value chains which "
                     "have economic potential: high tech systems and new materials, the creative industry, the food industry "
                     "and life sciences”.\n\n"
                     "BrainPort is characterized by the flow of ideas and the principle of network economy, overstretching "
                     "regional boundaries. Municipalities cooperate and finance the economic development in the region, and the "
                     "incumbent mayor of Eindhoven assumes an important role in bridging the public-private collaboration. "
                     "BrainPort has become one of the leading innovative top technology regions in the world, has created "
                     "55,000 jobs in the past 10 years and has become one of the motors of the Dutch economy."),
    dict(slug="san-salvador-city-park", title="The City Park project of San Salvador", year=2016,
         cities=["san-salvador"], themes=["social-inclusion", "security", "urban-planning"], sdgs=[11, 16], source=GOV,
         summary="A park in Mejicanos, built by the Municipality, residents, NGOs such as Cordaid and enterprises, to foster "
                 "social cohesion and offer youth a way out of gangs.",
         description="The City Park project of San Salvador reflects the constructive power of the synergy between the public "
                     "and the private sector. The City Park is located in Mejicanos, a troubled neighborhood of the city "
                     "characterized by high unemployment, lack of proper housing, basic services and common green areas. Poor "
                     "living conditions have contributed to the rise of youth gangs, which in turn has led to the "
                     "stigmatization of the neighborhood itself.\n\n"
                     "The project is set up to improve quality of life in the district, in cooperation with the Municipality, "
                     "the residents, NGOs such as Cordaid, and local as well as international enterprises. After completion, "
                     "the City Park will have its own governance structure. The project includes a soccer field, a community "
                     "house, a playground and an urban farm among others, with the objective to foster social cohesion and "
                     "improve the lives of slum dwellers. The provision of job opportunities for the youth and the "
                     "rehabilitation of ex-gang members are also among the long-term prospects."),
    dict(slug="baan-mankong-bangkok", title="Baan Mankong: citizen-led neighbourhood upgrading in Bangkok", year=2016,
         cities=["bangkok"], themes=["urban-planning", "social-inclusion", "governance"], sdgs=[1, 11], source=GOV,
         source_url="http://www.smartcitieschallenge.in/casestudy/bangkok-improving-neighborhoods-through-citizen-led-planning",
         summary="Residents of informal settlements shaped their whole community; the project grew to more than 1,000 "
                 "communities in 226 towns and cities, improving 54,000 households.",
         description="With the rapid increase in urban population since the beginning of 2000s, many residents living on the "
                     "outskirts of Bangkok experienced deteriorating living conditions; inefficiencies in housing and basic "
                     "infrastructure were matters of serious concern.\n\n"
                     "Central and the local government initiated the Baan Mankong project, calling upon the residents of the "
                     "informal settlements along the Bang Bua canal in Bangkok to get “directly involved in shaping their whole "
                     "community and encouraged people to see informal settlements as part of the wider city”. Due to its "
                     "success, the project became bigger and eventually, more than “1,000 communities innovated and "
                     "implemented projects in 226 towns and cities, improving 54,000 households”."),
    dict(slug="hague-security-delta", title="The Hague Security Delta", year=2016, cities=["the-hague"],
         themes=["security", "economy"], sdgs=[8, 9, 16], source=GOV,
         summary="“An innovation-focused partnership between government, knowledge institutes and industry” that has become "
                 "Europe's largest security cluster.",
         description="The Hague is home to The Hague Security Delta (HSD), “an innovation-focused partnership between "
                     "government, knowledge institutes and industry” which has become Europe's largest security cluster over "
                     "the years. The Municipality is actively investing in the sector of security, which, as Mayor van Aartsen "
                     "described “is developing more and more into an important pillar of The Hague's economy”.\n\n"
                     "HSD serves as a nexus for security businesses and organizations to work together on innovations and "
                     "provide additional employment opportunities. Within HSD, the Mayor and the Deputy Mayor also strive for "
                     "creating ‘cyber security hubs’ with other cities, for example through the cyber-security mission to New "
                     "Delhi and Hyderabad."),
    dict(slug="city-diplomacy-congress-2008", title="The first world congress on City Diplomacy, The Hague 2008", year=2008,
         cities=["the-hague", "barcelona"], themes=["city-diplomacy"], sdgs=[16, 17], source=GOV,
         summary="400 participants from all the 4 corners of the world met in the Peace Palace on the role of local "
                 "governments in building peace.",
         description="The first-ever world congress on City Diplomacy was held in 2008 in The Hague's Peace Palace, organized "
                     "by the Clingendael Institute, UCLG, the city of The Hague, and the Association of Netherlands "
                     "Municipalities (VNG), in close collaboration with the province and city of Barcelona and the Italian "
                     "Coordination of Local Authorities for Peace and Human Rights.\n\n"
                     "The conference “focused on the role local governments play in promoting dialogue, building mutual trust "
                     "and delivering services, in cooperation with national governments, international organizations and civil "
                     "society”, bringing together 400 participants from all the 4 corners of the world."),
    dict(slug="vng-rwanda", title="VNG and post-genocide reconciliation in Rwanda", year=2016, cities=[],
         themes=["governance", "development", "security"], sdgs=[16], source=GOV,
         summary="The International Cooperation Agency of the VNG contributed to setting up the Rwandese Association of Local "
                 "Governments.",
         description="The VNG also participated in the facilitation of post-genocide reconciliation in Rwanda. The International "
                     "Cooperation Agency of the VNG contributed to the encouragement of setting up the Rwandese Association of "
                     "Local Governments; decentralization and effective local governance were seen as prerequisites in "
                     "achieving stability in the East African country."),
    dict(slug="eebrp", title="Energy Efficiency Building Retrofit Program", year=2016, cities=[], themes=["climate", "economy"],
         sdgs=[7, 13], source=GOV,
         summary="Energy service companies and banks offer cities a way to make existing buildings more energy efficient, "
                 "paid back from the energy savings.",
         description="C40's executive arm, the Clinton Climate Initiative (CCI), facilitates a rather vast implementation of "
                     "projects. In the framework of the Energy Efficiency Building Retrofit Program (EEBRP), four of the world's "
                     "largest energy service companies and five of the world's largest banks are partners. Companies provide "
                     "products and services at a favorable price, so that cities are capable of making existing buildings more "
                     "energy efficient. In exchange, companies get a market of (at least) 40 large cities. The banks provide "
                     "the necessary loans, which will be paid back with the energy savings."),
    dict(slug="german-climate-partnerships", title="The 100 city cooperation project for climate change", year=2016,
         cities=["dortmund", "kumasi", "cologne", "rio-de-janeiro"], themes=["climate", "development"], sdgs=[13, 17],
         source=UCLG,
         summary="German local and regional governments re-engage long-standing partnerships with Southern cities on "
                 "practical climate projects.",
         description="An illustrative example is the 100 city cooperation project for climate change carried out by German local "
                     "and regional governments with project support of Engagement Global, and the city associations. With "
                     "funds from the German Ministry, the projects support city-to-city cooperation on climate change building "
                     "on existing partnerships between German and Southern cities, many of which were created decades ago, "
                     "through twinning or solidarity arrangements.\n\n"
                     "During the 3-year project cycles, cities re-engage their partnerships, work on practical results and "
                     "involve their stakeholders. Projects range from solar heating in Nicaraguan villages or greening a street "
                     "in the city of Kumasi with advice from the city of Dortmund, to a new waste management plan resulting "
                     "from an exchange between Cologne and Rio de Janeiro."),
    dict(slug="africa-peer-review", title="Africa Local Government Peer Review Programme", year=2016, cities=[],
         themes=["governance", "peer-learning"], sdgs=[16], source=UCLG,
         summary="A friendly tool to assess the performance of local governments and their associations, set up by "
                 "UCLG-Africa and inspired by the Local Government Association of England and Wales.",
         description="The Africa Local Government Peer Review Programme was set up by UCLG-Africa at the request of African "
                     "local authorities, using the networking of local governments as a source of expertise to improve service "
                     "delivery and the quality of local governance across the continent.\n\n"
                     "Performance is assessed against a benchmark of an ideal council or association along four dimensions: "
                     "achievements of the organisation; leadership and management; engaging with customers, communities and "
                     "partners; and resource and performance management.\n\n"
                     "An initial pilot covering five local government councils and/or organisations was successful; the aim is "
                     "a three-year programme linked to the African Union's Africa Peer Review Mechanism (APRM)."),
    dict(slug="guangzhou-award", title="The Guangzhou International Award for Urban Innovation", year=2012,
         cities=["guangzhou", "mexico-city", "bogota"], themes=["peer-learning", "governance"], sdgs=[11, 17], source=UCLG,
         source_url="http://www.guangzhouaward.org/",
         summary="Around 250 initiatives from 160 cities were submitted for each Award in 2012 and 2014; awards have become "
                 "a modality to share and promote best practices.",
         description="The Guangzhou International Award for Urban Innovation is held biannually and is co-sponsored by UCLG, "
                     "Metropolis and the City of Guangzhou. It aims to recognise innovation as a key contributing factor in "
                     "tackling challenges related to society, the economy, the environment, and governance. Around 250 "
                     "initiatives from 160 cities were submitted for each Award in 2012 and 2014, and 5 out of the 15 "
                     "shortlisted cities were selected as the winners.\n\n"
                     "The City of Guangzhou holds the Guangzhou International Urban Innovation Conference and has started to "
                     "organise learning visits to apply lessons of the practices selected. In addition, the UCLG Committee of "
                     "Culture, with Mexico City, presents the International Award UCLG-MEXICO CITY-CULTURE 21, and the UCLG "
                     "Committee on Development Cooperation and City Diplomacy, with the city of Bogotá, has developed a Peace "
                     "Prize."),
    dict(slug="seoul-solution", title="Seoul Solution: sharing a city's policies", year=2008, cities=["seoul"],
         themes=["peer-learning", "digital", "urban-planning"], sdgs=[11, 17], source=UCLG,
         source_url="http://seoulsolution.kr",
         summary="An online archive of 162 key policies in 9 categories, and training for foreign city officials since 2008.",
         description="Seoul Metropolitan Government (SMG), with 10,000 staff and more than 120 divisions, has created an online "
                     "archive of key policies (Seoul Solution) which includes 162 policies in 9 categories in the field of "
                     "urban planning, environment, water supply, e-government, etc.\n\n"
                     "The Seoul Human Resources Development Center (SHRDC), which hosts the headquarters of the Metropolis "
                     "International Training Institute (MITI), has operated training programs for foreign city officials since "
                     "2008 to promote cooperation through policy case sharing and to develop capacity building. Training "
                     "topics include transportation, e-government, urban management, climate change policy, and best practice "
                     "policies that the city of Seoul would like to share."),
    dict(slug="vng-benchmarking", title="VNG International's benchmarking learning tool and 5 Capabilities", year=2016,
         cities=[], themes=["peer-learning", "governance"], sdgs=[16, 17], source=UCLG,
         summary="Local governments compare performance indicators with similar organisations and learn from the good "
                 "practices of others.",
         description="VNG International uses the “5 Capabilities” framework – the capabilities to act and commit; to deliver; "
                     "to relate to external stakeholders; to adapt and self-renew; and to achieve coherence – as a lens to look "
                     "at existing capacity in any organisation.\n\n"
                     "Its benchmarking learning tool compares performance indicators with similar organisations, focusing on a "
                     "particular issue, for example, low-income housing delivery. Data is gathered from participating local "
                     "governments, a general report is prepared and two or three meetings are held to discuss what goes well, "
                     "what the differences are and why. Further data can be gathered in a year's time to see if progress has "
                     "been made."),
    dict(slug="venligboerne", title="Venligboerne: citizens' kindness towards refugees", year=2013, cities=[],
         themes=["migration", "social-inclusion"], sdgs=[10, 16], source=EUR,
         summary="A Danish citizen-driven group that meets migrants and refugees with kindness, curiosity and respect, now "
                 "present in several European countries.",
         description="‘Venligboerne’ is the Danish group created in 2013 in response to the migration and refugee flows that "
                     "reached Europe during this period. While some citizens and politicians were worried and/or critical "
                     "towards migrants and refugees coming to Denmark, ‘Venligboerne’ decided to create a positive, open, and "
                     "inclusive alternative. Their key idea was to meet other people with kindness, curiosity, and respect.\n\n"
                     "‘Venligboerne’ also exists in Norway, Sweden, Germany, the United Kingdom, Greece, Italy, and France. It "
                     "has sub-groups all over Denmark, and both big and small cities in its steering committee, showing that "
                     "with the right cause it is possible to create a solidarity that breaks down the big city vs. small city "
                     "divide."),
]
