/// What a participant's question asks for, as the answer-first design lists it
/// (DESIGN.md, "Answers: the answer first, then the evidence").
enum AnswerKind: String, CaseIterable, Sendable {
    case funds
    case leads
    case when
    case whereAbouts
    case countries
    case howMany
    case what
    case list
    case session
    /// A named organisation, initiative or place the knowledge does not hold.
    case absent
}

/// One participant's question and the strings the lead of its answer must contain.
///
/// The strings come from the knowledge, not from what the assistant says today:
/// for a Spanish question the Spanish text of the fact or record field that answers
/// (`text.es`, `lead`, `partners`, `countries`, `period`); for the other languages
/// the text in the question's own language, which is what the lead quotes (a
/// record's countries read in it too, from CLDR). Strings that read the same in
/// every language (years, numbers, acronyms) are expected as they are. Session questions expect fields of `session.yaml`; notions of the
/// concept note, which exists only in Spanish, expect its Spanish words. An absent
/// entity expects the language's absence marker and the name as typed.
struct AnswerTableEntry: Sendable, CustomStringConvertible {
    let kind: AnswerKind
    /// The language the question is written in, and the one the answer must be in:
    /// es, en, fr, pt or ar.
    let language: String
    let question: String
    /// Compared without regard to case or diacritics.
    let expected: [String]
    /// Where the answer is in the knowledge: an initiative id, "session",
    /// "concept-note", a vocabulary region for lists, or "none" for absent entities.
    let source: String

    init(_ kind: AnswerKind, _ language: String, _ question: String, _ expected: [String], from source: String) {
        self.kind = kind
        self.language = language
        self.question = question
        self.expected = expected
        self.source = source
    }

    var description: String { "[\(language)] \(question)" }
}

/// The acceptance table for answer-first replies: whether Puente answers the question.
enum AnswerTable {
    /// The absence marker each language's lead opens its "not held" answer with.
    static let absenceMarkers = [
        "es": "No tengo", "en": "I don't have", "fr": "Je n'ai", "pt": "Não tenho", "ar": "ليس لدي",
    ]

    /// Questions the knowledge answers.
    static let answerable: [AnswerTableEntry] = [
        // MARK: Who funds
        // A name written with another language's spelling of one of its words is still the name.
        .init(.funds, "pt", "Quem pagou o projeto Paraguai Okakuaa?", ["Estados Unidos"], from: "paraguay-okakuaa"),
        .init(.funds, "es", "¿Quién financia ACCEL Africa?", ["Países Bajos"], from: "accel-africa"),
        .init(
            .funds, "es", "me gustaría saber quién pone el dinero para el programa regional de la OIT en Asia",
            ["Reino Unido"], from: "arc-asia-regional-child-labour"),
        .init(
            .funds, "es", "quien financio el proyecto del IPEC en Asia Central entre 2008 y 2011", ["Alemania"],
            from: "ipec-central-asia-regional"),
        .init(
            .funds, "es", "¿De dónde sale el dinero del proyecto Sur-Sur sobre trabajo decente en el algodón?",
            ["IBA", "Estados Unidos"], from: "cotton-with-decent-work"),
        .init(
            .funds, "es", "qien finansia el RDPP en el Libano y Jordania", ["Dinamarca"],
            from: "rdpp-child-labour-jordan-lebanon-iraq"),
        .init(
            .funds, "es", "¿Quién pagó TACKLE, el proyecto de educación en los países ACP?", ["Unión Europea"],
            from: "tackle-acp"),
        .init(.funds, "en", "Who funds ACCEL Africa?", ["Netherlands"], from: "accel-africa"),
        .init(
            .funds, "en", "could you tell me who pays for the Asia Regional Child Labour Programme?", ["FCDO"],
            from: "arc-asia-regional-child-labour"),
        .init(
            .funds, "en", "Who put money into the Child Learning and Education Facility in Côte d'Ivoire?", ["Jacobs"],
            from: "clef-cote-divoire"),
        .init(
            .funds, "en", "Who financed the ILO project against child labour among Syrian refugees on Lebanon's farms?",
            ["Norway"], from: "lebanon-agriculture-child-labour-interagency"),
        .init(
            .funds, "en", "who paid for the CWCLP project in Egypt", ["US Department of Labor"],
            from: "egypt-wfp-education-child-labour"),
        .init(
            .funds, "fr", "Qui finance le programme ARC de l'OIT en Asie ?", ["FCDO"],
            from: "arc-asia-regional-child-labour"),
        .init(
            .funds, "fr", "Bonjour, pourriez-vous me dire qui a financé le projet Paraguay Okakuaa ?", ["USDOL"],
            from: "paraguay-okakuaa"),
        .init(.funds, "pt", "Quem financia o CLEF na Costa do Marfim?", ["Jacobs"], from: "clef-cote-divoire"),
        .init(
            .funds, "pt",
            "quem paga os projetos da OIT na Türkiye sobre agricultura sazonal financiados pela indústria?",
            ["CAOBISCO", "Ferrero"], from: "turkiye-seasonal-agriculture-peer-exchange"),
        .init(.funds, "ar", "من يموّل مشروع ACCEL Africa؟", ["هولندا"], from: "accel-africa"),
        .init(
            .funds, "ar", "من يمول برنامج RDPP في لبنان والأردن؟", ["دانيدا"],
            from: "rdpp-child-labour-jordan-lebanon-iraq"),

        // MARK: Who leads, who takes part
        // Who started it asks who founded or leads it, not when it started.
        .init(.leads, "en", "Who set up the Global March?", ["Satyarthi"], from: "global-march-against-child-labour"),
        .init(
            .leads, "fr", "Qui a lancé la Marche mondiale contre le travail des enfants ?", ["Satyarthi"],
            from: "global-march-against-child-labour"),
        .init(.leads, "es", "¿Quién lidera la Alianza 8.7?", ["OIT"], from: "alliance-8-7"),
        .init(.leads, "en", "Who is in charge of the RDPP?", ["DANIDA"], from: "rdpp-child-labour-jordan-lebanon-iraq"),
        .init(
            .leads, "es", "¿Quiénes copresiden la Plataforma sobre Trabajo Infantil?", ["CSI", "OIE"],
            from: "child-labour-platform"),
        .init(.leads, "es", "quienes son los socios de la IPCCLA", ["FAO", "FIDA"], from: "ipccla"),
        .init(
            .leads, "es", "quién dirige el plan decenal de la Unión Africana contra el trabajo infantil",
            ["Comisión de la Unión Africana"], from: "au-ten-year-action-plan"),
        .init(
            .leads, "es", "el plan de los países de lengua portuguesa: ¿quién lo impulsa?", ["Ministros de Trabajo"],
            from: "cplp-child-labour-action-plan"),
        .init(
            .leads, "es",
            "¿Quiénes forman parte del Grupo de Trabajo Mundial sobre Trabajo Infantil y Educación para Todos?",
            ["UNESCO", "Banco Mundial"], from: "global-task-force-child-labour-education"),
        .init(.leads, "en", "Who is the secretariat of Alliance 8.7?", ["ILO"], from: "alliance-8-7"),
        .init(
            .leads, "en", "Who chairs the Bali Process?", ["Indonesia", "Australia"], from: "asia-migration-dialogues"),
        .init(
            .leads, "en", "Who runs the Mekong anti-trafficking process?", ["national taskforces"],
            from: "commit-mekong"),
        .init(
            .leads, "en", "who are the partners of PROSPECTS", ["IFC", "UNHCR"],
            from: "prospects-partnership-child-labour"),
        .init(
            .leads, "en", "Which organisations are behind Understanding Children's Work?", ["UNICEF", "World Bank"],
            from: "understanding-childrens-work"),
        .init(
            .leads, "en",
            "who co-leads the child labour task force of the Alliance for Child Protection in Humanitarian Action?",
            ["Plan International"], from: "child-labour-humanitarian-action-arab-states"),
        .init(.leads, "fr", "Qui sont les partenaires de l'IPCCLA ?", ["FAO", "IFPRI"], from: "ipccla"),
        .init(
            .leads, "fr", "Qui copilote le groupe de travail sur le travail des enfants dans l'action humanitaire ?",
            ["Plan International"], from: "child-labour-humanitarian-action-arab-states"),
        .init(
            .leads, "pt", "Quem copreside o Processo de Bali?", ["Indonesia", "Australia"],
            from: "asia-migration-dialogues"),
        .init(
            .leads, "pt", "quem são os parceiros da parceria PROSPECTS?", ["UNICEF", "ACNUR"],
            from: "prospects-partnership-child-labour"),
        .init(.leads, "ar", "من يقود تحالف 8.7؟", ["منظمة العمل الدولية"], from: "alliance-8-7"),
        .init(
            .leads, "ar", "من هم شركاء الشراكة الدولية للتعاون بشأن عمل الأطفال في الزراعة؟",
            ["منظمة الأغذية والزراعة", "الصندوق الدولي للتنمية الزراعية"], from: "ipccla"),

        // MARK: When (adopted, signed, launched)
        .init(.when, "es", "¿Cuándo se firmó el memorando de COMMIT?", ["octubre de 2004"], from: "commit-mekong"),
        .init(
            .when, "es", "cuando se aprobo el plan regional del Mercosur contra el trabajo infantil",
            ["18 de julio de 2006"], from: "mercosur-regional-plan-child-labour"),
        .init(.when, "es", "¿En qué fecha se lanzó la Alianza 8.7?", ["septiembre de 2016"], from: "alliance-8-7"),
        .init(
            .when, "es",
            "¿Cuándo se constituyó la Iniciativa Regional América Latina y el Caribe Libre de Trabajo Infantil?",
            ["octubre de 2014"], from: "ri-lac-free-of-child-labour"),
        .init(
            .when, "es", "cuándo adoptó la CEDEAO su primer plan de acción regional contra el trabajo infantil",
            ["7 de diciembre de 2012"], from: "ecowas-regional-action-plan"),
        .init(
            .when, "es", "¿Cuándo firmaron Benín y Nigeria su acuerdo contra la trata?", ["9 de junio de 2005"],
            from: "benin-nigeria-child-trafficking-agreement"),
        .init(.when, "es", "cuando empezo CLEAR Coton", ["marzo de 2018"], from: "clear-cotton"),
        .init(
            .when, "es", "¿Cuándo entró en vigor la Convención de la SAARC sobre la trata de mujeres y niños?",
            ["15 de noviembre de 2005"], from: "saarc-trafficking-convention-task-force"),
        .init(
            .when, "en", "When was the Mekong anti-trafficking memorandum signed?", ["October 2004"],
            from: "commit-mekong"),
        .init(
            .when, "en", "could you tell me when the Harkin-Engel Protocol was signed?", ["September 2001"],
            from: "west-africa-cocoa-cooperation"),
        .init(
            .when, "en", "When did ASEAN launch its 2026–2035 roadmap?", ["18 November 2025"],
            from: "asean-roadmap-child-labour"),
        .init(
            .when, "en",
            "when did Brazil and the ILO sign their memorandum on South-South cooperation against child labour",
            ["14 December 2007"], from: "brazil-ilo-south-south-programme"),
        .init(
            .when, "en", "When was the Ouagadougou Action Plan adopted?", ["November 2006"],
            from: "euro-african-trafficking-migration-frameworks"),
        .init(
            .when, "en", "When was the CPLP's first action plan against child labour adopted?", ["5 September 2006"],
            from: "cplp-child-labour-action-plan"),
        .init(
            .when, "en", "When was the Greece Albania agreemnt signed?", ["27 February 2006"],
            from: "greece-albania-child-trafficking-agreement"),
        .init(.when, "fr", "Quand le mémorandum de COMMIT a-t-il été signé ?", ["2004"], from: "commit-mekong"),
        .init(
            .when, "fr",
            "Bonjour, pourriez-vous me dire quand la campagne Villes africaines sans enfants en situation de rue a été lancée ?",
            ["24", "2018"], from: "african-cities-without-street-children"),
        .init(
            .when, "fr", "quand est-ce que l'Union africaine a adopté son plan d'action décennal ?", ["2019"],
            from: "au-ten-year-action-plan"),
        .init(
            .when, "pt", "Quando foi aprovado o Plano Regional do MERCOSUL contra o trabalho infantil?", ["2006"],
            from: "mercosur-regional-plan-child-labour"),
        .init(.when, "pt", "quando foi lançada a Aliança 8.7?", ["2016"], from: "alliance-8-7"),
        // "criada" is an event; "Fundo" (a fund) is not "fundado".
        .init(.when, "pt", "Em que ano foi criada a rede RIAL?", ["2005"], from: "oas-iacml-rial"),
        .init(
            .when, "pt", "Quando foi assinado o projeto de algodão com trabalho decente entre o Brasil e a OIT?",
            ["2015"], from: "cotton-with-decent-work"),
        .init(.when, "ar", "متى تم التوقيع على مذكرة COMMIT؟", ["2004"], from: "commit-mekong"),
        .init(
            .when, "ar", "متى أطلقت حملة المدن الأفريقية بدون أطفال الشوارع؟", ["2018"],
            from: "african-cities-without-street-children"),
        .init(.when, "ar", "متى اعتمد الاتحاد الأفريقي خطة العمل العشرية؟", ["2019"], from: "au-ten-year-action-plan"),

        // MARK: Where (signed, held)
        .init(.whereAbouts, "es", "¿Dónde se firmó el memorando de COMMIT?", ["Yangón"], from: "commit-mekong"),
        .init(
            .whereAbouts, "es", "¿donde firmaron Benin y Nigeria el acuerdo de 2005?", ["Cotonú"],
            from: "benin-nigeria-child-trafficking-agreement"),
        .init(
            .whereAbouts, "es", "¿Dónde se lanzó la campaña Ciudades africanas sin niños en situación de calle?",
            ["Marrakech"], from: "african-cities-without-street-children"),
        .init(
            .whereAbouts, "es",
            "¿En qué ciudad se adoptó el primer plan de acción de la CPLP contra el trabajo infantil?", ["Bisáu"],
            from: "cplp-child-labour-action-plan"),
        .init(
            .whereAbouts, "es", "donde se firmo la declaracion de constitucion de la Iniciativa Regional", ["Lima"],
            from: "ri-lac-free-of-child-labour"),
        .init(.whereAbouts, "en", "Where was the COMMIT memorandum signed?", ["Yangon"], from: "commit-mekong"),
        .init(
            .whereAbouts, "en", "where was ACCEL Africa's regional knowledge-sharing conference held?", ["Abidjan"],
            from: "accel-africa"),
        .init(
            .whereAbouts, "en", "Where did Greece and Albania sign their anti-trafficking agreement?", ["Tirana"],
            from: "greece-albania-child-trafficking-agreement"),
        .init(
            .whereAbouts, "en", "Where did the SAARC Regional Task Force on trafficking first meet?", ["New Delhi"],
            from: "saarc-trafficking-convention-task-force"),
        .init(
            .whereAbouts, "fr",
            "Où l'accord entre la Côte d'Ivoire et le Burkina Faso sur la mobilité transfrontalière des enfants a-t-il été signé ?",
            ["Ouagadougou"], from: "cote-divoire-burkina-faso-cross-border-agreement"),
        .init(
            .whereAbouts, "fr",
            "Où s'est tenu le forum sous-régional du Pacifique sur le travail des enfants et la traite ?", ["Nadi"],
            from: "pacific-subregional-child-labour-trafficking-forum"),
        .init(
            .whereAbouts, "pt", "Onde foi adotado o primeiro plano de ação da CPLP contra o trabalho infantil?",
            ["Bissau"], from: "cplp-child-labour-action-plan"),
        .init(
            .whereAbouts, "pt", "Olá, gostaria de saber onde foi instalada a Mesa Binacional Brasil–Uruguai",
            ["Livramento"], from: "mercosur-regional-plan-child-labour"),
        .init(
            .whereAbouts, "ar", "أين تم توقيع اتفاق التعاون بين بنين ونيجيريا؟", ["كوتونو"],
            from: "benin-nigeria-child-trafficking-agreement"),
        .init(
            .whereAbouts, "ar", "أين عقد مؤتمر ACCEL Africa الإقليمي لتبادل المعارف؟", ["أبيدجان"], from: "accel-africa"
        ),

        // MARK: Which countries, which members
        .init(.countries, "es", "¿Qué países participan en ACCEL Africa?", ["Ghana", "Uganda"], from: "accel-africa"),
        .init(.countries, "es", "¿En qué países trabaja CLEAR Cotton?", ["Pakistán", "Perú"], from: "clear-cotton"),
        .init(.countries, "es", "que paises forman parte de COMMIT", ["Camboya", "Tailandia"], from: "commit-mekong"),
        .init(
            .countries, "es",
            "¿Qué países firmaron la declaración de Panamá para hacer de la subregión una zona libre de trabajo infantil?",
            ["Belice", "Honduras"], from: "central-america-dr-roadmap"),
        .init(
            .countries, "es", "¿en qué países se aplicó el modelo de identificación del riesgo de trabajo infantil?",
            ["Colombia", "Jamaica"], from: "mirti-child-labour-risk-model"),
        .init(.countries, "en", "Which countries does ACCEL Africa cover?", ["Kenya", "Mali"], from: "accel-africa"),
        .init(
            .countries, "en", "which countries are in the ILO's Asia Regional Child Labour Programme",
            ["Nepal", "Pakistan"], from: "arc-asia-regional-child-labour"),
        .init(
            .countries, "en", "Which countries signed the 2014 CIS concept against trafficking?",
            ["Armenia", "Kyrgyzstan"], from: "cis-anti-trafficking-cooperation"),
        .init(
            .countries, "en", "In which countries does PROSPECTS work?", ["Ethiopia", "Sudan"],
            from: "prospects-partnership-child-labour"),
        .init(
            .countries, "en", "what countries does the Syrian refugee child labour framework cover?",
            ["Egypt", "Türkiye"], from: "3rp-syria-child-labour-framework"),
        .init(
            .countries, "fr", "Quels pays participent au projet CLEAR Cotton ?", ["Burkina Faso", "Pakistan"],
            from: "clear-cotton"),
        .init(
            .countries, "fr", "Quels pays couvre le programme ARC en Asie ?", ["Nepal", "Myanmar"],
            from: "arc-asia-regional-child-labour"),
        .init(.countries, "pt", "Em que países trabalha o ACCEL Africa?", ["Gana", "Uganda"], from: "accel-africa"),
        .init(
            .countries, "pt",
            "Quais países participam do projeto de cooperação Sul-Sul sobre trabalho decente no algodão?",
            ["Mali", "Tanzania"], from: "cotton-with-decent-work"),
        .init(
            .countries, "ar", "ما هي البلدان المشاركة في برنامج ARC؟", ["بنغلاديش", "نيبال"],
            from: "arc-asia-regional-child-labour"),
        .init(
            .countries, "ar", "ما الدول التي يشملها مشروع CLEAR Cotton؟", ["بوركينا فاسو", "بيرو"], from: "clear-cotton"
        ),

        // MARK: How many
        // The counted noun in the accusative the number asks for («بلدًا») is still "countries".
        .init(.howMany, "ar", "في كم بلدًا تنشط شراكة «بروسبكتس»؟", ["8"], from: "prospects-partnership-child-labour"),
        .init(
            .howMany, "es", "¿Cuántos países forman la Iniciativa Regional?", ["31"],
            from: "ri-lac-free-of-child-labour"),
        // A count of people is neither a share ("bajó un 40 %") nor an article ("un acuerdo").
        .init(
            .howMany, "es", "¿Cuánta gente trabaja en la cosecha de algodón de Uzbekistán?", ["tres millones"],
            from: "uzbekistan-ilo-world-bank-tpm"),
        .init(
            .howMany, "fr", "Combien de gens travaillent à la récolte du coton en Ouzbékistan ?", ["trois millions"],
            from: "uzbekistan-ilo-world-bank-tpm"),
        .init(
            .howMany, "pt", "Quanta gente trabalha na colheita de algodão do Uzbequistão?", ["três milhões"],
            from: "uzbekistan-ilo-world-bank-tpm"),
        // A share asked for is a share found.
        .init(
            .howMany, "en",
            "By what percentage did the industry pledge to cut child labour under the Harkin-Engel Protocol?", ["70%"],
            from: "west-africa-cocoa-cooperation"),
        .init(
            .howMany, "es", "¿cuántos países firmaron en Lima la declaración de la Iniciativa Regional?", ["24"],
            from: "ri-lac-free-of-child-labour"),
        .init(.howMany, "es", "cuantas buenas practicas documento ACCEL Africa", ["14"], from: "accel-africa"),
        .init(
            .howMany, "es", "¿Cuántos expertos independientes tiene el GRETA?", ["15"],
            from: "greta-council-of-europe-trafficking-monitoring"),
        .init(.howMany, "es", "¿cuántos artículos tiene el memorando de COMMIT?", ["34"], from: "commit-mekong"),
        .init(
            .howMany, "en",
            "How many countries are members of the Regional Initiative Latin America and the Caribbean Free of Child Labour?",
            ["31"], from: "ri-lac-free-of-child-labour"),
        .init(
            .howMany, "en", "how many delegates did ACCEL Africa invite to its Abidjan conference?", ["47"],
            from: "accel-africa"),
        .init(
            .howMany, "en", "How many pathfinder countries did Alliance 8.7 start with?", ["15"], from: "alliance-8-7"),
        .init(
            .howMany, "en", "How many children did the ILO's PROSPECTS project in Jordan help leave farm work?",
            ["450"], from: "prospects-partnership-child-labour"),
        .init(
            .howMany, "en", "how many cities had signed up to the African Cities without Street Children campaign?",
            ["60"], from: "african-cities-without-street-children"),
        .init(
            .howMany, "fr",
            "Combien de pays compte l'Initiative régionale Amérique latine et Caraïbes libre de travail des enfants ?",
            ["31"], from: "ri-lac-free-of-child-labour"),
        .init(
            .howMany, "fr", "Combien de délégués ACCEL Africa a-t-il invités à sa conférence d'Abidjan ?", ["47"],
            from: "accel-africa"),
        .init(
            .howMany, "pt",
            "Quantos países fazem parte da Iniciativa Regional América Latina e Caribe Livre de Trabalho Infantil?",
            ["31"], from: "ri-lac-free-of-child-labour"),
        .init(.howMany, "pt", "quantas boas práticas o ACCEL Africa documentou?", ["14"], from: "accel-africa"),
        .init(
            .howMany, "ar",
            "كم عدد البلدان الأعضاء في المبادرة الإقليمية لأمريكا اللاتينية والكاريبي الخالية من عمل الأطفال؟", ["31"],
            from: "ri-lac-free-of-child-labour"),
        .init(.howMany, "ar", "كم عدد المواد في مذكرة COMMIT؟", ["34"], from: "commit-mekong"),

        // MARK: What is it, how does it work
        // A detail the summary does not hold is a fact's, however much the question describes the record.
        .init(
            .what, "en", "The CLEF fund for schools in Côte d'Ivoire: what is its target capitalisation?", ["110"],
            from: "clef-cote-divoire"),
        // A body named alone names the one initiative called after it.
        .init(
            .what, "en", "What does the European Union do against child labour?", ["external action"],
            from: "eu-external-action-child-labour"),
        .init(.what, "es", "¿Qué es MIRTI?", ["territorios más vulnerables"], from: "mirti-child-labour-risk-model"),
        // A name written with words left out is its record's, not another's that names it in its facts.
        .init(
            .what, "es", "¿Qué es la Iniciativa Regional America Latina Libre de Trabajo Infantil?",
            ["Plataforma intergubernamental y tripartita"],
            from: "ri-lac-free-of-child-labour"),
        .init(
            .what, "en", "What is the Regional Initiative Latin America Free of Child Labour?",
            ["intergovernmental, tripartite platform"],
            from: "ri-lac-free-of-child-labour"),
        .init(.what, "es", "¿Qué es la cooperación triangular?", ["financiero o metodológico"], from: "concept-note"),
        .init(
            .what, "es", "¿qué se entiende por cooperación Sur-Sur en la nota conceptual?", ["aprendizaje entre pares"],
            from: "concept-note"),
        .init(.what, "es", "¿Cómo funciona COMMIT?", ["grupos de trabajo nacionales"], from: "commit-mekong"),
        .init(
            .what, "es", "que es el Proceso de Rabat", ["migración y desarrollo"],
            from: "euro-african-trafficking-migration-frameworks"),
        .init(.what, "es", "¿Qué es el CLEF de Côte d'Ivoire?", ["fondo común"], from: "clef-cote-divoire"),
        .init(.what, "en", "What is MIRTI?", ["most vulnerable"], from: "mirti-child-labour-risk-model"),
        .init(
            .what, "en", "What is the Abu Dhabi Dialogue?", ["destination countries"], from: "asia-migration-dialogues"),
        .init(.what, "en", "what's the Harkin-Engel Protocol", ["cocoa"], from: "west-africa-cocoa-cooperation"),
        .init(
            .what, "en", "How does the ECOWAS–ECCAS agreement against trafficking work?", ["monitoring commission"],
            from: "ecowas-eccas-trafficking-agreement"),
        // The concept note exists only in Spanish, so its words are quoted as written.
        .init(
            .what, "en", "What is triangular cooperation according to the concept note?", ["metodológico"],
            from: "concept-note"),
        .init(.what, "fr", "Qu'est-ce que COMMIT ?", ["six", "2004"], from: "commit-mekong"),
        .init(.what, "fr", "Qu'est-ce que le projet TACKLE ?", ["education", "ACP"], from: "tackle-acp"),
        .init(
            .what, "pt", "O que é a campanha Cidades Africanas sem Crianças em Situação de Rua?", ["pan-african"],
            from: "african-cities-without-street-children"),
        .init(.what, "pt", "O que é o projeto TACKLE?", ["ACP"], from: "tackle-acp"),
        .init(.what, "ar", "ما هو MIRTI؟", ["الأكثر عرضة"], from: "mirti-child-labour-risk-model"),
        .init(
            .what, "ar", "ما هي عملية الرباط؟", ["الهجرة والتنمية"],
            from: "euro-african-trafficking-migration-frameworks"),
        // Arabic writes no capitals: a body is still read, and the record named after it answers.
        .init(
            .what, "ar", "ماذا يفعل الاتحاد الأفريقي ضد عمل الأطفال؟", ["خطة العمل العشرية للاتحاد الأفريقي"],
            from: "au-ten-year-action-plan"),

        // MARK: Which initiatives on a theme in a region
        .init(
            .list, "es", "¿Qué iniciativas hay sobre trata de personas en Asia?", ["Asia y el Pacífico"],
            from: "asia-pacific"),
        .init(.list, "es", "iniciativas de cooperacion Sur-Sur en America Latina", ["las Américas"], from: "americas"),
        // A body named after "which initiatives" is what the initiatives share, not whom to ask about.
        .init(.list, "en", "Which programmes involve the African Union?", ["African Union"], from: "africa"),
        .init(
            .list, "fr", "Quelles coopérations bilatérales existent en Amérique latine ?", ["bilatérale", "Amériques"],
            from: "americas"),
        .init(
            .list, "es", "¿qué iniciativas sobre trabajo doméstico hay en Asia meridional?", ["SAIEVAC"],
            from: "asia-pacific"),
        .init(
            .list, "es", "muéstrame las iniciativas sobre refugiados en Oriente Medio", ["Estados Árabes"],
            from: "arab-states"),
        .init(
            .list, "en", "Which initiatives work on trafficking in Europe?", ["Europe and Central Asia"],
            from: "europe-central-asia"),
        .init(.list, "en", "Which initiatives deal with fisheries in Asia?", ["ASEAN"], from: "asia-pacific"),
        .init(.list, "en", "list the South-South initiatives in Latin America", ["the Americas"], from: "americas"),
        .init(
            .list, "en", "Which initiatives on refugees are there in the Middle East?", ["Arab States"],
            from: "arab-states"),
        .init(
            .list, "fr", "Quelles initiatives sur la traite en Asie du Sud-Est ?", ["Asie et Pacifique"],
            from: "asia-pacific"),
        .init(
            .list, "fr", "Quelles initiatives de coopération Sud–Sud en Amérique latine ?", ["les Amériques"],
            from: "americas"),
        .init(
            .list, "pt", "Quais iniciativas sobre tráfico de pessoas existem na Ásia?", ["Ásia e Pacífico"],
            from: "asia-pacific"),
        .init(
            .list, "pt", "quais iniciativas de cooperação triangular existem na América Latina?", ["as Américas"],
            from: "americas"),
        .init(.list, "ar", "ما المبادرات المتعلقة بالكاكاو في غرب أفريقيا؟", ["أفريقيا"], from: "africa"),
        .init(
            .list, "ar", "ما هي مبادرات مكافحة الاتجار بالأشخاص في جنوب شرق آسيا؟", ["آسيا والمحيط الهادئ"],
            from: "asia-pacific"),

        // MARK: The session itself
        .init(.session, "es", "¿Cuándo es la sesión?", ["12 de febrero", "14:30"], from: "session"),
        .init(.session, "es", "¿dónde se celebra la sesion?", ["Marrakech"], from: "session"),
        .init(.session, "es", "a qué hora termina la sesión", ["16:15"], from: "session"),
        .init(.session, "en", "When is the session?", ["February", "14:30"], from: "session"),
        .init(.session, "en", "Where is the session taking place?", ["Marrakech"], from: "session"),
        .init(.session, "en", "what time does the session start", ["14:30"], from: "session"),
        .init(.session, "fr", "Quand a lieu la séance ?", ["14:30"], from: "session"),
        .init(.session, "fr", "Où se tient la session ?", ["Marrakech"], from: "session"),
        .init(.session, "pt", "Quando é a sessão?", ["14:30"], from: "session"),
        .init(.session, "pt", "Onde vai ser a sessão?", ["Marraquexe"], from: "session"),
        .init(.session, "ar", "متى تعقد الجلسة؟", ["14:30"], from: "session"),
        .init(.session, "ar", "أين تعقد الجلسة؟", ["مراكش"], from: "session"),
        // The session's title, asked for by name.
        .init(.session, "en", "what is this session called, its full title?", ["role of regional"], from: "session"),
        .init(.session, "pt", "qual é o título completo da sessão?", ["papel da cooperação"], from: "session"),
    ]

    /// Organisations, places and initiatives the knowledge does not hold, in no
    /// language and under no acronym. The lead says so and names what was asked for.
    static let absent: [AnswerTableEntry] = [
        // A body's name with its adjectives in lowercase is read whole.
        .init(
            .absent, "fr", "Que fait l'Organisation mondiale de la Santé contre le travail des enfants ?",
            ["Je n'ai", "Organisation mondiale de la Santé"], from: "none"),
        .init(
            .absent, "es", "¿Qué iniciativas tiene la Comunidad Andina contra el trabajo infantil?",
            ["No tengo", "Comunidad Andina"], from: "none"),
        .init(
            .absent, "es", "¿Quién financia la Iniciativa Nórdica contra el trabajo infantil?",
            ["No tengo", "Iniciativa Nórdica"], from: "none"),
        // "Magreb" appears once in the knowledge, in a talking point on Tunisia; the Union does not.
        .init(
            .absent, "es", "¿Qué hace la Unión del Magreb Árabe sobre trabajo infantil?",
            ["No tengo", "Unión del Magreb Árabe"], from: "none"),
        .init(.absent, "es", "¿hay alguna iniciativa en Islandia?", ["No tengo", "Islandia"], from: "none"),
        .init(
            .absent, "es", "¿Cuándo adoptó la CARICOM su plan contra el trabajo infantil?", ["No tengo", "CARICOM"],
            from: "none"),
        .init(
            .absent, "en", "Which initiatives does the Arab Maghreb Union run on child labour?",
            ["I don't have", "Arab Maghreb Union"], from: "none"),
        .init(.absent, "en", "What does Iceland do against child labour?", ["I don't have", "Iceland"], from: "none"),
        .init(
            .absent, "en", "Who funds the East African Community's child labour programme?",
            ["I don't have", "East African Community"], from: "none"),
        .init(
            .absent, "en", "What is the OECD doing about child labour in supply chains?", ["I don't have", "OECD"],
            from: "none"),
        .init(
            .absent, "en", "tell me about child labour initiatives in Mongolia", ["I don't have", "Mongolia"],
            from: "none"),
        .init(
            .absent, "fr", "Quelles initiatives l'Union du Maghreb arabe mène-t-elle contre le travail des enfants ?",
            ["Je n'ai", "Union du Maghreb arabe"], from: "none"),
        .init(
            .absent, "fr", "Que fait l'Islande contre le travail des enfants ?", ["Je n'ai", "Islande"], from: "none"),
        .init(
            .absent, "fr", "Qui finance les programmes de la Francophonie sur le travail des enfants ?",
            ["Je n'ai", "Francophonie"], from: "none"),
        .init(
            .absent, "pt", "Quais iniciativas da Comunidade Andina existem sobre trabalho infantil?",
            ["Não tenho", "Comunidade Andina"], from: "none"),
        .init(.absent, "pt", "O que o Canadá faz contra o trabalho infantil?", ["Não tenho", "Canadá"], from: "none"),
        // المغرب alone is Morocco, the host country, which the knowledge does hold.
        .init(
            .absent, "ar", "ما هي مبادرات اتحاد المغرب العربي بشأن عمل الأطفال؟", ["ليس لدي", "اتحاد المغرب العربي"],
            from: "none"),
        .init(.absent, "ar", "هل توجد مبادرات في آيسلندا؟", ["ليس لدي", "آيسلندا"], from: "none"),
        // A body's name joined by a two-word connector, or headed by a two-word noun.
        .init(
            .absent, "ar", "هل لدى الاتحاد من أجل المتوسط برامج ضد عمل الأطفال؟",
            ["ليس لدي", "الاتحاد من أجل المتوسط"], from: "none"),
        .init(
            .absent, "ar", "ماذا تفعل السوق المشتركة لشرق وجنوب أفريقيا ضد عمل الأطفال؟",
            ["ليس لدي", "السوق المشتركة لشرق وجنوب أفريقيا"], from: "none"),
        .init(.absent, "ar", "ماذا تفعل كندا لمكافحة عمل الأطفال؟", ["ليس لدي", "كندا"], from: "none"),
    ]
}
