"""Sentence units of a contract text, approximating the C# Segmenter's sentence segments.

The runtime classifies the C# segmenter's sentences, so training units should look like them: split at blank
lines, at line breaks that end a heading, and at sentence punctuation followed by whitespace and an
uppercase letter, digit, quote or bracket, but not after common abbreviations or enumerators ("1.", "(a)",
"ii."). Units longer than MAX_CHARS are cut further at "; ", ", " or a space.
"""
import re

MAX_CHARS = 1500
ABBREVIATIONS = {
    "inc", "corp", "co", "ltd", "no", "nos", "sec", "secs", "u.s", "e.g", "i.e", "etc", "mr", "mrs", "ms", "dr",
    "st", "vs", "v", "jr", "sr", "llc", "l.l.c", "l.p", "n.a", "s.a", "b.v", "n.v", "plc", "art", "para", "ref",
    "approx", "dept", "est", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "u.k", "p", "pp", "cf", "al", "ave", "blvd", "rd", "ex", "exh", "sch", "cl", "subsec", "viz",
}
_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[A-Z0-9])")
_ENUMERATOR = re.compile(r"^\(?([0-9]+(\.[0-9]+)*|[a-zA-Z]|[ivxlcIVXLC]+)\)?$")
_BLANK = re.compile(r"\n[ \t\r\f\v]*\n")


def _is_heading(line):
    stripped = line.strip()
    if not stripped or len(stripped) > 80:
        return False
    letters = [c for c in stripped if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return True
    return stripped[-1] not in ".,;:"


def _blocks(text):
    """(start, end) of paragraphs: blank lines always separate, a single line break only after a heading."""
    cuts = [0]
    for m in _BLANK.finditer(text):
        cuts.extend((m.start(), m.end()))
    for m in re.finditer(r"\n", text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _is_heading(text[line_start: m.start()]):
            cuts.extend((m.start(), m.end()))
    cuts.append(len(text))
    cuts = sorted(set(cuts))
    return [(a, b) for a, b in zip(cuts, cuts[1:])]


def _word_before(text, pos, floor):
    i = pos
    while i > floor and not text[i - 1].isspace():
        i -= 1
    return text[i:pos]


def _sentences(text, a, b):
    out, start = [], a
    for m in _END.finditer(text, a, b):
        raw = _word_before(text, m.start(), start)
        word = raw.lstrip("(\"'[")
        # An enumerator ("1.", "(a)", "ii.") only opens a unit; "Section 2. Next" is a sentence end.
        opens_unit = not text[start: m.start() - len(raw)].strip()
        if "." in m.group(0) and (word.lower().rstrip(".") in ABBREVIATIONS
                                  or (opens_unit and _ENUMERATOR.match(word))
                                  or (len(word) <= 2 and word[:1].isupper())):
            continue
        out.append((start, m.end()))
        start = m.end()
    out.append((start, b))
    return out


def _cap(text, a, b):
    while b - a > MAX_CHARS:
        window = text[a: a + MAX_CHARS]
        cut = max(window.rfind("; "), window.rfind(", "))
        if cut < MAX_CHARS // 3:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = MAX_CHARS - 1
        yield a, a + cut + 1
        a += cut + 1
    yield a, b


def split(text):
    """Sentence units as (start, end) code-point offsets, whitespace trimmed, in document order."""
    units = []
    for a, b in _blocks(text):
        for s, e in _sentences(text, a, b):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                units.extend(_cap(text, s, e))
    return units
