"""Who and what an article names: people with their roles, and outlets with the descriptions it uses.

Built once per article, then consulted to turn a mention at an attribution ("Maas", "the
spokeswoman", "the Times") into the fullest name the article gives.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field

from service.pipeline.lexicon import (
    CAP_STOP,
    COUNTRIES,
    DEMONYMS,
    FEMALE_KIN,
    HYPHENED_PARTICLES,
    MALE_KIN,
    MONTHS,
    NAME_PARTICLES,
    ORG_WORDS,
    PLACE_HEADS,
    PLACE_LEADS,
    PORTFOLIO_WORDS,
    TITLES,
    WEEKDAYS,
    WORK_TITLE_HEADS,
)
from service.pipeline.outlets import KNOWN_OUTLETS, OutletInfo, lookup_outlet, name_as_given, outlet_key
from service.pipeline.quotes import sentences

# Latin letters with their accents ("Álvaro", "Demirtaş", "Mažeika"): the Latin-1 and Latin Extended blocks.
_LATIN = [chr(c) for c in range(0xC0, 0x250)]
_UPPER = "A-Z" + "".join(c for c in _LATIN if c.isupper())
_LOWER = "a-z" + "".join(c for c in _LATIN if c.islower())
# "LaToya", "McDonald", "DeShawn": capitals inside a name word
_CAP = (
    rf"(?:[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)*(?:[’'-][{_UPPER}{_LOWER}]+)*"
    # "V.N. Vasavan", "A.K. Menon": initials written together
    rf"|(?:[{_UPPER}]\.){{2,3}}|[{_UPPER}]\.|[{_UPPER}][{_UPPER}]+)"
)
# Particles inside a name: "Ursula von der Leyen" has them apart, "Nasser al-Khulaifi" joined by a hyphen.
_NAME_CHUNK = re.compile(
    rf"{_CAP}(?:\s+(?:(?:{'|'.join(sorted(NAME_PARTICLES))})\s+){{0,2}}"
    # up to eight words: "Kissan Ittehad President Chaudhry Muhammad Anwar Bajwa"
    rf"(?:(?:{'|'.join(HYPHENED_PARTICLES)})-)?{_CAP}){{0,7}}"
)
# Heads of a body's name, besides the organisation words, that an "of" phrase completes.
_BODY_HEADS = {"conference", "federation", "society", "league", "alliance", "coalition", "academy", "bureau"}
# "Federal Minister for National Food Security and ", "Secretary of State for ": a portfolio being named.
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:Minister|Ministry|Secretary|Department|Adviser|Advisor|Commissioner|Minister\s+of\s+State)\s+"
    r"(?:of|for)\s+(?:State\s+for\s+)?(?:[A-Z][\w-]*\s+){0,4}(?:and\s+)?$"
)
_ROLE_BEFORE = re.compile(r"((?:[\w’'.-]+\s+){0,7})$")
_POSSESSIVE = re.compile(r"[’']s$")


def name_key(name: str) -> str:
    # "Mažeika" and "Mazeika" are one name: accents are folded before non-letters are dropped.
    folded = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z]+", " ", folded).strip()


@dataclass(slots=True)
class Person:
    name: str
    first_seen: int
    role: str | None = None
    female: bool | None = None
    tokens: tuple[str, ...] = ()
    aliases: set[str] = field(default_factory=set)
    # Words the article describes the person by ("Sen.", "a Democrat from Arizona"), for role nouns.
    descriptors: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class OutletMention:
    start: int
    end: int
    outlet: OutletInfo


_ORG_OF = re.compile(r"\b([A-Z][\w-]+)\s+(?:of|on|for|in|at)\s+(?:the\s+)?(?:[A-Z][\w-]+\s+(?:and|&)\s+)?$")


def _strip_titles(words: list[str]) -> tuple[list[str], list[str]]:
    titles = []
    while words and (words[0].lower().rstrip(".") in TITLES or words[0].lower() in TITLES):
        titles.append(words.pop(0))
    return titles, words


class ArticleEntities:
    """People and outlets of one article, in text order."""

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        self.text = text
        self.spans = spans
        self.people: list[Person] = []
        self._by_key: dict[str, Person] = {}
        # token → [(offset, person)] so that "Maas" resolves to the latest full name before it.
        self._token_index: dict[str, list[tuple[int, Person]]] = {}
        self.person_positions: list[tuple[int, Person]] = []
        self.outlet_mentions: list[OutletMention] = []
        self._outlet_names: dict[str, str] = {}
        self._descriptors: dict[str, OutletInfo] = {}
        self._surname_owners: dict[str, Person | None] = {}
        self.pairs: list[tuple[int, Person, Person]] = []
        self._last_person_end: tuple[int, Person] | None = None
        for lo, hi in spans:
            self._scan_people(lo, hi)
            self._scan_given_names(lo, hi)
            self._scan_outlets(lo, hi)
        self.person_positions.sort(key=lambda x: x[0])
        self._positions = [p for p, _ in self.person_positions]
        self.outlet_mentions.sort(key=lambda m: m.start)
        self._scan_kind_references()

    # People ---------------------------------------------------------------------------------------
    def _scan_people(self, lo: int, hi: int) -> None:
        text = self.text
        for match in _NAME_CHUNK.finditer(text, lo, hi):
            words = match.group().split()
            offset = match.start()
            titles = []
            while words and words[0].lower() in CAP_STOP:
                offset += len(words[0]) + 1
                words.pop(0)
            titles, words = _strip_titles(words)
            # "Minister for National Food Security and Research Rana Azhar": the portfolio runs on into
            # the chunk that holds the name, or is the whole chunk.
            portfolio = _PORTFOLIO_BEFORE.search(text, max(lo, offset - 80), offset) is not None
            if portfolio and all(w.lower() in PORTFOLIO_WORDS | ORG_WORDS for w in words):
                continue
            # "Harbour Board Chairman Ivo Brandt": the name is what follows the last title or
            # organisation word of the chunk; the rest is the role.
            cut = 0
            for n, word in enumerate(words[:-1]):
                low = word.lower().rstrip(".")
                # the portfolio's last word ("… and Research Rana Azhar") when it opens the chunk
                leads_portfolio = portfolio and low in PORTFOLIO_WORDS and n == cut
                if low in TITLES or low in ORG_WORDS or _POSSESSIVE.search(word) or leads_portfolio:
                    cut = n + 1
            if not cut and len(words) >= 3 and is_role_word(words[0]):
                cut = 1
            if cut:
                titles = titles + words[:cut]
                words = words[cut:]
            if (
                len(words) >= 2
                and words[-1].lower() in COUNTRIES
                and all(w.lower() in self._token_index for w in words[:-1])
            ):
                # "told Korkmaz Iran …": a state after a name already known is not part of it ("George
                # Washington" stays whole)
                words.pop()
            if len(words) < 2 or len(words) > 4 or words[-1].lower().rstrip(".") in TITLES:
                continue  # "Federal Minister": a title, nobody's name
            if _POSSESSIVE.search(words[-1]):
                words[-1] = _POSSESSIVE.sub("", words[-1])
            lowered = [w.lower() for w in words]
            # "Vice Premier He Lifeng", "spokeswoman He Yadong": after a title, "He" is a surname
            surname_he = bool(cut) and words[0] == "He" and len(words) >= 2
            if any(
                w in ORG_WORDS
                or w in MONTHS
                or w in WEEKDAYS
                or (w in CAP_STOP and not (surname_he and n == 0))
                for n, w in enumerate(lowered)
            ):
                continue
            if any(
                w.rstrip(".").isupper()
                and len(w.rstrip(".")) > 1
                and not (re.fullmatch(r"(?:[A-Z]\.){2,3}", w) and w not in _PLACE_INITIALS)
                for w in words
            ) or re.fullmatch(r"[A-Z]\.", words[-1]):
                continue
            if lowered[-1] in _PARTY_WORDS or lowered[-1] in {"day", "eve"}:
                continue  # "The Texas Republican", "Labor Day"
            if lowered[0] in PLACE_LEADS or lowered[-1] in PLACE_HEADS | WORK_TITLE_HEADS:
                continue  # "United States", "Middle East", "New York": a place
            owner = _ORG_OF.search(text, max(lo, offset - 40), offset)
            if owner and owner.group(1).lower() in ORG_WORDS | _BODY_HEADS:
                # "Commission on Presidential Debates", "Department of Homeland Security", "the Missouri State
                # Conference of Black Clergy"
                continue
            name = " ".join(words)
            if lookup_outlet(name) or any(lookup_outlet(w) for w in words):
                continue
            start = match.start() + match.group().find(words[0])
            before = _ROLE_BEFORE.search(text, max(lo, start - 80), start)
            role_words = before.group(1).split() if before else []
            role: list[str] = []
            for word in reversed(role_words):
                if re.search(r"[,;:.()“”\"]$", word) or word.lower() in {
                    "the",
                    "a",
                    "an",
                    "and",
                    "with",
                    "by",
                }:
                    break
                role.insert(0, word)
            role_text = " ".join(role + titles).strip() or None
            key = name_key(name)
            person = self._by_key.get(key) or self._fuller_name(words)
            if person is None:
                person = Person(name, start, tokens=tuple(words))
                self._by_key[key] = person
                self.people.append(person)
                for word in words:
                    self._token_index.setdefault(word.lower(), []).append((start, person))
            # Words that describe the person, for role nouns later: the titles and role words right before
            # the name ("Sen.", "presidential nominee"), and an appositive role after it ("a Democrat from
            # Ohio", "the county's health director").
            person.descriptors |= describing_words(" ".join(_leading_role(text, lo, start)))
            apposition = _APPOSITION.match(text, match.end(), hi)
            if apposition and _is_role_phrase(apposition.group(1)):
                person.descriptors |= describing_words(apposition.group(1))
            if role_text and any(
                w.lower().rstrip(".") in TITLES or w.lower().startswith("spokes") for w in role_text.split()
            ):
                person.role = person.role or role_text
            context = text[max(lo, start - 60) : start].lower().split()
            if context and context[-1] in {"ms", "ms.", "mrs", "mrs."}:
                person.female = True
            elif context and context[-1] in {"mr", "mr."}:
                person.female = False
            self.person_positions.append((start, person))
            # "Lotte Brink and her Dutch counterpart Piet Hals": remember pairs for "the two ministers".
            if self._last_person_end is not None and re.fullmatch(
                r"\s+and\s+(?:(?:his|her|their)\s+)?(?:[\w’'-]+\s+){0,5}",
                text[self._last_person_end[0] : start],
            ):
                self.pairs.append((start, self._last_person_end[1], person))
            self._last_person_end = (start + len(name), person)

    def _scan_given_names(self, lo: int, hi: int) -> None:
        """ "Wynn's wife, Carol,", "her son, Tomás,": a relative named by one given name is a person."""
        for match in _KIN_GIVEN_NAME.finditer(self.text, lo, hi):
            name = match.group(2)
            if name.lower() in CAP_STOP or name.lower() in ORG_WORDS or name.lower() in self._token_index:
                continue
            kin = match.group(1).lower()
            person = Person(name, match.start(2), tokens=(name,))
            person.female = True if kin in FEMALE_KIN else False if kin in MALE_KIN else None
            self._by_key.setdefault(name_key(name), person)
            self.people.append(person)
            self._token_index.setdefault(name.lower(), []).append((match.start(2), person))
            self.person_positions.append((match.start(2), person))

    def _fuller_name(self, words: list[str]) -> Person | None:
        """ "Rana Azhar" after "Rana Muhammad Azhar Khokhar": the one person named before with a long name
        (four words or more, as South Asian and Arabic names run) that has these words, first word first."""
        if len(words) < 2:
            return None
        lowered = [w.lower() for w in words]
        found = {
            id(p): p
            for _, p in self._token_index.get(lowered[-1], [])
            if len(p.tokens) >= max(4, len(words) + 1)
            and p.tokens[0].lower() == lowered[0]
            and set(lowered) <= {t.lower() for t in p.tokens}
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def named_in(self, start: int, end: int) -> tuple[Person, ...]:
        """The people a stretch of text names by any of their names ("When Mikkel goes like that")."""
        words = {w.lower() for w in re.findall(r"[\w’'-]+", self.text[start:end])}
        return tuple(p for p in self.people if any(t.lower() in words for t in p.tokens))

    def full_name(self, core: str, at: int) -> Person | None:
        """The person a name or partial name stands for at offset ``at``."""
        key = name_key(core)
        if key in self._by_key:
            return self._by_key[key]
        words = core.split()
        if not words:
            return None
        if len(words) == 1:
            entries = self._token_index.get(words[0].lower())
            if not entries:
                return None
            before = [p for pos, p in entries if pos <= at]
            if len({id(p) for p in before}) > 1:
                owner = self._surname_owner(words[0], entries)
                if owner is not None and any(p is owner for p in before):
                    return owner
            return before[-1] if before else entries[0][1]
        last = self._token_index.get(words[-1].lower())
        if last:
            for _, person in reversed(last):
                if all(w.lower() in {t.lower() for t in person.tokens} for w in words):
                    return person
        return None

    def _surname_owner(self, token: str, entries: list[tuple[int, Person]]) -> Person | None:
        """Of several people sharing a surname ("Maialen Goñi" and her brother "Iker Goñi"), the one the
        article called by the surname alone first: the bare surname keeps meaning that person."""
        # full_name() is called for every mention: scan the article once per shared surname.
        if token not in self._surname_owners:
            self._surname_owners[token] = self._first_bare_use(token, entries)
        return self._surname_owners[token]

    def _first_bare_use(self, token: str, entries: list[tuple[int, Person]]) -> Person | None:
        pattern = re.compile(rf"(?<![\w-]){re.escape(token)}(?![\w-])")
        for lo, hi in self.spans:
            for match in pattern.finditer(self.text, lo, hi):
                before = self.text[max(lo, match.start() - 40) : match.start()].split()
                owners = [p for pos, p in entries if pos <= match.start()]
                if not owners:
                    continue
                if before and any(before[-1] == t for p in owners for t in p.tokens[:-1]):
                    continue  # inside a full name
                return owners[-1]
        return None

    def used_alone(self, person: Person, token: str) -> bool:
        """Whether the article refers to ``person`` by ``token`` alone ("Lindqvist said", "Mr. Lindqvist"),
        not just inside a full name ("Hanna Lindqvist") or as part of someone else's name."""
        pattern = re.compile(rf"(?<![\w-]){re.escape(token)}(?![\w-])")
        for lo, hi in self.spans:
            for match in pattern.finditer(self.text, lo, hi):
                at = match.start()
                index = bisect.bisect_right(self._positions, at)
                if index:
                    start, named = self.person_positions[index - 1]
                    if at < start + len(named.name):
                        continue  # inside a full name
                if self.full_name(token, at) is person:
                    return True
        return False

    def latest_person(self, at: int, *, role_word: str | None = None) -> Person | None:
        index = bisect.bisect_right(self._positions, at)
        for pos in range(index - 1, -1, -1):
            person = self.person_positions[pos][1]
            if role_word is None or (person.role and role_word in role_words(person.role)):
                return person
        return None

    def last_named(self, at: int, skip: tuple[Person, ...] = ()) -> Person | None:
        """The person whose name or surname occurs last before ``at``, other than those in ``skip``."""
        best: tuple[int, Person] | None = None
        for person in self.people:
            if any(person is other for other in skip):
                continue
            surname = re.compile(rf"\b{re.escape(person.tokens[-1])}\b")
            found = [m.start() for m in surname.finditer(self.text, 0, at)]
            if found and (best is None or found[-1] > best[0]):
                best = (found[-1], person)
        return best[1] if best else None

    def described(self, at: int, words: set[str], head: str) -> Person | None:
        """The person named before ``at`` whom the article describes by ``head`` and most of ``words``
        ("the Texas Republican", "the senator from Arizona")."""
        best: tuple[int, int, Person] | None = None
        index = bisect.bisect_right(self._positions, at)
        for pos in range(index - 1, -1, -1):
            position, person = self.person_positions[pos]
            nationality = words & DEMONYMS
            theirs = person.descriptors & DEMONYMS
            if nationality and theirs and not nationality & theirs:
                continue  # "the Russian minister" is not the Indian one
            counterpart = bool(nationality & theirs) and "counterpart" in person.descriptors
            if head not in person.descriptors and not counterpart:
                continue  # "his Russian counterpart Gennady Orlov" holds the office of the one he meets
            parties = words & _PARTIES
            if parties and person.descriptors & _PARTIES and not parties & person.descriptors:
                continue  # "the Democratic nominee" is not the Republican one
            score = len(words & person.descriptors) + 2 * len(nationality & theirs)
            if best is None or score > best[0]:
                best = (score, position, person)
        return best[2] if best else None

    def latest_pair(self, at: int) -> Person | None:
        """The first member of the latest "A and B" pair of people named before ``at``."""
        before = [pair for pair in self.pairs if pair[0] <= at]
        if not before:
            return None
        # The most talked-about pair: articles name bystanders in pairs too ("A and B attended").
        window = self.text[:at]

        def salience(pair: tuple[int, Person, Person]) -> int:
            return min(max(window.count(t) for t in p.tokens) for p in pair[1:])

        return max(reversed(before), key=salience)[1]

    def next_person(self, at: int, limit: int) -> Person | None:
        index = bisect.bisect_right(self._positions, at)
        if index < len(self.person_positions) and self.person_positions[index][0] < at + limit:
            return self.person_positions[index][1]
        return None

    # Outlets --------------------------------------------------------------------------------------
    def _scan_outlets(self, lo: int, hi: int) -> None:
        text = self.text
        for match in _OUTLET_RE.finditer(text, lo, hi):
            outlet = lookup_outlet(match.group())
            if outlet is None:
                continue
            self.outlet_mentions.append(OutletMention(match.start(), match.end(), outlet))
            # "Interfax, the private news agency," / "private news agency Interfax": learn the
            # description so that a later bare "the private news agency" resolves.
            after = _APPOSITIVE_AFTER.match(text, match.end(), min(hi, match.end() + 80))
            if after:
                self._descriptors.setdefault(name_key(after.group(1)), outlet)
            before = _DESCRIPTOR_BEFORE.search(text, max(lo, match.start() - 80), match.start())
            if before:
                self._descriptors.setdefault(name_key(before.group(1)), outlet)
            # "the Times" for The New York Times once the article has named it.
            last = outlet.name.split()[-1]
            if len(outlet.name.split()) > 1 and last[0].isupper() and len(last) >= 4:
                self._descriptors.setdefault(name_key(last), outlet)
        for key, outlet in self._descriptors.items():
            # "the private news agency", "the Times": descriptions learned from this article.
            words = r"[^\w]+".join(re.escape(w) for w in key.split())
            for match in re.finditer(rf"\b[Tt]he\s+{words}\b", text[lo:hi], re.I):
                start, end = lo + match.start(), lo + match.end()
                if not any(
                    m.start <= start + 4 < m.end or start <= m.start < end for m in self.outlet_mentions
                ):
                    self.outlet_mentions.append(OutletMention(start, end, outlet))

    def _scan_kind_references(self) -> None:
        """ "the newspaper", "the agency": the latest outlet of that kind the article named before."""
        found = []
        for lo, hi in self.spans:
            for match in _KIND_REFERENCE.finditer(self.text, lo, hi):
                start, end = match.start(), match.end()
                if any(m.start < end and start < m.end for m in self.outlet_mentions):
                    continue
                kinds = _REFERENCE_KINDS[match.group(1).lower().split()[-1]]
                before = [m for m in self.outlet_mentions if m.end <= start and m.outlet.kind in kinds]
                if before:
                    # The sentence's main outlet, not one named in a clause about it ("The tabloid Global
                    # Times, which is published by People's Daily, quoted …" … "told the paper").
                    last = before[-1]
                    same = [m for m in before if not self._sentence_between(m.end, last.start)]
                    found.append(OutletMention(start, end, same[0].outlet))
        self.outlet_mentions = sorted(self.outlet_mentions + found, key=lambda m: m.start)

    def _sentence_between(self, start: int, end: int) -> bool:
        """Whether a paragraph or sentence boundary lies between two offsets."""
        return "\n" in self.text[start:end] or len(sentences(self.text, self.text, start, end)) > 1

    def outlets_in(self, start: int, end: int) -> list[OutletMention]:
        return [m for m in self.outlet_mentions if start <= m.start and m.end <= end]

    def outlet_name(self, outlet: OutletInfo) -> str:
        """How this article names a known outlet ("AFP" in an article that never spells it out)."""
        # asked for every quotation an outlet carries: the mentions are all known once the scan is done
        if outlet.name not in self._outlet_names:
            mentions = [m for m in self.outlet_mentions if m.outlet is outlet]
            forms = {outlet_key(self.text[m.start : m.end]) for m in mentions}
            self._outlet_names[outlet.name] = name_as_given(outlet, forms)
        return self._outlet_names[outlet.name]

    def outlet_for(self, phrase: str) -> OutletInfo | None:
        phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(), flags=re.I)
        found = lookup_outlet(phrase)
        if found:
            return found
        return self._descriptors.get(name_key(phrase))


_ROLE_SUFFIX = re.compile(r"(?:er|or|ist|ian|ant|ent|man|woman|ee|ary)$")


def is_role_word(word: str) -> bool:
    """ "Surveyor", "Economist": capitalised at a sentence start, a role rather than a first name."""
    low = word.lower().rstrip(".")
    return low in TITLES or (len(low) > 5 and bool(_ROLE_SUFFIX.search(low)) and low not in _COMMON_NAMES)


_COMMON_NAMES = {
    "christian",
    "oliver",
    "jennifer",
    "christopher",
    "alexander",
    "peter",
    "walter",
    "esther",
    "heather",
    "roger",
    "victor",
    "trevor",
    "hunter",
    "parker",
    "taylor",
    "connor",
    "jasper",
    "brian",
    "adrian",
    "julian",
    "vivian",
    "lillian",
    "damian",
    "sebastian",
    "fabian",
    "vincent",
    "laurent",
    "clement",
    "grant",
    "bryant",
    "hillary",
    "mary",
    "gary",
    "harry",
    "larry",
    "jerry",
    "terry",
    "barry",
    "rosemary",
    "spencer",
    "kramer",
    "chandler",
    "fletcher",
    "homer",
    "skinner",
    "palmer",
}


_PARTIES = {"democrat", "republican", "independent"}
_PARTY_WORDS = {
    "republican",
    "republicans",
    "democrat",
    "democrats",
    "independent",
    "conservative",
    "liberal",
}
_APPOSITION = re.compile(
    r",[ \t]+((?:a|an|the)[ \t]+[^,.;:()\n“”\"]{2,80}?|[a-z][^,.;:()\n“”\"]{2,80}?)[ \t]*(?=[,.;])"
)
_TITLE_WORDS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "pres": "president",
    "gen": "general",
    "dr": "doctor",
    "prof": "professor",
    "del": "delegate",
    "gop": "republican",
    "democratic": "democrat",
}
_NOT_DESCRIPTORS = {
    "a",
    "an",
    "the",
    "of",
    "for",
    "from",
    "in",
    "at",
    "and",
    "who",
    "is",
    "was",
    "to",
    "on",
    "with",
}


def _leading_role(text: str, lo: int, start: int) -> list[str]:
    """The run of title and role words that ends right before a name ("Indiana Gov.", "GOP nominee")."""
    words = re.findall(r"[\w’'.-]+", text[max(lo, start - 60) : start])
    tail = text[max(lo, start - 60) : start]
    if tail and not tail[-1].isspace():
        return []
    run: list[str] = []
    for word in reversed(words):
        low = word.lower().rstrip(".")
        if (
            low in TITLES
            or low in _PARTIES
            or low in _ROLE_ADJECTIVES
            or is_role_word(word)
            or low == "counterpart"
            or (run and word[:1].isupper() and low not in CAP_STOP)
        ):
            run.insert(0, word)
            continue
        break
    # "his Russian counterpart Gennady Orlov": the office of the one he meets, with his nationality
    roles = TITLES | {"counterpart"}
    return run if any(w.lower().rstrip(".") in roles or is_role_word(w) for w in run) else []


def _is_role_phrase(phrase: str) -> bool:
    """ "a Democrat from Arizona", "the county's health director": a role, not a clause (", saying …")."""
    words = phrase.split()
    if not words or words[0].lower() not in {"a", "an", "the"}:
        return False
    head_part = re.split(r"\s+(?:of|from|for|at|in|on|with)\s+", phrase, maxsplit=1)[0].split()
    head = re.sub(r"[’']s$", "", head_part[-1].lower()) if head_part else ""
    return head in TITLES or head in _PARTIES or is_role_word(head)


_ROLE_ADJECTIVES = {
    "presidential",
    "vice",
    "former",
    "deputy",
    "acting",
    "chief",
    "senior",
    "gop",
    "state",
    "federal",
}


def describing_words(text: str) -> set[str]:
    """ "Sen.", "a Democrat from Arizona" -> {"senator", "democrat", "arizona"}."""
    words = set()
    for word in re.findall(r"[A-Za-z][\w-]*", text):
        low = word.lower()
        if low in _NOT_DESCRIPTORS:
            continue
        low = _TITLE_WORDS.get(low, low)
        plural = word.islower() and low.endswith("s") and not low.endswith("ss") and len(low) > 3
        words.add(low[:-1] if plural else low)
    return words


def role_words(role: str) -> set[str]:
    words = {w.lower().rstrip("s") for w in re.findall(r"[\w-]+", role)}
    if any(w.startswith("spokes") for w in words):
        words |= {"spokesman", "spokeswoman", "spokesperson"}
    return words


def _outlet_pattern() -> re.Pattern[str]:
    names = set()
    for outlet in KNOWN_OUTLETS:
        for name in (outlet.name, *outlet.aliases):
            names.add(name)
            if name.lower().startswith("the "):
                names.add(name[4:])
    ordered = sorted(names, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in ordered) + r")(?![\w-])")


_OUTLET_RE = _outlet_pattern()
# Generic nouns for an outlet of a kind ("told the newspaper", "the agency reported").
_REFERENCE_KINDS = {
    "newspaper": {"newspaper"},
    "paper": {"newspaper"},
    "daily": {"newspaper"},
    "broadcaster": {"broadcaster"},
    "channel": {"broadcaster"},
    "network": {"broadcaster"},
    "agency": {"news_agency"},
    "magazine": {"publisher"},
    "weekly": {"publisher", "newspaper"},
    "website": {"publisher"},
    "outlet": {"publisher", "newspaper", "broadcaster"},
}
_KIND_REFERENCE = re.compile(
    r"\b[Tt]he\s+(newspaper|paper|daily|broadcaster|channel|network|news\s+agency|agency|magazine|weekly|"
    r"website|outlet)\b"
)
_APPOSITIVE_AFTER = re.compile(
    r",\s+(?:the|a|an)\s+((?:[\w-]+\s+){0,4}(?:broadcaster|agency|newspaper|"
    r"daily|channel|network|outlet|tabloid|paper|broadsheet|site|website))\b"
)
_DESCRIPTOR_BEFORE = re.compile(
    r"(?:the\s+)?((?:[\w’'-]+\s+){0,4}(?:broadcaster|agency|newspaper|daily|"
    r"channel|network|outlet|tabloid|paper|broadsheet|website))\s+$"
)


_KIN_GIVEN_NAME = re.compile(
    r"(?:[A-Z][\w-]*[’']s|\b(?:[Hh]is|[Hh]er|[Tt]heir))\s+(?:\w+\s+)?("
    + "|".join(sorted(FEMALE_KIN | MALE_KIN))
    + r"),\s+([A-Z][a-zà-ÿ]+),"
)
# Initials that abbreviate a place or a body, never a person's given names ("U.N. Charter", "U.S. Army")
_PLACE_INITIALS = {"U.S.", "U.N.", "U.K.", "E.U.", "D.C.", "U.A.E.", "N.Y.", "L.A."}
