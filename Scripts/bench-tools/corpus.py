#!/usr/bin/env python3
"""Builds the benchmark corpus from Debian's Spanish manual pages (package manpages-es).

Usage: corpus.py OUTPUT_DIR

Writes, deterministically (same package version, same bytes):
  passages-1k.tsv, passages-10k.tsv, passages-100k.tsv   one passage per line: id TAB text
  queries.tsv                                            one query per line: kind TAB words

Passages are the pages' paragraphs, roff markup removed, in file order. The pages hold
fewer than 100,000 paragraphs, so the larger sizes are completed with passages of 2 to 4
real sentences drawn at random (seeded) from the whole set: every sentence is real Spanish
text, their combinations are not. Queries are 1 to 3 words of the corpus (stopwords
excluded): frequent and rare words, some written without accents, some with one typo.
"""
import gzip, os, random, re, sys, unicodedata

MAN_ROOT = "/usr/share/man/es"
SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000}
QUERY_COUNT = 1_000
SEED = 20260212

ESCAPES = [(r"\(em", "—"), (r"\(en", "–"), (r"\(aq", "'"), (r"\(dq", '"'), (r"\(co", "©"),
           (r"\(bu", "•"), (r"\(lq", "“"), (r"\(rq", "”"), (r"\-", "-"), (r"\&", ""), (r"\e", "\\"),
           (r"\ ", " "), (r"\~", " "), (r"\,", ""), (r"\/", ""), (r"\:", ""), (r"\|", ""), (r"\^", "")]
FONT = re.compile(r"\\f(\[[^\]]*\]|\(..|.)")
OTHER_ESCAPE = re.compile(r"\\(\(..|\*\(..|\*.|s[-+]?\d|.)")
TEXT_MACROS = {".B", ".I", ".BR", ".RB", ".IR", ".RI", ".BI", ".IB", ".SM", ".SB"}
BREAK_MACROS = {".PP", ".P", ".LP", ".TP", ".IP", ".SH", ".SS", ".HP", ".TH", ".RS", ".RE", ".br", ".sp", ".nf", ".fi", ".EX", ".EE"}
STOPWORDS = set("""de la que el en y a los del se las por un para con no una su al lo como más o
pero sus le ya este si porque esta entre cuando muy sin sobre también me hasta hay donde quien
desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí antes algunos
qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual poco ella estar
estas algunas algo nosotros es son ser está puede pueden será sea han ha fue se the of and to
a an in is it for on with all one by as be this that are or not from at if""".split())


def plain(line):
    for escape, replacement in ESCAPES:
        line = line.replace(escape, replacement)
    line = FONT.sub("", line)
    return OTHER_ESCAPE.sub("", line)


def paragraphs(page):
    """The paragraphs of one roff page, as plain text."""
    current, in_table = [], False
    for raw in page.splitlines():
        if raw.startswith((".TS", ".TE")):  # tables hold abbreviations, not prose
            in_table = raw.startswith(".TS")
            continue
        if in_table:
            continue
        if raw.startswith(".") or raw.startswith("'"):
            macro, _, rest = raw.partition(" ")
            if macro in TEXT_MACROS:
                current.append(plain(rest.replace('"', "")))
            elif macro in BREAK_MACROS or macro.startswith(".\\\""):
                if macro in BREAK_MACROS and current:
                    yield " ".join(current)
                    current = []
            continue
        current.append(plain(raw))
    if current:
        yield " ".join(current)


ENGLISH = set("the and of to is are with for this that be by".split())


def english(text):
    """Pages keep some untranslated paragraphs; the corpus is Spanish."""
    words = text.lower().split()
    return sum(word in ENGLISH for word in words) * 12 > len(words)


def real_paragraphs():
    found = []
    for folder in sorted(os.listdir(MAN_ROOT)):
        directory = os.path.join(MAN_ROOT, folder)
        for name in sorted(os.listdir(directory)):
            if not name.endswith(".gz"):
                continue
            with gzip.open(os.path.join(directory, name), "rt", encoding="utf-8", errors="replace") as page:
                for text in paragraphs(page.read()):
                    text = " ".join(text.split())
                    if len(text.split()) >= 6 and not english(text):
                        found.append(text)
    return found


def sentences_of(texts):
    sentences = []
    for text in texts:
        sentences.extend(s for s in re.split(r"(?<=[.;:!?])\s+", text) if len(s.split()) >= 4)
    return sentences


def fold(word):
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def with_typo(word, rng):
    spot = rng.randrange(1, len(word) - 1)
    if rng.random() < 0.5:
        return word[:spot] + word[spot + 1:]
    return word[:spot] + rng.choice("aeioursnlt") + word[spot + 1:]


def queries(texts, rng):
    counts = {}
    for text in texts:
        for word in re.findall(r"[^\W\d_]+", text.lower()):
            if len(word) >= 3 and word not in STOPWORDS:
                counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts, key=lambda w: (-counts[w], w))
    frequent, rare = ranked[:300], [w for w in ranked if 2 <= counts[w] <= 5]
    lines = []
    for number in range(QUERY_COUNT):
        size = 1 + number % 3
        words = []
        while len(words) < size:
            word = rng.choice(frequent if rng.random() < 0.7 else rare)
            if word not in words:
                words.append(word)
        kind = "plain"
        if number % 10 == 7:
            words = [fold(w) for w in words]
            kind = "unaccented"
        elif number % 10 == 9 and len(words[0]) >= 5:
            words[0] = with_typo(words[0], rng)
            kind = "typo"
        lines.append(f"{kind}\t{' '.join(words)}")
    return lines


def main():
    output = sys.argv[1]
    os.makedirs(output, exist_ok=True)
    rng = random.Random(SEED)
    real = list(dict.fromkeys(real_paragraphs()))
    sentences = sentences_of(real)
    largest = max(SIZES.values())
    passages = real[:largest]
    while len(passages) < largest:
        passages.append(" ".join(rng.choice(sentences) for _ in range(rng.randint(2, 4))))
    for label, size in SIZES.items():
        with open(os.path.join(output, f"passages-{label}.tsv"), "w", encoding="utf-8") as out:
            for number, text in enumerate(passages[:size]):
                out.write(f"p{number}\t{text}\n")
    with open(os.path.join(output, "queries.tsv"), "w", encoding="utf-8") as out:
        out.write("\n".join(queries(real, rng)) + "\n")
    print(f"corpus: {len(real)} real paragraphs, {len(sentences)} sentences; "
          f"{largest - min(len(real), largest)} recombined passages in the 100k set")


if __name__ == "__main__":
    main()
