"""Hand-made gold for bench/fresh/texts: news articles the QuoteTrail developers wrote for measuring.

Batches 1–4 (articles 01–20) are below; batches 5–19 (articles 21–95) are in gold_batch5.py …
gold_batch19.py, written and annotated by helpers who never saw the extractor's code or output. Batches
17, 18 and 19 are held out: only their totals have been read, never their errors. Batches 9 and 10 were held
out until 2026-12-02, batches 11 and 12 until later that day, batches 13 and 14 until the start of 1.7.0's
work, batches 15 and 16 until the start of 1.8.0's; each became development material when newer batches
took its place.

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
        ["a new study", "new study", "study"],
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
    # Second batch, written and annotated after extractor work on the first batch had begun.
    # 06: a court ruling, a statement, a trade group, an advocate via AP.
    (
        "06_court.txt",
        "the law was likely to violate the First Amendment",
        ["Karen Whitley"],
        None,
        "indirect",
        False,
    ),
    (
        "06_court.txt",
        "The state may protect children, but it may not do so by burdening the speech of everyone,",
        ["Karen Whitley"],
        None,
        "direct",
        False,
    ),
    ("06_court.txt", "he would appeal", ["Mark Delaney"], None, "indirect", False),
    (
        "06_court.txt",
        "This law protects kids, and we will defend it all the way to the Supreme Court,",
        ["Mark Delaney"],
        None,
        "direct",
        False,
    ),
    ("06_court.txt", "the decision", ["NetChoice"], None, "indirect", True),
    ("06_court.txt", 'the ruling "a win for every internet user."', ["Chris Marchese"], None, "mixed", False),
    (
        "06_court.txt",
        'parents had been left "without the tools they need."',
        ["Laura Kim"],
        "Associated Press",
        "mixed",
        False,
    ),
    # 07: a letter seen by a paper, a union body, a ministry spokesperson after a colon, an anonymous nurse.
    (
        "07_hospital.txt",
        "Northside General Hospital could be forced to cancel operations this winter because of a "
        "shortage of nurses",
        ["Priya Nair"],
        None,
        "indirect",
        False,
    ),
    (
        "07_hospital.txt",
        'the hospital was "operating on the edge" and had 300 nursing vacancies',
        ["Priya Nair"],
        "Evening Standard",
        "mixed",
        False,
    ),
    (
        "07_hospital.txt",
        "agency staff were costing the hospital £2 million a month",
        ["Priya Nair"],
        None,
        "indirect",
        False,
    ),
    (
        "07_hospital.txt",
        "the government to speed up visas for overseas nurses",
        ["Priya Nair"],
        None,
        "indirect",
        False,
    ),
    (
        "07_hospital.txt",
        'the figures were "deeply worrying but sadly not surprising."',
        ["Royal College of Nursing"],
        None,
        "mixed",
        False,
    ),
    (
        "07_hospital.txt",
        "We are recruiting record numbers of nurses and have invested an extra £500 million in the "
        "workforce this year.",
        ["Department of Health spokesperson", "Department of Health"],
        None,
        "direct",
        False,
    ),
    ("07_hospital.txt", "staff were exhausted", ["nurse", "One nurse"], None, "indirect", False),
    ("07_hospital.txt", "We are running on empty,", ["nurse", "One nurse"], None, "direct", False),
    ("07_hospital.txt", "People are leaving every week.", ["nurse", "One nurse"], None, "direct", True),
    (
        "07_hospital.txt",
        "an independent review of staffing levels",
        ["Patients' groups"],
        None,
        "indirect",
        True,
    ),
    # 08: sport, a club statement, a chairman, a manager via a paper, a captain on social media.
    (
        "08_football.txt",
        '"results have fallen well short of expectations."',
        ["Harbourside Rovers", "club"],
        None,
        "direct",
        False,
    ),
    (
        "08_football.txt",
        'the decision had been "the hardest of my time at the club."',
        ["Derek Bloom"],
        None,
        "mixed",
        False,
    ),
    (
        "08_football.txt",
        "a new manager would be appointed within two weeks",
        ["Derek Bloom"],
        None,
        "indirect",
        False,
    ),
    ("08_football.txt", "he was proud of his players", ["Luis Ortega"], None, "indirect", False),
    (
        "08_football.txt",
        "I gave everything to this club,",
        ["Luis Ortega"],
        "Harbourside Echo",
        "direct",
        False,
    ),
    ("08_football.txt", "I leave with my head high.", ["Luis Ortega"], "Harbourside Echo", "direct", True),
    ("08_football.txt", 'the squad "let him down."', ["James Okafor"], None, "mixed", False),
    # 09: conflict, both sides, a ministry spokesman, a statement carried by a state agency,
    # the UN, an analyst.
    (
        "09_border.txt",
        "Troops from the two countries clashed overnight along a disputed stretch of their border",
        ["officials from both sides", "officials"],
        None,
        "indirect",
        False,
    ),
    (
        "09_border.txt",
        "three of its soldiers had been wounded when troops from neighbouring Valdor crossed the line "
        "of control",
        ["defence ministry in Kesh", "defence ministry"],
        None,
        "indirect",
        False,
    ),
    ("09_border.txt", "Our forces responded in self-defence,", ["Arman Tevosian"], None, "direct", False),
    (
        "09_border.txt",
        "the account",
        ["Valdor's foreign ministry", "foreign ministry"],
        None,
        "indirect",
        True,
    ),
    (
        "09_border.txt",
        'Kesh had "provoked the incident" and warned of "a firm response."',
        ["Valdor's foreign ministry", "foreign ministry", "Valdor"],
        "VNA",
        "mixed",
        False,
    ),
    ("09_border.txt", "both sides to show restraint", ["Stephane Dujarric"], None, "indirect", False),
    ("09_border.txt", "Dialogue is the only way forward,", ["Stephane Dujarric"], None, "direct", False),
    (
        "09_border.txt",
        "the clashes made a breakthrough at next week's talks less likely",
        ["Regional analysts", "analysts"],
        None,
        "indirect",
        False,
    ),
    (
        "09_border.txt",
        "Both governments are under domestic pressure to look tough,",
        ["Elena Marsh"],
        None,
        "direct",
        False,
    ),
    ("09_border.txt", "That makes compromise harder.", ["Elena Marsh"], None, "direct", True),
    # 10: local politics, a council leader, an opposition leader, a resident, a spokesman, a developer.
    (
        "10_housing.txt",
        "Work will begin next year on 500 homes on the site of the old Bradley ironworks",
        ["city council", "council"],
        None,
        "indirect",
        False,
    ),
    (
        "10_housing.txt",
        "at least a third of the homes would be affordable",
        ["Fatima Hussain"],
        None,
        "indirect",
        False,
    ),
    (
        "10_housing.txt",
        "Young families are being priced out of this city, and we are determined to change that,",
        ["Fatima Hussain"],
        None,
        "direct",
        False,
    ),
    ("10_housing.txt", "the timetable", ["Opposition councillors"], None, "indirect", True),
    ("10_housing.txt", "similar promises had been made before", ["Ian Pratt"], None, "indirect", False),
    ("10_housing.txt", "I will believe it when I see the bricks,", ["Ian Pratt"], None, "direct", False),
    (
        "10_housing.txt",
        'the roads were already "gridlocked at rush hour."',
        ["Margaret Wells"],
        None,
        "mixed",
        False,
    ),
    (
        "10_housing.txt",
        "a transport study would be published before construction began",
        ["council spokesman", "spokesman"],
        None,
        "indirect",
        False,
    ),
    (
        "10_housing.txt",
        "it expected the first residents to move in by 2027",
        ["Stonebridge Homes"],
        None,
        "indirect",
        False,
    ),
    # Third batch, written and annotated late in the session, scored once at its end.
    # 11: an airline outage, a video statement, a stranded passenger, a union leader via a paper.
    (
        "11_airline.txt",
        "SkyBridge Airlines cancelled more than 400 flights on Monday after a computer failure grounded "
        "its fleet for several hours",
        ["SkyBridge Airlines", "company"],
        None,
        "indirect",
        False,
    ),
    (
        "11_airline.txt",
        "We know how disruptive this has been, and we are sorry,",
        ["Daniel Frost"],
        None,
        "direct",
        False,
    ),
    (
        "11_airline.txt",
        "the outage had been caused by a faulty software update, not a cyberattack",
        ["Daniel Frost"],
        None,
        "indirect",
        False,
    ),
    ("11_airline.txt", "Nobody could tell us anything,", ["Angela Ruiz"], None, "direct", False),
    ("11_airline.txt", "We have been here since six this morning.", ["Angela Ruiz"], None, "direct", True),
    (
        "11_airline.txt",
        "it was monitoring the situation",
        ["Federal Aviation Administration"],
        None,
        "indirect",
        False,
    ),
    (
        "11_airline.txt",
        "the outage showed the airline had underinvested in its systems",
        ["Union officials"],
        None,
        "indirect",
        False,
    ),
    (
        "11_airline.txt",
        "crews had warned management about the problem last year",
        ["Rob Ellis"],
        "Denver Post",
        "indirect",
        False,
    ),
    (
        "11_airline.txt",
        "most flights would run normally on Tuesday",
        ["SkyBridge Airlines", "airline"],
        None,
        "indirect",
        False,
    ),
    # 12: politics abroad, a demand, a prime minister in parliament, a party leader via a paper, an
    # analyst, a poll.
    ("12_election.txt", ("an early election", 1), ["Martina Novak"], None, "indirect", False),
    (
        "12_election.txt",
        'the governing coalition had "lost the trust of the country."',
        ["Martina Novak"],
        None,
        "mixed",
        False,
    ),
    ("12_election.txt", "to walk out over the budget", ["Green Alliance"], None, "indirect", True),
    ("12_election.txt", "the call", ["Tomas Berger"], None, "indirect", True),
    (
        "12_election.txt",
        "The government has a majority and a mandate,",
        ["Tomas Berger"],
        None,
        "direct",
        False,
    ),
    ("12_election.txt", "We will use both.", ["Tomas Berger"], None, "direct", True),
    (
        "12_election.txt",
        "her party had not yet decided whether to leave the coalition",
        ["Sofia Lind"],
        None,
        "indirect",
        False,
    ),
    (
        "12_election.txt",
        "talks with the prime minister would continue on Friday",
        ["Sofia Lind"],
        "Dnevnik",
        "indirect",
        False,
    ),
    (
        "12_election.txt",
        "an early election was unlikely before the summer",
        ["Ivan Petrovic"],
        None,
        "indirect",
        False,
    ),
    (
        "12_election.txt",
        "Nobody in the coalition wants to face voters right now,",
        ["Ivan Petrovic"],
        None,
        "direct",
        False,
    ),
    (
        "12_election.txt",
        "the opposition ahead by six points",
        ["poll", "poll published on Monday by the Ipsos agency"],
        None,
        "indirect",
        False,
    ),
    # 13: a wildfire, a fire chief to reporters, the weather service, a governor's statement, an evacuee.
    (
        "13_wildfire.txt",
        "More than 5,000 residents were ordered to leave their homes on Sunday as a wildfire spread "
        "across the hills north of Santa Clara",
        ["officials"],
        None,
        "indirect",
        False,
    ),
    (
        "13_wildfire.txt",
        "This fire is moving fast and it is unpredictable,",
        ["Maria Gonzalez"],
        None,
        "direct",
        False,
    ),
    ("13_wildfire.txt", "If you are told to go, go now.", ["Maria Gonzalez"], None, "direct", True),
    (
        "13_wildfire.txt",
        "the fire had burned about 12,000 acres and was 10 percent contained",
        ["Maria Gonzalez"],
        None,
        "indirect",
        False,
    ),
    (
        "13_wildfire.txt",
        "no deaths had been reported, but two firefighters had suffered minor injuries",
        ["Maria Gonzalez"],
        None,
        "indirect",
        False,
    ),
    (
        "13_wildfire.txt",
        "gusts of up to 50 miles per hour were expected overnight",
        ["National Weather Service"],
        None,
        "indirect",
        False,
    ),
    (
        "13_wildfire.txt",
        'the state would "use every resource available" to protect residents',
        ["Alan Price"],
        None,
        "mixed",
        False,
    ),
    ("13_wildfire.txt", "We grabbed the kids and the dog and left,", ["Kevin Tran"], None, "direct", False),
    ("13_wildfire.txt", "I don't know if the house is still there.", ["Kevin Tran"], None, "direct", True),
    # 14: trade, a ministry, a spokeswoman at a briefing, a state paper citing experts, the U.S. side,
    # the EU, analysts.
    (
        "14_trade.txt",
        'it would take "all necessary measures" to protect its companies',
        ["China's commerce ministry", "commerce ministry"],
        None,
        "mixed",
        False,
    ),
    (
        "14_trade.txt",
        "the tariffs violated World Trade Organization rules",
        ["He Yadong"],
        None,
        "indirect",
        False,
    ),
    ("14_trade.txt", "This is a typical act of protectionism,", ["He Yadong"], None, "direct", False),
    (
        "14_trade.txt",
        "Beijing could target American farm products in response",
        ["Global Times", "unnamed experts"],
        None,
        "indirect",
        False,
    ),
    (
        "14_trade.txt",
        'Chinese subsidies had created "unfair competition" that threatened American jobs',
        ["Katherine Tai"],
        None,
        "mixed",
        False,
    ),
    (
        "14_trade.txt",
        'Brussels was studying the U.S. decision and would "act in its own interests."',
        ["spokesman for the European Commission", "European Commission"],
        None,
        "mixed",
        False,
    ),
    (
        "14_trade.txt",
        "the tariffs would have a limited effect on China's overall exports, which are mostly sold to "
        "other markets",
        ["Analysts at Capital Economics", "Capital Economics", "Analysts"],
        None,
        "indirect",
        False,
    ),
    # 15: a restitution, a director, a Nigerian official, a campaign group, the British Museum.
    ("15_museum.txt", 'the return was "the right thing to do."', ["Chris Breward"], None, "mixed", False),
    (
        "15_museum.txt",
        "the museum had worked closely with Nigerian officials for two years",
        ["Chris Breward"],
        None,
        "indirect",
        False,
    ),
    ("15_museum.txt", "Today we welcome home our ancestors,", ["Abba Isa Tijani"], None, "direct", False),
    (
        "15_museum.txt",
        "the return did not go far enough",
        ["Some campaigners", "campaigners"],
        None,
        "indirect",
        False,
    ),
    (
        "15_museum.txt",
        "thousands more objects remained in British collections",
        ["Restore Africa"],
        None,
        "indirect",
        False,
    ),
    (
        "15_museum.txt",
        "it is prevented by law from returning them permanently",
        ["British Museum"],
        None,
        "indirect",
        False,
    ),
    # Fourth batch, written and annotated late in the session, scored once, at its end.
    # 16: a central bank, a governor at a news conference, minutes, an economist, a ministry, business groups.
    ("16_bank.txt", "cuts could come before the end of the year", ["central bank"], None, "indirect", True),
    (
        "16_bank.txt",
        'inflation was "moving in the right direction" but had not yet been defeated',
        ["Elena Varga"],
        None,
        "mixed",
        False,
    ),
    ("16_bank.txt", "We need to see more evidence before we act,", ["Elena Varga"], None, "direct", False),
    (
        "16_bank.txt",
        "Two members of the rate-setting committee voted for an immediate cut",
        ["minutes"],
        None,
        "indirect",
        False,
    ),
    ("16_bank.txt", "The message is patience,", ["Marco Bellini"], None, "direct", False),
    (
        "16_bank.txt",
        "But the door to a cut in September is now open.",
        ["Marco Bellini"],
        None,
        "direct",
        True,
    ),
    (
        "16_bank.txt",
        'The finance ministry welcomed the central bank\'s "prudent approach"',
        ["spokesman", "finance ministry"],
        None,
        "mixed",
        False,
    ),
    (
        "16_bank.txt",
        'high borrowing costs were "strangling investment"',
        ["Chamber of Commerce"],
        None,
        "mixed",
        False,
    ),
    ("16_bank.txt", "the bank to act sooner", ["Chamber of Commerce"], None, "indirect", False),
    # 17: a humanitarian crisis, an agency and its director, the U.N. refugee agency, a governor, a refugee.
    (
        "17_refugees.txt",
        "food supplies in the Dalia refugee camp could run out within weeks as thousands more people "
        "arrive from the conflict zone",
        ["Aid agencies"],
        None,
        "indirect",
        False,
    ),
    (
        "17_refugees.txt",
        "it had been forced to cut rations by a third because of a funding shortfall",
        ["World Food Programme"],
        None,
        "indirect",
        False,
    ),
    (
        "17_refugees.txt",
        "We are making impossible choices about who eats,",
        ["Hannah Moore"],
        None,
        "direct",
        False,
    ),
    (
        "17_refugees.txt",
        "The camp, built for 40,000 people, now holds more than 90,000",
        ["U.N. refugee agency"],
        None,
        "indirect",
        False,
    ),
    ("17_refugees.txt", "they were struggling to cope", ["Local officials"], None, "indirect", False),
    (
        "17_refugees.txt",
        "We have no more land, no more water, no more schools,",
        ["Omar Faris"],
        None,
        "direct",
        False,
    ),
    (
        "17_refugees.txt",
        "her children had not eaten meat since they arrived",
        ["Amina"],
        None,
        "indirect",
        False,
    ),
    # 18: a regulator, a statement, a company spokesperson, a campaigner.
    (
        "18_tech_privacy.txt",
        "the company, ChatNest, had allowed users under 13 to sign up without their parents' consent "
        "and had shared their location with advertisers",
        ["regulator"],
        None,
        "indirect",
        False,
    ),
    (
        "18_tech_privacy.txt",
        "Children's data deserves the highest level of protection, and this company fell far short,",
        ["Ingrid Holm"],
        None,
        "direct",
        False,
    ),
    (
        "18_tech_privacy.txt",
        "it disagreed with the decision and would appeal",
        ["ChatNest"],
        None,
        "indirect",
        False,
    ),
    (
        "18_tech_privacy.txt",
        "We have already made significant changes to our sign-up process,",
        ["company spokesperson", "ChatNest"],
        None,
        "direct",
        False,
    ),
    ("18_tech_privacy.txt", "the fine was too small", ["Privacy campaigners"], None, "indirect", False),
    (
        "18_tech_privacy.txt",
        'it "a rounding error" for a company of ChatNest\'s size',
        ["Jonas Weber"],
        None,
        "mixed",
        False,
    ),
    # 19: a strike vote, a union and its president at a rally, a minister, parents.
    (
        "19_strike.txt",
        "Teachers in the province have voted overwhelmingly to strike after rejecting the government's "
        "latest pay offer",
        ["union"],
        None,
        "indirect",
        False,
    ),
    (
        "19_strike.txt",
        "87 percent of members who took part in the ballot backed strike action",
        ["Provincial Teachers' Federation"],
        None,
        "indirect",
        False,
    ),
    ("19_strike.txt", 'teachers had been "pushed to the limit."', ["Grace Mbeki"], None, "mixed", False),
    (
        "19_strike.txt",
        "Nobody wants to close schools, but we have been left with no choice,",
        ["Grace Mbeki"],
        None,
        "direct",
        False,
    ),
    ("19_strike.txt", 'the vote "disappointing"', ["Paul Lemaire"], None, "mixed", False),
    ("19_strike.txt", "the offer was fair", ["Paul Lemaire"], None, "indirect", False),
    ("19_strike.txt", "the union to return to talks", ["Paul Lemaire"], None, "indirect", False),
    ("19_strike.txt", "she supported the teachers", ["Karen Li"], None, "indirect", False),
    ("19_strike.txt", "he worried about his daughter's exams", ["David Osei"], None, "indirect", False),
    ("19_strike.txt", "She has worked so hard this year,", ["David Osei"], None, "direct", False),
    # 20: a moon landing, a flight director, the company, NASA and its administrator, a sceptical scientist.
    (
        "20_space.txt",
        "A privately built spacecraft touched down near the moon's south pole on Saturday, the first "
        "commercial mission to land there",
        ["operator", "LunaWorks"],
        None,
        "indirect",
        False,
    ),
    ("20_space.txt", "We are on the surface of the moon,", ["Sam Adeyemi"], None, "direct", False),
    ("20_space.txt", "The lander is healthy and talking to us.", ["Sam Adeyemi"], None, "direct", True),
    (
        "20_space.txt",
        "the lander would spend 14 days studying the soil for signs of water ice",
        ["LunaWorks"],
        None,
        "indirect",
        False,
    ),
    ("20_space.txt", "the team", ["NASA"], None, "indirect", True),
    (
        "20_space.txt",
        'the landing was "a giant leap for commercial spaceflight."',
        ["Bill Nelson"],
        None,
        "mixed",
        False,
    ),
    (
        "20_space.txt",
        'the south pole could become "crowded and contaminated" if landings were not coordinated',
        ["Ruth Allen"],
        None,
        "mixed",
        False,
    ),
]


def _batch(name: str):
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(f"fresh_{name}", Path(__file__).with_name(f"{name}.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_BATCHES = [_batch(f"gold_batch{n}") for n in range(5, 20)]
ROWS = ROWS + [row for batch in _BATCHES for row in batch.ROWS]
# Page junk (navigation, captions, related headlines) by file: a prediction inside it is a false positive.
BOILERPLATE: dict[str, list[str]] = {
    file: blocks for batch in _BATCHES for file, blocks in batch.BOILERPLATE.items()
}


def _find(text: str, file: str, content) -> int:
    # A text that occurs more than once is given with the number of its occurrence: ("…", 1) is the first.
    content, occurrence = content if isinstance(content, tuple) else (content, 0)
    start = -1
    for _ in range(max(1, occurrence)):
        start = text.find(content, start + 1)
    if start < 0 or (occurrence == 0 and text.find(content, start + 1) >= 0):
        raise ValueError(f"{file}: the gold text must occur exactly once: {content!r}")
    return start


def make_gold(texts_dir) -> dict:
    """The gold in the format of ../shared/eval/README.md, offsets found in the texts."""
    from pathlib import Path

    articles: dict[str, dict] = {}
    for file, content, speakers, via, kind, optional in ROWS:
        text = (Path(texts_dir) / file).read_text(encoding="utf-8")
        start = _find(text, file, content)
        content = content[0] if isinstance(content, tuple) else content
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
    for file, blocks in BOILERPLATE.items():
        text = (Path(texts_dir) / file).read_text(encoding="utf-8")
        for block in blocks:
            start = _find(text, file, block)
            articles[file]["boilerplate"].append([start, start + len(block)])
    return {"articles": list(articles.values())}
