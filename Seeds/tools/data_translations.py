"""French and Spanish translations of the papers' texts, by the secretariat (issue 15).

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

assert DISCLAIMER  # the note the migration sessions' translations render (DISCLAIMER_T)
