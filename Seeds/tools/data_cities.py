"""What the documents say about each city: profile, mayor (only mayors the documents name), website,
and the network memberships the documents state. Invented facts are in data_demo.py."""

# slug -> (mayor as named in the 2016 documents, website, profile)
CITIES = {
    "the-hague": ("Jozias van Aartsen", None,
                  "Host of the GPM's Inaugural Convening (10–11 September 2016) and seat of its Secretariat: the "
                  "international city of peace and justice. The Hague offers a plethora of initiatives related to city "
                  "diplomacy, from the first-ever world congress on City Diplomacy in the Peace Palace (2008) to The Hague "
                  "Security Delta, Europe's largest security cluster."),
    "mannheim": ("Peter Kurz", None,
                 "Mayor Peter Kurz chaired the GPM strategy session on Integrating Economic Migrants. The Mannheim "
                 "Declaration is named as the possible role model for a common diversity declaration and benchmark."),
    "north-delhi": ("Sanjeev Nayyar", None,
                    "Mayor Sanjeev Nayyar co-chaired the GPM strategy session on Integrating Economic Migrants. Population "
                    "is left empty: GeoNames has no separate figure for the North Delhi municipal area (coordinates are "
                    "Delhi's)."),
    "new-delhi": (None, None, "Destination, with Hyderabad, of The Hague's cyber-security mission to exchange knowledge and "
                              "create public and private partnerships."),
    "rotterdam": ("Ahmed Aboutaleb", None,
                  "Mayor Ahmed Aboutaleb chaired the GPM strategy session on Integrating Refugees of War. Rotterdam is one "
                  "of the six cities whose mayors founded EUROCITIES in 1986, home of the Kenniswerkplaats Urban Big Data, "
                  "and part of the Metropoolregio Rotterdam-The Hague."),
    "athens": ("Giorgos Kaminis", None,
               "Mayor Giorgos Kaminis chaired the GPM strategy session on Migration and Security. Athens launched the "
               "‘Solidarity Cities’ initiative on refugees under the framework of EUROCITIES."),
    "oklahoma-city": ("Mick Cornett", None, "Mayor Mick Cornett co-chaired the GPM strategy session on Migration and Security."),
    "amman": ("Bitalji", None, "Mayor Bitalji of Amman chaired the GPM strategy session on Migration Administration & "
                               "Management."),
    "boston": (None, None, "Boston's Mayor's Office of New Urban Mechanics launched Street Bump, with IDEO, to collect road "
                           "condition data from residents' phones."),
    "new-york": (None, None, "Uses Open 311, a system that records non-emergency needs, connecting citizens with the local "
                             "government."),
    "chicago": (None, None, "Uses Open 311, a system that records non-emergency needs, connecting citizens with the local "
                            "government."),
    "barcelona": (None, "http://ajuntament.barcelona.cat/relacionsinternacionalsicooperacio/en",
                  "For almost two decades Barcelona City Council has carried out development cooperation, with over 40 "
                  "cities; in 2015 it allocated 0.7% of its own income (9,108,700 euros) to solidarity and international "
                  "cooperation. A founding city of EUROCITIES (1986), often put forward for its smart management of services, "
                  "and the place where the European Charter for the Safeguarding of Human Rights in the City began (1998)."),
    "melbourne": (None, None, "Melbourne's Data Portal offers open access to the datasets curated by the city."),
    "hyderabad": (None, None, "The Greater Hyderabad Municipal Corporation set up an online complaints platform with a 48-hour "
                              "response deadline; 30% of complaints are made through it."),
    "eindhoven": (None, None, "Heart of BrainPort, a triple helix cooperation of businesses, knowledge institutes and "
                              "governments that has created 55,000 jobs in 10 years."),
    "san-salvador": (None, None, "The City Park project in Mejicanos brings together the Municipality, residents, NGOs such as "
                                 "Cordaid and enterprises to foster social cohesion."),
    "bangkok": (None, None, "The Baan Mankong project along the Bang Bua canal involved residents of informal settlements in "
                            "shaping their whole community."),
    "rio-de-janeiro": (None, None, "Rio is opening its city control rooms to the public and media; it built cable cars to the "
                                   "hillside slums after learning from Medellín, and worked with Cologne on a waste "
                                   "management plan. Member of AL-LAs."),
    "galle": (None, None, "Partner of the Dutch municipality of Velsen in a documented case of city diplomacy."),
    "velsen": (None, None, "Dutch municipality whose activities in Galle, Sri Lanka, were studied as a case of city "
                           "diplomacy (2010)."),
    "birmingham": (None, None, "One of the six cities whose mayors founded EUROCITIES in 1986."),
    "frankfurt": (None, None, "One of the six cities whose mayors founded EUROCITIES in 1986."),
    "lyon": (None, None, "One of the six cities whose mayors founded EUROCITIES in 1986."),
    "milan": (None, None, "One of the six cities whose mayors founded EUROCITIES in 1986."),
    "copenhagen": (None, None, "With Aarhus, one of the only two Danish cities in EUROCITIES; linked to Malmö across the "
                               "Öresund by a bridge since 2000."),
    "aarhus": (None, None, "With Copenhagen, one of the only two Danish cities in EUROCITIES."),
    "malmo": (None, None, "Linked to Copenhagen across the Öresund by a bridge since 2000; an URBACT example of cross-border "
                          "cooperation between citizens."),
    "paris": (None, None, "Seat of the URBACT secretariat; host of COP21, where the Compact of Mayors gathered."),
    "london": (None, None, "One of the biggest capital cities expected to bear a disproportionate portion of Europe's "
                           "projected urban growth."),
    "saint-denis": (None, None, "Where the European Charter for the Safeguarding of Human Rights in the City was adopted in "
                                "2000."),
    "maputo": (None, None, "Partner city of Barcelona's bilateral cooperation and a UCLG African member in the triangular "
                           "cooperation with ILO; the Mozambique–Brazil expo “decentralised cooperation to democratise cities” "
                           "was to be shown there."),
    "durban": (None, "http://www.mile.org.za/",
               "The eThekwini Municipality is the name of Durban's metropolitan municipality, known for its pro-poor water "
               "and sanitation focus, methane-to-energy waste facilities, climate adaptation policies and participatory "
               "strategic planning. In 2009 it established the Municipal Institute of Learning (MILE)."),
    "chefchaouen": (None, None, "A UCLG African member in the triangular cooperation among ILO, UCLG and African cities."),
    "kumasi": (None, None, "Greened a street with advice from the city of Dortmund, in the German 100 city cooperation project "
                           "for climate change."),
    "rabat": (None, None, "Seat of United Cities and Local Governments of Africa (UCLG-A)."),
    "tangier": (None, None, "Partner city of Barcelona's bilateral cooperation."),
    "tetouan": (None, None, "Partner city of Barcelona's bilateral cooperation."),
    "inhambane": ("Benedito Guimino", None,
                  "Mozambican partner in the Mozambique and Brazil decentralised cooperation project (2013–2015); its mayor "
                  "learned about participatory budgeting in Porto Alegre."),
    "nampula": (None, None, "Hosted the first seminar of the Mozambique and Brazil project in 2013."),
    "dortmund": (None, None, "Advised Kumasi on greening a street, in the German 100 city cooperation project for climate change."),
    "cologne": (None, None, "Exchange with Rio de Janeiro resulted in a new waste management plan."),
    "sarajevo": (None, None, "The first city to receive funding and expertise from Barcelona's city-to-city cooperation, in the "
                             "mid-1990s."),
    "bilbao": (None, None, "Chairs the UCLG Committee of Digital and Knowledge-Based Cities; hosted the first UCLG Culture Summit "
                           "in March 2015."),
    "amsterdam": (None, None, "Named in the UCLG guide as the place of its interview with VNG International, the "
                              "International Cooperation Agency of the Association of Netherlands Municipalities "
                              "(29 September 2015)."),
    "medellin": (None, "http://www.acimedellin.org/en-us",
                 "A city that has undergone a transformation known to many people; its cooperation with Barcelona began "
                 "through exchanges between libraries. Its cable cars inspired Rio de Janeiro. Member of AL-LAs; host of the "
                 "World Urban Forum in April 2014."),
    "havana": (None, None, "Partner of Barcelona and Medellín in triangular cooperation on economic development and urban "
                           "planning."),
    "porto-alegre": (None, None, "Mozambican mayors learned about participatory budgeting there, also attending meetings the city "
                                 "organised with the community."),
    "brasilia": (None, None, "Seat of the National Confederation of Municipalities (CNM), which organises the March to Brasília "
                             "in Defense of Municipalities."),
    "mexico-city": (None, None, "Coordinates the Euro-Latin-American Alliance of Cooperation among Cities (AL-LAs) and presents, "
                                "with the UCLG Committee on Culture, the International Award UCLG-Mexico City-Culture 21."),
    "montevideo": (None, None, "Member of AL-LAs."),
    "moron": (None, None, "Member of AL-LAs."),
    "belo-horizonte": (None, None, "Member of AL-LAs."),
    "quito": (None, None, "Member of AL-LAs; host of Habitat III in October 2016."),
    "lima": (None, None, "Member of AL-LAs."),
    "bogota": (None, None, "Developed a Peace Prize with the UCLG Committee on Development Cooperation and City Diplomacy."),
    "gaza": (None, None, "Partner city of Barcelona's bilateral cooperation."),
    "nablus": (None, None, "Partner city of Barcelona's bilateral cooperation."),
    "seoul": (None, "http://seoulsolution.kr",
              "The capital of Korea, with more than 10 million inhabitants, experienced rapid urban growth between 1960 and "
              "1990 and is considered the most wired city in the world. Seoul Metropolitan Government shares 162 policies "
              "through Seoul Solution and trains foreign city officials."),
    "guangzhou": (None, None, "Co-sponsors, with UCLG and Metropolis, the Guangzhou International Award for Urban Innovation."),
    "jakarta": (None, None, "Seat of United Cities and Local Governments Asia-Pacific (UCLG-ASPAC)."),
}

# Memberships the documents state: (city, network, category, since year)
MEMBERSHIPS = [(c, "eurocities", "founding member", 1986)
               for c in ["barcelona", "birmingham", "frankfurt", "lyon", "milan", "rotterdam"]]
MEMBERSHIPS += [("copenhagen", "eurocities", "member", None), ("aarhus", "eurocities", "member", None),
                ("athens", "solidarity-cities", "initiator", None),
                ("mexico-city", "al-las", "coordinator", 2013)]
MEMBERSHIPS += [(c, "al-las", "partner city", 2013)
                for c in ["montevideo", "moron", "belo-horizonte", "quito", "medellin", "lima", "rio-de-janeiro"]]
MEMBERSHIPS += [("bilbao", "uclg-cdc", "chair", 2005),
                ("seoul", "metropolis", "host of the Metropolis International Training Institute", None),
                ("durban", "mile", "host municipality", 2009)]
