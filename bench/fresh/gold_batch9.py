"""Batch 9 gold: five articles written and annotated by hand, independently of the extractor.

Row format as bench/fresh/gold_source.py: (file, content, speakers, via, kind, optional).
`content` occurs exactly once in its file, or is given as (text, n) for the n-th occurrence (1-based).
BOILERPLATE lists the page-junk blocks of each file (each occurs exactly once).
"""

F41 = "41_doha_ceasefire_talks.txt"
F42 = "42_eu_china_cheese_duties.txt"
F43 = "43_parcelwise_breach.txt"
F44 = "44_up_election_phase4.txt"
F45 = "45_lima_pension_protest.txt"

KHULAIFI = ["Nasser al-Khulaifi", "Nasser Al-Khulaifi"]
HAMAS_OFF = ["Hamas official", "a Hamas official", "official"]
PMO = [
    "Israeli prime minister’s office",
    "Israeli prime minister's office",
    "prime minister’s office",
    "prime minister's office",
    "Israeli Prime Minister's Office",
]
SOURCES = ["two sources briefed on the talks", "sources briefed on the talks", "two sources", "sources"]
EGY_OFF = [
    "senior Egyptian security official",
    "a senior Egyptian security official",
    "Egyptian security official",
]
IRAN_UN = [
    "Iran’s mission to the United Nations",
    "Iran's mission to the United Nations",
    "Iranian mission to the United Nations",
    "Iran's UN mission",
    "Iran",
]
CIVIL_DEF = [
    "civil defence agency",
    "territory’s civil defence agency",
    "Gaza's civil defence agency",
    "Gaza civil defence agency",
    "civil defence",
]
ABU_SAMRA = ["Yousef Abu Samra"]
IDF = ["Israeli military", "military", "Israel Defense Forces", "IDF", "Israeli army"]
GAZA_MOH = ["Gaza health ministry", "health ministry", "Gaza Health Ministry", "Ministry of Health in Gaza"]
RALLY = ["several thousand people", "protesters", "demonstrators", "people"]
BEN_AMI = ["Noa Ben-Ami"]
RAGAB = ["Ahmed Fathy Ragab"]
MOFCOM = [
    "Ministry of Commerce",
    "China’s Ministry of Commerce",
    "China's Ministry of Commerce",
    "Chinese Ministry of Commerce",
    "commerce ministry",
    "Mofcom",
    "MOFCOM",
    "ministry",
    "China",
]
FERR = ["Joaquín Ferrándiz", "Joaquin Ferrandiz"]
COMM_OFF = ["Commission official", "a Commission official", "European Commission official", "official"]
ROUV = ["Amélie Rouvière", "Amelie Rouviere"]
CHAMBER = [
    "European Union Chamber of Commerce in China",
    "EU Chamber of Commerce in China",
    "European Chamber",
    "EU Chamber",
    "chamber",
]
OLDENBURG = ["Jens Oldenburg"]
LIN = ["Lin Jiahui"]
MERTENS = ["Sabine Mertens"]
PW = ["Parcelwise", "company"]
OKAFOR = ["Daniel Okafor"]
GREAVES = ["Tamsin Greaves"]
PW_SPOKES = [
    "Parcelwise spokesperson",
    "company spokesperson",
    "spokesperson",
    "a company spokesperson",
    "Parcelwise",
]
ICO = [
    "Information Commissioner's Office",
    "UK Information Commissioner's Office",
    "Information Commissioner’s Office",
    "ICO",
]
MARQUEZ = ["Elena Márquez-Whitfield", "Elena Marquez-Whitfield"]
LAWSUIT = [
    "lawsuit",
    "suit",
    "complaint",
    "class-action lawsuit",
    "proposed class-action lawsuit",
    "One of them",
]
CHANDRA = ["Ravi Chandrasekaran"]
YADAV = ["Dharmendra Pal Yadav"]
CEO_UP = [
    "office of the state's chief electoral officer",
    "office of the chief electoral officer",
    "state's chief electoral officer",
    "chief electoral officer",
]
SHUKLA = ["Mahendra Nath Shukla"]
BHARTI = ["Santosh Kumar Bharti"]
QURESHI = ["Nasreen Qureshi"]
FARMERS = ["farmers", "farmers gathered at a tea stall", "farmers gathered at a tea stall on the highway"]
KUSHWAHA = ["Ramkishore Kushwaha"]
EC = ["Election Commission", "Election Commission of India", "commission", "EC", "ECI"]
VPS = ["Virendra Pratap Singh"]
HEALTH_PE = ["Health Ministry", "Peru's Health Ministry", "Ministry of Health"]
MOTHER = ["student’s mother", "student's mother", "mother"]
INTERIOR = ["Interior Ministry", "Peru's Interior Ministry", "Ministry of the Interior"]
VILLANUEVA = ["Óscar Villanueva Quispe", "Oscar Villanueva Quispe", "Óscar Villanueva", "Oscar Villanueva"]
ORGANISERS = ["Organisers", "organizers", "General Confederation of Workers of Peru", "CGTP"]
MAMANI = ["Rosa Elvira Mamani"]
CARDENAS = ["Jerónimo Cárdenas", "Jeronimo Cardenas"]
BELAUNDE = ["Francisco Belaúnde Rey", "Francisco Belaunde Rey"]
OMBUDSMAN = [
    "Ombudsman’s Office",
    "Ombudsman's Office",
    "Peru's Ombudsman's Office",
    "Defensoría del Pueblo",
    "Defensoria del Pueblo",
    "Ombudsman",
]
ALIAGA_SPOKES = [
    "spokeswoman for President Mercedes Aliaga",
    "a spokeswoman for President Mercedes Aliaga",
    "spokeswoman",
]

ROWS = [
    # 41: ceasefire talks reported through several outlets. Curly double quotes; a standfirst with "official
    # says"; "what mediators called"; a spokesman at a briefing with a trailing sentence; an anonymous
    # official "told AFP" and then "the official said"; a prime minister's office statement; sources "told
    # Reuters"; a state agency quoting an official; a UN mission; an agency with figures; a witness (quote,
    # then "He told Al Jazeera"); the military; "according to Israeli tallies"; a rally as group speaker; a
    # relative as "the 34-year-old"; a cataphoric quote ("The warning came from ..."), via a broadcaster;
    # narrative sentences.
    (F41, "Hamas wants written guarantees on troop withdrawal", HAMAS_OFF, None, "indirect", True),
    (
        F41,
        "a final push to close the gaps in a three-phase ceasefire agreement",
        ["mediators"],
        None,
        "indirect",
        True,
    ),
    (
        F41,
        "We are closer than we have been at any point since the spring, but closer is not the same as close,",
        KHULAIFI,
        None,
        "direct",
        False,
    ),
    (
        F41,
        "There are still two or three issues on which neither side has moved an inch.",
        KHULAIFI,
        None,
        "direct",
        True,
    ),
    (
        F41,
        "Egyptian and American mediators had presented a “bridging proposal” on Tuesday night that dealt "
        "with the sequencing of hostage and prisoner releases",
        KHULAIFI,
        None,
        "mixed",
        False,
    ),
    (
        F41,
        "the movement had accepted the new timetable “in principle” but was still demanding written "
        "guarantees that Israeli forces would withdraw from the Philadelphi corridor, the narrow strip "
        "along Gaza’s border with Egypt",
        HAMAS_OFF,
        "AFP",
        "mixed",
        False,
    ),
    (
        F41,
        "We have been burned before. Without guarantees from the Americans, there is nothing to sign,",
        HAMAS_OFF,
        None,
        "direct",
        False,
    ),
    (
        F41,
        "its delegation had been given “a broad but not unlimited mandate” and that Israel would not accept "
        "any arrangement that allowed Hamas to rearm through tunnels under the border",
        PMO,
        None,
        "mixed",
        False,
    ),
    (
        F41,
        "Israel was now prepared to reduce, but not end, its troop presence along the corridor during the "
        "first 42-day phase",
        SOURCES,
        "Reuters",
        "indirect",
        False,
    ),
    (
        F41,
        "Cairo had received “positive signals from both parties” and that an announcement could come "
        "“within days” if the momentum held",
        EGY_OFF,
        "MENA",
        "mixed",
        False,
    ),
    (
        F41,
        "a ceasefire in Gaza was “the only thing” that could delay Tehran’s response to the killing of a "
        "Hamas leader in its capital last month",
        IRAN_UN,
        None,
        "mixed",
        False,
    ),
    (
        F41,
        "Israeli strikes had killed at least 31 people since dawn, among them 11 members of one family "
        "whose home in the Sheikh Radwan neighbourhood was hit shortly before midday",
        CIVIL_DEF,
        None,
        "indirect",
        False,
    ),
    (
        F41,
        "They were sleeping. The children were sleeping in the hallway because they thought it was the "
        "safest room,",
        ABU_SAMRA,
        None,
        "direct",
        False,
    ),
    (
        F41,
        "rescuers had dug with their hands for almost three hours because there was no fuel left for the "
        "bulldozer",
        ABU_SAMRA,
        "Al Jazeera",
        "indirect",
        False,
    ),
    (
        F41,
        "it had struck “a Hamas command and control compound” in the area and that it had taken steps to "
        "reduce harm to civilians, including the use of precise munitions",
        IDF,
        None,
        "mixed",
        False,
    ),
    (
        F41,
        "Israel launched its offensive after Hamas-led militants attacked southern Israel on October 7, "
        "killing about 1,200 people and taking 251 hostages",
        ["Israeli tallies", "Israel"],
        None,
        "indirect",
        True,
    ),
    (F41, "more than 39,900 Palestinians have been killed since then", GAZA_MOH, None, "indirect", False),
    (
        F41,
        "the government to seize what they described as perhaps the last chance to bring the remaining "
        "hostages home alive",
        RALLY,
        None,
        "indirect",
        False,
    ),
    (F41, "Every round of talks, they tell us it is the final round,", BEN_AMI, None, "direct", False),
    (
        F41,
        "We have stopped believing the word ‘final’. We only believe in buses coming back across the border.",
        BEN_AMI,
        None,
        "direct",
        True,
    ),
    (F41, "The window is open, but it will not stay open forever.", RAGAB, "BBC", "direct", False),
    (
        F41,
        "he expected Hamas’s leadership inside Gaza, rather than its political bureau abroad, to have the "
        "final word on any deal",
        RAGAB,
        None,
        "indirect",
        False,
    ),
    # 42: EU-China trade dispute, British curly single quotes (apostrophes share the closing mark). A
    # standfirst with "says"; a ministry in the lede, then its statement "carried by" Xinhua, a direct quote
    # with "adding that"; "denied"; a spokesperson at the midday briefing (mixed, direct with a trailing
    # sentence); an anonymous official; a minister who "called" the duties something; a business chamber
    # "warned that"; its president with a quote running over two paragraphs; a foreign ministry spokesperson
    # (mixed, "urged", cue inside the clause); "according to Eurostat"; an economist with surname-only cue.
    (
        F42,
        "Beijing’s move is ‘unjustified’",
        ["Brussels", "European Commission", "Commission", "EU", "Joaquín Ferrándiz", "Joaquin Ferrandiz"],
        None,
        "mixed",
        True,
    ),
    (
        F42,
        "to defend farmers at WTO",
        ["Brussels", "European Commission", "Commission", "EU", "Joaquín Ferrándiz", "Joaquin Ferrandiz"],
        None,
        "indirect",
        True,
    ),
    (
        F42,
        "China will impose provisional anti-dumping duties of up to 42.7 per cent on a range of European "
        "cheeses and cream from next week",
        MOFCOM,
        None,
        "indirect",
        False,
    ),
    (
        F42,
        "a preliminary investigation had found that subsidised EU dairy products were being sold in China "
        "below cost and had caused ‘substantial damage’ to domestic producers",
        MOFCOM,
        "Xinhua",
        "mixed",
        False,
    ),
    (
        F42,
        "The measures are a legitimate trade remedy taken in accordance with Chinese law and WTO rules, and "
        "are not directed at any particular country,",
        MOFCOM,
        None,
        "direct",
        False,
    ),
    (
        F42,
        "the duties would take effect on 29 October and be collected in the form of cash deposits",
        MOFCOM,
        None,
        "indirect",
        False,
    ),
    (F42, "any link between the two cases", ["Chinese officials", "officials"], None, "indirect", True),
    (
        F42,
        "the EU ‘strongly regrets’ the decision and considered the Chinese investigation to be ‘based on "
        "questionable allegations and insufficient evidence’",
        FERR,
        None,
        "mixed",
        False,
    ),
    (
        F42,
        "We will analyse the provisional measures very carefully and we will take all necessary steps to "
        "defend the interests of the EU dairy sector, including at the WTO,",
        FERR,
        None,
        "direct",
        False,
    ),
    (F42, "Nothing is excluded.", FERR, None, "direct", True),
    (F42, "a request was being drafted and could be filed ‘within weeks’", COMM_OFF, None, "mixed", False),
    (
        F42,
        "the duties ‘a punishment inflicted on our farmers for a quarrel about cars’",
        ROUV,
        None,
        "mixed",
        False,
    ),
    (
        F42,
        "Paris would ask the Commission to speed up emergency aid for affected producers",
        ROUV,
        None,
        "indirect",
        False,
    ),
    (F42, "the dispute risked spilling into other sectors", CHAMBER, None, "indirect", False),
    (
        F42,
        "Our members are collateral damage in a fight they did not start,",
        OLDENBURG,
        None,
        "direct",
        False,
    ),
    (
        F42,
        "Dairy today, perhaps pork or brandy tomorrow. Nobody in our membership feels safe from the next "
        "investigation.",
        OLDENBURG,
        None,
        "direct",
        True,
    ),
    (
        F42,
        "Every new round of retaliation makes it harder to argue, in boardrooms in Europe, that China "
        "remains a predictable place to do business.",
        OLDENBURG,
        None,
        "direct",
        False,
    ),
    (F42, "Beijing ‘has never wanted a trade war’", LIN, None, "mixed", False),
    (F42, "Brussels to ‘return to the right track of dialogue and consultation’", LIN, None, "mixed", False),
    (
        F42,
        "The EU, she said, should ‘stop politicising economic and trade issues’",
        LIN,
        None,
        "mixed",
        False,
    ),
    (
        F42,
        "EU dairy exports to China were worth about €1.9bn last year",
        ["Eurostat"],
        None,
        "indirect",
        False,
    ),
    (F42, "Beijing had chosen its target with care", MERTENS, None, "indirect", False),
    (F42, "Cheese is politically loud but economically small,", MERTENS, None, "direct", False),
    (
        F42,
        "It sends a message to Paris without hurting anything China actually needs.",
        MERTENS,
        None,
        "direct",
        True,
    ),
    # 43: data breach, straight double quotes. Headline with "says"; a company in the lede and in a blog post
    # (mixed); its CEO "wrote in the post" with a trailing sentence; "acknowledged that"; "is urging"; "what
    # the seller claimed was"; a researcher (indirect, then "she said in an interview"); a spokesperson "told
    # the tech news site ByteLine"; regulators as a group; a regulator's statement; an enforcement head; a
    # lawsuit as speaker ("accuses ... of"); a lawyer, then surname alone; narrative sentences.
    (F43, "hackers stole data on 14 million customers", PW, None, "indirect", True),
    (
        F43,
        "hackers had stolen names, email addresses, phone numbers and home addresses belonging to roughly "
        "14 million customers",
        PW,
        None,
        "indirect",
        False,
    ),
    (
        F43,
        'an "unauthorized third party" had gained access to a cloud storage environment used by its '
        "customer support team between Dec. 28 and Jan. 9, using credentials stolen from an employee of an "
        "outside contractor",
        PW + ["blog post"],
        None,
        "mixed",
        False,
    ),
    (
        F43,
        "We take the security of our customers' information extremely seriously, and we are deeply sorry "
        "that this happened,",
        OKAFOR,
        None,
        "direct",
        False,
    ),
    (
        F43,
        "We have contained the incident and we are working around the clock with leading forensic experts "
        "and law enforcement.",
        OKAFOR,
        None,
        "direct",
        True,
    ),
    (F43, "no payment card data or account passwords were exposed", PW, None, "indirect", False),
    (F43, "the hashed security answers of about 600,000 users had been copied", PW, None, "indirect", False),
    (
        F43,
        "customers to be wary of emails and text messages that claim to come from Parcelwise and ask them "
        "to confirm their details",
        PW,
        None,
        "indirect",
        True,
    ),
    (F43, "Parcelwise's full customer database", ["seller", "the seller"], None, "indirect", True),
    (
        F43,
        "she had examined a sample of 10,000 records posted by the seller as proof and had been able to "
        "match several of them to real people",
        GREAVES,
        None,
        "indirect",
        False,
    ),
    (
        F43,
        "This wasn't a sophisticated attack. Somebody logged in with a contractor's password, and there was "
        "no second factor to stop them,",
        GREAVES,
        None,
        "direct",
        False,
    ),
    (F43, "That's the part that should worry people. It is 2025.", GREAVES, None, "direct", True),
    (F43, 'there was "no evidence" its systems had been compromised', PW_SPOKES, "ByteLine", "mixed", False),
    (F43, "its investigation was continuing", PW, None, "indirect", False),
    (F43, "they were looking into the incident", ["Regulators", "regulators"], None, "indirect", True),
    (
        F43,
        'it had received a breach report from the company and was "making enquiries."',
        ICO,
        None,
        "mixed",
        False,
    ),
    (
        F43,
        "Companies that hold this much personal information have a legal duty to protect it, and that "
        "includes making sure their vendors protect it too,",
        MARQUEZ,
        None,
        "direct",
        False,
    ),
    (F43, "We will be asking Parcelwise some pointed questions.", MARQUEZ, None, "direct", True),
    (
        F43,
        'Parcelwise of failing to take "reasonable and industry-standard measures" to protect customer data '
        "and of waiting nearly two weeks to notify users",
        LAWSUIT,
        None,
        "mixed",
        False,
    ),
    (
        F43,
        "Parcelwise knew exactly where fourteen million people live, and it left the front door unlocked,",
        CHANDRA,
        None,
        "direct",
        False,
    ),
    (
        F43,
        "the firm had heard from more than 3,000 Parcelwise customers since the breach was first reported, "
        "many of them worried that their home addresses could be used for package theft or stalking",
        CHANDRA,
        None,
        "indirect",
        False,
    ),
    # 44: Indian state election, straight double quotes. Headline with a quote and "says SP chief"; "according
    # to the office of ..."; party leaders at rallies (mixed, direct with a trailing sentence, "He promised
    # that"); a chief minister ("hit back, saying", direct with "PTI reported", "accused ... of", a nested
    # "which he said"); "Speaking to reporters in Lucknow" with "claimed"; "told reporters in Lucknow";
    # farmers as a group; a farmer; the Election Commission; "allegedly told voters" with the speaker named in
    # the next sentence, who then "told PTI"; "according to Election Commission data"; "Officials have
    # attributed".
    (F44, "Farmer's son will give his answer,", YADAV, None, "direct", True),
    (F44, "More than 2.1 crore voters are eligible to cast their ballots", CEO_UP, None, "indirect", False),
    (
        F44,
        'the BJP government had "looted the youth" by allowing the police constable recruitment paper to '
        "leak twice in three years",
        YADAV,
        None,
        "mixed",
        False,
    ),
    (
        F44,
        "Sixty lakh young men and women filled the form. Their parents sold buffaloes to pay for coaching. "
        "And what did they get? A leaked paper and a lathi on their backs,",
        YADAV,
        None,
        "direct",
        False,
    ),
    (F44, "On March 4, the farmer's son will give his answer.", YADAV, None, "direct", True),
    (
        F44,
        "an SP government would fill 10 lakh vacancies in state departments within two years and restore "
        "the old pension scheme for government employees",
        YADAV,
        None,
        "indirect",
        False,
    ),
    (F44, 'the opposition had "no moral right" to talk about law and order', SHUKLA, None, "mixed", False),
    (
        F44,
        "When they were in power, the mafia ran the state and the police took orders from the mafia. Today "
        "the mafia is either in jail or has run away from Uttar Pradesh,",
        SHUKLA,
        "PTI",
        "direct",
        False,
    ),
    (
        F44,
        'the accused had been arrested and the exam would be held again "with full transparency" before the '
        "end of the year",
        SHUKLA,
        None,
        "mixed",
        False,
    ),
    (
        F44,
        'the SP of "spreading lies" about the government\'s farm loan waiver',
        SHUKLA,
        None,
        "mixed",
        False,
    ),
    (F44, "had benefited 86 lakh farmers", SHUKLA, None, "indirect", True),
    (F44, 'the BJP and the SP were "two sides of the same coin"', BHARTI, None, "mixed", False),
    (
        F44,
        'his party would emerge as the "surprise of this election" in Bundelkhand',
        BHARTI,
        None,
        "mixed",
        False,
    ),
    (F44, 'the alliance was "intact and stronger than ever."', QURESHI, None, "mixed", False),
    (
        F44,
        "stray cattle remained their biggest worry, more than the paper leak or the pension issue",
        FARMERS,
        None,
        "indirect",
        False,
    ),
    (
        F44,
        "We guard the fields at night in turns. If we sleep, by morning the wheat is gone,",
        KUSHWAHA,
        None,
        "direct",
        False,
    ),
    (
        F44,
        "it had seized cash, liquor and drugs worth Rs 412 crore across the state since the model code of "
        "conduct came into force on January 9",
        EC,
        None,
        "indirect",
        False,
    ),
    (F44, 'free rations would stop "if the wrong button is pressed"', VPS, None, "mixed", True),
    (
        F44,
        'his remarks had been "twisted" by a rival and that he would reply to the notice within the 48 '
        "hours allowed",
        VPS,
        "PTI",
        "mixed",
        False,
    ),
    (
        F44,
        "The first three phases recorded an average turnout of 58.7 per cent",
        EC + ["Election Commission data"],
        None,
        "indirect",
        False,
    ),
    (
        F44,
        "the dip partly to the cold wave that gripped western Uttar Pradesh during the first phase",
        ["Officials", "officials"],
        None,
        "indirect",
        True,
    ),
    # 45: Latin American protest, curly double quotes, wire copy. A ministry with figures and "what witnesses
    # said was"; a mother "told the local broadcaster"; a ministry "said in a statement posted on X" (mixed,
    # closing period inside the marks); a police chief (direct with a trailing sentence, then surname and "He
    # said"); organisers and police estimates; a quote shouted by "a woman" who is named in the next sentence,
    # then an indirect sentence with the cue at the end; a union leader ("announced", direct with a trailing
    # sentence); "polls show"; a minister "in an interview with the radio station RPP, saying", then "he
    # said"; an ombudsman's office ("called on", "asked"); a presidential spokeswoman; "the IMF has urged".
    (
        F45,
        "At least 43 people were injured, including 17 police officers",
        HEALTH_PE,
        None,
        "indirect",
        False,
    ),
    (F45, "a tear gas canister fired at close range", ["witnesses"], None, "indirect", True),
    (
        F45,
        "doctors had operated on him overnight to relieve pressure on his brain",
        MOTHER,
        "Latina",
        "indirect",
        False,
    ),
    (
        F45,
        "61 people had been detained for “acts of vandalism and aggression against the forces of order” and "
        "that officers had acted “in strict compliance with the protocols on the use of force.”",
        INTERIOR,
        None,
        "mixed",
        False,
    ),
    (F45, "Peaceful protest is a right, and we guaranteed it all day,", VILLANUEVA, None, "direct", False),
    (
        F45,
        "What we cannot permit is a group of violent people, many of them paid, trying to set fire to the "
        "doors of Congress.",
        VILLANUEVA,
        None,
        "direct",
        True,
    ),
    (
        F45,
        "an internal inquiry would examine how the student had been injured",
        VILLANUEVA,
        None,
        "indirect",
        False,
    ),
    (F45, "more than 80,000 people had taken part", ORGANISERS, None, "indirect", False),
    (F45, "the figure at 25,000", ["police"], None, "indirect", True),
    (
        F45,
        "They want us to work until we drop dead and then pay us a pension you cannot even buy medicine "
        "with,",
        MAMANI,
        None,
        "direct",
        False,
    ),
    (
        F45,
        "Her monthly pension of 1,050 soles, about $285, barely covers rent and food",
        MAMANI,
        None,
        "indirect",
        False,
    ),
    (
        F45,
        "a 48-hour national strike beginning next Wednesday if Congress does not shelve the bill",
        CARDENAS,
        None,
        "indirect",
        True,
    ),
    (F45, "The government has chosen to talk to us with tear gas,", CARDENAS, None, "direct", False),
    (F45, "Fine. Next week we will talk to them by stopping the country.", CARDENAS, None, "direct", True),
    (
        F45,
        "Congress is deeply unpopular, with approval ratings in single digits",
        ["polls"],
        None,
        "indirect",
        True,
    ),
    (
        F45,
        "the public pension fund would run out of money by 2034 without changes",
        BELAUNDE,
        "RPP",
        "indirect",
        False,
    ),
    (F45, "Nobody likes to hear this, but the numbers are the numbers,", BELAUNDE, None, "direct", False),
    (
        F45,
        "If we do nothing, in ten years there will be no pensions left to protect.",
        BELAUNDE,
        None,
        "direct",
        True,
    ),
    (F45, "it had sent observers to the march", OMBUDSMAN, None, "indirect", False),
    (
        F45,
        "the police to “use force only as a last resort and in proportion to the threat.”",
        OMBUDSMAN,
        None,
        "mixed",
        False,
    ),
    (F45, "prosecutors to investigate the student’s injury", OMBUDSMAN, None, "indirect", False),
    (F45, "the president would address the nation on Friday", ALIAGA_SPOKES, None, "indirect", False),
    (F45, "Lima to adopt", ["International Monetary Fund", "IMF"], None, "indirect", True),
]

BOILERPLATE = {
    F41: [
        "World   Middle East   Africa   Asia   Europe   Americas   Business   Video\nMiddle East › Gaza",
        "Karim Haddad with agencies | MEA-DOH-0814 | Published 14 Aug 2024, 19:26 GMT",
        "Palestinians search the rubble of a house in Khan Younis after an overnight strike. (Photo: Ahmed "
        "Nasser/AFP)",
        "Read more: What is the Philadelphi corridor and why does it matter?",
        "Related\n"
        "US envoy says Gaza deal ‘within reach’ after Cairo meeting\n"
        "“We will not leave without our sons”: families of hostages march on Jerusalem\n"
        "Aid agencies say fuel shortage threatens Gaza’s last working hospitals",
        "Tags: Gaza, Israel, Hamas, Qatar, Egypt, Ceasefire",
        "Sign up for Middle East Briefing, our daily newsletter on the region. Delivered every morning at "
        "7am GST.",
    ],
    F42: [
        "Home | News | Business | Markets | Tech | Climate | Opinion\nBusiness › Trade",
        "By Hannah Lowther in Brussels and Tom Ashcroft in Beijing\n"
        "Tuesday 22 October 2024 16.40 BST\n"
        "BIZ-TRD-2210-HL",
        "A cheesemaker turns wheels of Comté at a cooperative in Poligny, eastern France. Photograph: "
        "Jean-Baptiste Roux/Reuters",
        "Read more: EU slaps tariffs of up to 35.3% on Chinese electric cars",
        "Related\n"
        "‘This is about survival’, says Roquefort maker as Chinese orders dry up\n"
        "China says brandy probe ‘has nothing to do’ with EV tariffs\n"
        "Explainer: how a WTO dispute works, and why it takes years",
        "Topics: Trade policy, China, European Union, Dairy industry, Electric vehicles",
        "Get our free Business Today email: the stories that matter, every weekday morning",
    ],
    F43: [
        "TECH   SECURITY   AI   GADGETS   POLICY   DEALS   PODCASTS\nSecurity",
        "By Megan O'Rourke | SEC-0115-MO\nPublished Jan. 15, 2025 8:12 a.m. PT | Updated 3:47 p.m. PT",
        "The Parcelwise app on a smartphone. (Illustration: Kendra Wu/The Circuit)",
        "Read more: How to check whether your data was exposed in a breach",
        "Related\n"
        '"We got it wrong": Parcelwise CEO on last year\'s holiday outage\n'
        "FTC says data brokers must delete location histories\n"
        "Ticketing giant says 2 million card numbers may have leaked",
        "Tags: Data breaches, Cybersecurity, Privacy, Parcelwise, Lawsuits",
        "Get Security Weekly from The Circuit: the week's biggest breaches, hacks and fixes, every Friday. "
        "Sign up",
    ],
    F44: [
        "Home  India  Elections 2027  World  Business  Cities  Sports  Entertainment  ePaper\n"
        "Elections 2027 › Uttar Pradesh",
        "Special Correspondent | Lucknow | Updated: Mar 2, 2027, 23:05 IST",
        "SP president Dharmendra Pal Yadav waves to supporters at a rally in Banda on Tuesday. (PTI Photo)",
        "(With inputs from PTI)",
        "Also Read: UP polls phase 3: 57.2% turnout recorded till 5 pm",
        "Related\n"
        "'Bulldozer will keep running,' says CM Shukla in Gorakhpur\n"
        "Congress says seat-sharing with SP in Rae Bareli 'final, no more changes'\n"
        "Paper leak: SIT arrests two more, says gang operated from Bihar",
        "Tags: Uttar Pradesh Election 2027, Samajwadi Party, BJP, BSP, Congress, Lucknow",
        "Download the app for live results and constituency-wise updates",
    ],
    F45: [
        "(Reporting by Lucía Paredes and Martín Oyola; Editing by Clare Hutchins)",
    ],
}
