"""Batch 7 gold (articles 31-35), written and annotated by hand, independently of the extractor.

Row format as bench/fresh/gold_source.py / gold_batch5.py: (file, content, speakers, via, kind, optional).
`content` occurs exactly once in its file, or is given as (text, n) for the n-th occurrence (1-based).
BOILERPLATE lists the page-junk blocks of each file (each occurs exactly once).

Conventions followed: a direct quote's content is the text inside the marks (a trailing comma inside the
marks included); in `"A," she said. "B."` within one paragraph B is a separate optional item; an uncued
quote paragraph continuing the previous speaker is required; "via" is set only when the outlet is named in
the same sentence as the attribution; headlines, a deck, "declined to comment", single scare words and
quotes nested inside another speaker's quote are optional.
"""

F31 = "31_orsolan_earnings.txt"
F32 = "32_balcony_trial.txt"
F33 = "33_goni_fire_chef.txt"
F34 = "34_isfahan_drone_blast.txt"
F35 = "35_fenwick_bus_gate.txt"

ORSOLAN = ["Orsolan Semiconductor", "Orsolan", "the company", "company", "the chipmaker", "chipmaker"]
SOLBERG = ["Ingrid Solberg-Maas"]
VENKAT = ["Rajesh Venkataraman"]
JEFFERIES = ["Analysts at Jefferies", "Jefferies", "Marcus Oyelaran", "analysts"]
VASSEUR = ["Chloé Vasseur-Lambert", "Chloe Vasseur-Lambert"]
ORSOLAN_FILING = ORSOLAN + ["filing", "the filing"]

CASTANEDA = ["Noemí Castañeda", "Noemi Castaneda"]
OKAFOR = ["Martin Okafor"]
KOWALCZYK = ["Theresa Kowalczyk"]

GONI = ["Maialen Goñi", "Maialen Goni"]
IKER = ["Iker Goñi", "Iker Goni"]
KARMELE = ["Karmele Etxabe", "grandmother", "amona"]
FERRIER = ["Tom Ferrier-Hale"]

IRAN = ["Iran", "Tehran"]
IRAN_FM = ["Iran's foreign ministry", "Iranian foreign ministry", "foreign ministry", "Iran", "statement"]
KORKMAZ = ["Ahmet Korkmaz"]
NOURBAKHSH = ["Hamid Nourbakhsh"]
SENIOR = [
    "A senior Iranian security official",
    "senior Iranian security official",
    "Iranian security official",
    "senior official",
    "official",
]

MANOHARAN = ["Priya Manoharan"]
ALDOUS = ["Geoffrey Aldous"]
GALLAGHER = ["Siobhán Gallagher", "Siobhan Gallagher"]
YILDIRIM = ["Mehmet Yıldırım", "Mehmet Yildirim"]
STREETS = ["Kingsmere Streets for People", "campaign group", "the group", "group"]

ROWS = [
    # 31: earnings. Straight double quotes; headline scare word; "saying" after the main verb; CEO and CFO on
    # a call; the CEO as "the CEO"/"she"; a bank note "wrote in a note"; "writing that"; an SEC filing
    # ("disclosed that", "said in the filing"); a spokesperson who declined to comment.
    (F31, ("digestion", 1), ORSOLAN + SOLBERG, None, "direct", True),
    (
        F31,
        "some of its largest cloud customers were pausing orders for networking chips while they absorbed "
        "equipment bought earlier in the year",
        ORSOLAN,
        None,
        "indirect",
        False,
    ),
    (
        F31,
        "third-quarter revenue of $3.84 billion, up 22% from a year earlier",
        ORSOLAN,
        None,
        "indirect",
        True,
    ),
    (
        F31,
        "revenue of $3.6 billion to $3.75 billion for the current quarter",
        ORSOLAN,
        None,
        "indirect",
        True,
    ),
    (
        F31,
        "We are seeing a period of digestion at two of our hyperscale customers, and we're not going to "
        "pretend otherwise,",
        SOLBERG,
        None,
        "direct",
        False,
    ),
    (
        F31,
        "But digestion is not cancellation. The programs are intact, the design wins are intact, and we "
        "expect orders to recover in the first half of next year.",
        SOLBERG,
        None,
        "direct",
        True,
    ),
    (
        F31,
        "the slowdown was concentrated in the company's custom accelerator business and that demand for its "
        'optical networking products remained "extremely strong."',
        SOLBERG,
        None,
        "mixed",
        False,
    ),
    (
        F31,
        "gross margin would fall to about 61% in the fourth quarter, from 64.2% in the third, as lower "
        "volumes spread fixed factory costs over fewer units",
        VENKAT,
        None,
        "indirect",
        False,
    ),
    (F31, "Think of Q4 as the trough,", VENKAT, None, "direct", False),
    (F31, "No. Full stop,", SOLBERG, None, "direct", False),
    (
        F31,
        "When those customers come back, they come back to us, because the next generation of their systems "
        "is designed around our silicon.",
        SOLBERG,
        None,
        "direct",
        True,
    ),
    (
        F31,
        'the guidance "raises more questions than it answers" and that management had been "vague" about '
        "which "
        "customers were cutting back",
        JEFFERIES,
        None,
        "mixed",
        False,
    ),
    (F31, 'the pullback looked "cyclical, not structural."', VASSEUR, None, "mixed", False),
    (
        F31,
        "Investors have been paying for perfection, and this is not perfection,",
        VASSEUR,
        None,
        "direct",
        False,
    ),
    (F31, "It is, however, a long way from a collapse.", VASSEUR, None, "direct", True),
    (
        F31,
        "it had received a subpoena in September from the Commerce Department's Bureau of Industry and "
        "Security seeking information about shipments to distributors in Singapore and Malaysia",
        ORSOLAN_FILING,
        None,
        "indirect",
        False,
    ),
    (
        F31,
        "it was cooperating with the inquiry and did not believe it had violated export control rules",
        ORSOLAN_FILING,
        None,
        "indirect",
        False,
    ),
    (
        F31,
        "to comment on the subpoena beyond the filing",
        ["Orsolan spokesperson", "An Orsolan spokesperson", "spokesperson", "Orsolan"],
        None,
        "indirect",
        True,
    ),
    (
        F31,
        "it would cut about 4% of its workforce, or roughly 900 jobs, mostly in its legacy storage "
        "controller unit, and would record a restructuring charge of $85 million to $100 million",
        ORSOLAN_FILING,
        None,
        "indirect",
        False,
    ),
    (F31, "This isn't about the quarter,", VENKAT, None, "direct", False),
    (
        F31,
        "We've been carrying that storage business for too long, and this lets us put the money where the "
        "growth is.",
        VENKAT,
        None,
        "direct",
        True,
    ),
    # 32: criminal trial. Curly double quotes; closing arguments ("told the jury", "argued", "said in his
    # closing argument"); a written message quoted in court; testimony reported by the defence lawyer (nested:
    # the inner testimony is required, the lawyer's reminder optional); witnesses who "testified"; the judge;
    # a victim's mother as "she"; a prosecutors' office spokeswoman.
    (
        F32,
        "Pallister had knowingly used undersized joist hangers and skipped a required waterproofing membrane "
        "to save money, then signed off on the work as code-compliant",
        CASTANEDA,
        None,
        "indirect",
        False,
    ),
    (F32, "He didn’t make a mistake. He made a choice,", CASTANEDA, None, "direct", False),
    (
        F32,
        "He chose his profit margin over the lives of the people who would stand on that balcony.",
        CASTANEDA,
        None,
        "direct",
        True,
    ),
    (
        F32,
        "emails shown to jurors last week proved Pallister knew about the problem",
        CASTANEDA,
        None,
        "indirect",
        False,
    ),
    (F32, "a foreman to “use what we have on the truck”", ["Gregory Pallister"], None, "mixed", False),
    (
        F32,
        "the state had failed to prove his client acted recklessly and that the collapse was caused by years "
        "of water damage that the building’s owners and city inspectors had ignored",
        OKAFOR,
        None,
        "indirect",
        False,
    ),
    (
        F32,
        "Somebody has to be blamed when something this terrible happens. I understand that,",
        OKAFOR,
        None,
        "direct",
        False,
    ),
    (
        F32,
        "But the evidence in this room does not point to Greg Pallister. It points to five years of rot that "
        "nobody bothered to look at.",
        OKAFOR,
        None,
        "direct",
        True,
    ),
    (
        F32,
        "a city inspector, Darnell Hughes, had testified that he approved the balconies in 2019 after what "
        "he acknowledged was “a visual check from the ground.”",
        OKAFOR,
        None,
        "mixed",
        True,
    ),
    (
        F32,
        "he approved the balconies in 2019 after what he acknowledged was “a visual check from the ground.”",
        ["Darnell Hughes"],
        None,
        "mixed",
        False,
    ),
    (
        F32,
        "he heard “a crack like a gunshot” seconds before the floor dropped beneath him",
        ["Jamal Whitfield"],
        None,
        "mixed",
        False,
    ),
    (
        F32,
        "I remember looking up and seeing sky where the balcony above us should have been,",
        ["Jamal Whitfield"],
        None,
        "direct",
        False,
    ),
    (
        F32,
        "the hangers installed by Pallister’s crew were rated for less than half the load the balcony was "
        "designed to carry, and that it would “very likely” have survived despite the water damage had the "
        "correct hardware been used",
        ["Helena Brandt"],
        None,
        "mixed",
        False,
    ),
    (
        F32,
        "the defendant’s decision not to testify could not be held against him",
        KOWALCZYK,
        None,
        "indirect",
        False,
    ),
    (
        F32,
        "You are to decide this case on the evidence, and only on the evidence,",
        KOWALCZYK,
        None,
        "direct",
        False,
    ),
    (
        F32,
        "I’m not here for revenge. I’m here so that nobody else gets a phone call like the one I got,",
        ["Lucía Moreno", "Lucia Moreno"],
        None,
        "direct",
        False,
    ),
    (
        F32,
        "prosecutors would not speak publicly until a verdict had been reached",
        [
            "spokeswoman for the Lake County State’s Attorney’s Office",
            "spokeswoman",
            "Lake County State’s Attorney’s Office",
            "Lake County State's Attorney's Office",
            "State’s Attorney’s Office",
        ],
        None,
        "indirect",
        False,
    ),
    # 33: feature profile. Curly double quotes with British punctuation outside the marks; a quote running
    # over two paragraphs (first paragraph left open); a quote nested in single marks; pronoun speakers ("she
    # says"); a brother quoted; an uncued quote paragraph continuing the chef; a critic; a deck.
    (F33, "just a cook who likes smoke", GONI, None, "direct", True),
    (F33, "People think the fire is romantic,", GONI, None, "direct", False),
    (
        F33,
        "It isn’t. It’s a very demanding animal. If you feed it badly in the morning, it punishes you all "
        "night. I learned that from my amona – my grandmother – when I was maybe six years old, and I am "
        "still learning it.",
        GONI,
        None,
        "direct",
        True,
    ),
    (
        F33,
        "She cooked on a wood stove in Lekeitio until the day she died. She never measured anything. When I "
        "asked her how long to cook the hake, she said, ‘Until it’s ready, what a stupid question.’ I think "
        "about that every single service.",
        GONI,
        None,
        "direct",
        False,
    ),
    (F33, "Until it’s ready, what a stupid question.", KARMELE, None, "direct", True),
    (
        F33,
        "I don’t do tasting menus with 20 courses and a little speech for each one,",
        GONI,
        None,
        "direct",
        False,
    ),
    (
        F33,
        "I find it exhausting as a guest, so why would I do it to other people? You come, you eat turbot, "
        "you drink txakoli, you go home happy. That is the whole philosophy.",
        GONI,
        None,
        "direct",
        True,
    ),
    (
        F33,
        "his sister disappearing into their grandmother’s kitchen for entire summers",
        IKER,
        None,
        "indirect",
        True,
    ),
    (
        F33,
        "Maialen was never outside with the other kids. She was always next to the stove, getting shouted "
        "at,",
        IKER,
        None,
        "direct",
        False,
    ),
    (F33, "educational", GONI, None, "direct", True),
    (F33, "people were less frightened of burnt bits", GONI, None, "direct", False),
    (
        F33,
        "There was a night in December when I sat on the floor of the walk-in fridge and cried, because I "
        "had £400 in the account and a payroll of nine thousand,",
        GONI,
        None,
        "direct",
        False,
    ),
    (
        F33,
        "And the next morning the Michelin people called. I’m not joking. The timing was so stupid it was "
        "almost funny.",
        GONI,
        None,
        "direct",
        False,
    ),
    (
        F33,
        "the restaurant had “the confidence to put three perfect things on a plate and stop”",
        FERRIER,
        None,
        "mixed",
        False,
    ),
    (
        F33,
        "Most chefs her age are trying to impress you. Maialen is trying to feed you, and it’s a completely "
        "different experience,",
        FERRIER,
        None,
        "direct",
        False,
    ),
    (F33, "she has rejected offers to open in London, Dubai and New York", GONI, None, "indirect", False),
    (
        F33,
        "Every few months somebody comes with a lot of money and a PowerPoint,",
        GONI,
        None,
        "direct",
        False,
    ),
    (
        F33,
        "They want to put the fire in a shopping centre. I always say the same thing: the fire doesn’t "
        "travel. It belongs here.",
        GONI,
        None,
        "direct",
        True,
    ),
    (F33, "She would be horrified that I am writing a book,", GONI, None, "direct", False),
    # 34: security, wire copy. Straight double quotes; "accused ... of", "blamed ... for"; a ministry
    # statement carried by IRNA; a spokesman at a news conference; Israeli media citing officials; an
    # anonymous senior official told Al Jazeera; a readout of a call; "the two leaders agreed"; Iranian state
    # TV; Turkish media; the IAEA on X (with nested "Iranian authorities"); a market analyst.
    (F34, "Israel for blast at Isfahan drone plant", IRAN, None, "indirect", True),
    (F34, "restraint", ["Turkey"] + KORKMAZ, None, "indirect", True),
    (
        F34,
        "Israel on Wednesday of carrying out a drone attack on a military industrial site near the central "
        "city of Isfahan",
        IRAN,
        None,
        "indirect",
        False,
    ),
    (
        F34,
        'it reserved the right to respond "at a time and place of its choosing"',
        IRAN,
        None,
        "mixed",
        False,
    ),
    (
        F34,
        "both sides to step back from a wider confrontation",
        KORKMAZ + ["Turkey's president", "Turkey"],
        None,
        "indirect",
        False,
    ),
    (
        F34,
        "the attack late on Tuesday had targeted a workshop belonging to the defence ministry and caused "
        '"limited material damage" but no casualties',
        IRAN_FM,
        "IRNA",
        "mixed",
        False,
    ),
    (
        F34,
        "The Zionist regime will bear full responsibility for the consequences of this criminal act of "
        "aggression,",
        IRAN_FM,
        None,
        "direct",
        False,
    ),
    (
        F34,
        'Iran had "credible evidence" the drones were launched from inside Iranian territory by agents '
        "working "
        "for Israel",
        ["Hossein Rahimpour"],
        None,
        "mixed",
        False,
    ),
    (F34, "to comment", ["Israel's military", "Israeli military", "Israel"], None, "indirect", True),
    (
        F34,
        "the site was used to assemble long-range attack drones and that the strike had been carried out by "
        "small quadcopters",
        ["Israeli media", "unnamed security officials", "security officials", "officials"],
        None,
        "indirect",
        False,
    ),
    (F34, 'Tehran\'s response "will not be symbolic this time"', SENIOR, "Al Jazeera", "mixed", False),
    (F34, 'Iran had briefed "regional countries" on its findings', SENIOR, "Al Jazeera", "mixed", False),
    (
        F34,
        "We are not interested in war, but we will not allow anyone to play with our security,",
        SENIOR,
        None,
        "direct",
        False,
    ),
    (
        F34,
        'Turkey "stands against all attacks targeting the sovereignty of its neighbours"',
        KORKMAZ + ["readout"],
        None,
        "mixed",
        False,
    ),
    (
        F34,
        'a new round of tit-for-tat strikes "would serve no one but those who want to set the region on '
        'fire"',
        KORKMAZ + ["readout"],
        None,
        "mixed",
        False,
    ),
    (
        F34,
        "to stay in close contact and to convene a meeting of their foreign ministers in Ankara "
        '"as soon as possible"',
        ["The two leaders", "two leaders", "readout"] + KORKMAZ + NOURBAKHSH,
        None,
        "mixed",
        False,
    ),
    (
        F34,
        'Iran "will not remain silent" and that Muslim countries had a duty to confront Israel\'s '
        '"adventurism"',
        NOURBAKHSH,
        "Iranian state television",
        "mixed",
        False,
    ),
    (
        F34,
        "Foreign Minister Kerem Aksoylu had also spoken to his Saudi and Qatari counterparts on Wednesday "
        "and would travel to Doha later this week",
        ["Turkish media"],
        None,
        "indirect",
        False,
    ),
    (
        F34,
        "it had been informed by Iranian authorities that no nuclear site had been affected",
        ["International Atomic Energy Agency", "IAEA"],
        None,
        "indirect",
        False,
    ),
    (F34, "no nuclear site had been affected", ["Iranian authorities"], None, "indirect", True),
    (F34, "Israel for a fire at a missile fuel depot near Shiraz in March", IRAN, None, "indirect", False),
    (
        F34,
        "Markets had priced in a great deal of calm in the Gulf, and this is a reminder that it can "
        "disappear overnight,",
        ["Farida Al-Mansouri"],
        None,
        "direct",
        False,
    ),
    # 35: British local news. Curly single quotation marks with ’ apostrophes inside quotes (and ’ closing
    # them); "told the meeting", "said:"; a transport authority's report; a petition that "says"; a resident,
    # a trader; a campaign group "calling it" and "added:" in a statement; a council spokesperson.
    (
        F35,
        "the gate was needed to cut journey times on the number 12 and 14 routes, which carry around 9,000 "
        "passengers a day",
        MANOHARAN,
        None,
        "indirect",
        False,
    ),
    (
        F35,
        "At the moment a bus can take 25 minutes to travel less than a mile along Fenwick Road at peak "
        "times,",
        MANOHARAN,
        None,
        "direct",
        False,
    ),
    (
        F35,
        "That isn’t a bus service, it’s a car park with passengers in it.",
        MANOHARAN,
        None,
        "direct",
        True,
    ),
    (
        F35,
        "the trial would be ‘properly monitored’ and the council would ‘listen and adjust’ if the data "
        "showed it was not working",
        MANOHARAN,
        None,
        "mixed",
        False,
    ),
    (
        F35,
        "bus journey times along the corridor could fall by up to a third",
        ["Northvale Combined Transport Authority", "transport authority", "report"],
        None,
        "indirect",
        False,
    ),
    (F35, "the council had ‘ridden roughshod’ over local people", ALDOUS, None, "mixed", False),
    (
        F35,
        "Four thousand people have told you this is a bad idea, and you’ve decided you know better,",
        ALDOUS,
        None,
        "direct",
        False,
    ),
    (F35, "Don’t be surprised if they remember that in May.", ALDOUS, None, "direct", True),
    (
        F35,
        "the gate will ‘push thousands of cars onto narrow residential streets’ and ‘cut off’ the east of "
        "the city from St Aidan’s Hospital",
        ["The petition", "petition"] + GALLAGHER,
        None,
        "mixed",
        False,
    ),
    (
        F35,
        "Nobody’s against buses. We’re against a scheme designed by people who’ve never had to drive an "
        "elderly parent to St Aidan’s at eight in the morning.",
        GALLAGHER,
        None,
        "direct",
        False,
    ),
    (F35, "trade had already dropped since roadworks began in the summer", YILDIRIM, None, "indirect", False),
    (
        F35,
        "If people can’t park and can’t drive past, they go to the big supermarket instead. It’s a slow "
        "death for this end of town,",
        YILDIRIM,
        None,
        "direct",
        False,
    ),
    (F35, "the vote", STREETS, None, "indirect", True),
    (
        F35,
        "it ‘a small but important step towards a city where children can walk to school safely’",
        STREETS,
        None,
        "mixed",
        False,
    ),
    (
        F35,
        "We would urge the council to go further and extend the trial to Station Road, where air pollution "
        "regularly exceeds legal limits.",
        STREETS + ["statement"],
        None,
        "direct",
        False,
    ),
    (
        F35,
        "signs would go up in February and that drivers caught in the first month would receive warning "
        "letters rather than fines",
        [
            "council spokesperson",
            "A council spokesperson",
            "spokesperson",
            "Kingsmere City Council",
            "council",
        ],
        None,
        "indirect",
        False,
    ),
]

BOILERPLATE = {
    F31: [
        "MarketWire Daily\nMarkets | Companies | Tech | Economy | Personal Finance | Opinion | Video\n"
        "Sign in | Subscribe",
        "TECHNOLOGY",
        "By Priya Raghunathan and Tobias Lindqvist\n"
        "MWD/TECH | Filed Nov. 7, 2024, 6:52 p.m. ET | Updated 9:15 p.m. ET",
        "Orsolan Semiconductor Chief Executive Ingrid Solberg-Maas at the company's investor day in San "
        "Jose, California, in March. Photo: Kevin Duarte/MarketWire",
        "Advertisement",
        "Read more: Cloud giants' capex boom shows first signs of cooling, survey finds",
        "Related coverage\n"
        "- Chip stocks wobble as Nvidia supplier says orders 'normalizing'\n"
        "- Orsolan says export probe will not affect 2025 outlook\n"
        '- "We are not in a bubble," says chip-equipment chief\n'
        "- Analysis: How long can the AI spending spree last?",
        "Topics: Semiconductors, Earnings, Orsolan Semiconductor, Data centers, Export controls",
        "The Closing Bell newsletter: what moved markets today and why, every weekday at 5 p.m. Sign up\n\n"
        "© 2024 MarketWire Daily. All rights reserved. Terms | Privacy | Cookie settings",
    ],
    F32: [
        "THE LAKESHORE LEDGER\nNews · Courts · Politics · Business · Sports · Obituaries · e-Edition\n"
        "Subscribe now: 99¢ for your first month",
        "COURTS",
        "Colleen Ashby-Rhodes | cashby@lakeshoreledger.com\nPublished 4:38 p.m. CT Oct. 17, 2024",
        "Gregory Pallister listens as Assistant District Attorney Noemí Castañeda delivers her closing "
        "argument in Lake County Circuit Court on Thursday. (Pool photo by Ana Lucía Ferraro/The Lakeshore "
        "Ledger)",
        "Advertisement",
        "RELATED\n"
        "• Harborview tenants say they reported sagging balconies months before collapse\n"
        "• City to audit 1,200 balconies after deadly Waukegan collapse\n"
        "• ‘It was like an earthquake’: Witnesses describe moment balcony gave way\n\n"
        "Contact Colleen Ashby-Rhodes at 847-555-0148 or follow her on X @ColleenAR_Ledger.",
    ],
    F33: [
        "Weekend | Food & drink | Features",
        "Harriet Oduya-Kemp\nSat 8 Mar 2025 07.00 GMT",
        "Maialen Goñi at the grill in Sutondo’s open kitchen, Bristol. Photograph: Tomás Arbeloa/Weekend",
        "Sutondo, 114 Stokes Croft, Bristol BS1. Open Wednesday to Sunday; mains from £24.\n\n"
        "Sign up to Feast: the best of our food writing, recipes and restaurant reviews, every Saturday",
    ],
    F34: [
        "Levant Press Agency\nHome > World > Middle East > Iran\n"
        "Latest | Markets | Gulf | Türkiye | Iran | Israel | Opinion",
        "By Nadia Haddad and Emre Koçak\nDUBAI/ANKARA, June 4 (LPA) -",
        "A plume of smoke rises over an industrial area on the outskirts of Isfahan, Iran, June 3, 2024, in "
        "this screen grab from a video obtained by LPA. LPA/via social media",
        "Read more: Explainer - What is in Isfahan, and why does it keep being hit?",
        "(Reporting by Nadia Haddad in Dubai, Emre Koçak in Ankara and Parisa Jahanbani in London; Writing "
        "by "
        "Tom Ellery; Editing by Sarah Nakamura)\n\n"
        "Related stories\n"
        '- Israel says it will "act wherever necessary" against Iranian drone threat\n'
        "- Iran's Nourbakhsh says Tehran open to talks with Gulf neighbours\n"
        "- Turkey, Iran agree to boost border security cooperation\n"
        "- Oil climbs as Middle East tensions flare\n\n"
        "Advertisement\n\n"
        "Sign up for Mideast Brief, our daily newsletter on the region's politics and economy.\n"
        "Our Standards: The LPA Trust Principles.",
    ],
    F35: [
        "Kingsmere Evening Echo\n"
        "News | Sport | What’s On | Property | Jobs | Announcements | Family Notices | E-edition\n"
        "Kingsmere News",
        "By Eleanor Whitcombe, Local Democracy Reporting Service\n11:42, 14 NOV 2024 | Updated 16:05, 14 NOV "
        "2024",
        "Fenwick Road at rush hour. The bus gate would sit between Dale Street and the railway bridge "
        "(Image: Kingsmere Evening Echo)",
        "READ MORE: Kingsmere’s worst roads for congestion revealed – is yours on the list?",
        "Advertisement",
        "Do you live or work on Fenwick Road? Get in touch at news@kingsmere-echo.co.uk\n\n"
        "Most Read\n"
        "1. ‘I was told to wait eight hours’: Pensioner’s A&E ordeal\n"
        "2. Council says Christmas market will return to Cathedral Square\n"
        "3. Police appeal after car crashes into Dale Street shop\n"
        "4. Kingsmere Rovers boss says ‘we need bodies’ ahead of derby\n\n"
        "Sign up to the Echo’s daily newsletter for the latest news straight to your inbox\n\n"
        "Comments are closed on this article.",
    ],
}
