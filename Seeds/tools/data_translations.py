"""French and Spanish translations of the papers' texts, of the networks' descriptions and of the case studies'
titles and summaries, by the secretariat (issue 15).

These are translations, not the papers: the originals (English, `data_sessions.py`) stay what every page
and the open data call the text; French and Spanish pages show these instead, noted "Translation by the
secretariat", and fall back to the English original (marked `lang="en"`) where a text has none here.
Formal register of a city administration; terms as in Locales/GLOSSARY.md. Keyed by slug (and position),
so the generated SQL finds its rows whatever ids the seed gave them.
"""

from data_sessions import DISCLAIMER

CONVENING = {
    "fr": dict(title="Convention inaugurale du Parlement mondial des maires",
               description="Le Parlement mondial des maires a tenu sa Convention inaugurale à La Haye les 10 et 11 septembre 2016. "
                           "Des maires, des responsables municipaux et des experts de plus de 60 villes du monde entier se sont "
                           "réunis en sessions stratégiques sur les migrations (10 septembre) et sur la gouvernance "
                           "(11 septembre) afin de rédiger des principes communs et des actions communes, à adhésion volontaire.\n\n"
                           "S’appuyant sur la Déclaration de La Haye (2016), les villes ont le droit « d’agir ensemble, par-delà "
                           "les frontières, dans les domaines où l’agenda mondial est au point mort ». Comme le prévoit sa "
                           "charte, le PMM « partagera les bonnes pratiques, offrira aux villes une voix commune à l’échelle "
                           "mondiale et constituera une plateforme permanente tournée vers l’action » et « fera également office "
                           "de plateforme consultative permanente pour les organisations internationales ». Son secrétariat est "
                           "établi à La Haye, ville internationale de la paix et de la justice."),
    "es": dict(title="Convención Inaugural del Parlamento Mundial de Alcaldes",
               description="El Parlamento Mundial de Alcaldes celebró su Convención Inaugural en La Haya los días 10 y 11 de "
                           "septiembre de 2016. Alcaldes, responsables municipales y personas expertas de más de 60 ciudades de "
                           "todo el mundo se reunieron en sesiones estratégicas sobre migración (10 de septiembre) y sobre "
                           "gobernanza (11 de septiembre) para redactar principios compartidos y acciones comunes de adhesión "
                           "voluntaria.\n\n"
                           "Sobre la base de la Declaración de La Haya (2016), las ciudades tienen derecho «a actuar juntas, más "
                           "allá de las fronteras, en los ámbitos en los que la agenda mundial se ha estancado». Según su carta, "
                           "el PMA «compartirá buenas prácticas, ofrecerá una voz global común para las ciudades y actuará como "
                           "una plataforma permanente orientada a la acción» y «funcionará también como plataforma consultiva "
                           "permanente para las organizaciones internacionales». Su Secretaría está establecida en La Haya, "
                           "ciudad internacional de la paz y la justicia."),
}

THEMES = {
    "migration": ("Migrations", "Migración"),
    "security": ("Sécurité", "Seguridad"),
    "climate": ("Climat et énergie", "Clima y energía"),
    "city-diplomacy": ("Diplomatie des villes", "Diplomacia de ciudades"),
    "culture": ("Culture", "Cultura"),
    "development": ("Coopération au développement", "Cooperación al desarrollo"),
    "economy": ("Économie", "Economía"),
    "governance": ("Gouvernance", "Gobernanza"),
    "digital": ("Innovation numérique et données ouvertes", "Innovación digital y datos abiertos"),
    "human-rights": ("Droits humains", "Derechos humanos"),
    "urban-planning": ("Urbanisme et logement", "Planificación urbana y vivienda"),
    "peer-learning": ("Apprentissage entre pairs", "Aprendizaje entre pares"),
    "social-inclusion": ("Inclusion sociale", "Inclusión social"),
}

DISCLAIMER_T = {
    "fr": "Ce document contient des projets de déclarations de principes communs et d’actions communes, à adhésion volontaire, "
          "qui traduisent les réflexions et les échanges de maires, de responsables municipaux et d’experts de plus de 60 villes "
          "du monde entier. Ces principes n’ont pas encore été ratifiés par le Parlement mondial des maires, mais seront examinés "
          "par le comité exécutif fondateur des maires.",
    "es": "Este documento incluye proyectos de declaraciones de principios compartidos y de acciones comunes de adhesión "
          "voluntaria que reflejan las ideas y los debates de alcaldes, responsables municipales y personas expertas de más de "
          "60 ciudades de todo el mundo. Estos principios aún no han sido ratificados por el Parlamento Mundial de Alcaldes, pero "
          "serán examinados por el comité ejecutivo fundador de alcaldes.",
}

# slug: {language: dict(title, subtitle, summary?, note?)}; the migration sessions' note is the disclaimer.
SESSIONS = {
    "integrating-economic-migrants": {
        "fr": dict(title="Intégrer les migrants économiques", subtitle="Migrations – Session stratégique 1"),
        "es": dict(title="Integrar a los migrantes económicos", subtitle="Migración – Sesión estratégica 1")},
    "integrating-refugees-of-war": {
        "fr": dict(title="Intégrer les réfugiés de guerre", subtitle="Migrations – Session stratégique 2"),
        "es": dict(title="Integrar a los refugiados de guerra", subtitle="Migración – Sesión estratégica 2")},
    "migration-and-security": {
        "fr": dict(title="Migrations et sécurité", subtitle="Migrations – Session stratégique 3"),
        "es": dict(title="Migración y seguridad", subtitle="Migración – Sesión estratégica 3")},
    "migration-administration-and-management": {
        "fr": dict(title="Administration et gestion des migrations", subtitle="Migrations – Session stratégique 4"),
        "es": dict(title="Administración y gestión de la migración", subtitle="Migración – Sesión estratégica 4")},
    "cities-as-governance-partners": {
        "fr": dict(
            title="Les villes, partenaires de la gouvernance dans un monde interdépendant", subtitle="Sessions sur la gouvernance",
            summary="Que représentent aujourd’hui les villes en tant qu’acteurs de la gouvernance mondiale ? Que peuvent-elles "
                    "accomplir ensemble dans un monde interdépendant ? Qu’ont-elles déjà entrepris ? Ce document approfondit le "
                    "thème des villes partenaires de la gouvernance, dans un contexte qui réunit plusieurs niveaux de décision. "
                    "Après avoir exploré les tenants et aboutissants de la diplomatie des villes, du local au régional et à "
                    "l’international, il examine comment les villes pourraient aider les États à agir concrètement face aux "
                    "grands défis mondiaux, et se conclut par des suggestions d’actions que les maires pourront discuter et "
                    "amender lors de leur Convention inaugurale.\n\n"
                    "Ce document de travail a été établi par le Centre d’études stratégiques de La Haye (HCSS) pour le compte "
                    "du Parlement mondial des maires et de la municipalité de La Haye.",
            note="Ces suggestions d’actions peuvent servir de base aux échanges des maires lors de la Convention inaugurale de "
                 "leur Parlement. Les maires pourront les amender et y réfléchir ; si le choix de certaines villes ne conviendra "
                 "pas à toutes, l’essentiel est d’entreprendre quelque chose de nouveau que d’autres pourront évaluer et dont "
                 "elles pourront s’inspirer. Pendant et après la Convention inaugurale du PMM à La Haye, les villes membres "
                 "pourront adhérer à ces politiques ou s’en retirer, selon leurs besoins et leur situation."),
        "es": dict(
            title="Las ciudades como socias de la gobernanza en un mundo interdependiente", subtitle="Sesiones sobre gobernanza",
            summary="¿Qué significan hoy las ciudades como actores de la gobernanza mundial? ¿Qué pueden lograr juntas en un "
                    "mundo interdependiente? ¿Qué han emprendido ya? El documento profundiza en el tema de las ciudades como "
                    "socias de la gobernanza en un contexto que reúne distintos niveles de decisión. Tras analizar algunos "
                    "aspectos de la diplomacia de ciudades, de lo local a lo regional y a lo internacional, estudia cómo las "
                    "ciudades podrían apoyar a los Estados para actuar de forma concreta ante los grandes desafíos mundiales, y "
                    "concluye con varias propuestas de acciones que los alcaldes podrán debatir y modificar durante su "
                    "Convención Inaugural.\n\n"
                    "El documento de trabajo ha sido elaborado por el Centro de Estudios Estratégicos de La Haya (HCSS) en "
                    "nombre del Parlamento Mundial de Alcaldes y del Ayuntamiento de La Haya.",
            note="Estas propuestas de acciones pueden servir a los alcaldes como base de debate con ocasión de la Convención "
                 "Inaugural de su Parlamento. Los alcaldes podrán modificarlas y reflexionar sobre ellas; aunque la opción de "
                 "algunas ciudades no convendrá a todas, lo importante es emprender algo nuevo que otras puedan evaluar y de lo "
                 "que puedan aprender. Durante y después de la Convención Inaugural del PMA en La Haya, las ciudades miembro "
                 "podrán adherirse a estas políticas o retirarse de ellas, según sus necesidades y circunstancias."),
    },
}

# (session slug, position): (French, Spanish)
PRINCIPLES = {
    ("integrating-economic-migrants", 1): (
        "Nous estimons que les migrants doivent être intégrés à nos économies locales et associés au développement de nos villes.",
        "Creemos que los migrantes deben integrarse en nuestras economías locales y participar como socios en el desarrollo de "
        "nuestras ciudades."),
    ("integrating-refugees-of-war", 1): (
        "Nous estimons que la migration (forcée ou non) est une réalité. Nous considérons donc que les villes doivent élaborer et "
        "mettre en œuvre des politiques qui partent du principe que les réfugiés s’installent ; conformément aux droits humains "
        "internationaux et à la Convention de Genève, le retour dans le pays d’origine est toujours volontaire.",
        "Creemos que la migración (forzada o no) es un hecho. Por ello, consideramos que las ciudades deben elaborar y aplicar "
        "políticas que partan de la base de que los refugiados se asientan; de acuerdo con los derechos humanos internacionales "
        "y la Convención de Ginebra, el regreso a su país de origen es siempre voluntario."),
    ("migration-and-security", 1): (
        "Nous estimons que la sécurité doit être abordée à partir des faits, en reconnaissant la peur que ressentent certains "
        "habitants de nos communautés.",
        "Creemos que la seguridad debe abordarse a partir de los hechos, reconociendo el temor que sienten algunos vecinos de "
        "nuestras comunidades."),
    ("migration-and-security", 2): (
        "Nous estimons que les questions de sécurité doivent être examinées tant pour les communautés d’accueil que pour les "
        "migrants eux-mêmes.",
        "Creemos que las cuestiones de seguridad deben considerarse tanto para las comunidades de acogida como para los propios "
        "migrantes."),
    ("migration-and-security", 3): (
        "Nous estimons que les politiques et les actions doivent traiter à la fois des questions de sécurité et de l’intégration "
        "rapide des migrants, qui peut contribuer à réduire les risques.",
        "Creemos que las políticas y las acciones deben abordar tanto las cuestiones de seguridad como la integración rápida de "
        "los migrantes, que puede contribuir a reducir los riesgos."),
    ("migration-administration-and-management", 1): (
        "Les migrants, temporaires ou permanents, sont des membres à part entière de notre société et seront servis par notre "
        "ville.",
        "Los migrantes, temporales o permanentes, son miembros de pleno derecho de nuestra sociedad y nuestra ciudad les "
        "prestará servicio."),
    ("migration-administration-and-management", 2): (
        "Les migrants doivent être intégrés à l’ensemble de la communauté et non laissés à l’écart.",
        "Los migrantes deben integrarse en el conjunto de la comunidad y no quedar apartados."),
    ("migration-administration-and-management", 3): (
        "Les maires doivent jouer un rôle pédagogique dans leur ville et orienter le débat public vers l’acceptation et le "
        "soutien.",
        "Los alcaldes deben desempeñar una labor pedagógica en sus ciudades y orientar el debate público hacia la aceptación y "
        "el apoyo."),
}

# (session slug, position): {language: (title or None, text)}
ACTIONS = {
    ("integrating-economic-migrants", 1): {
        "fr": ("Déclaration sur la diversité et étalonnage",
               "Nous travaillerons avec la société civile de nos villes à une déclaration commune exprimant notre engagement en "
               "faveur de la diversité, et nous élaborerons un cadre qui nous permettra de nous évaluer en continu (la "
               "Déclaration de Mannheim pourrait servir de modèle)."),
        "es": ("Declaración sobre la diversidad y evaluación comparativa",
               "Trabajaremos con la sociedad civil de nuestras ciudades en una Declaración común que exprese nuestro compromiso "
               "con la diversidad y elaboraremos un marco que nos permita evaluarnos de forma continua (la Declaración de "
               "Mannheim podría servir de modelo).")},
    ("integrating-economic-migrants", 2): {
        "fr": ("Des droits d’accès fondés sur la résidence",
               "Nous mettrons en œuvre et/ou demanderons des modifications de la législation nationale (si nécessaire) afin que "
               "les villes puissent donner accès aux services et au marché du travail à toutes les personnes qui y résident, "
               "quel que soit leur statut juridique."),
        "es": ("Derechos de acceso basados en la residencia",
               "Aplicaremos y/o promoveremos cambios en la legislación nacional (cuando sea necesario) para que las ciudades "
               "puedan dar acceso a los servicios y al mercado laboral a todas las personas que residen en ellas, con "
               "independencia de su situación jurídica.")},
    ("integrating-economic-migrants", 3): {
        "fr": ("Cartographier nos villes comme les nœuds d’un réseau",
               "Nous adopterons une méthode commune pour recueillir des données et cartographier nos villes comme les nœuds d’un "
               "réseau mondial, afin de comprendre nos communautés de migrants et les liens qu’elles entretiennent avec des "
               "communautés et des villes ailleurs dans le monde."),
        "es": ("Cartografiar nuestras ciudades como parte de una red",
               "Utilizaremos un método común para recopilar datos y cartografiar nuestras ciudades como nodos de una red mundial, "
               "con el fin de comprender a nuestras comunidades migrantes y los vínculos que mantienen con comunidades y "
               "ciudades de otras partes del mundo.")},
    ("integrating-economic-migrants", 4): {
        "fr": ("Des liens directs de ville à ville",
               "Nous créerons une plateforme technologique commune d’échange d’informations pour partager données et "
               "enseignements et saisir les opportunités économiques directement de ville à ville. Nous proposons également de "
               "nouer des partenariats de développement entre villes (par exemple Europe–Afrique du Nord), financés par les "
               "gouvernements nationaux et/ou des institutions supranationales."),
        "es": ("Conexiones directas entre ciudades",
               "Crearemos una plataforma tecnológica común de intercambio de información para compartir datos y aprendizajes y "
               "aprovechar oportunidades económicas directamente entre ciudades. Proponemos también crear alianzas de "
               "desarrollo entre ciudades (por ejemplo, Europa–Norte de África) financiadas por los gobiernos nacionales y/o por "
               "instituciones supranacionales.")},
    ("integrating-economic-migrants", 5): {
        "fr": ("Jumeler les villes",
               "Nous concevrons et mettrons en œuvre une stratégie de coopération entre villes jumelles, pour des paires de "
               "villes reliées par des flux migratoires (par exemple Nord–Sud), dans laquelle les communautés de migrants "
               "joueront un rôle clé."),
        "es": ("Hermanamiento de ciudades",
               "Planificaremos y aplicaremos una estrategia de cooperación entre ciudades hermanadas para pares de ciudades "
               "unidas por flujos migratorios (por ejemplo, Norte–Sur), en la que las comunidades migrantes desempeñen un papel "
               "clave en el desarrollo de la cooperación.")},
    ("integrating-refugees-of-war", 1): {
        "fr": ("Institutionnaliser la mobilité humaine de manière globale",
               "Nous créerons au cabinet du maire des services de « planification de la mobilité humaine » chargés d’anticiper "
               "les flux de personnes, migrations volontaires ou forcées, internes ou transfrontalières, et qui échangeront leurs "
               "bonnes pratiques avec les services équivalents d’autres villes."),
        "es": ("Institucionalizar la movilidad humana de forma integral",
               "Crearemos en la alcaldía departamentos de «planificación de la movilidad humana» que prevean los flujos de "
               "personas en migraciones voluntarias o forzadas, internas o transfronterizas, y que se coordinen con los "
               "departamentos de otras ciudades para intercambiar buenas prácticas.")},
    ("integrating-refugees-of-war", 2): {
        "fr": ("Prévoir les flux migratoires pour mieux préparer la ville",
               "Nous explorerons un usage plus poussé des données pour anticiper les flux de personnes attendus et nous y "
               "préparer. L’administration municipale pourra ainsi mieux planifier le logement abordable sans créer de ghettos, "
               "l’éducation des jeunes réfugiés, l’accès aux soins d’urgence, etc."),
        "es": ("Prever los flujos migratorios para mejorar la preparación urbana",
               "Exploraremos un uso más avanzado de los datos para planificar y coordinarnos ante los flujos de personas "
               "previstos. Así, la administración municipal podrá planificar mejor la vivienda asequible evitando la formación "
               "de guetos, la educación de los jóvenes refugiados, el acceso a la atención sanitaria de urgencia, etc.")},
    ("integrating-refugees-of-war", 3): {
        "fr": ("Favoriser les lieux de rencontre entre habitants et réfugiés",
               "Nous soutiendrons les activités culturelles qui favorisent la compréhension interculturelle."),
        "es": ("Fomentar espacios que conecten a la comunidad de acogida y a los refugiados",
               "Fomentaremos actividades culturales que promuevan el entendimiento intercultural.")},
    ("integrating-refugees-of-war", 4): {
        "fr": ("Permettre aux réfugiés de contribuer à la vie économique, politique et sociale",
               "Nous promouvrons l’idée d’une citoyenneté municipale qui, indépendamment du statut de résident national, permet "
               "à la population de la ville d’accéder à certains services et offres publics (soins d’urgence, nocturnes des "
               "musées, etc.), de participer à la vie politique et de s’engager dans la vie civique."),
        "es": ("Permitir que los refugiados contribuyan en lo económico, lo político y lo social",
               "Promoveremos la idea de una ciudadanía municipal que, con independencia de la situación de residencia nacional, "
               "permita a la población de la ciudad acceder a determinados servicios y ofertas públicas (atención sanitaria de "
               "urgencia, noches de museos, etc.), participar en el proceso político y comprometerse en actividades cívicas.")},
    ("integrating-refugees-of-war", 5): {
        "fr": ("Attendre des efforts d’intégration de la part des migrants",
               "Nous travaillerons avec la population migrante pour la sensibiliser aux attentes de la communauté d’accueil (par "
               "exemple en matière de maîtrise de la langue ou d’acceptation des normes sociales)."),
        "es": ("Exigir esfuerzos de integración a la población migrante",
               "Trabajaremos con la población migrante para darle a conocer las expectativas de la comunidad de acogida (por "
               "ejemplo, en cuanto al dominio del idioma o la aceptación de las normas sociales).")},
    ("integrating-refugees-of-war", 6): {
        "fr": ("Accorder l’attention nécessaire à la sécurité",
               "Si nous reconnaissons que la grande majorité des réfugiés est animée de bonnes intentions, nous devons admettre "
               "que certains ont été traumatisés au cours de leur exil et/ou arrivent avec des visées politiques qui menacent "
               "la sécurité publique. Nous nous emploierons à promouvoir et à protéger la sécurité publique."),
        "es": ("Prestar la debida atención a la seguridad",
               "Aunque reconocemos que la gran mayoría de los refugiados tiene buenas intenciones, debemos admitir que algunos "
               "han sufrido traumas durante su huida y/o llegan con ambiciones políticas que ponen en peligro la seguridad "
               "pública. Nos esforzaremos por promover y proteger la seguridad pública.")},
    ("integrating-refugees-of-war", 7): {
        "fr": ("Présenter la question sous un jour positif",
               "Nous savons que la réussite des migrations dépend de la qualité des liens entre communautés d’accueil et "
               "communautés de migrants, et de la rapidité avec laquelle elles s’acceptent mutuellement. Nous nous engageons "
               "donc à bannir le vocabulaire négatif des discours publics des représentants de la ville et à ne pas alimenter "
               "des peurs sans fondement."),
        "es": ("Presentar la cuestión desde un enfoque positivo",
               "Sabemos que los resultados de la migración dependen de lo bien que se relacionen las comunidades de acogida y "
               "las migrantes y de la rapidez con que se acepten mutuamente. Por ello, nos comprometemos a eliminar el "
               "vocabulario negativo de los discursos públicos de los representantes de la ciudad y a no participar en "
               "alarmismos infundados.")},
    ("integrating-refugees-of-war", 8): {
        "fr": ("Faire entendre la voix des villes dans les instances nationales et supranationales",
               "Nous estimons que les villes seront essentielles pour relever les défis et saisir les opportunités qu’offre la "
               "migration forcée. Nous œuvrerons donc à renforcer la voix collective des villes au sein des instances de "
               "décision nationales et supranationales."),
        "es": ("Hacer oír la voz de las ciudades en los foros nacionales y supranacionales",
               "Creemos que las ciudades serán clave para afrontar los desafíos y aprovechar las oportunidades de la migración "
               "forzada. Por ello, trabajaremos para reforzar la voz colectiva de las ciudades en los órganos de decisión "
               "nacionales y supranacionales.")},
    ("migration-and-security", 1): {
        "fr": (None, "Nous recueillerons et analyserons des données en temps réel au sein d’un service dédié, afin de confirmer et "
                     "de faire savoir aux habitants que les « nouveaux » migrants ont un taux de criminalité inférieur à la "
                     "moyenne, de repérer les situations de forte criminalité causées directement ou indirectement par la "
                     "migration, et de mieux adapter et coordonner les services d’urgence, sociaux et d’accompagnement pour "
                     "prévenir les difficultés qui mènent à la délinquance."),
        "es": (None, "Recopilaremos y analizaremos datos en tiempo real en una unidad específica para confirmar y comunicar a la "
                     "ciudadanía que los «nuevos» migrantes tienen tasas de delincuencia inferiores a la media, detectar "
                     "patrones de alta delincuencia causados directa o indirectamente por la migración, y adaptar e integrar "
                     "mejor los servicios de emergencia, sociales y de apoyo para evitar los problemas que conducen al delito.")},
    ("migration-and-security", 2): {
        "fr": (None, "Nous faciliterons l’intégration rapide des migrants en commençant le processus d’intégration dès leur "
                     "arrivée, en rééquilibrant l’attention aujourd’hui portée à la procédure juridique, en proposant des cours "
                     "de langue dès l’arrivée, en repérant les débouchés sur le marché du travail, en dispensant la formation "
                     "nécessaire pour y accéder et en aidant à trouver un logement tout en évitant les quartiers ségrégués."),
        "es": (None, "Facilitaremos la integración rápida de los migrantes iniciando el proceso de integración desde el momento "
                     "de su llegada, reequilibrando la atención que hoy se presta al procedimiento jurídico, ofreciendo cursos de "
                     "idiomas nada más llegar, identificando oportunidades en el mercado laboral, impartiendo la formación "
                     "necesaria para acceder a él y ayudando a encontrar vivienda sin crear barrios segregados.")},
    ("migration-and-security", 3): {
        "fr": (None, "Nous combattrons les organisations criminelles qui favorisent la migration irrégulière."),
        "es": (None, "Combatiremos las organizaciones delictivas que favorecen la migración irregular.")},
    ("migration-administration-and-management", 1): {
        "fr": (None, "Nous fournirons aux migrants une pièce d’identité leur donnant accès à tous les services de la ville et "
                     "aiderons les résidents sans papiers à accéder, dans la dignité et sans discrimination, aux mêmes services "
                     "de santé, de sécurité et d’éducation."),
        "es": (None, "Proporcionaremos a los migrantes un documento de identidad que les dé acceso a todos los servicios "
                     "municipales y ayudaremos a los residentes indocumentados a acceder en igualdad de condiciones a los "
                     "servicios de salud, seguridad y educación, con dignidad y sin discriminación.")},
    ("migration-administration-and-management", 2): {
        "fr": (None, "Nous créerons ou faciliterons des réseaux sociaux pour aider les immigrants à trouver les services de leur "
                     "ville d’arrivée."),
        "es": (None, "Crearemos o facilitaremos redes sociales que ayuden a los inmigrantes a encontrar los servicios de su "
                     "ciudad de llegada.")},
    ("migration-administration-and-management", 3): {
        "fr": (None, "Nous supprimerons des formulaires les questions susceptibles de servir à discriminer les migrants (par "
                     "exemple la religion) pour nous concentrer sur les caractéristiques qui nous permettent de les intégrer "
                     "plus vite (par exemple la profession)."),
        "es": (None, "Eliminaremos de los formularios las preguntas que puedan servir para discriminar a los migrantes (por "
                     "ejemplo, la religión) y nos centraremos en las características que nos permitan integrarlos más "
                     "rápidamente (por ejemplo, la profesión).")},
    ("migration-administration-and-management", 4): {
        "fr": (None, "Nous mettrons en place des outils participatifs et innovants, partant des habitants, plutôt que des "
                     "décisions prises d’en haut (par exemple pour l’attribution des logements)."),
        "es": (None, "Pondremos en marcha herramientas creativas y participativas, desde la base, para implicar a las "
                     "comunidades, en lugar de recurrir a decisiones tomadas desde arriba (por ejemplo, para asignar viviendas).")},
    ("migration-administration-and-management", 5): {
        "fr": (None, "Nous mettrons fin aux camps de migrants de longue durée et nous fixerons des objectifs ambitieux pour "
                     "reloger rapidement les migrants dans des logements ordinaires."),
        "es": (None, "Pondremos fin a los campamentos de migrantes de larga duración y fijaremos objetivos ambiciosos para "
                     "integrar rápidamente a los migrantes en viviendas comunitarias.")},
    ("migration-administration-and-management", 6): {
        "fr": (None, "Nous travaillerons avec nos homologues des communautés que quittent les migrants pour trouver des solutions "
                     "qui amélioreraient les conditions de vie et aideraient les habitants à rester chez eux lorsque c’est "
                     "possible."),
        "es": (None, "Trabajaremos con nuestros homólogos de las comunidades de las que salen los migrantes para encontrar "
                     "soluciones que mejoren las condiciones de vida y ayuden a sus habitantes a permanecer en sus hogares "
                     "cuando sea posible.")},
    ("cities-as-governance-partners", 1): {
        "fr": (None, "Le PMM partagera les bonnes pratiques, offrira dans la mesure du possible une voix commune aux villes à "
                     "l’échelle mondiale et constituera une plateforme permanente tournée vers l’action."),
        "es": (None, "El PMA compartirá buenas prácticas, ofrecerá en la medida de lo posible una voz global común para las "
                     "ciudades y actuará como una plataforma permanente orientada a la acción.")},
    ("cities-as-governance-partners", 2): {
        "fr": (None, "Il fera également office de plateforme consultative pour les organisations et instituts internationaux tels "
                     "que les Nations unies, l’OCDE, Eurocities, la COP 22, le C40, 100 Resilient Cities, la Conférence des "
                     "maires des États-Unis et la Banque mondiale."),
        "es": (None, "Funcionará también como plataforma consultiva para organizaciones e institutos internacionales como las "
                     "Naciones Unidas, la OCDE, Eurocities, la COP 22, C40, 100 Resilient Cities, la Conferencia de Alcaldes de "
                     "Estados Unidos y el Banco Mundial.")},
    ("cities-as-governance-partners", 3): {
        "fr": (None, "Le PMM doit faire entendre la voix des villes. Il incitera davantage de maires à s’exprimer pour les villes "
                     "et à renforcer leur rôle. Lors des conférences et sommets internationaux, le PMM pourra déléguer des "
                     "représentants disposant de l’espace nécessaire pour promouvoir et expliquer le rôle des villes et leurs "
                     "défis. La communication du et vers le PMM est assurée par son secrétariat, établi à La Haye (Pays-Bas). La "
                     "Convention inaugurale arrêtera ces procédures."),
        "es": (None, "El PMA debe hacer oír la voz de las ciudades. Animará a más alcaldes a hablar en nombre de las ciudades y "
                     "a reforzar su papel. En las conferencias y cumbres internacionales, el PMA podrá enviar representantes que "
                     "dispongan del espacio necesario para promover y explicar el papel de las ciudades y sus desafíos. La "
                     "comunicación con el PMA corre a cargo de su Secretaría, con sede en La Haya (Países Bajos). La Convención "
                     "Inaugural decidirá sobre estos procedimientos.")},
    ("cities-as-governance-partners", 4): {
        "fr": (None, "Les membres du PMM s’engagent à relier « les personnes entre elles, les personnes aux systèmes urbains et "
                     "les systèmes urbains entre eux », pour que la ville devienne un meilleur lieu de travail, de vie et de "
                     "loisirs. À cet égard, les membres du PMM reconnaissent le rôle des nouvelles technologies et du partage "
                     "des données."),
        "es": (None, "Los miembros del PMA se comprometen a conectar «a las personas entre sí, a las personas con los sistemas "
                     "urbanos y a los sistemas urbanos entre sí», para que la ciudad sea un lugar mejor para trabajar, vivir y "
                     "disfrutar. En este sentido, los miembros del PMA reconocen el papel de las nuevas tecnologías y del "
                     "intercambio de datos.")},
    ("cities-as-governance-partners", 5): {
        "fr": (None, "Sollicitez l’expertise locale des ambassades de votre pays à l’étranger, situées dans des villes, pour "
                     "obtenir des conseils pour votre propre ville. Resserrez les liens entre villes, régions, gouvernements "
                     "nationaux et organisations régionales de votre zone (UE, ASEAN, MERCOSUR, etc.)."),
        "es": (None, "Aproveche la experiencia local de las embajadas de su país en el extranjero, situadas en ciudades, para "
                     "obtener asesoramiento para su propia ciudad. Estreche las relaciones entre ciudades, regiones, gobiernos "
                     "nacionales y organizaciones regionales de su zona (UE, ASEAN, MERCOSUR, etc.).")},
    ("cities-as-governance-partners", 6): {
        "fr": (None, "Faites de votre ville un laboratoire qui expérimente, à l’échelle locale, des solutions aux défis mondiaux, "
                     "notamment les questions environnementales, les pandémies, les tensions sociales et les problèmes "
                     "transfrontaliers comme la crise des réfugiés et le terrorisme."),
        "es": (None, "Convierta su ciudad en un laboratorio que experimente, a escala local, soluciones a los desafíos "
                     "mundiales, incluidos los problemas ambientales, las pandemias, las tensiones sociales y los problemas "
                     "transfronterizos como la crisis de los refugiados y el terrorismo.")},
    ("cities-as-governance-partners", 7): {
        "fr": (None, "Les membres du PMM s’engagent à promouvoir le rôle de toutes les parties prenantes concernées pour renforcer "
                     "la voix et l’exemple des villes. Des efforts seront faits pour associer habitants et nouveaux arrivants à "
                     "l’organisation d’événements de toute nature qui rapprochent les communautés, par exemple ceux qui "
                     "réunissent internationaux, expatriés et habitants."),
        "es": (None, "Los miembros del PMA se comprometen a promover el papel de todas las partes interesadas para reforzar la "
                     "voz y el ejemplo de las ciudades. Se harán esfuerzos para implicar a vecinos y recién llegados en la "
                     "organización de actos de todo tipo que acerquen a las comunidades, por ejemplo los que reúnen a "
                     "internacionales, expatriados y residentes locales.")},
    ("cities-as-governance-partners", 8): {
        "fr": (None, "Stimulez la fierté urbaine et un bon climat des affaires en investissant dans les secteurs qui créent du "
                     "dynamisme, à commencer par les écoles et les universités. Contactez, invitez et rencontrez des jeunes "
                     "pousses, de grandes entreprises, des ONG, des organisations culturelles, des établissements du savoir, "
                     "des comités d’organisation de sommets mondiaux, etc. Expliquez-leur pourquoi leur place est dans votre "
                     "ville."),
        "es": (None, "Fomente el orgullo ciudadano y un buen clima empresarial invirtiendo en sectores que generen vitalidad, "
                     "empezando, por ejemplo, por las escuelas y las universidades. Contacte, invite y reúnase con empresas "
                     "emergentes, grandes empresas, ONG, organizaciones culturales, instituciones del conocimiento, comités "
                     "organizadores de cumbres mundiales, etc. Explíqueles por qué su lugar está en su ciudad.")},
    ("cities-as-governance-partners", 9): {
        "fr": (None, "Les villes membres qui jugent leurs efforts et leurs programmes fructueux peuvent en rendre compte chaque "
                     "année au PMM par un rapport du maire."),
        "es": (None, "Las ciudades miembro que consideren exitosos sus esfuerzos y programas pueden informar cada año al PMA "
                     "mediante un informe de alcaldía.")},
}

# The editors' short titles (data_sessions.SHORT_TITLES), translated: (French, Spanish).
SHORT_TITLES = {
    ("migration-and-security", 1): ("Données en temps réel sur les migrations et la délinquance",
                                    "Datos en tiempo real sobre migración y delincuencia"),
    ("migration-and-security", 2): ("L’intégration dès l’arrivée", "Integración desde el momento de la llegada"),
    ("migration-and-security", 3): ("Combattre les réseaux de passeurs", "Lucha contra las redes de tráfico de migrantes"),
    ("migration-administration-and-management", 1): ("Une pièce d’identité municipale pour tous les habitants",
                                                     "Identificación municipal para todos los residentes"),
    ("migration-administration-and-management", 2): ("Des réseaux sociaux pour guider les nouveaux arrivants",
                                                     "Redes sociales que orientan a los recién llegados"),
    ("migration-administration-and-management", 3): ("Des formulaires sans questions discriminantes",
                                                     "Formularios sin preguntas discriminatorias"),
    ("migration-administration-and-management", 4): ("Une participation partant des habitants",
                                                     "Participación comunitaria desde la base"),
    ("migration-administration-and-management", 5): ("Pas de camps de migrants de longue durée",
                                                     "Sin campamentos de migrantes de larga duración"),
    ("migration-administration-and-management", 6): ("Travailler avec les villes d’origine", "Colaborar con las ciudades de origen"),
    ("cities-as-governance-partners", 1): ("Une plateforme permanente pour les villes", "Una plataforma permanente para las ciudades"),
    ("cities-as-governance-partners", 2): ("Conseiller les organisations internationales", "Asesorar a las organizaciones internacionales"),
    ("cities-as-governance-partners", 3): ("Faire entendre la voix des villes", "Hacer oír la voz de las ciudades"),
    ("cities-as-governance-partners", 4): ("Relier les personnes et les systèmes urbains", "Conectar a las personas y los sistemas urbanos"),
    ("cities-as-governance-partners", 5): ("L’expertise locale des ambassades", "La experiencia local de las embajadas"),
    ("cities-as-governance-partners", 6): ("La ville, laboratoire des défis mondiaux", "La ciudad como laboratorio de los desafíos mundiales"),
    ("cities-as-governance-partners", 7): ("Associer toutes les parties prenantes", "Implicar a todas las partes interesadas"),
    ("cities-as-governance-partners", 8): ("Fierté urbaine et bon climat des affaires", "Orgullo ciudadano y buen clima empresarial"),
    ("cities-as-governance-partners", 9): ("Un rapport du maire annuel sur les programmes réussis",
                                           "Un informe de alcaldía anual sobre los programas exitosos"),
}

# The networks' descriptions (data_networks.NETWORKS), by slug: {language: description}. Names of networks,
# organisations and programmes stay as they are (UCLG is CGLU, as in the catalogues); members_note and source
# are not translated. French: U+202F before ; : and inside « », and as the thousands separator.
NETWORKS = {
    "uclg": {
        "fr": "CGLU entend représenter et défendre les intérêts des collectivités locales sur la scène mondiale, "
              "notamment auprès des Nations unies et d’autres instances internationales. Elle a été créée en 2004, "
              "lorsque les autorités locales et régionales ont décidé d’« unir leurs voix devant la communauté "
              "internationale ». Sa mission, telle qu’elle l’énonce : « Être la voix unie et le porte-parole "
              "mondial de l’autonomie locale démocratique… »\n\n"
              "CGLU a une structure décentralisée, composée de neuf sections, dont sept régionales. Son Conseil "
              "mondial a adopté en 2011 la Charte-agenda mondiale des droits de l’homme dans la cité. CGLU a "
              "activement plaidé pour l’ODD 11 relatif aux villes durables et travaille avec le PNUD et "
              "ONU-Habitat à une boîte à outils pour la « localisation des ODD ».\n\n"
              "Par son rôle de rassembleur, de facilitateur et de catalyseur, CGLU promeut activement une "
              "coopération décentralisée dynamique et lui offre des plateformes et des points d’entrée, notamment "
              "des échanges entre pairs et un large éventail d’autres activités d’apprentissage.",
        "es": "CGLU busca representar y defender los intereses de los gobiernos locales en la escena mundial, en "
              "particular ante las Naciones Unidas y otros foros internacionales. Se creó en 2004, cuando las "
              "autoridades locales y regionales decidieron «unir sus voces ante la comunidad internacional». Su "
              "declaración de misión: «Ser la voz unida y el defensor mundial del autogobierno local "
              "democrático…».\n\n"
              "CGLU tiene una estructura descentralizada, con nueve secciones, siete de ellas regionales. Su "
              "Consejo Mundial aprobó en 2011 la Carta-Agenda Mundial de Derechos Humanos en la Ciudad. CGLU "
              "participó activamente en la defensa del ODS 11, sobre ciudades sostenibles, y trabaja con el PNUD y "
              "ONU-Hábitat en un conjunto de herramientas para la «localización de los ODS».\n\n"
              "Como espacio de encuentro, facilitación y apoyo, CGLU promueve activamente una cooperación "
              "descentralizada dinámica y le ofrece plataformas y puntos de entrada, entre ellos intercambios "
              "entre pares y una amplia gama de otras actividades de aprendizaje."},
    "cemr": {
        "fr": "La section européenne de CGLU, créée en 1951 et donc plus ancienne que CGLU elle-même. Le CEMR, à "
              "l’origine du mouvement des jumelages de villes, en a toujours été l’un des premiers promoteurs. En "
              "2010, on estimait à plus de 20 000 le nombre total de jumelages.",
        "es": "La sección europea de CGLU, creada en 1951 y, por tanto, anterior a la propia CGLU. El CEMR, que "
              "ideó el movimiento de hermanamiento de ciudades, ha estado siempre a la vanguardia de su promoción. "
              "En 2010, el número total de hermanamientos se estimaba en más de 20.000."},
    "uclg-africa": {
        "fr": "La section régionale africaine de CGLU, établie à Rabat (Maroc) : l’organisation faîtière, la voix "
              "unie et la représentante des collectivités locales en Afrique. Elle a notamment pour objectifs de "
              "promouvoir la décentralisation en Afrique et la reconnaissance des collectivités locales africaines "
              "comme une sphère de gouvernement distincte et autonome, ainsi que l’échange d’expériences et de "
              "bonnes pratiques entre collectivités locales africaines.\n\n"
              "CGLU Afrique organise tous les trois ans le sommet Africités, qui réunit quelque 5 000 personnes, "
              "dont des ministres. À la demande des autorités locales africaines, elle a mis en place le Programme "
              "africain d’évaluation par les pairs des collectivités locales.",
        "es": "La sección regional africana de CGLU, con sede en Rabat (Marruecos): la organización coordinadora, "
              "la voz unida y la representante de los gobiernos locales en África. Entre sus principales objetivos "
              "figuran promover la descentralización en África y el reconocimiento de los gobiernos locales "
              "africanos como una esfera de gobierno distinta y autónoma, así como el intercambio de experiencias "
              "y buenas prácticas entre los gobiernos locales africanos.\n\n"
              "CGLU África organiza cada tres años la Cumbre Africities, que reúne a unas 5000 personas, entre "
              "ellas ministros. A petición de las autoridades locales africanas, puso en marcha el Programa "
              "Africano de Evaluación entre Pares de los Gobiernos Locales."},
    "uclg-aspac": {
        "fr": "La plus grande section régionale de CGLU, établie à Jakarta (Indonésie), et le principal pôle de "
              "gestion des connaissances sur la gouvernance locale dans la région. Elle a notamment pour objectifs "
              "de promouvoir une autonomie locale démocratique forte et efficace, d’encourager les jumelages et "
              "les partenariats entre collectivités locales et entre peuples, et d’être une source d’information, "
              "d’apprentissage, d’échange et de renforcement des capacités.\n\n"
              "CGLU-ASPAC a pris une part active au programme Partnership for Democratic Local Governance in "
              "Southeast Asia (DELGOSEA).",
        "es": "La mayor sección regional de CGLU, con sede en Yakarta (Indonesia), y el principal centro de "
              "gestión del conocimiento sobre gobernanza local de la región. Entre sus objetivos figuran promover "
              "un autogobierno local democrático sólido y eficaz, fomentar los hermanamientos y las alianzas entre "
              "gobiernos locales y entre pueblos, y servir de fuente de información, aprendizaje, intercambio y "
              "fortalecimiento de capacidades.\n\n"
              "CGLU-ASPAC ha participado activamente en el programa Partnership for Democratic Local Governance in "
              "Southeast Asia (DELGOSEA)."},
    "metropolis": {
        "fr": "La principale organisation internationale réunissant des villes et des régions métropolitaines de "
              "plus d’un million d’habitants. Créée en 1985, elle sert de forum international pour examiner les "
              "questions et les préoccupations communes à toutes les grandes villes et régions métropolitaines, et "
              "elle anime la section métropolitaine de CGLU.\n\n"
              "Metropolis favorise les programmes de collaboration et d’apprentissage entre les grandes villes du "
              "monde, notamment au moyen des Initiatives Metropolis, de l’Institut international de formation de "
              "Metropolis (accueilli par le centre de développement des ressources humaines de Séoul) et de la "
              "Plateforme de transfert de politiques, et coparraine le Prix international de Guangzhou pour "
              "l’innovation urbaine.",
        "es": "La principal organización internacional que reúne a ciudades y regiones metropolitanas de más de un "
              "millón de habitantes. Creada en 1985, funciona como foro internacional para estudiar los asuntos y "
              "las preocupaciones comunes a todas las grandes ciudades y regiones metropolitanas, y gestiona la "
              "sección metropolitana de CGLU.\n\n"
              "Metropolis impulsa programas de colaboración y aprendizaje entre las grandes ciudades del mundo, en "
              "particular a través de las Iniciativas Metropolis, del Instituto Internacional de Formación de "
              "Metropolis (con sede en el centro de desarrollo de recursos humanos de Seúl) y de la Plataforma de "
              "Transferencia de Políticas, y copatrocina el Premio Internacional de Guangzhou a la Innovación "
              "Urbana."},
    "uclg-culture": {
        "fr": "La plateforme mondiale des villes, organisations et réseaux qui souhaitent apprendre, coopérer et "
              "lancer des politiques et des programmes sur le rôle de la culture dans le développement durable. "
              "L’Agenda 21 de la culture, sa déclaration fondatrice, a été approuvé en 2004 ; il compte 67 "
              "articles.\n\n"
              "La Commission réunit des « villes leaders » et des « villes pilotes », s’appuie sur la méthodologie "
              "des plans d’action locaux d’URBACT, tient une base de données mondiale de bonnes pratiques et "
              "propose la boîte à outils « Culture 21 Actions », adoptée lors du premier Sommet de la culture de "
              "CGLU, à Bilbao, en mars 2015. Avec la ville de Mexico, elle décerne le Prix international CGLU – "
              "Ville de Mexico – Culture 21.",
        "es": "La plataforma mundial de ciudades, organizaciones y redes para aprender, cooperar y poner en marcha "
              "políticas y programas sobre el papel de la cultura en el desarrollo sostenible. La Agenda 21 de la "
              "cultura, su declaración fundacional, se aprobó en 2004 y consta de 67 artículos.\n\n"
              "La Comisión reúne a «ciudades líderes» y «ciudades piloto», se apoya en la metodología de planes de "
              "acción locales de URBACT, mantiene una base de datos mundial de buenas prácticas y ofrece el "
              "conjunto de herramientas «Culture 21 Actions», aprobado en la primera Cumbre de Cultura de CGLU, "
              "celebrada en Bilbao en marzo de 2015. Junto con la Ciudad de México, otorga el Premio Internacional "
              "CGLU – Ciudad de México – Cultura 21."},
    "uclg-cdc": {
        "fr": "Créée en 2005 et présidée par la ville de Bilbao, la Commission vise à constituer un réseau de "
              "coopération efficace qui permette aux autorités locales de tirer parti des possibilités qu’offrent "
              "les TIC, l’innovation et le savoir. Elle s’emploie à réduire la fracture numérique et a réalisé la "
              "« Smart Cities Study », un panorama de 28 villes dans six domaines clés : économie, citoyenneté, "
              "gouvernance, mobilité, environnement et qualité de vie.",
        "es": "Creada en 2005 y presidida por el Ayuntamiento de Bilbao, la Comisión tiene por objeto crear una "
              "red de cooperación eficaz que permita a las autoridades locales aprovechar las oportunidades que "
              "ofrecen las TIC, la innovación y el conocimiento. Trabaja para reducir la brecha digital y elaboró "
              "el «Smart Cities Study», una panorámica de 28 ciudades en seis ámbitos clave: economía, ciudadanía, "
              "gobernanza, movilidad, medio ambiente y calidad de vida."},
    "uclg-cib": {
        "fr": "Une plateforme technique destinée aux professionnels des associations de collectivités locales et "
              "des collectivités locales actives dans le renforcement des capacités et la coopération au "
              "développement entre collectivités locales. Elle assure l’échange d’informations sur les programmes "
              "de ses membres, la coordination de ces programmes pour éviter les doublons et le plaidoyer sur le "
              "rôle des collectivités locales dans le développement, et tient un recueil des projets de ses "
              "membres.",
        "es": "Una plataforma técnica para profesionales de asociaciones de gobiernos locales y de gobiernos "
              "locales que trabajan en el desarrollo de capacidades y en la cooperación al desarrollo entre "
              "gobiernos locales. Se ocupa del intercambio de información sobre los programas de sus miembros, de "
              "la coordinación de esos programas para evitar duplicidades y de la incidencia sobre el papel de los "
              "gobiernos locales en el desarrollo, y mantiene un compendio de los proyectos de sus miembros."},
    "uclg-cisdp": {
        "fr": "A participé à l’élaboration et à la promotion de la Charte européenne de sauvegarde des droits de "
              "l’homme dans la ville et de la Charte-agenda mondiale des droits de l’homme dans la cité, adoptée "
              "par le Conseil mondial de CGLU en 2011.",
        "es": "Participó en la elaboración y la promoción de la Carta Europea de Salvaguarda de los Derechos "
              "Humanos en la Ciudad y de la Carta-Agenda Mundial de Derechos Humanos en la Ciudad, aprobada por el "
              "Consejo Mundial de CGLU en 2011."},
    "uclg-planning": {
        "fr": "Mène et facilite la coopération entre villes, en partageant et en développant, avec les "
              "collectivités locales et leurs associations ainsi qu’avec des partenariats mondiaux, des solutions "
              "aux enjeux urbains croissants, au service d’un développement urbain stratégique et durable. Le MILE "
              "de Durban est partenaire de CGLU par l’intermédiaire de cette commission.",
        "es": "Impulsa y facilita la cooperación entre ciudades, compartiendo y desarrollando, con los gobiernos "
              "locales y sus asociaciones y con alianzas mundiales, alternativas ante los crecientes problemas "
              "urbanos, en favor de un desarrollo urbano estratégico y sostenible. El MILE de Durban colabora con "
              "CGLU a través de esta comisión."},
    "uclg-diplomacy": {
        "fr": "Avec la ville de Bogotá, la Commission a créé un prix de la paix.",
        "es": "Junto con la ciudad de Bogotá, la Comisión ha creado un Premio de la Paz."},
    "c40": {
        "fr": "Un « réseau des mégapoles du monde engagées dans la lutte contre le changement climatique ». Depuis "
              "2005, il réunit ses villes membres pour échanger idées, solutions et expériences au sein de 16 "
              "réseaux thématiques et de six grands domaines d’initiatives consacrés à l’atténuation du changement "
              "climatique et à l’adaptation à ses effets. Il anime des réseaux, mène des programmes sur les "
              "obstacles à l’action climatique, conduit des recherches et élabore des outils et des cadres de "
              "référence.\n\n"
              "Selon l’évaluation interne du C40, « en 2015, 30 % des actions climatiques ont été réalisées grâce "
              "à la collaboration avec d’autres villes », et les villes indiquent prévoir d’étendre 95 % des "
              "actions menées en coopération avec d’autres villes. Le travail en réseau par type de défi, comme le "
              "réseau des villes deltaïques du C40, reste relativement rare.",
        "es": "Una «red de megaciudades del mundo comprometidas con la lucha contra el cambio climático». Desde "
              "2005 reúne a sus ciudades miembro para intercambiar ideas, soluciones y experiencias a través de 16 "
              "redes temáticas y seis grandes áreas de iniciativas de mitigación del cambio climático y de "
              "adaptación a sus efectos. Coordina redes, desarrolla programas sobre los obstáculos a la acción "
              "climática, realiza investigaciones y elabora herramientas y marcos de referencia.\n\n"
              "Según la evaluación interna de C40, «en 2015, el 30 % de las acciones climáticas se llevaron a cabo "
              "gracias a la colaboración con otras ciudades», y las ciudades afirman que prevén ampliar el 95 % de "
              "las acciones realizadas en cooperación con otras ciudades. El trabajo en red por tipo de desafío, "
              "como la red de ciudades de deltas de C40, sigue siendo relativamente poco frecuente."},
    "iclei": {
        "fr": "Avec le C40 et 100 Resilient Cities, l’un des réseaux internationaux de villes qui, selon le "
              "document sur la gouvernance, ont contribué à faire reconnaître les villes comme des partenaires "
              "essentiels et efficaces face aux défis mondiaux ; le guide de CGLU le range parmi les réseaux "
              "mondiaux thématiques d’échange technique.",
        "es": "Una de las redes internacionales de ciudades que, junto con C40 y 100 Resilient Cities, han "
              "contribuido, según el documento sobre gobernanza, a que se reconozca a las ciudades como socias "
              "esenciales y eficaces para resolver los desafíos mundiales; la guía de CGLU la incluye entre las "
              "redes mundiales temáticas de intercambio técnico."},
    "100-resilient-cities": {
        "fr": "Cité, avec le C40 et l’ICLEI, parmi les réseaux internationaux de villes qui ont concrètement "
              "contribué à faire reconnaître les villes comme des partenaires face aux défis mondiaux. Le document "
              "sur la gouvernance s’appuie sur ses travaux sur la résilience urbaine : un leadership qui favorise "
              "la communication entre secteurs et la prise de décision fondée sur des données probantes, et la "
              "prospérité économique par la formation professionnelle et l’éducation.",
        "es": "Citada, junto con C40 e ICLEI, entre las redes internacionales de ciudades que han contribuido de "
              "forma concreta a que se reconozca a las ciudades como socias para resolver los desafíos mundiales. "
              "El documento sobre gobernanza se basa en su trabajo sobre la resiliencia urbana: un liderazgo que "
              "fomenta la comunicación intersectorial y la toma de decisiones basada en datos contrastados, y la "
              "prosperidad económica mediante la formación y la educación."},
    "eurocities": {
        "fr": "EUROCITIES a été fondé en 1986 par les maires de six grandes villes : Barcelone, Birmingham, "
              "Francfort, Lyon, Milan et Rotterdam. Pour en être membres de plein droit, les villes doivent être "
              "situées dans l’UE ou l’EEE, être « un centre régional important doté d’une dimension "
              "internationale » et compter en général au moins 250 000 habitants ; le statut de membre associé est "
              "ouvert aux villes comparables situées hors de l’UE ou de l’EEE, le statut de partenaire aux autres "
              "autorités locales ou organisations, et il existe une catégorie pour les partenaires du monde "
              "économique.\n\n"
              "Il se présente comme « la principale plateforme politique » des maires et des dirigeants des "
              "grandes villes européennes auprès des institutions de l’UE, et dit « faire entendre la voix des "
              "villes en Europe depuis 1986 ». Son cadre stratégique 2014-2020 retient l’emploi et la croissance "
              "durable, des villes diverses et créatives, des villes vertes et saines, des villes plus "
              "intelligentes et l’innovation urbaine.",
        "es": "EUROCITIES fue fundada en 1986 por los alcaldes de seis grandes ciudades: Barcelona, Birmingham, "
              "Fráncfort, Lyon, Milán y Róterdam. Para ser miembro de pleno derecho, una ciudad debe estar situada "
              "en la UE o el EEE, ser «un centro regional importante con una dimensión internacional» y, por lo "
              "general, tener al menos 250.000 habitantes; la categoría de miembro asociado está abierta a "
              "ciudades similares de fuera de la UE o del EEE, la de socio a otras autoridades locales u "
              "organizaciones, y existe una categoría para socios empresariales.\n\n"
              "Se presenta como «la principal plataforma política» de los alcaldes y dirigentes de las grandes "
              "ciudades europeas ante las instituciones de la UE, y afirma «hacer oír la voz de las ciudades en "
              "Europa desde 1986». Su marco estratégico 2014-2020 señala el empleo y el crecimiento sostenible, "
              "las ciudades diversas y creativas, las ciudades verdes y saludables, las ciudades más inteligentes "
              "y la innovación urbana."},
    "solidarity-cities": {
        "fr": "Une initiative consacrée à la gestion de la crise des réfugiés et à leur intégration, lancée par la "
              "ville d’Athènes dans le cadre du réseau EUROCITIES. Elle s’articule autour de quatre piliers :\n\n"
              "- l’échange d’informations et de connaissances sur la situation des réfugiés dans les villes ;\n"
              "- le plaidoyer pour que les villes soient mieux associées à l’accueil et à l’intégration des "
              "réfugiés et qu’elles reçoivent pour cela des financements directs ;\n"
              "- l’assistance technique et financière et le renforcement des capacités de ville à ville ;\n"
              "- l’engagement des villes européennes à accueillir des demandeurs d’asile relocalisés.",
        "es": "Una iniciativa sobre la gestión de la crisis de los refugiados y su integración, puesta en marcha "
              "por la ciudad de Atenas en el marco de la red EUROCITIES. Se articula en torno a cuatro pilares:\n\n"
              "- el intercambio de información y conocimientos sobre la situación de los refugiados en las "
              "ciudades;\n"
              "- la incidencia para que las ciudades participen más en la acogida y la integración de los "
              "refugiados y reciban para ello financiación directa;\n"
              "- la asistencia técnica y financiera y el fortalecimiento de capacidades entre ciudades;\n"
              "- el compromiso de las ciudades europeas de acoger a solicitantes de asilo reubicados."},
    "urbact": {
        "fr": "Un programme européen d’échange et d’apprentissage qui promeut le développement urbain durable : "
              "l’une des initiatives Interreg relevant du programme de coopération territoriale européenne, avec "
              "un secrétariat à Paris et des points nationaux URBACT dans la plupart des États membres. Ses "
              "bénéficiaires sont des villes de toutes tailles des États membres de l’UE, de Norvège et de Suisse, "
              "ainsi que des agences locales, des autorités régionales et nationales, des universités et des "
              "centres de recherche.\n\n"
              "« Depuis 2002, URBACT propose d’autres solutions pour relever les grands défis urbains, en "
              "promouvant un développement urbain durable et intégré par l’échange et l’apprentissage. » URBACT "
              "III (2014-2020) est centré sur les réseaux de planification d’actions, dans lesquels les villes "
              "définissent un enjeu de politique publique et s’engagent sur un plan d’action intégré élaboré selon "
              "une démarche participative.",
        "es": "Un programa europeo de intercambio y aprendizaje que promueve el desarrollo urbano sostenible: una "
              "de las iniciativas Interreg del programa de Cooperación Territorial Europea, con su secretaría en "
              "París y puntos nacionales URBACT en la mayoría de los Estados miembros. Sus beneficiarios son "
              "ciudades de todos los tamaños de los Estados miembros de la UE, Noruega y Suiza, así como agencias "
              "locales, autoridades regionales y nacionales, universidades y centros de investigación.\n\n"
              "«Desde 2002, URBACT ofrece soluciones alternativas para afrontar los principales retos urbanos, "
              "promoviendo un desarrollo urbano sostenible e integrado mediante el intercambio y el aprendizaje». "
              "URBACT III (2014-2020) se centra en las redes de planificación de acciones, en las que las ciudades "
              "identifican un reto de política pública y se comprometen con un plan de acción integrado elaborado "
              "con un enfoque participativo."},
    "historic-towns": {
        "fr": "Créée par le Conseil de l’Europe, l’association entend « promouvoir les intérêts des villes "
              "historiques dans toute l’Europe » par la coopération internationale, le partage d’expériences et de "
              "bonnes pratiques et la promotion de « la vitalité, la viabilité et la gestion durable ».",
        "es": "Creada por el Consejo de Europa, la asociación busca «promover los intereses de las ciudades "
              "históricas de toda Europa» mediante la cooperación internacional, el intercambio de experiencias y "
              "buenas prácticas y la promoción de «la vitalidad, la viabilidad y la gestión sostenible»."},
    "roma-alliance": {
        "fr": "Lancée en 2013 par le Congrès des pouvoirs locaux et régionaux du Conseil de l’Europe, l’alliance "
              "promeut des projets et des politiques pour l’inclusion des Roms et des Gens du voyage et combat "
              "l’antitsiganisme : elle condamne les discours de haine, fait reconnaître l’antitsiganisme comme une "
              "forme de racisme, partage les bonnes pratiques et améliore le dialogue entre les autorités locales, "
              "les ONG et les Roms et Gens du voyage qui vivent sur leur territoire.",
        "es": "Puesta en marcha en 2013 por el Congreso de Poderes Locales y Regionales del Consejo de Europa, la "
              "alianza promueve proyectos y políticas para la inclusión de la población gitana y nómada y lucha "
              "contra el antigitanismo: condena el discurso de odio, reivindica el reconocimiento del "
              "antigitanismo como una forma de racismo, comparte buenas prácticas y mejora el diálogo entre las "
              "autoridades locales, las ONG y los residentes gitanos y nómadas."},
    "covenant-of-mayors": {
        "fr": "Le plus grand mouvement mondial en faveur de l’action locale pour le climat et l’énergie, qui "
              "rassemble « des milliers de collectivités locales engagées volontairement à mettre en œuvre les "
              "objectifs de l’UE en matière de climat et d’énergie… et à atteindre et dépasser les objectifs "
              "climatiques et énergétiques de l’UE ». Son succès « a rapidement dépassé les attentes ».",
        "es": "El mayor movimiento del mundo en favor de la acción local por el clima y la energía, que reúne a "
              "«miles de gobiernos locales comprometidos voluntariamente con la aplicación de los objetivos de la "
              "UE en materia de clima y energía… y con alcanzar y superar las metas climáticas y energéticas de la "
              "UE». Su éxito «pronto superó las expectativas»."},
    "human-rights-charter": {
        "fr": "Une initiative par laquelle des villes européennes coopèrent pour le respect, la protection et la "
              "réalisation des droits humains à l’échelon local. Elle est née à Barcelone en 1998, lors de la "
              "conférence « Villes pour les droits de l’homme », organisée pour le 50e anniversaire de la "
              "Déclaration universelle des droits de l’homme, où les villes participantes ont adopté "
              "l’« Engagement de Barcelone ». La Charte a été rédigée en deux ans, dans le cadre d’un dialogue "
              "entre villes, société civile et experts des droits humains, puis adoptée à Saint-Denis en 2000.",
        "es": "Una iniciativa mediante la cual ciudades europeas cooperan en el respeto, la protección y la "
              "realización de los derechos humanos en el ámbito local. Nació en Barcelona en 1998, en la "
              "conferencia «Ciudades por los Derechos Humanos», celebrada con motivo del 50.º aniversario de la "
              "Declaración Universal de Derechos Humanos, en la que las ciudades participantes adoptaron el "
              "«Compromiso de Barcelona». La Carta se redactó a lo largo de dos años, en un diálogo entre "
              "ciudades, sociedad civil y personas expertas en derechos humanos, y se aprobó en Saint-Denis en "
              "2000."},
    "ubc": {
        "fr": "Un réseau de villes du Danemark, d’Estonie, de Finlande, d’Allemagne, de Lettonie, de Lituanie, de "
              "Norvège, de Pologne, de Russie et de Suède ; un « réseau volontaire et proactif qui mobilise le "
              "potentiel commun de ses villes membres ». L’Union travaille au sein de sept commissions : culture, "
              "inclusion et santé, aménagement, sécurité, prospérité, durabilité et jeunesse.",
        "es": "Una red de ciudades de Dinamarca, Estonia, Finlandia, Alemania, Letonia, Lituania, Noruega, "
              "Polonia, Rusia y Suecia; una «red voluntaria y proactiva que moviliza el potencial compartido de "
              "sus ciudades miembro». La Unión trabaja a través de siete comisiones: cultura, inclusión y salud, "
              "planificación, seguridad, prosperidad, sostenibilidad y juventud."},
    "danube-cities": {
        "fr": "Outre le respect de la démocratie et des droits humains, le Conseil repose sur la conviction que "
              "les compétences doivent être réparties « conformément aux principes de décentralisation politique "
              "et de subsidiarité » et que « les fonctions doivent être exercées à l’échelon le plus proche "
              "possible du citoyen ».",
        "es": "Además del respeto de la democracia y los derechos humanos, el Consejo se basa en la convicción de "
              "que las competencias deben repartirse «de conformidad con los principios de descentralización "
              "política y subsidiariedad» y de que «las funciones deben ejercerse en el nivel más cercano posible "
              "a la ciudadanía»."},
    "nordic-safe-cities": {
        "fr": "Un réseau présent au Danemark, en Finlande, en Islande, en Norvège et en Suède, financé par le "
              "Conseil nordique des ministres, qui se consacre à la prévention de la radicalisation et de "
              "l’extrémisme violent en faisant appel à la démocratie, aux droits humains, à l’ouverture, à la "
              "confiance et à la tolérance. Ses « six ambitions » : des espaces urbains sûrs, une sphère en ligne "
              "sûre, des familles solides, des institutions publiques sûres, un engagement fort de la jeunesse et "
              "des communautés sûres. Il collabore avec le Radicalisation Awareness Network de la Commission "
              "européenne.",
        "es": "Una red presente en Dinamarca, Finlandia, Islandia, Noruega y Suecia, financiada por el Consejo "
              "Nórdico de Ministros, centrada en la prevención de la radicalización y del extremismo violento y "
              "que apela a la democracia, los derechos humanos, la apertura, la confianza y la tolerancia. Sus "
              "«seis ambiciones»: espacios urbanos seguros, un entorno digital seguro, familias sólidas, "
              "instituciones públicas seguras, una juventud firmemente comprometida y comunidades seguras. "
              "Colabora con la Radicalisation Awareness Network de la Comisión Europea."},
    "ran": {
        "fr": "Créé par la Commission européenne ; Nordic Safe Cities collabore avec lui pour étendre l’approche "
              "nordique et partager ses connaissances avec le reste de l’Europe.",
        "es": "Creada por la Comisión Europea; Nordic Safe Cities colabora con ella para ampliar el enfoque "
              "nórdico y compartir sus conocimientos con el resto de Europa."},
    "icorn": {
        "fr": "L’ICORN offre « un refuge aux écrivains et aux artistes en danger, pour faire progresser la liberté "
              "d’expression, défendre les valeurs démocratiques et promouvoir la solidarité internationale ». Les "
              "villes membres accueillent durablement les personnes « menacées en conséquence directe de leurs "
              "activités créatrices ».",
        "es": "ICORN ofrece «refugio a escritores y artistas en riesgo, impulsando la libertad de expresión, "
              "defendiendo los valores democráticos y promoviendo la solidaridad internacional». Las ciudades "
              "miembro ofrecen refugio a largo plazo a quienes están «en riesgo como consecuencia directa de sus "
              "actividades creativas»."},
    "strong-cities-network": {
        "fr": "Lancé aux Nations unies en septembre 2015, le tout premier réseau mondial de maires, de décideurs "
              "municipaux et de praticiens « unis pour renforcer la cohésion sociale et la résilience des "
              "communautés afin de lutter contre l’extrémisme violent sous toutes ses formes ». Piloté par "
              "l’Institute for Strategic Dialogue (ISD), il développe la collaboration entre maires, acteurs "
              "politiques et équipes de terrain pour combattre la polarisation, la haine et la violence, selon un "
              "ensemble de principes fondamentaux qui protègent et promeuvent les droits humains et les libertés "
              "civiles.",
        "es": "Puesta en marcha en las Naciones Unidas en septiembre de 2015, es la primera red mundial de "
              "alcaldes, responsables de políticas municipales y profesionales «unidos para construir cohesión "
              "social y resiliencia comunitaria a fin de combatir el extremismo violento en todas sus formas». "
              "Dirigida por el Institute for Strategic Dialogue (ISD), fomenta la colaboración entre alcaldes, "
              "actores políticos y equipos de primera línea para hacer frente a la polarización, el odio y la "
              "violencia, con un conjunto de principios fundamentales que protegen y promueven los derechos "
              "humanos y las libertades civiles."},
    "efus": {
        "fr": "Représenté dans l’équipe ressource de la session stratégique « Migrations et sécurité » du "
              "Parlement mondial des maires (La Haye, 10 septembre 2016).",
        "es": "Representado en el equipo de apoyo de la sesión estratégica «Migración y seguridad» del Parlamento "
              "Mundial de Alcaldes (La Haya, 10 de septiembre de 2016)."},
    "al-las": {
        "fr": "Créée en 2013 et coordonnée par le gouvernement de la ville de Mexico, en partenariat avec "
              "Montevideo, Morón, Belo Horizonte, Quito, Medellín, Lima et Rio de Janeiro, ainsi qu’avec Cités "
              "Unies France (CUF) et le Fonds andalou des municipalités pour la solidarité internationale (FAMSI). "
              "AL-LAs est un pôle stratégique de coopération et de partage des connaissances qui vise à renforcer "
              "les relations internationales des villes : « une initiative pour repenser la manière dont les "
              "villes se positionnent au-delà de leurs frontières, en professionnalisant l’action extérieure de "
              "leurs gouvernements et en la rendant plus stratégique ».",
        "es": "Creada en 2013 y coordinada por el Gobierno de la Ciudad de México, en alianza con Montevideo, "
              "Morón, Belo Horizonte, Quito, Medellín, Lima y Río de Janeiro, y con Cités Unies France (CUF) y el "
              "Fondo Andaluz de Municipios para la Solidaridad Internacional (FAMSI). AL-LAs es un centro "
              "estratégico de cooperación e intercambio de conocimientos que busca reforzar las relaciones "
              "internacionales de las ciudades: «una iniciativa para repensar la forma en que las ciudades se "
              "posicionan más allá de sus fronteras, profesionalizando la acción exterior de sus gobiernos y "
              "haciéndola más estratégica»."},
    "cuf": {
        "fr": "Un réseau français de collectivités territoriales engagées dans la coopération internationale ; "
              "partenaire d’AL-LAs.",
        "es": "Una red francesa de gobiernos locales comprometidos con la cooperación internacional; socia de "
              "AL-LAs."},
    "famsi": {
        "fr": "Un réseau européen de collectivités locales ; partenaire d’AL-LAs.",
        "es": "Una red europea de gobiernos locales; socia de AL-LAs."},
    "platforma": {
        "fr": "Une plateforme européenne des autorités locales et régionales pour le développement.",
        "es": "Una plataforma europea de autoridades locales y regionales para el desarrollo."},
    "cnm": {
        "fr": "Une organisation indépendante, non partisane et à but non lucratif établie à Brasília, la plus "
              "grande association d’Amérique latine. Elle négocie avec le Congrès national et le gouvernement "
              "fédéral au nom des municipalités, réalise des recherches et des études techniques et organise "
              "chaque année la Marche à Brasília pour la défense des municipalités, le plus grand événement "
              "politique municipal du Brésil.",
        "es": "Una organización independiente, apartidista y sin ánimo de lucro con sede en Brasilia, la mayor "
              "asociación de América Latina. Negocia en nombre de los municipios con el Congreso Nacional y el "
              "Gobierno Federal, elabora investigaciones y estudios técnicos y organiza cada año la Marcha a "
              "Brasilia en Defensa de los Municipios, el mayor acontecimiento político municipal de Brasil."},
    "fnp": {
        "fr": "Une organisation non partisane de maires et de villes de tout le Brésil. Le FNP vise à garantir "
              "l’autonomie municipale et à promouvoir la participation des municipalités à la coopération "
              "décentralisée, y compris la coopération Sud-Sud et triangulaire. Tous les deux ans, il coorganise "
              "la Rencontre des municipalités pour le développement durable.",
        "es": "Una organización apartidista de alcaldes y ciudades de todo Brasil. El FNP tiene por objeto "
              "garantizar la autonomía municipal y promover la participación de los municipios en la cooperación "
              "descentralizada, incluida la cooperación Sur-Sur y triangular. Cada dos años coorganiza el "
              "Encuentro de Municipios para el Desarrollo Sostenible."},
    "anamm": {
        "fr": "Partenaire du projet de coopération décentralisée entre le Mozambique et le Brésil, qui a désigné "
              "les plans directeurs, la gestion foncière et la budgétisation comme domaines prioritaires de la "
              "réforme mozambicaine de décentralisation.",
        "es": "Socia del proyecto de cooperación descentralizada entre Mozambique y Brasil, que señaló los planes "
              "directores, la gestión del suelo y la elaboración de presupuestos como áreas prioritarias de la "
              "reforma mozambiqueña de descentralización."},
    "fcm": {
        "fr": "La voix nationale des gouvernements municipaux au Canada. Ses priorités comprennent le changement "
              "climatique et la résilience (le Fonds municipal vert, le programme Partenaires dans la protection "
              "du climat), la coopération internationale (y compris la réinstallation des réfugiés), les aînés et "
              "le logement, la sécurité ferroviaire et le vieillissement des infrastructures.",
        "es": "La voz nacional de los gobiernos municipales de Canadá. Entre sus prioridades figuran el cambio "
              "climático y la resiliencia (el Fondo Municipal Verde y el programa Socios para la Protección del "
              "Clima), la cooperación internacional (incluido el reasentamiento de refugiados), las personas "
              "mayores y la vivienda, la seguridad ferroviaria y el envejecimiento de las infraestructuras."},
    "salga": {
        "fr": "Une association autonome de municipalités dont le mandat découle de la Constitution de la "
              "République d’Afrique du Sud, dotée d’un bureau national et de neuf bureaux provinciaux. La SALGA a "
              "créé son centre de leadership et de gouvernance, qui applique une méthode d’apprentissage mixte.",
        "es": "Una asociación autónoma de municipios cuyo mandato emana de la Constitución de la República de "
              "Sudáfrica, con una oficina nacional y nueve oficinas provinciales. SALGA creó su centro de "
              "liderazgo y gobernanza, que aplica una metodología de aprendizaje combinado."},
    "vng": {
        "fr": "Représente les intérêts des villes néerlandaises ; ses concertations avec le gouvernement central "
              "néerlandais se sont institutionnalisées. La VNG a coorganisé le tout premier congrès mondial sur la "
              "diplomatie des villes, à La Haye, en 2008.",
        "es": "Representa los intereses de las ciudades neerlandesas; sus consultas con el Gobierno central "
              "neerlandés se han institucionalizado. La VNG coorganizó el primer congreso mundial sobre diplomacia "
              "de ciudades, celebrado en La Haya en 2008."},
    "vng-international": {
        "fr": "L’agence de coopération internationale de la VNG, l’association des communes néerlandaises. Elle "
              "accompagne les processus de décentralisation et renforce les collectivités locales et leurs "
              "associations dans les pays en développement et en transition, à l’aide d’outils tels que le cadre "
              "des « 5 Capabilities » et un outil d’apprentissage par l’étalonnage des performances. Elle a "
              "contribué à la création de l’association des collectivités locales du Rwanda.",
        "es": "La agencia de cooperación internacional de la VNG, la asociación de municipios de los Países Bajos. "
              "Apoya los procesos de descentralización y fortalece a los gobiernos locales y a sus asociaciones en "
              "países en desarrollo y en transición, con herramientas como el marco de las «5 Capabilities» y una "
              "herramienta de aprendizaje basada en la comparación de resultados. Contribuyó a la creación de la "
              "asociación de gobiernos locales de Ruanda."},
    "mile": {
        "fr": "Créé en 2009 au sein de la municipalité d’eThekwini, à Durban, en partenariat avec CGLU et la "
              "SALGA : le tout premier institut d’apprentissage porté par une collectivité locale et fondé sur "
              "l’expérience des praticiens. Il propose des classes de maître, des échanges d’apprentissage, des "
              "séminaires internes, une collaboration avec le monde universitaire et un programme d’appui "
              "technique aux municipalités.",
        "es": "Creado en 2009 en el seno del Municipio de eThekwini, en Durban, en alianza con CGLU y SALGA: el "
              "primer instituto de aprendizaje impulsado por un gobierno local y basado en la experiencia de sus "
              "profesionales. Ofrece clases magistrales, intercambios de aprendizaje, seminarios internos, "
              "colaboración con el mundo académico y un programa municipal de apoyo técnico."},
    "urb-al": {
        "fr": "Un programme de coopération régionale associant des gouvernements infranationaux de l’Union "
              "européenne et d’Amérique latine, financé en grande partie par l’UE, pour développer des réseaux "
              "entre autorités locales et promouvoir la cohésion sociale en Amérique latine. Sa troisième phase, "
              "URB-AL III (2008-2013), a eu un impact direct dans 74 territoires latino-américains, dans plus de "
              "500 administrations municipales, pour une population totale de 26 millions de personnes ; plus de "
              "1,8 million de personnes en ont directement bénéficié et plus de 160 organisations ont mis en œuvre "
              "ses activités.",
        "es": "Un programa de cooperación regional entre gobiernos subnacionales de la Unión Europea y de América "
              "Latina, financiado en gran parte por la UE, para desarrollar redes entre autoridades locales y "
              "promover la cohesión social en América Latina. Su tercera fase, URB-AL III (2008-2013), tuvo un "
              "impacto directo en 74 territorios latinoamericanos, en más de 500 administraciones municipales, con "
              "una población total de 26 millones de personas; más de 1,8 millones de personas se beneficiaron "
              "directamente y más de 160 organizaciones ejecutaron sus actividades."},
    "delgosea": {
        "fr": "Un programme qui vise à constituer un réseau de villes et de municipalités pour reproduire par-delà "
              "les frontières les bonnes pratiques de gouvernance locale au Cambodge, en Indonésie, aux "
              "Philippines, en Thaïlande et au Viêt Nam.",
        "es": "Un programa que busca crear una red de ciudades y municipios para reproducir a escala transnacional "
              "las buenas prácticas de gobernanza local en Camboya, Indonesia, Filipinas, Tailandia y Vietnam."},
    "european-capitals-of-culture": {
        "fr": "Une initiative de l’UE qui vise notamment à « renforcer le sentiment d’appartenance des citoyens "
              "européens à un espace culturel commun ».",
        "es": "Una iniciativa de la UE que busca, entre otros fines, «reforzar el sentimiento de pertenencia de "
              "los ciudadanos europeos a un espacio cultural común»."},
    "european-green-capital": {
        "fr": "Un prix de l’UE « qui reconnaît et récompense les efforts locaux visant à améliorer "
              "l’environnement, l’économie et la qualité de vie dans les villes ».",
        "es": "Un premio de la UE «que reconoce y recompensa los esfuerzos locales para mejorar el medio ambiente, "
              "la economía y la calidad de vida en las ciudades»."},
    "local2030": {
        "fr": "L’un des partenariats créés dans le cadre des ODD, qui réunit les parties prenantes « pour élaborer "
              "et mettre en œuvre ensemble des solutions qui font progresser les ODD à l’échelon local ».",
        "es": "Una de las alianzas creadas en el marco de los ODS, que reúne a las partes interesadas «para "
              "desarrollar y aplicar de forma colaborativa soluciones que impulsen los ODS en el ámbito local»."},
    "us-conference-of-mayors": {
        "fr": "Citée par le document sur la gouvernance parmi les institutions auprès desquelles le Parlement "
              "mondial des maires ferait office de plateforme consultative.",
        "es": "Citada en el documento sobre gobernanza entre las instituciones para las que el Parlamento Mundial "
              "de Alcaldes actuaría como plataforma consultiva."},
    "un-habitat": {
        "fr": "Le programme des Nations unies qui promeut des villes socialement et écologiquement durables. Dans "
              "le Programme pour l’habitat, la ville est passée du statut de « destinataire » à celui de "
              "« partenaire » : « les villes et leurs associations sont désormais reconnues comme les partenaires "
              "les plus proches de sa mise en œuvre ».",
        "es": "El programa de las Naciones Unidas que promueve ciudades social y ambientalmente sostenibles. En la "
              "Agenda Hábitat, la ciudad ha pasado de «destinataria» a «socia»: «ahora se reconoce a las ciudades "
              "y a sus asociaciones como los socios más cercanos en su aplicación»."},
    "ilo": {
        "fr": "Engagée avec CGLU dans une coopération triangulaire avec des membres africains tels que Maputo, "
              "Durban et Chefchaouen, ainsi que dans un apprentissage entre pairs sur la planification "
              "stratégique, le développement économique et l’espace public.",
        "es": "Colabora con CGLU en la cooperación triangular con miembros africanos como Maputo, Durban y "
              "Chefchaouen, así como en el aprendizaje entre pares sobre planificación estratégica, desarrollo "
              "económico y espacio público."},
    "cities-alliance": {
        "fr": "A cofinancé à partir de 2010, avec le gouvernement norvégien, le programme City Future, dont les "
              "fonds ont permis de lancer le service d’appui technique municipal du MILE, ainsi que le projet "
              "Mozambique-Brésil.",
        "es": "Cofinanció a partir de 2010, con el Gobierno noruego, el programa City Future, con cuyos fondos se "
              "puso en marcha el servicio municipal de apoyo técnico del MILE, así como el proyecto "
              "Mozambique-Brasil."},
    "iom": {
        "fr": "Représentée dans l’équipe ressource de la session stratégique « Administration et gestion des "
              "migrations » du Parlement mondial des maires.",
        "es": "Representada en el equipo de apoyo de la sesión estratégica «Administración y gestión de la "
              "migración» del Parlamento Mundial de Alcaldes."},
    "undp": {
        "fr": "Représenté, par l’intermédiaire du PNUD Bruxelles et de l’Initiative conjointe pour la migration et "
              "le développement, dans l’équipe ressource de la session stratégique « Intégrer les réfugiés de "
              "guerre » du Parlement mondial des maires ; travaille avec CGLU à la localisation des ODD.",
        "es": "Representado, a través del PNUD Bruselas y de la Iniciativa Conjunta de Migración y Desarrollo, en "
              "el equipo de apoyo de la sesión estratégica «Integrar a los refugiados de guerra» del Parlamento "
              "Mundial de Alcaldes; trabaja con CGLU en la localización de los ODS."},
    "icrc": {
        "fr": "Représenté dans l’équipe ressource de la session stratégique « Intégrer les réfugiés de guerre » du "
              "Parlement mondial des maires.",
        "es": "Representado en el equipo de apoyo de la sesión estratégica «Integrar a los refugiados de guerra» "
              "del Parlamento Mundial de Alcaldes."},
    "world-bank": {
        "fr": "Pour la Banque mondiale, mettre les villes en relation avec les investisseurs est essentiel au "
              "développement des villes intelligentes et à la compétitivité d’une ville ; une « ville "
              "compétitive » « aide avec succès ses entreprises et ses industries à croître, à créer de nouveaux "
              "emplois, à accroître leur productivité et à augmenter les revenus des citoyens ».",
        "es": "Para el Banco Mundial, conectar las ciudades con los inversores es fundamental para el desarrollo "
              "de las ciudades inteligentes y para hacer una ciudad más competitiva; una «ciudad competitiva» "
              "«facilita con éxito que sus empresas e industrias crezcan, creen nuevas oportunidades de empleo, "
              "aumenten su productividad e incrementen los ingresos de sus ciudadanos»."},
}

# The case studies' titles and summaries (data_practices.CASE_STUDIES), by slug: {language: (title, summary)}.
# Their descriptions are not translated: pages show the original, marked with its language.
CASE_STUDIES = {
    "mile-durban": {
        "fr": ("La décision de Durban de créer un institut municipal d’apprentissage (MILE)",
               "eThekwini, la municipalité métropolitaine de Durban, a créé son propre institut pour partager le "
               "savoir-faire de ses services opérationnels avec les municipalités de toute l’Afrique et des pays du "
               "Sud."),
        "es": ("La decisión de Durban de crear un instituto municipal de aprendizaje (MILE)",
               "eThekwini, el municipio metropolitano de Durban, creó su propio instituto para compartir los "
               "conocimientos de sus departamentos operativos con municipios de toda África y del Sur global.")},
    "barcelona-medellin": {
        "fr": ("La ville de Barcelone et Medellín : une coopération pionnière de ville à ville",
               "Près de dix ans d’échanges entre deux municipalités, des bibliothèques à l’urbanisme, fondés sur la "
               "confiance aux niveaux politique, technique et citoyen."),
        "es": ("El Ayuntamiento de Barcelona y Medellín: una cooperación pionera entre ciudades",
               "Casi diez años de intercambio entre dos gobiernos municipales, de las bibliotecas a la "
               "planificación urbana, basados en la confianza en los ámbitos político, técnico y ciudadano.")},
    "mozambique-brazil": {
        "fr": ("Mozambique et Brésil : l’apprentissage entre pairs de ville à ville au service des associations de "
               "collectivités locales",
               "De janvier 2013 à juin 2015, six villes brésiliennes et huit villes mozambicaines ont travaillé en "
               "binômes sur les plans directeurs, la gestion foncière et la budgétisation."),
        "es": ("Mozambique y Brasil: aprendizaje entre pares de ciudad a ciudad para fortalecer las asociaciones de "
               "gobiernos locales",
               "De enero de 2013 a junio de 2015, seis ciudades brasileñas y ocho mozambiqueñas trabajaron por "
               "parejas en planes directores, gestión del suelo y elaboración de presupuestos.")},
    "street-bump-boston": {
        "fr": ("Street Bump : l’état des rues de Boston signalé par les habitants",
               "Une plateforme de signalement lancée par le service d’innovation urbaine de la mairie de Boston, en "
               "collaboration avec IDEO, qui aide les habitants à améliorer leurs quartiers."),
        "es": ("Street Bump: el estado de las calles de Boston, notificado por sus residentes",
               "Una plataforma de avisos puesta en marcha por la oficina de innovación urbana de la alcaldía de "
               "Boston, en colaboración con IDEO, que ayuda a los residentes a mejorar sus barrios.")},
    "open-311": {
        "fr": ("Open 311 : les demandes non urgentes à New York et à Chicago",
               "Un système utilisé à New York, à Chicago et dans de nombreuses autres villes, qui enregistre les "
               "besoins non urgents et met les citoyens en relation avec l’administration locale."),
        "es": ("Open 311: solicitudes no urgentes en Nueva York y Chicago",
               "Un sistema utilizado en Nueva York, Chicago y muchas otras ciudades que registra las necesidades no "
               "urgentes y conecta a la ciudadanía con el gobierno local.")},
    "melbourne-data-portal": {
        "fr": ("Le portail de données de Melbourne",
               "Un accès ouvert aux jeux de données gérés par la ville, des barèmes de droits et redevances au "
               "registre des œuvres d’art publiques ou au recensement de l’occupation des sols."),
        "es": ("El portal de datos de Melbourne",
               "Acceso abierto a los conjuntos de datos que gestiona la ciudad, desde los baremos de tasas y "
               "precios públicos hasta un registro de arte público o un censo de usos del suelo.")},
    "hyderabad-citizen-complaints": {
        "fr": ("Hyderabad : recueillir l’avis des citoyens pour améliorer les services publics",
               "Une plateforme en ligne pour déposer et suivre les réclamations, avec un délai de réponse de "
               "48 heures ; 30 % des réclamations passent par ce canal."),
        "es": ("Hyderabad: recabar la opinión de la ciudadanía para mejorar la prestación de servicios",
               "Una plataforma en línea para presentar y revisar quejas, con un plazo de respuesta de 48 horas; el "
               "30 % de las quejas se presentan por esta vía.")},
    "rotterdam-urban-big-data": {
        "fr": ("Kenniswerkplaats Urban Big Data à Rotterdam",
               "Une initiative commune de la municipalité de Rotterdam, de l’université Érasme de Rotterdam et de "
               "la Hogeschool Rotterdam sur les applications urbaines des mégadonnées."),
        "es": ("Kenniswerkplaats Urban Big Data en Róterdam",
               "Una iniciativa conjunta del Ayuntamiento de Róterdam, la Universidad Erasmus de Róterdam y la "
               "Hogeschool Rotterdam sobre las aplicaciones urbanas de los macrodatos.")},
    "brainport-eindhoven": {
        "fr": ("BrainPort Eindhoven : une coopération en triple hélice",
               "Là où l’économie de la connaissance rencontre l’industrie manufacturière : BrainPort a créé 55 000 "
               "emplois au cours des 10 dernières années."),
        "es": ("BrainPort Eindhoven: cooperación en triple hélice",
               "Donde la industria del conocimiento se encuentra con la industria manufacturera: BrainPort ha "
               "creado 55.000 empleos en los últimos 10 años.")},
    "san-salvador-city-park": {
        "fr": ("Le projet de parc urbain de San Salvador",
               "Un parc à Mejicanos, aménagé par la municipalité, les habitants, des ONG comme Cordaid et des "
               "entreprises, pour renforcer la cohésion sociale et offrir aux jeunes une alternative aux gangs."),
        "es": ("El proyecto de parque urbano de San Salvador",
               "Un parque en Mejicanos, construido por el municipio, los vecinos, ONG como Cordaid y empresas, para "
               "fomentar la cohesión social y ofrecer a los jóvenes una salida de las pandillas.")},
    "baan-mankong-bangkok": {
        "fr": ("Baan Mankong : la réhabilitation des quartiers de Bangkok à l’initiative des habitants",
               "Les habitants de quartiers informels ont façonné l’ensemble de leur communauté ; le projet s’est "
               "étendu à plus de 1 000 communautés dans 226 villes et a amélioré les conditions de vie de 54 000 "
               "ménages."),
        "es": ("Baan Mankong: mejora de barrios de Bangkok impulsada por sus habitantes",
               "Los residentes de asentamientos informales dieron forma a toda su comunidad; el proyecto llegó a "
               "más de 1000 comunidades de 226 ciudades y mejoró las condiciones de vida de 54.000 hogares.")},
    "hague-security-delta": {
        "fr": ("Le pôle de sécurité The Hague Security Delta",
               "« Un partenariat axé sur l’innovation entre les pouvoirs publics, les instituts de recherche et "
               "l’industrie », devenu le plus grand pôle de sécurité d’Europe."),
        "es": ("El clúster de seguridad The Hague Security Delta",
               "«Una alianza centrada en la innovación entre el gobierno, los institutos de conocimiento y la "
               "industria», que se ha convertido en el mayor clúster de seguridad de Europa.")},
    "city-diplomacy-congress-2008": {
        "fr": ("Le premier congrès mondial sur la diplomatie des villes, La Haye, 2008",
               "Venus des quatre coins du monde, 400 participants se sont réunis au palais de la Paix pour débattre "
               "du rôle des collectivités locales dans la construction de la paix."),
        "es": ("El primer congreso mundial sobre diplomacia de ciudades, La Haya, 2008",
               "Llegados de los cuatro puntos cardinales, 400 participantes se reunieron en el Palacio de la Paz "
               "para debatir sobre el papel de los gobiernos locales en la construcción de la paz.")},
    "vng-rwanda": {
        "fr": ("La VNG et la réconciliation au Rwanda après le génocide",
               "L’agence de coopération internationale de la VNG a contribué à la création de l’association des "
               "collectivités locales du Rwanda."),
        "es": ("La VNG y la reconciliación en Ruanda tras el genocidio",
               "La agencia de cooperación internacional de la VNG contribuyó a la creación de la asociación de "
               "gobiernos locales de Ruanda.")},
    "eebrp": {
        "fr": ("Programme de rénovation énergétique des bâtiments (EEBRP)",
               "Des sociétés de services énergétiques et des banques offrent aux villes le moyen d’améliorer "
               "l’efficacité énergétique des bâtiments existants, les prêts étant remboursés grâce aux économies "
               "d’énergie."),
        "es": ("Programa de Rehabilitación Energética de Edificios (EEBRP)",
               "Empresas de servicios energéticos y bancos ofrecen a las ciudades una forma de mejorar la "
               "eficiencia energética de los edificios existentes, con préstamos que se devuelven con el ahorro de "
               "energía.")},
    "german-climate-partnerships": {
        "fr": ("Le projet de coopération de 100 villes face au changement climatique",
               "Des collectivités locales et régionales allemandes relancent des partenariats anciens avec des "
               "villes du Sud autour de projets climatiques concrets."),
        "es": ("El proyecto de cooperación de 100 ciudades frente al cambio climático",
               "Gobiernos locales y regionales alemanes reactivan alianzas de larga trayectoria con ciudades del "
               "Sur en torno a proyectos climáticos concretos.")},
    "africa-peer-review": {
        "fr": ("Programme africain d’évaluation par les pairs des collectivités locales",
               "Un outil bienveillant d’évaluation des performances des collectivités locales et de leurs "
               "associations, mis en place par CGLU Afrique et inspiré de la Local Government Association "
               "d’Angleterre et du pays de Galles."),
        "es": ("Programa Africano de Evaluación entre Pares de los Gobiernos Locales",
               "Una herramienta de carácter amistoso para evaluar el desempeño de los gobiernos locales y de sus "
               "asociaciones, creada por CGLU África e inspirada en la Local Government Association de Inglaterra y "
               "Gales.")},
    "guangzhou-award": {
        "fr": ("Le Prix international de Guangzhou pour l’innovation urbaine",
               "Quelque 250 initiatives de 160 villes ont été présentées à chacune des éditions du prix, en 2012 et "
               "en 2014 ; les prix sont devenus un moyen de partager et de promouvoir les bonnes pratiques."),
        "es": ("El Premio Internacional de Guangzhou a la Innovación Urbana",
               "En 2012 y 2014 se presentaron a cada edición del premio unas 250 iniciativas de 160 ciudades; los "
               "premios se han convertido en una forma de compartir y promover buenas prácticas.")},
    "seoul-solution": {
        "fr": ("Seoul Solution : partager les politiques d’une ville",
               "Des archives en ligne de 162 politiques clés réparties en 9 catégories et, depuis 2008, des "
               "formations pour les responsables municipaux étrangers."),
        "es": ("Seoul Solution: compartir las políticas de una ciudad",
               "Un archivo en línea de 162 políticas clave en 9 categorías y, desde 2008, formación para "
               "responsables municipales de otros países.")},
    "vng-benchmarking": {
        "fr": ("L’outil d’apprentissage par l’étalonnage et les « 5 Capabilities » de VNG International",
               "Les collectivités locales comparent leurs indicateurs de performance avec ceux d’organisations "
               "similaires et s’inspirent des bonnes pratiques des autres."),
        "es": ("La herramienta de aprendizaje por comparación y las «5 Capabilities» de VNG International",
               "Los gobiernos locales comparan sus indicadores de desempeño con los de organizaciones similares y "
               "aprenden de las buenas prácticas de otras.")},
    "venligboerne": {
        "fr": ("Venligboerne : la bienveillance des citoyens envers les réfugiés",
               "Un groupe danois né d’une initiative citoyenne, qui accueille les migrants et les réfugiés avec "
               "bienveillance, curiosité et respect, et qui est aujourd’hui présent dans plusieurs pays européens."),
        "es": ("Venligboerne: la amabilidad de la ciudadanía con los refugiados",
               "Un grupo danés de iniciativa ciudadana que recibe a migrantes y refugiados con amabilidad, "
               "curiosidad y respeto, y que hoy está presente en varios países europeos.")},
}

assert DISCLAIMER  # the note the migration sessions' translations render (DISCLAIMER_T)
