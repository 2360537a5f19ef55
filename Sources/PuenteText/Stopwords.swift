/// Stopword lists for the five languages: function words that carry no topic.
///
/// The Latin-script lists follow the Snowball project's stopword lists for each
/// language (snowballstem.org), trimmed of words that name a topic in this domain: the
/// lists are applied together to queries of unknown language, so French "sur"
/// ("on") would otherwise erase Spanish "Sur" ("South"), and Spanish "este"
/// ("this") and French "est" ("is") would erase "East". They are compared after
/// folding, so "que" and "qué" are treated alike, and so are "إلى" and "الى".
/// Snowball has no Arabic list; the short Arabic one is described where it is.
public struct Stopwords: Sendable {
    private let folded: [Set<String>]

    /// The stopwords of all five languages.
    public static let standard = Stopwords()

    private init() {
        folded = Language.allCases.map { language in
            Set(Self.words(for: language).split(separator: " ").map { Folding.fold(String($0)) })
        }
    }

    /// Whether `word` (lowercase) is a stopword in `language`.
    public func contains(_ word: String, in language: Language) -> Bool {
        folded[language.ordinal].contains(Folding.fold(word))
    }

    /// Whether `word` (lowercase) is a stopword in any of `languages`.
    public func contains(_ word: String, inAnyOf languages: [Language]) -> Bool {
        let foldedWord = Folding.fold(word)
        return languages.contains { folded[$0.ordinal].contains(foldedWord) }
    }

    private static func words(for language: Language) -> String {
        switch language {
        case .spanish: spanish
        case .english: english
        case .french: french
        case .portuguese: portuguese
        case .arabic: arabic
        }
    }

    private static let spanish = """
        de la que el en y a los del se las por un para con no una su al lo como más pero sus le \
        ya o u e sí si porque esta entre cuando muy sin sobre también me hasta hay donde quien \
        desde todo nos durante todos uno les ni contra otros ese eso ante ellos esto mí antes \
        algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual \
        cuál cuales cuáles poco ella estar estas algunas algo nosotros mi mis tú te ti tu tus \
        ellas nosotras vosotros vosotras os mío mía míos mías tuyo tuya tuyos tuyas suyo suya \
        suyos suyas nuestro nuestra nuestros nuestras vuestro vuestra vuestros vuestras esos \
        esas estoy estás está estamos estáis están esté estés estemos estéis estén estaba \
        estaban estuvo es son fue fueron era eran ser sea sean sido siendo soy eres somos sois \
        he has ha hemos habéis han había habían haya hayan hubo habrá sería serían \
        cómo dónde cuándo cuánto cuánta cuántos cuántas qué quién quiénes aquí allí así \
        tiene tienen tengo tenemos tener aunque cada mismo misma mismos mismas sólo solo \
        dicho dicha
        """

    private static let english = """
        i me my myself we our ours ourselves you your yours yourself yourselves he him his \
        himself she her hers herself it its itself they them their theirs themselves what \
        which who whom whose this that these those am is are was were be been being have has \
        had having do does did doing would should could ought a an the and but if or because \
        as until while of at by for with about against between into through during before \
        after above below to from up down in out on off over under again further then once \
        here there when where why how all any both each few more most other some such no nor \
        not only own same so than too very s t can will just don now also
        """

    private static let french = """
        au aux avec ce ces dans de des du elle en et eux il je la le les leur lui ma mais me \
        même mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses son \
        ta te tes toi ton tu un une vos votre vous c d j l à m n s t y été étée étées étés \
        étant suis es sommes êtes sont serai sera serons seront serais serait étais était \
        étions étiez étaient fus fut furent sois soit soyons soient ai as avons avez ont aurai \
        aura avais avait avions aviez avaient eu eus eut ayant ceci cela celà cet cette ici \
        ils les leurs quel quels quelle quelles sans soi comment quand pourquoi
        """

    private static let portuguese = """
        de a o que e do da em um para com não uma os no se na por mais as dos como mas ao ele \
        das à seu sua ou quando muito nos já eu também só pelo pela até isso ela entre depois \
        sem mesmo aos seus quem nas me esse eles você essa num nem suas meu às minha numa pelos \
        elas qual nós lhe deles essas esses pelas dele tu te vocês vos lhes meus minhas \
        teu tua teus tuas nosso nossa nossos nossas dela delas esta estes estas aquele aquela \
        aqueles aquelas isto aquilo estou está estamos estão estive esteve estivemos estiveram \
        estava estávamos estavam é sou somos são era eram fui foi fomos foram seja sejam ser \
        tenho tem temos têm tinha tinham hei há havemos hão houve onde porque quais quanto
        """

    // A short list written for Puente: the commonest Arabic function words
    // (prepositions, conjunctions, pronouns, demonstratives, relatives, negations
    // and question particles), of the kinds that Lucene's Arabic stopword list
    // (after Jacques Savoy's list for CLEF) drops, written without harakat. It
    // leaves out every word that could be a topic here ("عمل", "دول", "تعاون"),
    // and forms with a clitic attached ("وفي", "بها"), which rarely stand alone.
    private static let arabic = """
        في من على إلى عن مع ما ماذا هل أو أم ثم و ف ب ل ك \
        هو هي هم هما هن أنا نحن أنت أنتم \
        هذا هذه ذلك تلك هؤلاء هناك هنا \
        الذي التي الذين اللذين اللتين \
        أن إن لا لم لن قد كل بين عند حتى منذ لدى أي \
        كان كانت يكون تكون
        """
}
