"""Batch 16 gold: five articles (76-80) written and annotated by hand, independently of the extractor.

Row format as bench/fresh/gold_source.py: (file, content, speakers, via, kind, optional).
`content` occurs exactly once in its file, or is given as (text, n) for the n-th occurrence (1-based).
BOILERPLATE lists the page-junk blocks of each file (each occurs exactly once).
"""

F76 = "76_measles_school_rules.txt"
F77 = "77_wa_gold_royalty_budget.txt"
F78 = "78_harbor_pine_q4_earnings.txt"
F79 = "79_gaza_aid_convoy_crossing.txt"
F80 = "80_tulsa_delivery_driver_verdict.txt"

# 76
DUNNE = ["Caoimhe Dunne", "Minister for Health", "Minister for Health Caoimhe Dunne"]
HPSC = [
    "Health Protection Surveillance Centre",
    "the Health Protection Surveillance Centre",
    "HPSC",
    "Figures published this afternoon by the Health Protection Surveillance Centre",
    "figures",
]
HSE = ["HSE", "The HSE", "the HSE", "Health Service Executive", "statement"]
OBRIAIN = ["Fergal Ó Briain", "Dr Fergal Ó Briain", "Fergal O Briain"]
TEACHERS_UNIONS = [
    "Teachers' unions",
    "teachers' unions",
    "unions",
    "Irish National Teachers' Organisation",
    "INTO",
]
NIC_AMHLAOIBH = ["Gráinne Nic Amhlaoibh", "Grainne Nic Amhlaoibh"]
MORIARTY = ["Declan Moriarty"]
PARENTS76 = ["some parents", "Some parents", "parents"]
KOWALCZYK = ["Natalia Kowalczyk"]
HEGARTY = ["Órla Hegarty", "Orla Hegarty", "Sinn Féin", "Sinn Fein"]
ICCL = ["Irish Council for Civil Liberties", "The Irish Council for Civil Liberties", "ICCL"]
WHO_EUROPE = [
    "World Health Organization's regional office for Europe",
    "The World Health Organization's regional office for Europe",
    "World Health Organization",
    "WHO",
    "WHO Europe",
]
DOH = ["Department of Health", "the Department of Health"]
# 77
KINSELLA = ["Rachel Kinsella", "Treasurer Rachel Kinsella", "Treasurer"]
BUDGET_PAPERS = ["budget papers", "the budget papers", "Treasury", "Government of Western Australia"]
BUDGET = ["budget", "The budget", "budget papers", "Treasury"]
CME = [
    "Chamber of Minerals and Energy of WA",
    "The Chamber of Minerals and Energy of WA",
    "Chamber of Minerals and Energy",
    "CME",
    "chamber",
]
WALDECK = ["Kirsten Waldeck"]
AMEC = [
    "Association of Mining and Exploration Companies",
    "The Association of Mining and Exploration Companies",
    "AMEC",
]
RUDDOCK = ["Graham Ruddock"]
LOXTON = ["Shane Loxton", "Opposition Leader Shane Loxton"]
LISLE = ["Anthony Lisle", "Premier Anthony Lisle"]
ANALYSTS77 = ["Analysts", "analysts"]
RIDLEY = ["Ellen Ridley"]
BRANNIGAN = ["Tess Brannigan"]
# 78
HP = ["Harbor & Pine", "the company", "company", "the retailer", "retailer"]
HP_EXECS = ["executives", "Marisol Andrade", "Kevin Oyelowo", "Harbor & Pine"]
ANDRADE = ["Marisol Andrade"]
OYELOWO = ["Kevin Oyelowo"]
FILING = ["regulatory filing", "a regulatory filing", "filing", "Harbor & Pine"]
ANNUAL_REPORT = ["annual report", "its most recent annual report", "Harbor & Pine"]
LINDAHL = ["Gregor Lindahl"]
CARVER_ROWE = ["Carver Rowe", "Carver Rowe Securities", "Gregor Lindahl"]
VASWANI = ["Priya Vaswani"]
RIVALS = ["Several rivals", "several rivals", "rivals"]
COMMERCE = ["Commerce Department", "the Commerce Department", "U.S. Department of Commerce"]
# 79
UN = ["UN", "United Nations", "United Nations agencies", "UN agencies"]
UN_AGENCIES = [
    "United Nations agencies",
    "UN agencies",
    "U.N. agencies",
    "agencies",
    "the agencies",
    "United Nations",
]
COGAT = [
    "COGAT",
    "Coordination of Government Activities in the Territories",
    "statement",
    "the statement",
]
COGAT_SPOX = ["COGAT spokesperson", "a COGAT spokesperson", "COGAT"]
FUMAGALLI = ["Alessandra Fumagalli"]
OCHA = ["OCHA", "The U.N. humanitarian office OCHA", "U.N. humanitarian office", "UN humanitarian office"]
SORLIE = ["Henrik Sørlie", "Henrik Sorlie"]
DRIVERS = ["Drivers", "drivers", "Drivers waiting in a dusty holding area on the Egyptian side of the border"]
ABDEL_SALAM = ["Mahmoud Abdel-Salam"]
HASSAN = ["Hassan"]
QAHERA_SOURCE = [
    "source at the Rafah crossing",
    "a source at the Rafah crossing",
    "source",
    "Al Qahera News",
    "Al Qahera News television",
]
RADWAN = ["Ahmed Fawzy Radwan"]
IL_OFFICIAL = [
    "unnamed Israeli security official",
    "an unnamed Israeli security official",
    "Israeli security official",
    "official",
    "Kan",
]
UNICEF = ["UNICEF"]
TAWFIQ = ["Rania Tawfiq"]
ISRAEL = ["Israel"]
# 80
JURORS = ["Jurors", "jurors", "jury", "They"]
PROSECUTORS = [
    "Prosecutors",
    "prosecutors",
    "Nicole Barragan",
    "Tulsa County District Attorney's Office",
    "Tulsa County District Attorney's office",
]
DEFENSE = ["Haskell's attorneys", "attorneys", "defense", "Rebecca Olafsen"]
ANGELA = ["Angela Porter"]
WILKINS = ["Kiara Wilkins"]
BARRAGAN = ["Nicole Barragan"]
CHEATHAM = ["Raymond Cheatham", "Tulsa County District Attorney Raymond Cheatham", "statement"]
OLAFSEN = ["Rebecca Olafsen"]
COLLEY = ["Brianna Colley"]
HASKELL = ["Tyler James Haskell", "Tyler Haskell", "Haskell"]
FORENSICS = [
    "Tulsa Police Department digital forensics analyst",
    "a Tulsa Police Department digital forensics analyst",
    "digital forensics analyst",
    "analyst",
]
VILLANUEVA = ["Marco Villanueva"]
HASKELL_FAMILY = ["Haskell's family", "family", "statement"]

ROWS = [
    # 76
    (F76, "Schools to check MMR records under new rules", DUNNE, None, "indirect", True),
    (
        F76,
        "Primary schools will be required to ask parents for their children's MMR vaccination status at "
        "enrolment from September",
        DUNNE,
        None,
        "indirect",
        False,
    ),
    (
        F76,
        "64 confirmed cases of measles since the start of February, 41 of them in children under the age of ten",
        HPSC,
        None,
        "indirect",
        True,
    ),
    (
        F76,
        "the new rules would not make vaccination compulsory, but would give public health teams the information "
        "they needed to act quickly when a case was confirmed in a school",
        DUNNE,
        None,
        "indirect",
        False,
    ),
    (
        F76,
        "Nobody is going to be turned away from a classroom because of a form,",
        DUNNE,
        None,
        "direct",
        False,
    ),
    (
        F76,
        "But when a child in junior infants gets measles, our teams should not be spending three days ringing "
        "parents to find out who is protected and who is not. That is three days the virus has to spread.",
        DUNNE,
        None,
        "direct",
        False,
    ),
    (
        F76,
        "uptake of the first MMR dose among children aged two had fallen to 86% nationally, well below the 95% "
        "needed to prevent outbreaks, and to under 80% in parts of north and west Dublin",
        HSE,
        None,
        "indirect",
        False,
    ),
    (
        F76,
        'the outbreak as "the most serious we have seen in more than a decade"',
        OBRIAIN,
        None,
        "mixed",
        False,
    ),
    (
        F76,
        "Measles is not a mild childhood illness. Around one in five children who catch it will end up in "
        "hospital, and we are seeing that now,",
        OBRIAIN,
        None,
        "direct",
        False,
    ),
    (
        F76,
        "most of the cases were linked to two primary schools and a creche in west Dublin, and that contact "
        "tracing had identified more than 900 close contacts",
        OBRIAIN,
        None,
        "indirect",
        False,
    ),
    (
        F76,
        "Vaccination clinics will open at weekends in Dublin, Kildare and Meath from Saturday",
        HSE,
        None,
        "indirect",
        False,
    ),
    (
        F76,
        "parents who are unsure whether their child is protected can check with their GP",
        HSE,
        None,
        "indirect",
        True,
    ),
    (F76, 'turning school secretaries into "vaccine police"', TEACHERS_UNIONS, None, "mixed", True),
    (
        F76,
        "principals would co-operate with public health teams, as they had during the Covid-19 pandemic",
        NIC_AMHLAOIBH,
        None,
        "indirect",
        False,
    ),
    (
        F76,
        "Schools are not health authorities, and we should not be asked to act like one,",
        NIC_AMHLAOIBH,
        None,
        "direct",
        False,
    ),
    (
        F76,
        "If a parent chooses not to tell us, that has to be the end of the conversation as far as the school is "
        "concerned.",
        NIC_AMHLAOIBH,
        None,
        "direct",
        False,
    ),
    (
        F76,
        "attendance had fallen by about a third since the first case was confirmed on 19 February",
        MORIARTY,
        None,
        "indirect",
        False,
    ),
    (F76, "Parents are frightened, and I understand that,", MORIARTY, None, "direct", False),
    (
        F76,
        "We have children here with leukaemia, children on steroids for their asthma, who can't have the "
        "vaccine. They depend on everyone else.",
        MORIARTY,
        None,
        "direct",
        False,
    ),
    (
        F76,
        "they had only learned their children were not fully vaccinated when the school sent a letter home last "
        "week",
        PARENTS76,
        None,
        "indirect",
        False,
    ),
    (F76, "I honestly thought he'd had both,", KOWALCZYK, None, "direct", False),
    (F76, "With Covid and everything, the appointment just got lost.", KOWALCZYK, None, "direct", False),
    (
        F76,
        'the Government had been warned about falling vaccination rates for three years and had "sat on its '
        'hands"',
        HEGARTY,
        None,
        "mixed",
        False,
    ),
    (
        F76,
        "school records to be matched against the national immunisation register so that parents would not "
        "have to fill in yet another form",
        HEGARTY,
        None,
        "indirect",
        False,
    ),
    (F76, "it would study the proposals closely", ICCL, None, "indirect", False),
    (
        F76,
        "any system that collected children's health data through schools must be \"necessary, proportionate and "
        'limited to what public health teams actually need"',
        ICCL,
        None,
        "mixed",
        False,
    ),
    (F76, "the measure would push hesitant parents further away", None, None, "indirect", True),
    (
        F76,
        "The vast majority of parents vaccinate their children. This is about making sure that when things go "
        "wrong, we can protect the children who can't be vaccinated,",
        DUNNE,
        None,
        "direct",
        False,
    ),
    (
        F76,
        "measles cases across the region remained at their highest level in more than 25 years, despite falling "
        "from a peak in 2024",
        WHO_EUROPE,
        None,
        "indirect",
        False,
    ),
    (
        F76,
        "The National Immunisation Advisory Committee is expected to publish updated advice on an early second "
        "dose of the MMR vaccine for children in the outbreak area later this week",
        DOH,
        None,
        "indirect",
        False,
    ),
    # 77
    (
        F77,
        "the industry can afford to ‘share the windfall’ of record prices",
        KINSELLA,
        None,
        "mixed",
        True,
    ),
    (
        F77,
        "the royalty rate on gold would rise from 2.5 per cent to 3.75 per cent whenever the Australian-dollar "
        "gold price is above $5000 an ounce",
        KINSELLA,
        None,
        "indirect",
        False,
    ),
    (
        F77,
        "Small producers mining fewer than 2500 ounces a year will remain exempt",
        BUDGET_PAPERS,
        None,
        "indirect",
        False,
    ),
    (
        F77,
        "Gold is trading at levels nobody in this industry dreamed of five years ago,",
        KINSELLA,
        None,
        "direct",
        False,
    ),
    (
        F77,
        "It is time for the industry to share the windfall with the people of Western Australia, who own the "
        "resource.",
        KINSELLA,
        None,
        "direct",
        False,
    ),
    (
        F77,
        "the extra revenue would go towards a $640m package to cut elective surgery waiting lists and a $1.2bn "
        "boost to regional housing, and that the government had no plans to change royalty rates on iron ore or "
        "lithium",
        KINSELLA,
        None,
        "indirect",
        False,
    ),
    (
        F77,
        "a surplus of $3.4bn in 2026-27, down from $4.1bn this financial year",
        BUDGET,
        None,
        "indirect",
        True,
    ),
    (
        F77,
        "the government had broken an election promise not to increase royalties and had given the industry no "
        "warning",
        CME,
        None,
        "indirect",
        False,
    ),
    (F77, "This is a tax on success, dressed up as fairness,", WALDECK, None, "direct", False),
    (
        F77,
        "Gold prices go up and they come down. Costs, unfortunately, only go one way.",
        WALDECK,
        None,
        "direct",
        False,
    ),
    (
        F77,
        "operating costs at WA gold mines had risen by almost 40 per cent since 2021",
        WALDECK,
        None,
        "indirect",
        False,
    ),
    (
        F77,
        "marginal mines in the Goldfields could be placed on care and maintenance if prices fell back",
        WALDECK,
        None,
        "indirect",
        False,
    ),
    (
        F77,
        "the design of the threshold meant smaller miners would pay the higher rate at the same point in the "
        "price cycle as the biggest producers, despite having far thinner margins",
        AMEC,
        None,
        "indirect",
        False,
    ),
    (
        F77,
        "several of his members had been “blindsided” and would now be reviewing expansion plans",
        RUDDOCK,
        "ABC Radio Perth",
        "mixed",
        False,
    ),
    (
        F77,
        "You don’t get to change the rules halfway through the game and expect people to keep investing,",
        RUDDOCK,
        "ABC Radio Perth",
        "direct",
        False,
    ),
    (
        F77,
        "Labor had “reached into the pockets of the one industry still keeping the state’s books in the black”",
        LOXTON,
        None,
        "mixed",
        False,
    ),
    (F77, "a Liberal government would reverse the increase", LOXTON, None, "indirect", False),
    (F77, "the state’s gold producers had “never been more profitable”", LISLE, None, "mixed", False),
    (
        F77,
        "warnings of mine closures as “the same script we hear every time”",
        LISLE,
        None,
        "mixed",
        False,
    ),
    (
        F77,
        "When the price was low, we didn’t touch the rate. That was the deal,",
        LISLE,
        None,
        "direct",
        False,
    ),
    (
        F77,
        "Now the price has doubled, and Western Australians are entitled to a fair share.",
        LISLE,
        None,
        "direct",
        False,
    ),
    (
        F77,
        "the gold royalty raised $1.1bn in 2024-25, and Treasury expects the change to add $470m in its first "
        "full year",
        BUDGET_PAPERS,
        None,
        "indirect",
        False,
    ),
    (
        F77,
        "the increase was unlikely to shift the investment plans of the largest producers, which are generating "
        "record cash flows, but could weigh on mid-tier miners",
        ANALYSTS77,
        None,
        "indirect",
        False,
    ),
    (F77, "For the majors, this is a rounding error at current prices,", RIDLEY, None, "direct", False),
    (
        F77,
        "The pain is for the mid-caps with one or two ageing mines and a lot of debt.",
        RIDLEY,
        None,
        "direct",
        False,
    ),
    (
        F77,
        "she had been assured by the Treasurer that no mine would close because of the change, but that the town "
        "would be watching closely",
        BRANNIGAN,
        None,
        "indirect",
        False,
    ),
    (F77, "no mine would close because of the change", KINSELLA, None, "indirect", True),
    (F77, "People here aren’t against paying their share,", BRANNIGAN, "6PR", "direct", False),
    (
        F77,
        "They just want to know the money comes back to the Goldfields and doesn’t all disappear into Perth.",
        BRANNIGAN,
        "6PR",
        "direct",
        False,
    ),
    # 78
    (F78, 'shoppers are "trading down and putting off big-ticket purchases."', HP_EXECS, None, "mixed", True),
    (
        F78,
        "a 4.8% decline in comparable sales for its fourth quarter ended Jan. 31",
        HP,
        None,
        "indirect",
        True,
    ),
    (
        F78,
        "it now expects comparable sales to be flat to down 2%, compared with its previous forecast of growth of "
        "up to 1%",
        HP,
        None,
        "indirect",
        False,
    ),
    (F78, "adjusted earnings per share of $1.10 to $1.30", HP, None, "indirect", True),
    (
        F78,
        "This was a tough quarter, and I'm not going to dress it up,",
        ANDRADE,
        None,
        "direct",
        False,
    ),
    (
        F78,
        "Our customer is under real pressure. She is trading down, she is putting off the sofa and the dining "
        "table, and when she does buy, she's waiting for a promotion.",
        ANDRADE,
        None,
        "direct",
        False,
    ),
    (
        F78,
        "furniture, which makes up about 35% of sales, was the weakest category, with comparable sales down in "
        "the high single digits, while tabletop, bedding and seasonal decor held up better",
        ANDRADE,
        None,
        "indirect",
        False,
    ),
    (
        F78,
        "the retailer would close 38 of its 612 stores by the end of the fiscal year, most of them in enclosed "
        "malls",
        ANDRADE,
        None,
        "indirect",
        False,
    ),
    (
        F78,
        "The company expects to record $40 million to $50 million in closure-related charges",
        FILING,
        None,
        "indirect",
        False,
    ),
    (
        F78,
        "gross margin contracted 210 basis points to 33.4%, and that about 150 basis points of that decline came "
        "from higher duties on goods sourced from China, Vietnam and India",
        OYELOWO,
        None,
        "indirect",
        False,
    ),
    (F78, "About 42% of the retailer's products are imported", ANNUAL_REPORT, None, "indirect", False),
    (
        F78,
        "the company had moved about a fifth of its China-sourced production to other countries over the past "
        "year, but that \"there's no country you can move to that doesn't carry some tariff exposure right now.\"",
        OYELOWO,
        None,
        "mixed",
        False,
    ),
    (F78, "We've absorbed more of it than we'd like to,", OYELOWO, None, "direct", False),
    (
        F78,
        "We made a deliberate choice not to pass the full cost through on furniture, because the elasticity "
        "there is brutal. You raise a sofa by $200 and she walks.",
        OYELOWO,
        None,
        "direct",
        False,
    ),
    (F78, "whether more closures could follow", LINDAHL, None, "indirect", True),
    (
        F78,
        'the board reviews the store fleet "every quarter" but that the current plan reflected "the stores we '
        "know we can't fix.\"",
        ANDRADE,
        None,
        "mixed",
        False,
    ),
    (
        F78,
        'the company\'s balance sheet remained "one of the cleanest in specialty retail," with no debt '
        "maturities until 2029, and that the store closures should lift operating margins by 2027",
        VASWANI,
        None,
        "mixed",
        False,
    ),
    (F78, "The quarter was ugly, but the problems are largely cyclical,", VASWANI, None, "direct", False),
    (
        F78,
        "Housing turnover is at a 30-year low. When people start moving again, they'll start buying sofas "
        "again.",
        VASWANI,
        None,
        "direct",
        False,
    ),
    (F78, "underperform", CARVER_ROWE, None, "direct", True),
    (F78, "neutral.", CARVER_ROWE, None, "direct", True),
    (
        F78,
        'the new guidance "still looks too optimistic," given that it assumes a second-half recovery in the '
        "housing market that his team does not expect",
        LINDAHL,
        None,
        "mixed",
        False,
    ),
    (
        F78,
        "consumers are holding off on big-ticket items while mortgage rates remain above 6%",
        RIVALS,
        None,
        "indirect",
        False,
    ),
    (
        F78,
        "furniture sales at U.S. stores fell 2.7% in January from a year earlier",
        COMMERCE,
        None,
        "indirect",
        False,
    ),
    (
        F78,
        "it would lay out the next phase of its turnaround plan at an investor day in May",
        HP,
        None,
        "indirect",
        False,
    ),
    # 79
    (
        F79,
        "Aid convoy stuck at Gaza crossing for third day as Israel rejects ‘dual-use’ items",
        UN,
        None,
        "indirect",
        True,
    ),
    (
        F79,
        "More than 140 trucks carrying food, medicine and shelter materials for Gaza have been stuck near the "
        "Kerem Shalom crossing for three days after Israeli inspectors turned back parts of their cargo",
        UN_AGENCIES,
        None,
        "indirect",
        False,
    ),
    (
        F79,
        "The convoy, organised by the Egyptian Red Crescent with supplies from the World Food Programme and "
        "UNICEF, was meant to be the largest single delivery into the enclave since January",
        UN_AGENCIES,
        None,
        "indirect",
        False,
    ),
    (
        F79,
        "the trucks had been held because some contained “dual-use items” that could be exploited by Hamas, "
        "including generators, metal tent poles and water pumps, and that drivers had been told to repack their "
        "loads",
        COGAT,
        None,
        "mixed",
        False,
    ),
    (F79, "Aid that meets the agreed criteria is entering Gaza every day,", COGAT, None, "direct", False),
    (
        F79,
        "Attempts to bring in prohibited items under humanitarian cover will not be permitted.",
        COGAT,
        None,
        "direct",
        False,
    ),
    (
        F79,
        "the items in question had been on the approved list for months and that the agency had received no "
        "explanation for the change",
        FUMAGALLI,
        None,
        "indirect",
        False,
    ),
    (
        F79,
        "We are talking about tent poles. We are talking about pumps to get clean water to families who are "
        "drinking from puddles,",
        FUMAGALLI,
        None,
        "direct",
        False,
    ),
    (
        F79,
        "Every day these trucks sit at the crossing, the food inside gets closer to its expiry date.",
        FUMAGALLI,
        None,
        "direct",
        False,
    ),
    (
        F79,
        "23 of the trucks were carrying fortified flour and ready-to-eat rations that could spoil within two "
        "weeks if left in the heat",
        FUMAGALLI,
        None,
        "indirect",
        False,
    ),
    (
        F79,
        "an average of 212 trucks a day had entered Gaza over the past week, well below the 600 a day envisaged "
        "under the ceasefire that took effect in October",
        OCHA,
        None,
        "indirect",
        False,
    ),
    (
        F79,
        "The restrictions keep moving. What is allowed on Monday is refused on Wednesday,",
        SORLIE,
        None,
        "direct",
        False,
    ),
    (F79, "Israel to publish a “clear and stable” list of prohibited goods", SORLIE, None, "mixed", False),
    (
        F79,
        "they had been sent back twice after inspections and were running short of water and food themselves",
        DRIVERS,
        None,
        "indirect",
        False,
    ),
    (
        F79,
        "They open the truck, they take everything out, they find one pole, they send the whole truck back,",
        ABDEL_SALAM,
        None,
        "direct",
        False,
    ),
    (F79, "Now we are waiting again. Nobody tells us anything.", ABDEL_SALAM, None, "direct", False),
    (
        F79,
        "some men had left the convoy to return to their families in Cairo and Alexandria because they had not "
        "been paid for the extra days",
        HASSAN,
        "Reuters",
        "indirect",
        False,
    ),
    (
        F79,
        "Egyptian officials were in contact with Israeli and U.S. counterparts to resolve the dispute and that "
        "the trucks would be allowed through “within hours”",
        QAHERA_SOURCE,
        "Al Qahera News",
        "mixed",
        False,
    ),
    (
        F79,
        "volunteers had repacked 38 trucks overnight, removing the items Israel objected to, but that 19 of them "
        "had been rejected again on Tuesday morning",
        RADWAN,
        None,
        "indirect",
        False,
    ),
    (F79, "We will repack them as many times as we need to,", RADWAN, None, "direct", False),
    (F79, "But people in Gaza cannot eat patience.", RADWAN, None, "direct", False),
    (
        F79,
        "inspections had been tightened after weapons components were found hidden in a commercial shipment "
        "earlier this month",
        IL_OFFICIAL,
        "Kan",
        "indirect",
        False,
    ),
    (
        F79,
        "the body “does not comment on specific security considerations” but that inspections were “carried out "
        "in accordance with the agreed mechanism.”",
        COGAT_SPOX,
        None,
        "mixed",
        False,
    ),
    (
        F79,
        "the convoy included 14 trucks of ready-to-use therapeutic food, enough to treat about 9,000 severely "
        "malnourished children for a month",
        UNICEF,
        None,
        "indirect",
        False,
    ),
    (
        F79,
        "Every hour counts for a child who is severely malnourished. These supplies are sitting a few kilometres "
        "from the children who need them,",
        TAWFIQ,
        None,
        "direct",
        False,
    ),
    (F79, "Hamas of diverting aid", ISRAEL, None, "indirect", False),
    # 80
    (F80, "a sentence of life in prison without the possibility of parole", JURORS, None, "indirect", True),
    (
        F80,
        "Haskell had placed the order using a fake name and a prepaid phone, intending to rob him",
        PROSECUTORS,
        None,
        "indirect",
        False,
    ),
    (
        F80,
        "he was not the shooter and that investigators had focused on him too quickly",
        DEFENSE,
        None,
        "indirect",
        False,
    ),
    (F80, 'she had waited 18 months to hear the word "guilty."', ANGELA, None, "mixed", False),
    (
        F80,
        "DeShawn was working two jobs so his little girl could go to a better school. He went to that door to do "
        "his job, and he never came home.",
        ANGELA,
        None,
        "direct",
        False,
    ),
    (
        F80,
        "I don't feel happy today. I don't think I'll ever feel happy like I used to. But I feel like somebody "
        "finally heard him,",
        ANGELA,
        None,
        "direct",
        False,
    ),
    (
        F80,
        "prosecutors and the Tulsa police detectives who worked the case",
        WILKINS,
        None,
        "indirect",
        True,
    ),
    (
        F80,
        "They never let us feel like he was just another case number,",
        WILKINS,
        None,
        "direct",
        False,
    ),
    (
        F80,
        "the evidence, including cellphone location data and video from a neighbor's doorbell camera, had been "
        '"overwhelming."',
        BARRAGAN,
        None,
        "mixed",
        False,
    ),
    (F80, "Mr. Porter was doing everything right,", BARRAGAN, None, "direct", False),
    (
        F80,
        "He was a young father working a late shift, and he was killed for what was in his wallet and his car. "
        "This jury saw that.",
        BARRAGAN,
        None,
        "direct",
        False,
    ),
    (F80, 'the verdict "brings a measure of justice" to the Porter family', CHEATHAM, None, "mixed", False),
    (F80, "jurors for their service", CHEATHAM, None, "indirect", True),
    (
        F80,
        "her client maintains his innocence and that they plan to appeal",
        OLAFSEN,
        None,
        "indirect",
        False,
    ),
    (
        F80,
        "We respect the jury's work, but we believe they got this wrong,",
        OLAFSEN,
        None,
        "direct",
        False,
    ),
    (
        F80,
        "There was no weapon, no DNA, and the only witness who put Tyler at that house changed her story three "
        "times.",
        OLAFSEN,
        None,
        "direct",
        False,
    ),
    (
        F80,
        'Haskell came to her apartment that night with blood on his sleeve and told her he had "messed up bad."',
        COLLEY,
        None,
        "mixed",
        False,
    ),
    (F80, 'he had "messed up bad."', HASKELL, None, "mixed", True),
    (
        F80,
        "she initially told detectives she had not seen Haskell that night",
        COLLEY,
        None,
        "indirect",
        False,
    ),
    (F80, "she had not seen Haskell that night", COLLEY, None, "indirect", True),
    (F80, "she lied because she was afraid of him", COLLEY, None, "indirect", False),
    (
        F80,
        "Haskell's phone connected to a cell tower near the shooting scene minutes before and after Porter was "
        "killed",
        FORENSICS,
        None,
        "indirect",
        False,
    ),
    (F80, "He was the guy who covered everybody's shift,", VILLANUEVA, None, "direct", False),
    (
        F80,
        "The whole store was here today. We closed for the afternoon so everybody could come.",
        VILLANUEVA,
        None,
        "direct",
        False,
    ),
    (
        F80,
        'they were "heartbroken for the Porters" and would continue to stand by Tyler through the appeal',
        HASKELL_FAMILY,
        None,
        "mixed",
        False,
    ),
]

BOILERPLATE = {
    F76: [
        "RTN News\n"
        "Home | News | Ireland | World | Business | Health | Politics | Sport | Weather | RTN Player\n"
        "Watch Live | Listen Live | Sign in",
        "HEALTH",
        "Updated / Wednesday, 11 Mar 2026 19:42\n\nSiobhán Gallagher\nHealth Correspondent",
        "A nurse prepares a dose of the MMR vaccine at a walk-in clinic in Tallaght, Dublin (Image: "
        "RollingNews.ie)",
        "Listen: Dr Fergal Ó Briain on News at One (7:52)",
        "Read more: Measles: What are the symptoms and how is it treated?",
        "Read more:\n"
        "Measles cases in Europe at highest level in 25 years, WHO says\n"
        "'We were told it was gone': Parents of measles survivors speak out\n"
        "Explainer: What is the MMR vaccine and who should get it?",
        "Tags: Measles, HSE, Vaccination, Schools, Caoimhe Dunne",
        "Get the RTN News app for breaking news, live TV and radio, wherever you are. Download now",
        "© RTN 2026 | Contact RTN | Accessibility | Privacy Notice | Cookie Policy | RTN is not responsible for "
        "the content of external sites",
    ],
    F77: [
        "THE NATIONAL LEDGER\n"
        "News | Politics | Business | Mining | Opinion | World | Sport | Arts | Puzzles | Today's Paper\n"
        "Subscribe | Log in",
        "POLITICS  /  WESTERN AUSTRALIA",
        "Tom Kerridge\nWA Correspondent\nUpdated 9:47PM May 12, 2026\n4 min read",
        "Gold bars stacked in the vault of a Perth refinery. The precious metal has traded above $5000 an ounce "
        "for most of the past year. Picture: Hamish Blackwood",
        "READ MORE: ‘We’re the ATM’: Goldfields fumes over budget grab",
        "MORE FROM POLITICS\n"
        "‘No more blank cheques’: Kinsella warns health department over cost blowouts\n"
        "Lithium slump leaves $700m hole in royalty forecasts, says Treasury\n"
        "Loxton says Liberals will take royalty fight to the Goldfields",
        "Share this article  Facebook  X  LinkedIn  Email",
        "Topics: WA Budget, Mining, Gold, Royalties, Rachel Kinsella, Anthony Lisle",
        "© The National Ledger Pty Ltd 2026. Unauthorised reproduction prohibited.",
    ],
    F78: [
        "RetailBeat\n"
        "Retail news and analysis for industry professionals\n"
        "Home | Retailers | Grocery | Apparel | Home & Hardlines | E-commerce | Supply Chain | Earnings | Events "
        "| Podcasts\n"
        "Subscribe to our newsletter",
        "EARNINGS",
        "Published March 4, 2026\nDana Whitlock\nSenior Reporter",
        "A Harbor & Pine store in Naperville, Illinois. Courtesy of Harbor & Pine",
        "Editor's note: This story has been updated with comments from the earnings call and analyst notes.",
        "Related: Home goods retailers brace for second tariff hit in 2026",
        "Read next\n"
        "Wayfair-style marketplaces gain share as mall chains retreat, report says\n"
        "Analysts say furniture slump has further to run\n"
        "\"We're not a discount store\": Inside a mid-market retailer's pricing reset",
        "Get the free daily newsletter read by retail executives. Sign up",
        "Filed Under: Earnings, Home & Hardlines, Tariffs, Store Closures",
        "© 2026 RetailBeat Media LLC. All rights reserved. | Privacy Policy | Terms of Use | Accessibility",
    ],
    F79: [
        "The Levant Observer\nHome | Region | World | Business | Opinion | Culture | Sport | Video\nالعربية | Sign in",
        "MIDDLE EAST",
        "Reuters\nPublished: 24 March 2026 18:05 GMT | Updated: 24 March 2026 20:31 GMT",
        "Trucks loaded with humanitarian aid wait on the Egyptian side of the border near Rafah, Egypt, March 23, "
        "2026. REUTERS/Mohamed Abd El Ghany",
        "(Reporting by Yasmin Hosny and Omar Fahmy in Cairo, Olivia Bremner in Geneva and Dan Peretz in "
        "Jerusalem; Writing by Yasmin Hosny; Editing by Giles Hartwell)",
        "RELATED\n"
        "UN says Gaza famine conditions easing but ‘far from over’\n"
        "Egypt says Rafah crossing ready to receive more wounded for treatment\n"
        "Analysis: Who decides what counts as ‘dual-use’ in Gaza?",
        "Tags: Gaza, Egypt, Israel, Humanitarian aid, United Nations, WFP, UNICEF",
        "© 2026 The Levant Observer. Reuters content © 2026 Thomson Reuters. All rights reserved.",
    ],
    F80: [
        "KZTU 8 News | Tulsa\n"
        "News | Weather | Traffic | 8 Investigates | Sports | Community | Watch Live | Contests\n"
        "2 Weather Alerts   73°F Tulsa, OK",
        "LOCAL NEWS",
        "Author: Marcus Delgado\nPublished: 6:14 PM CDT April 16, 2026\nUpdated: 10:32 PM CDT April 16, 2026",
        "VIDEO: Family reacts after guilty verdict in DeShawn Porter murder trial (2:41)",
        "RELATED: 'He just wanted to provide': Hundreds gather for vigil honoring slain delivery driver",
        "Copyright 2026 KZTU-TV. All rights reserved.",
        "Have a news tip? Email newsdesk@kztu8.com or call (918) 555-0188.",
        "Related Articles\n"
        "Trial begins for man accused of killing Tulsa delivery driver\n"
        "Police: Arrest made in killing of pizza delivery driver on East 41st Street\n"
        'Ex-girlfriend testifies accused killer said he "messed up"',
        "Download the KZTU 8 News app for breaking news alerts and live weather radar.",
        "Trending Now\n"
        "Tulsa water main break closes stretch of Memorial Drive\n"
        "Thunder fans line up overnight for playoff tickets",
    ],
}
