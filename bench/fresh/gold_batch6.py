"""Batch 6 gold: five articles written and annotated by hand, independently of the extractor.

Row format as bench/fresh/gold_source.py: (file, content, speakers, via, kind, optional).
`content` occurs exactly once in its file, or is given as (text, n) for the n-th occurrence (1-based).
BOILERPLATE lists the page-junk blocks of each file (each occurs exactly once).
"""

ROWS = [
    # 26: US Senate stopgap bill. Straight double quotes; floor speech with a trailing sentence, "told reporters",
    # a pronoun speaker, a post on X with "adding:", a campaign spokeswoman, "said in a statement",
    # "according to a person familiar with the negotiations", "described it as".
    (
        "26_senate_stopgap.txt",
        "Nobody in this chamber should be taking a victory lap for doing the bare minimum,",
        ["Tom Kessler"],
        None,
        "direct",
        False,
    ),
    (
        "26_senate_stopgap.txt",
        "But the bare minimum beats a shutdown every time.",
        ["Tom Kessler"],
        None,
        "direct",
        True,
    ),
    (
        "26_senate_stopgap.txt",
        'the bill "kicks the can into a lame-duck session where nobody answers to anybody."',
        ["Maria Ostrander"],
        None,
        "mixed",
        False,
    ),
    (
        "26_senate_stopgap.txt",
        "I've voted for four of these. I'm not voting for a fifth,",
        ["Maria Ostrander"],
        None,
        "direct",
        False,
    ),
    (
        "26_senate_stopgap.txt",
        'Ostrander had "suddenly discovered the spending mess she spent six years creating,"',
        ["Doug Pruett"],
        None,
        "mixed",
        False,
    ),
    (
        "26_senate_stopgap.txt",
        "Michigan needs a senator who shows up before the deadline, not after it.",
        ["Doug Pruett"],
        None,
        "direct",
        False,
    ),
    (
        "26_senate_stopgap.txt",
        'the post "a cheap shot from a man who has never had to pass a budget in his life."',
        ["Janelle Brandt"],
        None,
        "mixed",
        False,
    ),
    (
        "26_senate_stopgap.txt",
        'a shutdown six weeks before Election Day "would have helped no one, least of all the families still '
        'digging out from the storms."',
        ["Curtis Haldane"],
        None,
        "mixed",
        False,
    ),
    (
        "26_senate_stopgap.txt",
        "On Thursday afternoon, as many as a dozen Republicans were prepared to block the bill unless the "
        "disaster money was offset with cuts elsewhere",
        [
            "person familiar with the negotiations",
            "a person familiar with the negotiations",
            "person familiar",
        ],
        None,
        "indirect",
        False,
    ),
    (
        "26_senate_stopgap.txt",
        'it as "an IOU written on our grandchildren\'s credit card."',
        ["Raymond Voss"],
        None,
        "mixed",
        False,
    ),
    # 27: UK retail results. Straight single quotes as quotation marks, apostrophes inside and next to them;
    # a standfirst with "says", a company, a CEO, analysts at named banks, a union and its officer
    # (continuation paragraph without a cue), a regulator's spokeswoman after a colon, an MP ("described ... as").
    (
        "27_halden_closures.txt",
        "'difficult decisions' needed after profits fall by more than a third",
        ["Martin Ashby", "Chief executive", "chief executive"],
        None,
        "mixed",
        True,
    ),
    (
        "27_halden_closures.txt",
        "Halden's, the Manchester-based supermarket chain, is to close 42 of its 310 stores and put about 1,900 "
        "jobs at risk after annual profits fell by more than a third",
        ["Halden's", "Haldens", "company"],
        None,
        "indirect",
        False,
    ),
    ("27_halden_closures.txt", "relentless", ["Halden's", "Haldens", "group"], None, "direct", True),
    (
        "27_halden_closures.txt",
        "We have not taken these decisions lightly. Every one of these stores has loyal customers and colleagues "
        "who have given us years of service, and I know how painful today's news will be for them,",
        ["Martin Ashby"],
        None,
        "direct",
        False,
    ),
    (
        "27_halden_closures.txt",
        "the remaining estate was 'fundamentally sound' and would return to growth in the second half of the year",
        ["Martin Ashby"],
        None,
        "mixed",
        False,
    ),
    (
        "27_halden_closures.txt",
        "the plan did little to tackle the chain's 'structural' disadvantage on price",
        ["Analysts at Barclays", "Barclays", "Analysts"],
        None,
        "mixed",
        False,
    ),
    (
        "27_halden_closures.txt",
        "the closures as 'overdue surgery rather than the start of a death spiral'",
        ["Tom Gilchrist"],
        None,
        "mixed",
        False,
    ),
    (
        "27_halden_closures.txt",
        "it had been given no warning of the closures and would seek urgent talks with management",
        ["Retail and Distribution Workers' Union", "RDWU", "union"],
        None,
        "indirect",
        False,
    ),
    (
        "27_halden_closures.txt",
        "Our members found out from the news on their phones this morning, which is a disgraceful way to treat "
        "people who kept these shops open through the pandemic,",
        ["Dave Kearney"],
        None,
        "direct",
        False,
    ),
    (
        "27_halden_closures.txt",
        "We will be fighting for every single one of these jobs, and we will be asking hard questions about how a "
        "business this size got itself into this state.",
        ["Dave Kearney"],
        None,
        "direct",
        False,
    ),
    (
        "27_halden_closures.txt",
        "Today's announcement does not change the scope or timetable of our review.",
        ["CMA spokeswoman", "spokeswoman", "Competition and Markets Authority", "CMA"],
        None,
        "direct",
        False,
    ),
    (
        "27_halden_closures.txt",
        "the Farnworth branch as 'a lifeline for pensioners who don't drive'",
        ["Sarah Doyle"],
        None,
        "mixed",
        False,
    ),
    # 28: heat and kidney study. Curly double quotes; a headline "..., study finds", a study and its
    # researchers, a lead author with a quote that runs over two more paragraphs, the authors as a group,
    # an outside expert, a CDC report, a plan.
    (
        "28_heat_kidney_study.txt",
        "Hot nights, not just hot days, drive surge in kidney emergencies among older Americans",
        ["study"],
        None,
        "indirect",
        True,
    ),
    (
        "28_heat_kidney_study.txt",
        "Emergency hospital admissions for kidney injury among Americans over 65 rise sharply during heat waves, "
        "and nights that fail to cool down appear to be more dangerous than the hottest afternoons",
        ["study", "a large study", "large study"],
        None,
        "indirect",
        False,
    ),
    (
        "28_heat_kidney_study.txt",
        "the risk of being admitted with acute kidney injury rose by 9 percent after nights on which the "
        "temperature stayed above 80 degrees Fahrenheit, compared with nights that cooled below 70, while daytime "
        "highs above 95 degrees raised the risk by only about 4 percent",
        ["researchers", "The researchers"],
        None,
        "indirect",
        False,
    ),
    (
        "28_heat_kidney_study.txt",
        "The body simply gets no chance to recover,",
        ["Nadia Ferreira"],
        None,
        "direct",
        False,
    ),
    (
        "28_heat_kidney_study.txt",
        "You go to bed already a little dehydrated, you sweat through the night, you wake up more dehydrated, and "
        "by the third or fourth night in a row the kidneys are under real strain.",
        ["Nadia Ferreira"],
        None,
        "direct",
        False,
    ),
    (
        "28_heat_kidney_study.txt",
        "What surprised us was how fast it happened. We saw the rise within 48 hours of the first hot night, not "
        "after a week.",
        ["Nadia Ferreira"],
        None,
        "direct",
        False,
    ),
    (
        "28_heat_kidney_study.txt",
        "the findings should prompt doctors to review older patients’ prescriptions before summer begins, "
        "particularly diuretics and some blood pressure drugs that make dehydration more likely",
        ["Nadia Ferreira"],
        None,
        "indirect",
        False,
    ),
    (
        "28_heat_kidney_study.txt",
        "air-conditioning use, which varies widely with income, had to be estimated from census data rather than "
        "measured directly",
        ["authors", "the authors", "study authors"],
        None,
        "indirect",
        False,
    ),
    (
        "28_heat_kidney_study.txt",
        "the work “careful and long overdue.”",
        ["Samuel Okonjo"],
        None,
        "mixed",
        False,
    ),
    (
        "28_heat_kidney_study.txt",
        "Hot nights tend to come in the middle of long heat waves, so it is genuinely hard to separate the two, "
        "and I’d want to see this replicated in another population before anyone rewrites clinical guidance,",
        ["Samuel Okonjo"],
        None,
        "direct",
        False,
    ),
    (
        "28_heat_kidney_study.txt",
        "heat-related deaths in the United States had more than doubled between 2018 and 2023, with adults over "
        "65 accounting for nearly half of them",
        ["Centers for Disease Control and Prevention", "CDC", "report"],
        None,
        "indirect",
        False,
    ),
    (
        "28_heat_kidney_study.txt",
        "Cooling centers that shut their doors at 7 p.m. are solving the wrong half of the problem,",
        ["Nadia Ferreira"],
        None,
        "direct",
        False,
    ),
    (
        "28_heat_kidney_study.txt",
        "to test whether keeping some centers open overnight reduces admissions",
        ["Nadia Ferreira", "Her team", "team"],
        None,
        "indirect",
        True,
    ),
    # 29: China-Japan detention. Curly quotes; a headline with "says", the country as speaker of the lede
    # (resolved to the spokesperson), "warning Japan not to", anonymous officials, a spokesperson at a regular
    # briefing, the Global Times citing a source, "told reporters", cataphora ("the minister said. Foreign
    # Minister Yoko Tanabe made the remarks"), Kyodo citing government sources, an analyst via the SCMP.
    (
        "29_china_japan_detention.txt",
        "detained Japanese executive’s case ‘handled in accordance with law’",
        ["China", "Xu Mingyu"],
        None,
        "mixed",
        True,
    ),
    (
        "29_china_japan_detention.txt",
        "the case was being handled “in strict accordance with the law”",
        ["China", "Xu Mingyu"],
        None,
        "mixed",
        False,
    ),
    (
        "29_china_japan_detention.txt",
        "Japan not to interfere in China’s judicial sovereignty",
        ["China", "Xu Mingyu"],
        None,
        "indirect",
        False,
    ),
    (
        "29_china_japan_detention.txt",
        "The man, an employee of Osaka-based Hoshino Pharmaceutical in his fifties, was detained by state "
        "security officers in Beijing in March, days before he was due to return home at the end of a posting, "
        "and was formally arrested last week",
        ["Japanese officials", "officials"],
        None,
        "indirect",
        False,
    ),
    (
        "29_china_japan_detention.txt",
        "China is a country governed by the rule of law. The relevant Japanese national is suspected of engaging "
        "in espionage activities, and the competent authorities handled the case in accordance with the law and "
        "fully protected his lawful rights,",
        ["Xu Mingyu"],
        None,
        "direct",
        False,
    ),
    (
        "29_china_japan_detention.txt",
        "the executive had “repeatedly” gathered information about Chinese biotechnology research over several "
        "years and had been under surveillance since 2021",
        ["Global Times", "unnamed source close to the investigation", "source close to the investigation"],
        None,
        "mixed",
        False,
    ),
    (
        "29_china_japan_detention.txt",
        "Japan had lodged a protest through diplomatic channels and would continue to press for the man’s early "
        "release",
        ["Kenji Morimoto"],
        None,
        "indirect",
        False,
    ),
    (
        "29_china_japan_detention.txt",
        "Detaining a foreign businessman for months without explanation sends a chilling message to every "
        "company weighing whether to invest in China,",
        ["Yoko Tanabe"],
        None,
        "direct",
        False,
    ),
    (
        "29_china_japan_detention.txt",
        "Tanabe plans to raise the case directly with her Chinese counterpart when the two meet on the sidelines "
        "of a regional security forum in Vientiane next month",
        ["government sources", "Kyodo News", "Kyodo"],
        "Kyodo News",
        "indirect",
        False,
    ),
    (
        "29_china_japan_detention.txt",
        "the timing of the arrest, weeks after Japan and the Philippines signed a defence pact, was unlikely to "
        "be a coincidence",
        ["Liang Hao"],
        "South China Morning Post",
        "indirect",
        False,
    ),
    (
        "29_china_japan_detention.txt",
        "Beijing wants Tokyo to understand that drawing closer to Washington and Manila carries a price,",
        ["Liang Hao"],
        None,
        "direct",
        False,
    ),
    (
        "29_china_japan_detention.txt",
        "But neither side wants this case to derail the leaders’ meeting that both governments are hoping to "
        "hold in the autumn.",
        ["Liang Hao"],
        None,
        "direct",
        True,
    ),
    # 30: warehouse fire. Straight quotes; "officials said" at the end of the lede, a fire chief with the cue
    # after a long clause, a hospital spokeswoman, witnesses, a county office that urged, a mayor, a company
    # statement with a quoted word; several narrative sentences that are not attributions.
    (
        "30_warehouse_fire.txt",
        "A fire tore through a storage warehouse on the town's east side Tuesday, sending a column of black smoke "
        "over downtown, injuring two workers and forcing hundreds of households to shelter indoors for much of "
        "the afternoon",
        ["officials"],
        None,
        "indirect",
        False,
    ),
    (
        "30_warehouse_fire.txt",
        "The blaze broke out shortly after 1:30 p.m. at the Cardell Logistics distribution center on Route 9, a "
        "200,000-square-foot building where the company stores packaging, cleaning supplies and lithium-ion "
        "batteries for several regional retailers",
        ["Dana Kowalczyk"],
        None,
        "indirect",
        False,
    ),
    (
        "30_warehouse_fire.txt",
        "When my first engine company pulled up, the roof was already involved,",
        ["Dana Kowalczyk"],
        None,
        "direct",
        False,
    ),
    (
        "30_warehouse_fire.txt",
        "We made the call pretty quickly to pull everybody out and fight it from the outside. There was no "
        "saving that building.",
        ["Dana Kowalczyk"],
        None,
        "direct",
        True,
    ),
    (
        "30_warehouse_fire.txt",
        "Both were in stable condition Tuesday night",
        ["hospital spokeswoman", "spokeswoman"],
        None,
        "indirect",
        False,
    ),
    (
        "30_warehouse_fire.txt",
        "It sounded like fireworks, one after another, and then this black cloud just rolled across the parking "
        "lot,",
        ["Luis Carmona"],
        None,
        "direct",
        False,
    ),
    (
        "30_warehouse_fire.txt",
        "the smoke was so thick that she lost sight of her neighbor's house",
        ["Brenda Tillis"],
        None,
        "indirect",
        False,
    ),
    (
        "30_warehouse_fire.txt",
        "residents to switch off air conditioners and keep their windows closed",
        ["Hale County Office of Emergency Management", "Office of Emergency Management"],
        None,
        "indirect",
        False,
    ),
    (
        "30_warehouse_fire.txt",
        "People deserve to know what was in that building and whether anyone knew it was a risk. I intend to "
        "find out,",
        ["Gloria Haskett"],
        None,
        "direct",
        False,
    ),
    (
        "30_warehouse_fire.txt",
        'it was "heartbroken" by the fire and was cooperating fully with investigators',
        ["Cardell Logistics", "Cardell", "company"],
        None,
        "mixed",
        False,
    ),
]

BOILERPLATE = {
    "26_senate_stopgap.txt": [
        "Skip to main content\nPolitics   Congress   White House   Campaigns   Courts   Newsletters\n"
        "Subscribe | Sign in",
        "By Rachel Whitcomb and Dev Anand\nPOL-CAP-0927 | Updated Sept. 27, 2024, 11:48 p.m. ET",
        "Senate Majority Leader Tom Kessler walks to the chamber on Friday evening. "
        "(Mark Haddon/Capitol Photo Service)",
        'Related\nOstrander says she won\'t back "another blank check" for the Pentagon\n'
        "Pruett raises $9.4 million in third quarter, campaign says\n"
        "Inside the $90 million fight for Michigan's suburbs",
        "Tags: Congress, Senate, Government shutdown, Michigan, 2024 Elections",
        "Sign up for The Capitol Brief: the day's essential politics news, in your inbox every weekday morning.",
    ],
    "27_halden_closures.txt": [
        "Home > Business > Retail\nMarkets | Companies | Economy | Your Money | Property | Business Live",
        "Fiona McAllister, Retail Correspondent\nThu 14 Mar 2024 10.52 GMT\nBUS/RET/1403/FMc",
        "Shoppers outside a Halden's store in Stockport. The chain has traded in the north of England since 1921. "
        "Photograph: Chris Tanner/PA",
        "Read more: Discounters take record share of UK grocery market",
        "Related\nAldi says it will open 35 new UK stores this year\n'We are not for sale', says Halden's chairman\n"
        "Supermarket price war: what it means for your weekly shop",
        "Topics: Retail industry, Supermarkets, Job losses, Greater Manchester",
        "Follow us on LinkedIn and X for the latest business news",
    ],
    "28_heat_kidney_study.txt": [
        "Health   Science   Climate   Wellness\nListen to this article · 6 min",
        "By Leah Montgomery, Health and Science Reporter\nJune 5, 2024",
        "A man cools off at a splash pad in Phoenix during a heat wave last July. (Ross Delgado/Getty Images)",
        "More in Health\nWhy doctors are rethinking the eight-glasses-a-day rule\n"
        "Measles cases climb in three states, CDC says",
        "Advertisement",
    ],
    "29_china_japan_detention.txt": [
        "Asia   China   Japan   Korea   Southeast Asia   Opinion   Video\nAsia › Diplomacy",
        "Staff reporters and agencies | Published: 6:14pm, 11 Jun 2024 | DIP-EA-0611",
        "Read more: Japan urges citizens in China to ‘exercise caution’ after string of detentions",
        "More on this story\nJapanese firms in China say detentions are chilling investment\n"
        "Explainer | China’s revised counter-espionage law: what you need to know\n"
        "‘We just want him home’: family of jailed Japanese employee speaks out",
        "Topics: China-Japan relations, Espionage, Diplomacy",
        "Get the Asia Briefing newsletter in your inbox every weekday\nFollow us on X, Facebook and LINE",
    ],
    "30_warehouse_fire.txt": [
        "NEWS   SPORTS   WEATHER   OBITUARIES   OPINION   E-EDITION\nLocal News › Public Safety",
        "Tyler Brandvold | Millbrook Courier\nPublished 9:03 p.m. ET June 18, 2024",
        "Smoke rises over the Cardell Logistics warehouse on Route 9 on Tuesday afternoon. "
        "(Jenna Whitfield/Millbrook Courier)",
        "Read more: Millbrook council approves new fire station on Elm Street",
        "Follow us on Facebook and Instagram for breaking news alerts.",
        "Related\nFire chief says department needs 12 more firefighters\n"
        "\"I've never seen anything like it\": Readers share photos of Tuesday's fire\n"
        "Cardell Logistics to expand Route 9 site, says 60 jobs coming to Millbrook",
        "© 2024 Millbrook Courier. All rights reserved.",
    ],
}
