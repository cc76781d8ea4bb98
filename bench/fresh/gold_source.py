"""Hand-made gold for bench/fresh/texts: news articles the QuoteTrail developers wrote for measuring.

Each row: file, the exact content text, the acceptable canonical speaker names, the intermediary (or None),
the kind, and whether the attribution is optional (neither rewarded nor punished). Offsets are found in the
text by `make_gold()`, so the rows stay readable.
"""

ROWS = [
    # 01: local news, role nouns, a statement, pronouns, a mayor as role noun.
    ("01_water_rates.txt", "the city's utility board decided on Tuesday", None, None, "indirect", True),
    (
        "01_water_rates.txt",
        "the increase was needed to replace pipes that are more than 80 years old",
        ["Helen Okoro"],
        None,
        "indirect",
        False,
    ),
    (
        "01_water_rates.txt",
        "We are patching a system that should have been replaced a generation ago,",
        ["Helen Okoro"],
        None,
        "direct",
        False,
    ),
    (
        "01_water_rates.txt",
        "the average household would pay about $6 more a month",
        ["Helen Okoro"],
        None,
        "indirect",
        False,
    ),
    (
        "01_water_rates.txt",
        "the utility had not done enough to cut costs",
        ["Victor Lang"],
        None,
        "indirect",
        False,
    ),
    (
        "01_water_rates.txt",
        "Before we ask families to pay more, we should look at our own spending,",
        ["Victor Lang"],
        None,
        "direct",
        False,
    ),
    (
        "01_water_rates.txt",
        "the city had lost nearly a fifth of its treated water to leaks last year",
        ["Paul Dressler"],
        None,
        "indirect",
        False,
    ),
    (
        "01_water_rates.txt",
        'the board had "ignored the people who can least afford it."',
        ["coalition of neighbourhood groups", "coalition"],
        None,
        "mixed",
        False,
    ),
    (
        "01_water_rates.txt",
        "she understood the frustration but supported the repairs",
        ["Ruth Alvarez"],
        None,
        "indirect",
        False,
    ),
    ("01_water_rates.txt", "Nobody likes a bigger bill,", ["Ruth Alvarez"], None, "direct", False),
    ("01_water_rates.txt", "But nobody likes brown water either.", ["Ruth Alvarez"], None, "direct", True),
    # 02: wire copy, a dateline, social media, via TASS and ERR, anonymous officials.
    (
        "02_wire_summit.txt",
        "European leaders agreed early on Friday to extend sanctions on Moscow for another six months",
        ["diplomats"],
        None,
        "indirect",
        False,
    ),
    (
        "02_wire_summit.txt",
        "Europe is united and will remain united,",
        ["Charles Michel"],
        None,
        "direct",
        False,
    ),
    (
        "02_wire_summit.txt",
        'sanctions had "failed" and were hurting European economies more than Russia',
        ["Viktor Orban"],
        None,
        "mixed",
        False,
    ),
    (
        "02_wire_summit.txt",
        "Orban eventually dropped his objection",
        ["two officials familiar with the talks", "officials"],
        None,
        "indirect",
        False,
    ),
    (
        "02_wire_summit.txt",
        'the decision showed Europe\'s "dependence on Washington,"',
        ["Kremlin"],
        "TASS",
        "mixed",
        False,
    ),
    ("02_wire_summit.txt", 'the outcome "a clear signal."', ["Olaf Scholz"], None, "mixed", False),
    ("02_wire_summit.txt", "the bloc would not be divided", ["Olaf Scholz"], None, "indirect", False),
    ("02_wire_summit.txt", 'Russia was "betting on our fatigue."', ["Kaja Kallas"], None, "mixed", False),
    ("02_wire_summit.txt", "We must prove them wrong,", ["Kaja Kallas"], "ERR", "direct", False),
    # 03: business, an interview, analysts, a survey as source, pronouns.
    (
        "03_startup.txt",
        "it had raised $200 million from investors led by Northgate Capital",
        ["Voltaic Systems"],
        None,
        "indirect",
        False,
    ),
    (
        "03_startup.txt",
        "The company plans to use the money to build a second factory",
        ["Maya Chen"],
        None,
        "indirect",
        False,
    ),
    (
        "03_startup.txt",
        "Demand is running well ahead of what we can make,",
        ["Maya Chen"],
        None,
        "direct",
        False,
    ),
    (
        "03_startup.txt",
        "the deal showed continued appetite for energy storage despite higher interest rates",
        ["Analysts"],
        None,
        "indirect",
        False,
    ),
    ("03_startup.txt", "Storage is where solar was ten years ago,", ["Daniel Ruiz"], None, "direct", False),
    ("03_startup.txt", "the market to triple by 2030", ["Daniel Ruiz"], None, "indirect", True),
    (
        "03_startup.txt",
        "prices for lithium could rise again, squeezing margins",
        ["Some fund managers", "fund managers"],
        None,
        "indirect",
        False,
    ),
    ("03_startup.txt", "those concerns", ["Maya Chen"], None, "indirect", True),
    (
        "03_startup.txt",
        "Voltaic's batteries use less lithium than rival designs",
        ["Maya Chen"],
        None,
        "indirect",
        False,
    ),
    ("03_startup.txt", "to disclose its valuation", ["Voltaic Systems", "company"], None, "indirect", True),
    # 04: local protest, residents, a councillor via a paper, a head teacher.
    (
        "04_school.txt",
        "the school costs twice as much per pupil as the county average",
        ["Council officials"],
        None,
        "indirect",
        False,
    ),
    ("04_school.txt", "This school is the heart of the village,", ["Sarah Pike"], None, "direct", False),
    ("04_school.txt", "Closing it would tear the community apart.", ["Sarah Pike"], None, "direct", True),
    (
        "04_school.txt",
        "the council had underestimated the cost of transporting children",
        ["Graham Holt"],
        None,
        "indirect",
        False,
    ),
    ("04_school.txt", "Those buses are not free,", ["Graham Holt"], None, "direct", False),
    ("04_school.txt", "no decision had been made", ["Amir Shah"], None, "indirect", False),
    (
        "04_school.txt",
        "the council would listen to parents before voting in March",
        ["Amir Shah"],
        "Ashford Gazette",
        "indirect",
        False,
    ),
    ("04_school.txt", "to comment on the proposal", ["Jane Marsh"], None, "indirect", True),
    (
        "04_school.txt",
        "A petition against the closure has gathered more than 3,000 signatures",
        ["organisers"],
        None,
        "indirect",
        False,
    ),
    # 05: science, a study as source, a lead author, a sceptic via a magazine, the UN.
    (
        "05_science.txt",
        "Coral reefs in parts of the Pacific are recovering from bleaching faster than scientists had "
        "predicted",
        ["a new study", "study"],
        None,
        "indirect",
        False,
    ),
    (
        "05_science.txt",
        "coral cover on reefs around Palau had returned to pre-bleaching levels within seven years",
        ["study"],
        None,
        "indirect",
        False,
    ),
    ("05_science.txt", "We were genuinely surprised,", ["Lena Fischer"], None, "direct", False),
    (
        "05_science.txt",
        "These reefs seem to have a resilience we did not expect.",
        ["Lena Fischer"],
        None,
        "direct",
        True,
    ),
    (
        "05_science.txt",
        "the findings did not mean reefs elsewhere would recover as quickly",
        ["Lena Fischer"],
        None,
        "indirect",
        False,
    ),
    (
        "05_science.txt",
        "Rising ocean temperatures remain the greatest threat",
        ["Lena Fischer"],
        None,
        "indirect",
        False,
    ),
    ("05_science.txt", "the sample was small", ["Tom Walsh"], None, "indirect", False),
    ("05_science.txt", "Palau is a special case,", ["Tom Walsh"], "Science Weekly", "direct", False),
    (
        "05_science.txt",
        "I would not draw global conclusions from it.",
        ["Tom Walsh"],
        "Science Weekly",
        "direct",
        True,
    ),
    (
        "05_science.txt",
        "up to 90 percent of the world's coral reefs could disappear by 2050 if warming is not limited",
        ["United Nations"],
        None,
        "indirect",
        False,
    ),
]


def make_gold(texts_dir) -> dict:
    """The gold in the format of ../shared/eval/README.md, offsets found in the texts."""
    from pathlib import Path

    articles: dict[str, dict] = {}
    for file, content, speakers, via, kind, optional in ROWS:
        text = (Path(texts_dir) / file).read_text(encoding="utf-8")
        start = text.find(content)
        if start < 0 or text.find(content, start + 1) >= 0:
            raise ValueError(f"{file}: the gold text must occur exactly once: {content!r}")
        article = articles.setdefault(file, {"file": file, "boilerplate": [], "quotes": []})
        article["quotes"].append(
            {
                "kind": kind,
                "start": start,
                "end": start + len(content),
                "text": content,
                "speakers": speakers,
                "source": None,
                "via": via,
                "optional": optional,
            }
        )
    return {"articles": list(articles.values())}
