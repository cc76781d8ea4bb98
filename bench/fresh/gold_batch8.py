"""Batch 8 gold: five articles (36-40) written and annotated by hand, independently of the extractor.

Row format as bench/fresh/gold_source.py: (file, content, speakers, via, kind, optional).
`content` occurs exactly once in its file, or is given as (text, n) for the n-th occurrence (1-based).
BOILERPLATE lists the page-junk blocks of each file (each occurs exactly once).
"""

F36 = "36_russia_india_talks.txt"
F37 = "37_forest_carbon_sink.txt"
F38 = "38_mendonca_transfer.txt"
F39 = "39_missouri_voter_drives.txt"
F40 = "40_nepal_floods.txt"

ORLOV = ["Gennady Orlov"]
SUBRAHMANYAM = ["Anand Subrahmanyam"]
JOINT = [
    "joint statement",
    "the joint statement",
    "statement",
    "two sides",
    "the two sides",
    "India",
    "Russia",
    "Anand Subrahmanyam",
    "Gennady Orlov",
]
TASS_SOURCE = ["source in the Russian delegation", "a source in the Russian delegation", "source", "TASS"]
VAUTRIN = ["Léa Vautrin", "Lea Vautrin"]
WROBLEWSKI = ["Tomasz Wróblewski", "Tomasz Wroblewski"]
MAENPAA = ["Kaisa Mäenpää", "Kaisa Maenpaa"]
FORESTWATCH = ["ForestWatch Europe", "campaign group ForestWatch Europe"]
MENDONCA = ["Tiago Mendonça", "Tiago Mendonca"]
PETTIFER = ["Graham Pettifer"]
KRISTIANSEN = ["Arne Kristiansen"]
HALLAM = ["Hallam United", "Hallam", "club", "the club", "statement"]
JUDGE = ["Marisol Trujillo-Haynes"]
RENNICK = ["Douglas Rennick"]
OKONKWO = ["Denise Okonkwo-Marsh"]
ADHIKARI = ["Dilli Raman Adhikari"]
KHANAL = ["Bhim Prasad Khanal"]
DUBOSSON = ["Céline Dubosson", "Celine Dubosson"]
PASSENGER = ["passenger", "a passenger", "A passenger who escaped from one of the buses", "bus passenger"]

ROWS = [
    # 36: Russia-India talks, Indian agency copy (PTI) with straight quotes. Headline with "says" (optional),
    # a joint statement (lede and "according to the statement"), TASS carrying remarks, "The Russian
    # minister said", a trailing sentence after the cue (optional), "he added" in its own paragraph,
    # "was quoted by RIA Novosti as saying", a Kremlin readout, TASS citing a source and "the source said",
    # a spokesperson at a weekly briefing, cataphora ("the spokeswoman said ... Olga Sventitskaya was
    # responding").
    (F36, "ties 'not dictated by third countries'", ["Moscow", "Russia"] + ORLOV, None, "mixed", True),
    (
        F36,
        "India and Russia on Tuesday agreed to step up trade settlements in national currencies and to "
        "clear a "
        "payment backlog that has held up deliveries of spare parts for Russian-made military equipment",
        JOINT,
        None,
        "indirect",
        False,
    ),
    (
        F36,
        'The ministers "reviewed the entire spectrum of bilateral cooperation" and exchanged views on the '
        "conflict "
        "in Ukraine, the situation in West Asia and Russia's BRICS chairmanship",
        JOINT,
        None,
        "mixed",
        False,
    ),
    (
        F36,
        "Our relationship has stood the test of time, and it will not be dictated by the preferences of "
        "third "
        "countries,",
        ORLOV,
        "TASS",
        "direct",
        False,
    ),
    (
        F36,
        "Moscow was ready to raise supplies of crude oil, coal and fertilisers and to help India build "
        '"several '
        'more" nuclear power units, both at Kudankulam in Tamil Nadu and at a second site yet to be '
        "identified",
        ORLOV,
        None,
        "mixed",
        False,
    ),
    (
        F36,
        "India's purchases of discounted Russian crude were driven by the need to keep energy affordable "
        "for its "
        'citizens and were "not a statement against anyone"',
        SUBRAHMANYAM,
        None,
        "mixed",
        False,
    ),
    (
        F36,
        "We have been very transparent about this. Our energy decisions are taken in New Delhi, on the "
        "basis of "
        "what is good for the Indian consumer,",
        SUBRAHMANYAM,
        None,
        "direct",
        False,
    ),
    (F36, "Nobody else does that arithmetic for us.", SUBRAHMANYAM, None, "direct", True),
    (
        F36,
        "At the same time, we have flagged our concern about the trade imbalance, which is heavily in "
        "Russia's "
        "favour, and we expect Russian companies to look much more seriously at Indian pharmaceuticals, "
        "machinery "
        "and farm products,",
        SUBRAHMANYAM,
        None,
        "direct",
        False,
    ),
    (
        F36,
        'the problem of surplus rupee balances had been "practically resolved", with the funds now being '
        "invested "
        "in Indian government securities and infrastructure projects",
        ORLOV,
        "RIA Novosti",
        "mixed",
        False,
    ),
    (
        F36,
        "preparations for the annual India-Russia summit, due in New Delhi early next year, were "
        '"proceeding on '
        'schedule" and that several intergovernmental agreements were at an advanced stage',
        ["Yuri Tarasenko", "Kremlin", "Kremlin readout"],
        None,
        "mixed",
        False,
    ),
    (
        F36,
        "The two sides also discussed joint production in India of spare parts for Su-30MKI fighter jets and "
        "T-90 tanks",
        TASS_SOURCE,
        "TASS",
        "indirect",
        False,
    ),
    (F36, 'A draft agreement could be ready "within weeks"', TASS_SOURCE, None, "mixed", False),
    (
        F36,
        "Subrahmanyam had also raised the case of Indian nationals who were lured into serving with the "
        "Russian "
        "army, and that Moscow had agreed to expedite the discharge of the remaining 16 men",
        ["Ritika Bhardwaj"],
        None,
        "indirect",
        False,
    ),
    (
        F36,
        "We have been assured that the matter is being addressed at the highest level. Our priority is to "
        "bring "
        "every one of them home safely,",
        ["Ritika Bhardwaj"],
        None,
        "direct",
        False,
    ),
    (
        F36,
        "India is a sovereign state and a great power, and it does not need lectures from anybody on whom it "
        "should trade with,",
        ["Olga Sventitskaya"],
        None,
        "direct",
        False,
    ),
    # Passive report of a briefing by an official: borderline.
    (
        F36,
        "the risk of secondary sanctions",
        ["senior US Treasury official", "US Treasury official", "a senior US Treasury official"],
        None,
        "indirect",
        True,
    ),
    # 37: forest carbon report. Curly quotes. Headline "report finds" (optional), "according to a major
    # assessment", "the report ... found that", "the study, published in ..., shows that", lead author
    # with "said X, a ...", an indirect sentence with the cue in the middle followed by a quote that runs on
    # into the next paragraph (no closing mark), "The authors warned that", an independent scientist,
    # a minister (mixed, then a direct quote "told the public broadcaster Yle"), an NGO statement, its
    # policy director (cue after an appositive).
    (
        F37,
        "Europe’s forests absorbing a third less carbon than a decade ago",
        ["report", "European Forest Carbon Observatory"],
        None,
        "indirect",
        True,
    ),
    (
        F37,
        "Europe’s forests are absorbing roughly a third less carbon dioxide than they did a decade ago, as "
        "drought, "
        "bark beetle outbreaks, wildfires and rising timber harvests eat into one of the continent’s most "
        "important natural climate buffers",
        ["major assessment", "assessment", "report", "European Forest Carbon Observatory"],
        None,
        "indirect",
        False,
    ),
    (
        F37,
        "the net carbon sink of forests in the EU, Norway, Switzerland and the UK fell from an average of "
        "about "
        "410 million tonnes of CO₂ a year in 2010–2014 to roughly 270 million tonnes in 2019–2023",
        ["report", "The report", "European Forest Carbon Observatory"],
        None,
        "indirect",
        False,
    ),
    (
        F37,
        "forests in the Czech Republic and in several German states have turned from carbon sinks into net "
        "sources, releasing more CO₂ through dead and harvested trees than they take up through growth",
        ["study", "accompanying study", "An accompanying study"],
        None,
        "indirect",
        False,
    ),
    (
        F37,
        "We used to treat the forest sink as a kind of permanent discount on Europe’s emissions. What this "
        "tells "
        "us is that the discount is shrinking fast, and in some places it has already disappeared,",
        VAUTRIN,
        None,
        "direct",
        False,
    ),
    (
        F37,
        "The losses were driven roughly equally by natural disturbances linked to heat and drought and by "
        "growing "
        "demand for wood, including for bioenergy",
        VAUTRIN,
        None,
        "indirect",
        False,
    ),
    (
        F37,
        "It is not one or the other. A drought-stressed spruce stand gets hit by beetles, the owner "
        "salvage-logs "
        "it, and carbon that took eighty years to build up is gone in a single season.",
        VAUTRIN,
        None,
        "direct",
        True,
    ),
    (
        F37,
        "Nobody in the forestry sector is doing anything illegal. The system is simply set up to reward "
        "cutting.",
        VAUTRIN,
        None,
        "direct",
        False,
    ),
    (
        F37,
        "the EU’s goal of removing 310 million tonnes of CO₂ a year through land use and forestry by 2030, "
        "written into law in 2023, was now “effectively out of reach” without a sharp change in how forests "
        "are "
        "managed",
        ["authors", "The authors", "report"],
        None,
        "mixed",
        False,
    ),
    (
        F37,
        "the findings matched what national greenhouse gas inventories had been signalling for several years",
        WROBLEWSKI,
        None,
        "indirect",
        False,
    ),
    (
        F37,
        "The direction is not in doubt. The exact size of the drop is something we will be arguing about "
        "for a "
        "while, because satellite estimates of biomass can overstate losses in young stands that regrow "
        "quickly,",
        WROBLEWSKI,
        None,
        "direct",
        False,
    ),
    (F37, "the report would “inform but not dictate” Finnish forest policy", MAENPAA, None, "mixed", False),
    (
        F37,
        "Our forests are also our livelihood. We cannot stop using wood, import concrete and plastic "
        "instead and "
        "call that climate policy,",
        MAENPAA,
        "Yle",
        "direct",
        False,
    ),
    (
        F37,
        "the report was “a wake-up call that governments have been hitting snooze on for ten years”",
        FORESTWATCH,
        None,
        "mixed",
        False,
    ),
    (
        F37,
        "Every subsidised tonne of wood pellets is a tonne of carbon that isn’t standing in a forest,",
        ["Rasmus Egholm"],
        None,
        "direct",
        False,
    ),
    # A plan stated without a speech cue: optional.
    (
        F37,
        "to update its assessment every two years and to add data from the western Balkans and Ukraine",
        ["European Forest Carbon Observatory", "observatory", "The observatory"],
        None,
        "indirect",
        True,
    ),
    # 38: football transfer, British style with curly single quotes and ’ apostrophes inside them.
    # Headline "claims" (optional), "the club said in a statement", "according to the statement" with
    # "The 24-year-old" as subject, an Instagram post after "writing:", a manager at a press conference
    # ("said ... and described the Portuguese as"), trailing sentences after the cue (optional),
    # "The Hallam boss confirmed that", "told BBC Sport", "the Dane said", an uncued quote after a mixed item
    # (optional), a club president on its website, "told Hallam TV", "the winger said".
    (F38, "Brackley were ‘used’", KRISTIANSEN, None, "mixed", True),
    (
        F38,
        "Hallam United have completed the signing of Portugal winger Tiago Mendonça from Vitória de "
        "Guimarães "
        "for an initial £38m",
        HALLAM,
        None,
        "indirect",
        False,
    ),
    (
        F38,
        "The 24-year-old has agreed a five-year contract with the option of a further 12 months, and the "
        "fee could "
        "rise to £45m with add-ons",
        HALLAM,
        None,
        "indirect",
        False,
    ),
    (
        F38,
        "A dream since I was a kid. Ready to give everything for this badge. Vamos, Hallam!",
        MENDONCA,
        None,
        "direct",
        False,
    ),
    (F38, "the deal had taken ‘the best part of a year’ to put together", PETTIFER, None, "mixed", False),
    (
        F38,
        "the Portuguese as ‘exactly the type of player this club should be signing’",
        PETTIFER,
        None,
        "mixed",
        False,
    ),
    (
        F38,
        "We first watched Tiago in a Europa League qualifier in Bosnia, of all places, and he was the best "
        "player "
        "on the pitch by a distance,",
        PETTIFER,
        None,
        "direct",
        False,
    ),
    (
        F38,
        "He can play on either flank, he’s brave on the ball and he works without it. That last bit matters "
        "a lot "
        "to me.",
        PETTIFER,
        None,
        "direct",
        True,
    ),
    (
        F38,
        "Mendonça had trained with the squad for the first time on Friday morning and would be in "
        "contention to "
        "face Brackley City at the Riverside Ground on Saturday",
        PETTIFER,
        None,
        "indirect",
        False,
    ),
    (
        F38,
        "his club had been ‘used as a stalking horse’ to push up the price",
        KRISTIANSEN,
        "BBC Sport",
        "mixed",
        False,
    ),
    (
        F38,
        "I have no problem with a player choosing another club. That is football,",
        KRISTIANSEN,
        None,
        "direct",
        False,
    ),
    (
        F38,
        "But when you shake hands on something in June and then read about it in the newspapers in August, "
        "you "
        "learn who you can trust.",
        KRISTIANSEN,
        None,
        "direct",
        True,
    ),
    (F38, "he would ‘leave the conspiracy theories to others’", PETTIFER, None, "mixed", False),
    (
        F38,
        "We made an offer, Vitória accepted it and the lad wanted to come. I don’t know what else there is "
        "to say.",
        PETTIFER,
        None,
        "direct",
        True,
    ),
    (
        F38,
        "the sale was the largest in its history and that part of the money would go towards finishing a new "
        "training centre on the outskirts of Guimarães",
        ["Rui Estêvão", "Rui Estevao"],
        None,
        "indirect",
        False,
    ),
    (
        F38,
        "he had spoken to his international team-mate Diogo Sarmento, who spent two seasons on loan at "
        "Hallam, "
        "before making up his mind",
        MENDONCA,
        "Hallam TV",
        "indirect",
        False,
    ),
    (F38, "He told me the fans here are something else, in the best way,", MENDONCA, None, "direct", False),
    # 39: Missouri court ruling. Curly quotes. "ruling that" in the lede (judge not yet named),
    # "finding that", "wrote in the ruling", "also found that", an attorney general "said in a statement"
    # (plan to appeal, counted as speech), a trailing sentence (optional), a governor "called ... in a post
    # on X", a lawyer for a civil-rights group, an indirect sentence with the cue in the middle, "according
    # to court documents", "argued in court filings", "writing that", a senator "told reporters".
    (
        F39,
        "the measure likely violates the free speech protections in the state constitution",
        JUDGE + ["Cole County judge", "judge"],
        None,
        "indirect",
        False,
    ),
    (
        F39,
        "the law’s registration and training requirements placed “a substantial and unjustified burden” on "
        "core "
        "political speech",
        JUDGE,
        None,
        "mixed",
        False,
    ),
    (
        F39,
        "The State has offered no evidence that a single fraudulent registration in Missouri can be traced "
        "to a "
        "paid canvasser, much less that the sweeping restrictions in this Act are necessary to prevent such "
        "fraud,",
        JUDGE,
        None,
        "direct",
        False,
    ),
    (
        F39,
        "the law’s criminal penalties, which include up to a year in jail for a volunteer who fails to turn "
        "in a "
        "completed form within 10 days, were “so vague that a person of ordinary intelligence could not "
        "know in "
        "advance whether she was committing a crime.”",
        JUDGE,
        None,
        "mixed",
        False,
    ),
    (
        F39,
        "his office would appeal immediately to the Missouri Court of Appeals and, if necessary, to the "
        "state "
        "Supreme Court",
        RENNICK,
        None,
        "indirect",
        False,
    ),
    (
        F39,
        "This is a common-sense law that protects Missourians from having their personal information "
        "mishandled "
        "by out-of-state activists, and it was passed by the people’s elected representatives,",
        RENNICK,
        None,
        "direct",
        False,
    ),
    (F39, "One judge in Jefferson City does not get to overrule them.", RENNICK, None, "direct", True),
    (
        F39,
        "the decision “judicial activism, pure and simple”",
        ["Lyle Brandenburg"],
        None,
        "mixed",
        False,
    ),
    (
        F39,
        "Today’s ruling means the church volunteers, students and neighbors who help people register can "
        "get back "
        "to work without looking over their shoulders,",
        OKONKWO,
        None,
        "direct",
        False,
    ),
    (
        F39,
        "Several groups suspended their drives altogether after the law took effect on Aug. 28, she said, "
        "and new "
        "registrations among 18- and 19-year-olds in St. Louis and Kansas City fell sharply in the months "
        "before "
        "the November election",
        OKONKWO,
        None,
        "indirect",
        False,
    ),
    (
        F39,
        "By early March, the secretary of state’s office had received 212 applications from groups and "
        "individuals seeking to register as voter registration organizations and had rejected 41 of them, "
        "most "
        "for missing training certificates",
        ["court documents"],
        None,
        "indirect",
        False,
    ),
    (
        F39,
        "the law was modeled on measures in Florida and Texas that have survived federal challenges, and "
        "that the "
        "Legislature had a legitimate interest in preventing registration forms from being lost or turned "
        "in late",
        ["Lawyers for the state", "lawyers for the state", "state", "Missouri"],
        None,
        "indirect",
        False,
    ),
    (
        F39,
        "the federal decisions the state relied on “addressed far narrower provisions” and did not consider "
        "the "
        "Missouri Constitution’s broader guarantee of free expression",
        JUDGE,
        None,
        "mixed",
        False,
    ),
    (
        F39,
        "he was “disappointed but not surprised” and that lawmakers could narrow the training requirement "
        "before "
        "the session ends in May if the appeal drags on",
        ["Ray Oberholtzer"],
        None,
        "mixed",
        False,
    ),
    # 40: Nepal floods, wire copy with straight quotes. Figures "according to the country's disaster
    # management authority", a spokesperson "told reporters", a figure sentence with the cue at the end,
    # a state broadcaster reporting, a survivor "told the Kantipur daily" then quoted with "he said",
    # a local official (trailing sentence optional), a weather department, a UN agency spokesperson in Geneva,
    # an NGO, a survivor named only in a possessive and then "the 52-year-old said", a government
    # announcement (optional), "a 2023 study ... found".
    (
        F40,
        "At least 148 people have been killed and 59 others remain missing after two days of torrential "
        "rain set "
        "off floods and landslides across central and eastern Nepal",
        [
            "disaster management authority",
            "the country's disaster management authority",
            "National Disaster Risk Reduction and Management Authority",
            "NDRRMA",
        ],
        None,
        "indirect",
        False,
    ),
    (
        F40,
        "Our teams are working around the clock, but many roads are still cut off and in some places we "
        "simply "
        "cannot reach people yet,",
        ADHIKARI,
        None,
        "direct",
        False,
    ),
    (
        F40,
        "More than 3,600 people have been rescued, most of them by helicopter or by soldiers and police "
        "wading "
        "through chest-deep water",
        ADHIKARI,
        None,
        "indirect",
        False,
    ),
    (
        F40,
        "at least 35 people were killed when a landslide buried two buses and several smaller vehicles on "
        "the "
        "Tribhuvan Rajpath highway in Dhading district, west of the capital",
        ["Nepal Television", "State broadcaster Nepal Television", "state broadcaster"],
        None,
        "indirect",
        False,
    ),
    (
        F40,
        "he had climbed out through a broken window moments before a second wave of mud hit",
        PASSENGER,
        "Kantipur",
        "indirect",
        False,
    ),
    (
        F40,
        "I heard people calling for help, but the mountain kept coming down,",
        PASSENGER,
        None,
        "direct",
        False,
    ),
    (
        F40,
        "entire clusters of houses had been swept off the slopes above the Nakhu river",
        KHANAL,
        None,
        "indirect",
        False,
    ),
    (
        F40,
        "We pulled a family of five out of one house this morning. The youngest was four years old,",
        KHANAL,
        None,
        "direct",
        False,
    ),
    (
        F40,
        "There are villages up there we have not heard from since Friday night.",
        KHANAL,
        None,
        "direct",
        True,
    ),
    (
        F40,
        "240 mm of rain fell at Kathmandu's airport in the 24 hours to Saturday morning, the highest daily "
        "total "
        "recorded there since 2002",
        ["Department of Hydrology and Meteorology", "The Department of Hydrology and Meteorology"],
        None,
        "indirect",
        False,
    ),
    (
        F40,
        "at least 40 schools had been damaged or destroyed and that children in flooded areas of the valley "
        "faced "
        "a high risk of waterborne disease",
        DUBOSSON,
        None,
        "indirect",
        False,
    ),
    (
        F40,
        "Children have lost their homes, their classmates and in some cases their parents in the space of a "
        "single "
        "weekend. The next danger is the water they are drinking,",
        DUBOSSON,
        None,
        "direct",
        False,
    ),
    (
        F40,
        "it had distributed tarpaulins, hygiene kits and water purification tablets to about 9,000 "
        "families, but "
        "that clean drinking water remained the most urgent need in Kavrepalanchok and Sindhupalchok "
        "districts",
        ["Nepal Red Cross Society", "Nepal Red Cross", "Red Cross"],
        None,
        "indirect",
        False,
    ),
    (
        F40,
        "I grabbed my grandson and climbed onto the roof. Everything else is gone - the rice, the gas "
        "cylinder, my "
        "husband's medicines,",
        ["Sunita Maharjan"],
        None,
        "direct",
        False,
    ),
    (
        F40,
        "200,000 rupees ($1,500) in relief for the family of each person killed",
        ["government", "The government"],
        None,
        "indirect",
        True,
    ),
    (
        F40,
        "The monsoon in the Himalayas has grown more erratic as the climate warms, with more rain falling "
        "in short, "
        "intense bursts that overwhelm rivers and destabilise steep slopes",
        ["Himalayan Climate Research Centre", "study", "a 2023 study"],
        None,
        "indirect",
        False,
    ),
]

BOILERPLATE = {
    F36: [
        "Skip to content\nHome  India  World  Business  Cities  Sports  Opinion  Videos  E-Paper\n"
        "World News | Asia | Europe | US | Middle East",
        "PTI | Updated: Nov 12, 2024, 22:41 IST",
        "External Affairs Minister Anand Subrahmanyam with Russian Foreign Minister Gennady Orlov before "
        "their "
        "talks in Moscow on Tuesday. (PTI Photo)",
        "Also Read | India evacuates 212 nationals from Lebanon on special flights, says MEA",
        "PTI KJV RS",
        "(This story has not been edited by our staff and is published from a syndicated news agency feed.)",
        'Related Stories\n"No pressure on India over Russian oil," says US envoy\n'
        "Kremlin says summit dates to be finalised 'through diplomatic channels'\n"
        "Rupee trade: Russian banks sitting on idle balances, say officials",
        "Tags: India-Russia ties, Anand Subrahmanyam, Gennady Orlov, Russian oil, BRICS",
        "Follow us on X, Facebook and WhatsApp for the latest news and updates",
    ],
    F37: [
        "Climate   Environment   Science   Energy   Wildlife   Newsletters\nEnvironment › Forests",
        "By Hannah Lindqvist, Environment Correspondent\nPublished 9:00 AM CET, Wed 2 April 2025 · 5 min "
        "read",
        "Dead spruce trees in the Harz mountains in central Germany, where bark beetles have killed large "
        "areas of "
        "forest since 2018. Photograph: Jens Körber/dpa",
        "Read more: Bark beetles have killed a fifth of Czech spruce. Can the forests come back?",
        "More on this story\nFinland’s forests now emit more carbon than they absorb, climate panel says\n"
        "‘We planted the wrong trees’: the foresters rethinking Europe’s woods\n"
        "EU countries agree to weaken nature restoration targets",
        "Topics: Forests · Climate crisis · Carbon emissions · European Union · Biodiversity",
        "Sign up to Down to Earth, our free weekly newsletter on the planet’s biggest stories",
    ],
    F38: [
        "Menu   Home   Football   Cricket   Rugby U   Tennis   Golf   F1   Boxing   More\n"
        "Football › Premier League › Hallam United",
        "By Owen Pritchard, Chief Football Writer\nLast updated 22:17, Friday 8 August 2025",
        "Tiago Mendonça poses with the Hallam United shirt at the club’s training ground on Friday. "
        "Picture: Hallam United FC/Getty Images",
        "Read more: Premier League summer transfer window 2025 – every confirmed deal",
        "Follow us on X @SportsDeskUK for all the latest transfer news",
        "Related\n‘He’s the real deal’: Portugal coach hails Mendonça after Nations League double\n"
        "Kristiansen says Brackley ‘not finished’ in transfer window\n"
        "Hallam fans’ group says ticket price rise is ‘a kick in the teeth’",
        "Premier League   Hallam United   Brackley City   Transfers",
    ],
    F39: [
        "Skip to main content\nNews   Politics   Sports   Business   Opinion   Obituaries   e-Edition\n"
        "Subscribe | Log in",
        "By Caroline Updike\nJefferson City Bureau\nUpdated March 21, 2025, 6:52 p.m. CT",
        "Demonstrators rally outside the Missouri Capitol in Jefferson City in May 2024 as lawmakers "
        "debated the "
        "voter registration bill. (Amelia Roarke/The Ledger)",
        "RELATED\nMissouri lawmakers pass voter registration overhaul in final hours of session\n"
        "“A solution in search of a problem”: Clergy group sues over registration law\n"
        "Secretary of state says office is ‘ready to implement’ new election rules",
        "Missouri Politics · Courts · Voting Rights · Missouri Legislature",
        "Get The Ledger’s Missouri Politics newsletter. Sign up free »",
    ],
    F40: [
        "LATEST   WORLD   SOUTH ASIA   BUSINESS   CLIMATE   SPORT   VIDEO\nSouth Asia / Nepal",
        "AFP | Kathmandu | Published: Sep 29, 2024 19:12 NPT | Updated: Sep 29, 2024 22:40 NPT",
        "Residents wade through a flooded street along the Bagmati river in Kathmandu on Saturday. "
        "(Photo: Sunil Tamang/AFP)",
        "Read more: Why Nepal's monsoon is becoming deadlier",
        "- AFP",
        "Related News\nBangladesh floods: UN says 5.8 million people in need of aid\n"
        '"We lost everything in one night": Survivors recount Sikkim flash flood\n'
        "India's IMD says monsoon withdrawal delayed in northeast",
        "Tags: Nepal floods, Kathmandu, Landslides, Monsoon, Climate change",
        "Follow us on X and Telegram for breaking news from South Asia\n© 2024 All rights reserved.",
    ],
}
