import Testing

@testable import PuenteAssistant

/// Participants' questions, in Spanish and English, some without accents and some
/// with typos, and the passage that must be among the first three cited.
@Suite struct QuestionTableTests {
    static let table: [(question: String, expected: String)] = [
        (
            "¿Qué es la Iniciativa Regional América Latina y el Caribe Libre de Trabajo Infantil?",
            "ri-lac-free-of-child-labour"
        ),
        ("modelo de identificacion del riesgo de trabajo infantil", "mirti-child-labour-risk-model"),
        ("intercambio interregional entre Africa y America Latina", "africa-lac-interregional-exchange"),
        ("plan regional del MERCOSUR contra el trabajo infantil", "mercosur-regional-plan-child-labour"),
        ("hoja de ruta centroamerica zona libre de trabajo infantil", "central-america-dr-roadmap"),
        ("red interamericana para la administracion laboral", "oas-iacml-rial"),
        ("Brazil ILO South-South cooperation programme", "brazil-ilo-south-south-programme"),
        ("algodón con trabajo decente en Mozambique", "cotton-with-decent-work"),
        ("plan de acción de los países de lengua portuguesa", "cplp-child-labour-action-plan"),
        ("African Union ten year action plan", "au-ten-year-action-plan"),
        ("plan de accion regional de la CEDEAO", "ecowas-regional-action-plan"),
        ("acuerdo CEDEAO CEEAC contra la trata de niños", "ecowas-eccas-trafficking-agreement"),
        (
            "trata transfronteriza entre Côte d'Ivoire y Burkina Faso",
            "cote-divoire-burkina-faso-cross-border-agreement"
        ),
        ("SADC code of conduct on child labour", "sadc-code-of-conduct-child-labour"),
        ("child labour in supply chains in Africa funded by the Netherlands", "accel-africa"),
        ("Harkin-Engel cocoa protocol", "west-africa-cocoa-cooperation"),
        ("fondo para la educación en las zonas cacaoteras", "clef-cote-divoire"),
        ("ASEAN roadmap on the worst forms of child labour", "asean-roadmap-child-labour"),
        ("regional action plan for South Asia", "saievac-south-asia-action-plan"),
        ("programa regional de la OIT en Asia financiado por el Reino Unido", "arc-asia-regional-child-labour"),
        ("trata de personas en el Mekong", "commit-mekong"),
        ("Colombo Process and Abu Dhabi Dialogue", "asia-migration-dialogues"),
        ("estudio regional de la Liga de los Estados Arabes", "las-arab-child-labour-study-strategy"),
        ("trabajo infantil entre los refugiados sirios", "3rp-syria-child-labour-framework"),
        ("IPEC programme in Central Asia", "ipec-central-asia-regional"),
        ("monitoreo de la cosecha de algodon en Uzbekistan", "uzbekistan-ilo-world-bank-tpm"),
        ("agricultura estacional en Türkiye", "turkiye-seasonal-agriculture-peer-exchange"),
        ("EU action plan on human rights and democracy", "eu-external-action-child-labour"),
        ("Plan de Uagadugú y Proceso de Rabat", "euro-african-trafficking-migration-frameworks"),
        ("Alianza 8.7 y sus países pioneros", "alliance-8-7"),
        ("CLEAR Cotton en Burkina Faso y Pakistán", "clear-cotton"),
        ("tackling child labour through education", "tackle-acp"),
        ("partnership on child labour in agriculture with FAO", "ipccla"),
        ("plataforma de empresas sobre trabajo infantil", "child-labour-platform"),
        ("brechas de datos y conocimiento", "concept-note#I.1"),
        ("cooperacion triangular apoyo tecnico financiero o metodologico", "concept-note#I.2"),
        ("puente entre la ambición global y la implementación nacional", "concept-note#I.3"),
        ("mecanismos conjuntos de monitoreo y seguimiento", "concept-note#II.1"),
        ("modelos de financiacion y sostenibilidad", "concept-note#II.2"),
        ("migrasion laboral y cadenas de suministro transnacionales", "concept-note#II.2"),
        ("aprendizaje entre pares y soluciones practicas", "concept-note#I.2"),
        ("cocoa child labour monitoring and remediation households", "west-africa-cocoa-cooperation"),
        ("inspectores de trabajo en Mozambique", "cotton-with-decent-work"),
        ("peer review in West Africa", "ecowas-regional-action-plan"),
        ("planes nacionales y listas de trabajos peligrosos en Timor-Leste", "cplp-child-labour-action-plan"),
    ]

    @Test(arguments: table)
    func theExpectedPassageIsAmongTheFirstThree(_ question: String, _ expected: String) {
        let answer = AssistantFixture.assistant.respond(to: question).answer
        let top = answer.hits.prefix(3).map(\.id)
        #expect(top.contains(expected), "\(question) → \(top) (\(answer.interpretation.canonicalQuery))")
    }

    @Test func theTableIsLargeAndBilingual() {
        #expect(Self.table.count >= 40)
        #expect(Set(Self.table.map(\.expected)).count >= 30)
    }
}
