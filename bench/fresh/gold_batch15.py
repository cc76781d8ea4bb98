"""Batch 15 gold: five articles (71-75) written and annotated by hand, independently of the extractor.

Row format as bench/fresh/gold_source.py: (file, content, speakers, via, kind, optional).
`content` occurs exactly once in its file, or is given as (text, n) for the n-th occurrence (1-based).
BOILERPLATE lists the page-junk blocks of each file (each occurs exactly once).
"""

F71 = "71_peru_copper_water_permit.txt"
F72 = "72_brayford_meadow_homes.txt"
F73 = "73_rydr_senate_hearing.txt"
F74 = "74_pallekele_odi_ashby.txt"
F75 = "75_yellow_sea_trawler_collision.txt"

# 71
ANA = [
    "National Water Authority",
    "The National Water Authority",
    "Peru's National Water Authority",
    "ANA",
    "water authority",
    "resolution",
]
VILLACORTA = ["Rosa Villacorta"]
HALVARD = [
    "Halvard Minerals",
    "Halvard",
    "the company",
    "company",
    "Vancouver-based company",
    "statement",
]
HALVARD_LETTER = HALVARD + ["letter", "a letter seen by AFP"]
OSTRANDER = ["Graham Ostrander"]
MINEM = [
    "energy and mines ministry",
    "Energy and Mines Ministry",
    "Ministry of Energy and Mines",
    "ministry",
]
OFFICIALS71 = ["Government officials", "government officials", "officials"]
ONE_OFFICIAL71 = ["one official", "official"] + OFFICIALS71
PROTESTERS71 = ["Some 300 people", "300 people", "people", "protesters", "community leaders"]
QUISPE = ["Hilda Quispe Mamani", "Hilda Quispe"]
HEALTH_STUDY = ["A Health Ministry study", "Health Ministry study", "study", "Health Ministry"]
ANALYSTS71 = ["Analysts", "analysts"]
ECHEVERRIA = ["Daniela Echeverria"]
CANADA_EMBASSY = [
    "Canada's embassy in Lima",
    "Canada's embassy",
    "Canadian embassy",
    "embassy",
    "Canada",
]
# 72
RESIDENTS72 = ["residents", "Residents"]
PUBLIC_GALLERY = ["public gallery", "the public gallery", "residents", "campaigners"]
CAMPAIGNERS72 = ["Campaigners", "campaigners", "Save Pudding Meadow"]
AMOS = ["Derek Amos", "Cllr Derek Amos"]
OFFICERS72 = [
    "planning officers",
    "officers",
    "report",
    "planning officers’ report",
    "planning officers' report",
]
EA = ["Environment Agency", "The Environment Agency", "the agency", "agency", "letter"]
MILL_CLOSE = ["residents of Mill Close", "Mill Close residents", "residents"]
DUNMORE = ["Margaret Dunmore"]
SAVE_MEADOW = ["Save Pudding Meadow", "Peter Welland"]
WELLAND = ["Peter Welland"]
MEHTA_CROSS = ["Anjali Mehta-Cross", "Cllr Anjali Mehta-Cross"]
FERRIS = ["Tom Ferris"]
HARTWELL_SPOX = [
    "A spokesman for Hartwell Homes",
    "spokesman for Hartwell Homes",
    "spokesman",
    "Hartwell Homes",
    "Hartwell",
]
HARTWELL = ["Hartwell Homes", "Hartwell"]
CARTWRIGHT = ["Helen Cartwright"]
COUNCIL_SPOX = [
    "A council spokesperson",
    "council spokesperson",
    "spokesperson",
    "Tennant Vale District Council",
    "council",
    "the council",
]
# 73
WHITCOMBE = ["Dana Whitcombe"]
HASKETT = ["Lorraine Haskett", "Sen. Lorraine Haskett"]
COLQUITT = ["Wade Colquitt", "Sen. Wade Colquitt"]
SENATORS73 = ["senators from both parties", "senators"]
REPORT73 = [
    "report",
    "The report",
    "94-page report",
    "staff report",
    "subcommittee’s Democratic staff",
    "Democratic staff",
]
ALBRIGHT = ["Teresa Albright"]
RYDR_SPOX = ["a Rydr spokesperson", "Rydr spokesperson", "spokesperson", "Rydr"]
INDUSTRY73 = ["industry groups"]
MFC = ["Mobility Forward Coalition", "The Mobility Forward Coalition"]
# 74
ASHBY = ["Finn Ashby"]
JAYASEKARA = ["Nuwan Jayasekara"]
CRICMETRICS = ["CricMetrics", "analytics firm CricMetrics", "the analytics firm CricMetrics"]
WICKREMARATNE = ["Chaminda Wickremaratne"]
TOLLEMACHE = ["Ben Tollemache"]
# 75
KR_MOFA = [
    "foreign ministry",
    "the foreign ministry",
    "South Korea’s foreign ministry",
    "South Korean foreign ministry",
    "Ministry of Foreign Affairs",
    "Shin Ji-hoon",
]
SHIN = ["Shin Ji-hoon"]
KCG = ["Korea Coast Guard", "the Korea Coast Guard", "coast guard", "the coast guard"]
OFFICIALS75 = ["officials", "coast guard officials", "Korea Coast Guard"]
CN_CAPTAIN = ["the Chinese captain", "Chinese captain", "captain"]
KBS_INVESTIGATORS = ["coast guard investigators", "investigators", "KBS"]
TANG = ["Tang Yiming"]
CCTV = ["CCTV", "China’s state broadcaster CCTV", "China Central Television"]
GT_EXPERT = [
    "an unnamed maritime law expert",
    "unnamed maritime law expert",
    "maritime law expert",
    "expert",
    "Global Times",
    "The Global Times",
]
MOF75 = ["Ministry of Oceans and Fisheries", "The Ministry of Oceans and Fisheries"]
SINAN_ASSOC = [
    "A fishermen’s association in Sinan County",
    "fishermen’s association in Sinan County",
    "fishermen’s association",
    "association",
    "Choi Yong-gu",
]
CHOI = ["Choi Yong-gu"]
EXPERTS75 = ["Experts", "experts"]
KANG = ["Kang Min-seo"]
INDO_EMB = [
    "Indonesian Embassy in Seoul",
    "the Indonesian Embassy in Seoul",
    "Indonesian Embassy",
    "Indonesia",
]

ROWS = [
    # 71
    (F71, "could force it to halt production within weeks", HALVARD, None, "indirect", True),
    (
        F71,
        'the mine had discharged water with "excessive concentrations" of arsenic and copper into the '
        "Challhuamayo river on at least four occasions since October",
        ANA,
        None,
        "mixed",
        False,
    ),
    (
        F71,
        "the suspension would stay in place until an independent audit was completed, and that the "
        'government "will not sit at the table with a company that poisons our rivers."',
        VILLACORTA,
        None,
        "mixed",
        False,
    ),
    (
        F71,
        "will not sit at the table with a company that poisons our rivers.",
        VILLACORTA,
        None,
        "direct",
        True,
    ),
    (
        F71,
        "Peru welcomes foreign investment, but it does not welcome contempt,",
        VILLACORTA,
        None,
        "direct",
        False,
    ),
    (
        F71,
        "For 20 years the communities of Chumbivilcas have been told to be patient. Their patience is over.",
        VILLACORTA,
        None,
        "direct",
        False,
    ),
    (F71, 'the decision "arbitrary and politically motivated"', HALVARD, None, "mixed", False),
    (F71, "it would seek an injunction in Peruvian courts", HALVARD, None, "indirect", False),
    (F71, "its own monitoring showed discharges were within legal limits", HALVARD, None, "indirect", False),
    (
        F71,
        'the government of using environmental rules as "leverage" in stalled talks over a proposed windfall '
        "tax on copper",
        HALVARD,
        None,
        "mixed",
        False,
    ),
    (
        F71,
        "We have invested more than $2.1 billion in Peru and we remain committed to the country, but no one "
        "can run a mine under a permit that can be switched off by decree,",
        OSTRANDER,
        "AFP",
        "direct",
        False,
    ),
    (
        F71,
        "the mine, which produced about 190,000 tonnes of copper last year, had enough water stored in its "
        'process ponds for "two, maybe three weeks" before it would have to scale back',
        OSTRANDER,
        "AFP",
        "mixed",
        False,
    ),
    (
        F71,
        "Tambo Alto accounts for roughly seven percent of Peru's copper output",
        MINEM,
        None,
        "indirect",
        False,
    ),
    (
        F71,
        "the levy would breach a 2013 legal stability agreement that froze its tax regime for 15 years",
        HALVARD,
        None,
        "indirect",
        False,
    ),
    (
        F71,
        "it could bring a claim under the Canada-Peru free trade agreement if the dispute was not settled "
        "within six months",
        HALVARD_LETTER,
        None,
        "indirect",
        False,
    ),
    (
        F71,
        "They can go to Washington, they can go to The Hague, they can go wherever they like,",
        VILLACORTA,
        None,
        "direct",
        False,
    ),
    (F71, "The water belongs to Peruvians.", VILLACORTA, None, "direct", False),
    (F71, "the timing is awkward", OFFICIALS71, None, "indirect", False),
    (
        F71,
        "Nobody in the cabinet wants to be seen as soft on a foreign miner a month before the vote,",
        ONE_OFFICIAL71,
        "AFP",
        "direct",
        False,
    ),
    (F71, "died after drinking from the river", PROTESTERS71, None, "indirect", True),
    (
        F71,
        "They never asked us. They came with their machines and their lawyers, and now our animals are "
        "dying,",
        QUISPE,
        "Radio Sur Andina",
        "direct",
        False,
    ),
    (
        F71,
        "the community would drop its objections only if Halvard paid for a new water treatment plant and an "
        "independent health study of children in the area",
        QUISPE,
        None,
        "indirect",
        False,
    ),
    (
        F71,
        "elevated arsenic levels in the blood of 41 of 120 children tested in the district",
        HEALTH_STUDY,
        None,
        "indirect",
        False,
    ),
    (
        F71,
        "it has spent $38 million on community projects in Chumbivilcas since 2019, including a hospital "
        "wing and two schools",
        HALVARD,
        None,
        "indirect",
        False,
    ),
    (
        F71,
        "the clash was part of a wider push by governments in the region to capture more of the windfall "
        "from record copper prices",
        ANALYSTS71,
        None,
        "indirect",
        False,
    ),
    (F71, "it could chill investment in new projects", ANALYSTS71, None, "indirect", False),
    (F71, "Investors remember Cobre Panama,", ECHEVERRIA, None, "direct", False),
    (
        F71,
        "The government has a legitimate grievance on royalties. But mixing that with an environmental "
        "sanction makes it look like a pressure tactic, and markets will price that in.",
        ECHEVERRIA,
        None,
        "direct",
        False,
    ),
    (
        F71,
        'it was "closely following" the situation and had raised the matter with Peruvian authorities',
        CANADA_EMBASSY,
        None,
        "mixed",
        False,
    ),
    (
        F71,
        "production at Tambo Alto was continuing normally for now, and that the company remained open to "
        'talks "without preconditions."',
        OSTRANDER,
        None,
        "mixed",
        False,
    ),
    # 72
    (F72, "legal fight", CAMPAIGNERS72, None, "indirect", True),
    (F72, "the estate would leave their homes ‘sitting in a bath’", RESIDENTS72, None, "mixed", False),
    (F72, "shame on you", PUBLIC_GALLERY, None, "direct", True),
    (
        F72,
        "he had ‘agonised’ over the decision but that the council could not defend a refusal at appeal",
        AMOS,
        None,
        "mixed",
        False,
    ),
    (
        F72,
        "I understand how strongly people feel, and I live two miles from that meadow myself,",
        AMOS,
        None,
        "direct",
        False,
    ),
    (
        F72,
        "But our own officers and the Environment Agency have told us there are no technical grounds to "
        "refuse. "
        "If we throw this out tonight, the developer goes to appeal, wins, and the council tax payers of "
        "this district pick up the bill.",
        AMOS,
        None,
        "direct",
        False,
    ),
    (
        F72,
        "the development would deliver 96 affordable homes, 40 per cent of the total, and a £1.2m "
        "contribution towards a new classroom block at Brayford Primary School",
        OFFICERS72,
        None,
        "indirect",
        False,
    ),
    (
        F72,
        "the revised scheme would ‘not increase flood risk elsewhere’ provided the ponds were properly "
        "maintained",
        EA,
        None,
        "mixed",
        False,
    ),
    (
        F72,
        "that assurance meant little to people who had been flooded twice since 2020",
        MILL_CLOSE,
        None,
        "indirect",
        False,
    ),
    (
        F72,
        "water had come through her back door in February 2020 and again in January 2024",
        DUNMORE,
        None,
        "indirect",
        False,
    ),
    (
        F72,
        "The first time, the insurance paid. The second time, they doubled my premium. If there is a third "
        "time I don’t know what I’ll do,",
        DUNMORE,
        None,
        "direct",
        False,
    ),
    (
        F72,
        "Every time they put concrete somewhere, the water has to go somewhere else. It isn’t rocket "
        "science.",
        DUNMORE,
        None,
        "direct",
        False,
    ),
    (F72, "it was considering a legal challenge", SAVE_MEADOW, None, "indirect", False),
    (
        F72,
        "The drainage model assumes those ponds will be cleared out every year for the next 100 years. Who "
        "is going to do that? Hartwell will be long gone.",
        WELLAND,
        None,
        "direct",
        False,
    ),
    (
        F72,
        "We will be taking advice from our solicitors this week. This is not over.",
        WELLAND,
        None,
        "direct",
        False,
    ),
    (
        F72,
        "the district needed new homes ‘desperately’ but that this was ‘the wrong site, full stop’",
        MEHTA_CROSS,
        None,
        "mixed",
        False,
    ),
    (
        F72,
        "We are being asked to trust a drainage plan on a site that was under water in February. I’m sorry, "
        "but I have been down there in my wellies and I don’t trust it.",
        MEHTA_CROSS,
        None,
        "direct",
        False,
    ),
    (
        F72,
        "the alternative was ‘another 240 families stuck on the housing waiting list’",
        FERRIS,
        None,
        "mixed",
        False,
    ),
    (
        F72,
        "the company was ‘delighted’ with the decision and would ‘continue to work closely with the "
        "community’ as detailed plans were drawn up",
        HARTWELL_SPOX,
        None,
        "mixed",
        False,
    ),
    (
        F72,
        "Meadow Lane has been designed from the outset with flood resilience in mind,",
        HARTWELL_SPOX,
        None,
        "direct",
        False,
    ),
    (
        F72,
        "No homes will be built in flood zone 3, and the meadow itself will remain untouched and open to the "
        "public.",
        HARTWELL_SPOX,
        None,
        "direct",
        False,
    ),
    (
        F72,
        "she had written to the Housing Secretary asking for the application to be called in",
        CARTWRIGHT,
        "BBC Coventry & Warwickshire",
        "indirect",
        False,
    ),
    (
        F72,
        "Local people have done everything right here. They have turned up, they have written in, they have "
        "made their case. They deserve to have it looked at again by someone outside the district,",
        CARTWRIGHT,
        "BBC Coventry & Warwickshire",
        "direct",
        False,
    ),
    (F72, "the MP’s letter had been received", COUNCIL_SPOX, None, "indirect", False),
    (F72, "the authority would ‘cooperate fully’ with any review", COUNCIL_SPOX, None, "mixed", False),
    (F72, "building work could start in spring 2027", HARTWELL, None, "indirect", False),
    # 73
    (F73, ("Your own documents have the number", 1), HASKETT, None, "direct", True),
    (F73, "it of putting growth ahead of passenger safety", SENATORS73, None, "indirect", False),
    (F73, "Rydr had “made mistakes”", WHITCOMBE, None, "mixed", False),
    (
        F73,
        "rides on its platform were “overwhelmingly safe” and that the company had invested more than $600 "
        "million in safety features since 2023",
        WHITCOMBE,
        None,
        "mixed",
        False,
    ),
    (
        F73,
        "One incident is one too many, and I am not here to tell you that we have gotten everything right,",
        WHITCOMBE,
        None,
        "direct",
        False,
    ),
    (
        F73,
        "But I am here to tell you that a Rydr trip today is safer than it has ever been.",
        WHITCOMBE,
        None,
        "direct",
        False,
    ),
    (
        F73,
        "Rydr received more than 11,000 reports of sexual assault or misconduct in the United States between "
        "2022 "
        "and 2024, and that it allowed hundreds of drivers who had been removed after complaints to return "
        "to the app, sometimes under a different account",
        REPORT73,
        None,
        "indirect",
        False,
    ),
    (
        F73,
        "Do you know how many drivers were deactivated for sexual misconduct and then put back on the road?",
        HASKETT,
        None,
        "direct",
        False,
    ),
    (F73, "I don’t have that figure in front of me, senator,", WHITCOMBE, None, "direct", False),
    (F73, "Your own documents have the number, Ms. Whitcombe. It’s 1,142,", HASKETT, None, "direct", False),
    (
        F73,
        "One thousand, one hundred and forty-two. Those are your internal numbers, not mine.",
        HASKETT,
        None,
        "direct",
        False,
    ),
    (
        F73,
        "many of the reinstated drivers had been cleared by an internal investigation and that the company "
        "had since changed its policy so that any driver accused of sexual assault is suspended until the "
        "review is complete",
        WHITCOMBE,
        None,
        "indirect",
        False,
    ),
    (
        F73,
        "he had heard from “too many families in my state” whose daughters had been attacked by Rydr drivers",
        COLQUITT,
        None,
        "mixed",
        False,
    ),
    (
        F73,
        "why the company had spent more than $2 million fighting a 2024 Oklahoma law requiring in-car "
        "cameras",
        COLQUITT,
        None,
        "indirect",
        True,
    ),
    (
        F73,
        "I’m a free-market guy. I don’t want Washington telling businesses how to run their app,",
        COLQUITT,
        None,
        "direct",
        False,
    ),
    (
        F73,
        "But when the free market produces this, somebody has to answer for it.",
        COLQUITT,
        None,
        "direct",
        False,
    ),
    (
        F73,
        "the company had opposed the Oklahoma bill over concerns about driver privacy, not cost, and had "
        "since rolled out optional dashcams in 40 cities",
        WHITCOMBE,
        None,
        "indirect",
        False,
    ),
    (
        F73,
        "the company took six weeks to respond to her complaint and then offered her daughter a $50 ride "
        "credit",
        ALBRIGHT,
        None,
        "indirect",
        False,
    ),
    (F73, "Fifty dollars,", ALBRIGHT, None, "direct", False),
    (F73, "That is what my daughter was worth to them.", ALBRIGHT, None, "direct", False),
    (F73, "the company’s response had been “unacceptable.”", WHITCOMBE, None, "mixed", False),
    (
        F73,
        "the staff report relied on “cherry-picked data” and ignored the more than 3 billion trips the "
        "company completed during the period it examined",
        RYDR_SPOX,
        None,
        "mixed",
        False,
    ),
    (
        F73,
        "More than 99.9 percent of Rydr trips end without any safety report at all,",
        RYDR_SPOX,
        None,
        "direct",
        False,
    ),
    (
        F73,
        "she expected a committee markup “within weeks” and believed the bill could win 70 votes on the "
        "floor",
        HASKETT,
        None,
        "mixed",
        False,
    ),
    (
        F73,
        "he backed “the goals” of the legislation but wanted changes to its data-sharing provisions",
        COLQUITT,
        None,
        "mixed",
        False,
    ),
    (F73, "could expose drivers to false accusations", INDUSTRY73, None, "indirect", True),
    (F73, "the bill “treats every driver as a suspect.”", MFC, None, "mixed", False),
    (F73, "We’ll keep working with the committee.", WHITCOMBE, None, "direct", False),
    (
        F73,
        "safety would be “the number one topic” at the company’s investor day in May",
        WHITCOMBE,
        "Bloomberg",
        "mixed",
        False,
    ),
    # 74
    (F74, "Sri Lanka were 'at least 20 short'", JAYASEKARA, None, "mixed", True),
    (F74, "Honestly, that's probably the best I've batted in an ODI,", ASHBY, None, "direct", False),
    (
        F74,
        "The ball was gripping and stopping a bit early on, so the plan was just to take it deep and trust "
        "that the big overs would come. Callum took a lot of pressure off me at the other end.",
        ASHBY,
        None,
        "direct",
        False,
    ),
    (
        F74,
        "he had spent much of the winter working on his game against spin with batting coach Craig Marsden",
        ASHBY,
        None,
        "indirect",
        False,
    ),
    (
        F74,
        "I got a life and I was determined to make it count. You don't get many second chances against this "
        "attack in these conditions.",
        ASHBY,
        None,
        "direct",
        False,
    ),
    (F74, 'his side had been "at least 20 runs short"', JAYASEKARA, None, "mixed", False),
    (F74, "At 210 for 3 we were looking at 300,", JAYASEKARA, None, "direct", False),
    (
        F74,
        "We gave away too many soft wickets in that middle period, and against a side like New Zealand you "
        "can't do that. Credit to Finn, he played a special knock.",
        JAYASEKARA,
        None,
        "direct",
        False,
    ),
    (F74, "I saw the replay and I'm still not sure,", JAYASEKARA, None, "direct", False),
    (
        F74,
        "But the umpires have the technology and we have to accept it.",
        JAYASEKARA,
        None,
        "direct",
        False,
    ),
    (F74, 'it was "part of the game"', JAYASEKARA, None, "mixed", False),
    (
        F74,
        "Sri Lanka have now put down 11 catches in their last four ODIs",
        CRICMETRICS,
        None,
        "indirect",
        False,
    ),
    (
        F74,
        "the team would look at its combination for the final match, with the top order's strike rate "
        "against spin a particular worry",
        WICKREMARATNE,
        "Daily Mirror",
        "indirect",
        False,
    ),
    (
        F74,
        "We have to be honest with ourselves. We are losing games in the middle overs, not at the death,",
        WICKREMARATNE,
        "Daily Mirror",
        "direct",
        False,
    ),
    (F74, "his bowlers for dragging the game back", TOLLEMACHE, None, "indirect", True),
    (F74, "When Sahan was going, I thought we might be chasing 320,", TOLLEMACHE, None, "direct", False),
    (
        F74,
        "But the way Josh and the seamers squeezed in the middle overs was outstanding. That's where we won "
        "it.",
        TOLLEMACHE,
        None,
        "direct",
        False,
    ),
    (
        F74,
        "fast bowler Ollie Brandt would miss the final match in Colombo on Tuesday with a side strain",
        TOLLEMACHE,
        None,
        "indirect",
        False,
    ),
    (
        F74,
        'New Zealand would "probably" hand a debut to 21-year-old seamer Jesse Tait-Morgan',
        TOLLEMACHE,
        None,
        "mixed",
        False,
    ),
    (
        F74,
        "He's been brilliant in the nets all tour. If the surface in Colombo has a bit in it, he'll play,",
        TOLLEMACHE,
        None,
        "direct",
        False,
    ),
    (F74, 'the young seamer had "nothing to be ashamed of"', JAYASEKARA, None, "mixed", False),
    # 75
    (
        F75,
        "South Korea lodged a formal protest with China on Thursday after a Chinese fishing vessel rammed a "
        "South Korean fishing boat in the Yellow Sea, leaving one sailor dead and two missing",
        KR_MOFA,
        None,
        "indirect",
        False,
    ),
    (
        F75,
        "Seoul had summoned the Chinese Embassy’s deputy chief of mission and demanded “a swift, thorough "
        "and transparent investigation” as well as punishment of those responsible",
        SHIN,
        None,
        "mixed",
        False,
    ),
    (
        F75,
        "The government takes this incident very seriously. The loss of life of our nationals is a matter "
        "that cannot be overlooked,",
        SHIN,
        None,
        "direct",
        False,
    ),
    (
        F75,
        "We have asked the Chinese side to cooperate fully with the search for the missing crew and to take "
        "concrete measures to prevent illegal fishing by Chinese vessels in our waters.",
        SHIN,
        None,
        "direct",
        False,
    ),
    (
        F75,
        "The 29-ton Geumseong-ho, with nine crew aboard, was struck on its port side by a steel-hulled "
        "Chinese trawler at around 4:30 a.m. Wednesday, some 70 kilometers west of Gageo Island off the "
        "southwestern coast",
        KCG,
        None,
        "indirect",
        False,
    ),
    (F75, "Six crew members were rescued by a nearby fishing boat", KCG, None, "indirect", False),
    (
        F75,
        "The Chinese vessel left the scene after the collision and was intercepted by a coast guard patrol "
        "ship about three hours later",
        OFFICIALS75,
        None,
        "indirect",
        False,
    ),
    (
        F75,
        "he had not noticed the collision in the dark and had believed his boat had struck floating debris",
        CN_CAPTAIN,
        "Yonhap",
        "indirect",
        False,
    ),
    (
        F75,
        "the trawler had switched off its automatic identification system (AIS) transponder several hours "
        "before the crash",
        KBS_INVESTIGATORS,
        "KBS",
        "indirect",
        False,
    ),
    (
        F75,
        "The collision took place inside South Korea’s exclusive economic zone but close to the edge of a "
        "provisional measures zone jointly managed by the two countries under a 2001 fisheries agreement",
        KCG,
        None,
        "indirect",
        False,
    ),
    (
        F75,
        "China “attaches importance” to the incident and was in communication with South Korea through "
        "diplomatic channels",
        TANG,
        "Xinhua",
        "mixed",
        False,
    ),
    (
        F75,
        "The Chinese side has asked the relevant departments to verify the situation as soon as possible. We "
        "hope the South Korean side will handle the matter in an objective and fair manner and guarantee the "
        "legitimate rights and interests of the Chinese crew,",
        TANG,
        "Xinhua",
        "direct",
        False,
    ),
    (
        F75,
        "China “has always required its fishing vessels to abide by relevant laws and regulations.”",
        TANG,
        None,
        "mixed",
        False,
    ),
    (
        F75,
        "the collision happened in “waters where the fishing zones of the two countries overlap” and that "
        "the Chinese boat had been “operating normally.”",
        CCTV,
        None,
        "mixed",
        False,
    ),
    (
        F75,
        "South Korea’s coast guard had “a history of using excessive force” against Chinese fishermen",
        GT_EXPERT,
        "Global Times",
        "mixed",
        False,
    ),
    (F75, "Seoul not to “politicize” the accident", GT_EXPERT, "Global Times", "mixed", False),
    (
        F75,
        "it would step up joint patrols with the coast guard in the area and review whether penalties for "
        "illegal fishing should be raised",
        MOF75,
        None,
        "indirect",
        False,
    ),
    (
        F75,
        "the government to station more patrol ships near the zone’s boundary",
        SINAN_ASSOC,
        None,
        "indirect",
        False,
    ),
    (
        F75,
        "Our boats go out there knowing the Chinese trawlers are bigger and faster, and that they do not "
        "stop,",
        CHOI,
        "Mokpo Ilbo",
        "direct",
        False,
    ),
    (
        F75,
        "the timing made it likely both governments would try to contain the fallout",
        EXPERTS75,
        None,
        "indirect",
        False,
    ),
    (
        F75,
        "Neither Seoul nor Beijing wants this to derail the thaw that began last year,",
        KANG,
        None,
        "direct",
        False,
    ),
    (
        F75,
        "But the public reaction here will be strong, especially if it turns out the boat was fishing "
        "illegally and fled the scene.",
        KANG,
        None,
        "direct",
        False,
    ),
    (
        F75,
        "The families of the missing Indonesian crew members have been informed",
        INDO_EMB,
        "Reuters",
        "indirect",
        False,
    ),
    (F75, "it was in close contact with the coast guard", INDO_EMB, "Reuters", "indirect", False),
]

BOILERPLATE = {
    F71: [
        "LatAm Markets Today\n"
        "Home | Markets | Mining | Energy | Agribusiness | Politics | Opinion | Newsletters\n"
        "Search   Log in",
        "MINING",
        "AFP\nPublished March 9, 2026, 7:52 PM ET | 5 min read",
        "Trucks wait at a roadblock on the access road to the Tambo Alto copper mine in Velille, Cusco "
        "region, on January 21, 2026. (Photo by Ernesto Benavides-Ruiz / AFP)",
        "Read more: Chile's Codelco warns of output slump as ore grades keep falling",
        "rv/mel/jgc",
        "Related coverage\n"
        "- Panama says Cobre Panama restart talks could wrap up by mid-year\n"
        '- Chile mining chief: new royalty "not the last word" on taxes\n'
        "- Peru's presidential race: who are the frontrunners?",
        "Get the Andes Brief, our free weekday newsletter on Latin American markets and politics. Sign up "
        "now",
        "Topics: Peru, Copper, Mining, Halvard Minerals, Canada, Water, Royalties",
        "© 2026 LatAm Markets Today. Wire content © Agence France-Presse. All rights reserved.",
    ],
    F72: [
        "Tennant Vale Echo\n"
        "News | Sport | What’s On | Property | Jobs | Family Notices | Advertise | Contact us\n"
        "Subscribe | Sign in",
        "NEWS > LOCAL NEWS > BRAYFORD",
        "By Sophie Ingram-Bell, Local Democracy Reporting Service\n"
        "15:06, 18 MAR 2026 | Updated 17:40, 18 MAR 2026",
        "Campaigners from Save Pudding Meadow outside Tennant House before Tuesday’s meeting. Picture: "
        "Sophie Ingram-Bell",
        "Read more: ‘We were flooded twice in four years’ – Mill Close residents count the cost",
        "The Local Democracy Reporting Service is a public service news agency funded by the BBC and used by "
        "local newspapers, radio and online services across the UK.",
        "MOST READ\n"
        "- Brayford bypass closed overnight for resurfacing\n"
        "- ‘Our butcher is the heart of the high street’: shop shuts after 62 years\n"
        "- Police appeal after car set alight in Tennant Road",
        "Want more local news? Sign up to the Tennant Vale Echo’s free daily newsletter and get the day’s "
        "top stories straight to your inbox.",
        "Tags: Brayford, Planning, Flooding, Housing, Tennant Vale District Council",
        "Comments (47)",
        "© 2026 Tennant Vale Echo, part of Midshire Media Ltd. Registered in England and Wales No. 04471190.",
    ],
    F73: [
        "HILL DISPATCH\n"
        "Congress | White House | Campaigns | Policy | Tech | Newsletters | Podcasts | Events\n"
        "Subscribe   Sign In",
        "TECHNOLOGY",
        "By Marcus Delacroix-Wynn\n03/11/2026 06:14 PM EDT\nUpdated: 03/11/2026 08:02 PM EDT",
        "Rydr CEO Dana Whitcombe testifies before a Senate Commerce subcommittee on Wednesday. | Francis "
        "Chung-Ortiz/Hill Dispatch",
        "READ MORE: Ride-hailing giants spent record $31M on lobbying last year",
        "Jordan Feld-Ramirez contributed to this report.",
        "RELATED\n"
        "- Uber, Lyft say driver background checks already ‘industry-leading’\n"
        "- Haskett: Big Tech ‘can’t keep grading its own homework’\n"
        "- Senate Commerce advances autonomous vehicle safety bill",
        "Tech Dispatch: the policy fights shaping Silicon Valley, in your inbox every Tuesday and Thursday. "
        "Sign up",
        "Filed under: Senate, Technology, Ride-hailing, Rydr, Lorraine Haskett, Wade Colquitt, Consumer "
        "protection",
        "© 2026 Hill Dispatch LLC. All rights reserved. | Privacy Policy | Terms of Service | Ad Choices",
    ],
    F74: [
        "CricketDesk\nLive Scores | Series | Teams | News | Features | Videos | Rankings | Fantasy\nSign in",
        "New Zealand tour of Sri Lanka 2026 · 2nd ODI · Pallekele",
        "Report by Ravindu Senanayake-Hart\nMar 7, 2026, 10:48 PM IST",
        "New Zealand 274 for 6 (Ashby 118*, Whitford 61, Madushan 3-48) beat Sri Lanka 271 for 8 "
        "(Weerasooriya 88, Dias-Gunawardena 54, Carrick 3-41) by four wickets",
        "Finn Ashby celebrates his hundred at Pallekele. Photo: SLC",
        "Read more: Madushan in line for T20 World Cup call-up after breakthrough year",
        "RELATED\n"
        "- 'We'll come back stronger' - Jayasekara after first-ODI defeat\n"
        "- Tollemache says New Zealand 'not thinking about a whitewash'\n"
        "- ICC ODI rankings: Ashby climbs 14 places to career-best 11th",
        "ALSO READ\n- ICC ODI team rankings: where New Zealand stand after Pallekele",
        "Follow CricketDesk on WhatsApp and Instagram for live updates, scorecards and highlights.",
        "Tags: Sri Lanka vs New Zealand, Finn Ashby, Nuwan Jayasekara, Ben Tollemache, ODI cricket",
        "© 2026 CricketDesk Media Pvt Ltd. All rights reserved.",
    ],
    F75: [
        "THE KOREA BULLETIN\n"
        "National | Politics | North Korea | Business | World | Culture | Opinion | Video\n"
        "한국어 | 日本語 | 中文",
        "POLITICS > DIPLOMACY",
        "By Yoon Ha-eun\nPublished : 2026-04-02 18:21 | Updated : 2026-04-02 21:05",
        "The 29-ton Geumseong-ho, right, is towed into Mokpo Port on Thursday after colliding with a Chinese "
        "trawler in the Yellow Sea. (Yonhap)",
        "Read more: Chinese boats caught fishing illegally in Korean waters up 18% in 2025",
        "hayoon@koreabulletin.com",
        "Most Popular\n"
        "- Coast guard says Chinese crew ‘showed no remorse’, sources claim\n"
        "- Lee approval rating falls to 48%: Gallup Korea\n"
        "- Samsung to invest W20tr in new Pyeongtaek chip line",
        "Subscribe to The Korea Bulletin’s daily newsletter for the top headlines from Korea, delivered "
        "every morning.",
        "Tags: China, fishing, Yellow Sea, coast guard, Ministry of Foreign Affairs, Korea-China relations",
        "ⓒ The Korea Bulletin. All rights reserved. Unauthorized reproduction, redistribution and use for AI "
        "training prohibited.",
    ],
}
