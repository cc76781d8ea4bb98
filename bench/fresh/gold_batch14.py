"""Batch 14 gold: five articles (66-70) written and annotated by hand, independently of the extractor.

Row format as bench/fresh/gold_source.py: (file, content, speakers, via, kind, optional).
`content` occurs exactly once in its file, or is given as (text, n) for the n-th occurrence (1-based).
BOILERPLATE lists the page-junk blocks of each file (each occurs exactly once).
"""

F66 = "66_malawi_kwacha_devaluation.txt"
F67 = "67_milwaukee_shared_revenue_ruling.txt"
F68 = "68_sulawesi_ferry_capsize.txt"
F69 = "69_sonorant_voice_clone_pause.txt"
F70 = "70_uae_prisoner_swap.txt"

# 66
RBM = [
    "Reserve Bank of Malawi",
    "The Reserve Bank of Malawi",
    "RBM",
    "central bank",
    "the central bank",
    "Malawi’s central bank",
    "Malawi's central bank",
    "central bank statement",
    "statement",
]
MKANDAWIRE = ["Harrison Mkandawire-Phiri"]
KALUA = ["Grace Kalua-Mhango"]
MOF_OFFICIALS = [
    "Two senior finance ministry officials",
    "two senior finance ministry officials",
    "senior finance ministry officials",
    "finance ministry officials",
    "officials",
]
ONE_OFFICIAL = [
    "one of the officials",
    "senior finance ministry official",
    "finance ministry official",
    "official",
] + MOF_OFFICIALS
IMF_SPOX = ["IMF spokesperson", "An IMF spokesperson", "spokesperson", "International Monetary Fund", "IMF"]
CHIRWA = ["Yamikani Chirwa"]
SHOPKEEPERS = ["shopkeepers", "Shopkeepers"]
ANALYSTS = ["Analysts", "analysts"]
KHANYE = ["Nomvula Khanye"]
OTIENO = ["Daniel Otieno"]
GONDWE = ["Lusungu Gondwe-Mbewe"]
DPP = [
    "Democratic Progressive Party",
    "The main opposition Democratic Progressive Party",
    "main opposition Democratic Progressive Party",
    "DPP",
    "Felix Nkhoma",
]
NKHOMA = ["Felix Nkhoma"]
# 67
VANDENHOEK = ["Marisa Vandenhoek"]
COURT_DOCS = ["court documents", "Court documents"]
DOR = ["Department of Revenue", "The Department of Revenue", "Wisconsin Department of Revenue", "department"]
MILWAUKEE = ["City of Milwaukee", "Milwaukee", "the city", "city", "lawsuit", "The lawsuit", "the lawsuit"]
VILLASENOR = ["Arturo Villaseñor", "Arturo Villasenor"]
STATE_LAWYERS = [
    "The state's lawyers",
    "the state's lawyers",
    "state's lawyers",
    "State of Wisconsin",
    "the state",
]
LINDQVIST = ["Thomas Lindqvist"]
PETTERSEN = ["Jonah Pettersen"]
MAYORS_OFFICE = [
    "The mayor's office",
    "the mayor's office",
    "mayor's office",
    "Office of the Mayor",
    "Dolores Whitfield-Arce",
]
BRANDVOLD = ["Curtis Brandvold"]
BECKWITH = ["LaToya Beckwith-Ames"]
HAGLUND = ["Gordon Haglund"]
SATO = ["Naomi Sato-Kessler", "Attorney General's office", "attorney general's office"]
# 68
SAR_OFFICIALS = [
    "search and rescue officials",
    "rescue officials",
    "officials",
    "rescuers",
    "National Search and Rescue Agency",
    "Basarnas",
]
SETIAWAN = ["Muhammad Arief Setiawan"]
BASARNAS = ["National Search and Rescue Agency", "The National Search and Rescue Agency", "Basarnas"]
SAHRUL = ["Sahrul"]
WA_ODE = ["Wa Ode Sitti Rahma"]
RASYID = ["Andi Kurniawati Rasyid", "Dr. Andi Kurniawati Rasyid", "Kurniawati Rasyid"]
RELATIVES68 = ["Relatives", "relatives"]
HAMZAH = ["La Ode Hamzah"]
SIREGAR = ["Ferry Adrianto Siregar"]
PRATIWI = ["Nur Aisyah Pratiwi"]
HARBOUR = [
    "The local harbour master’s office",
    "local harbour master’s office",
    "harbour master’s office",
    "local harbour master's office",
    "harbour master's office",
    "harbour master",
]
TRANSPORT = ["Transportation Ministry", "The Transportation Ministry", "Ministry of Transportation"]
LAMATO = ["Hasanuddin Lamato"]
# 69
SONORANT = ["Sonorant", "the company", "company", "blog post", "the post"]
DUCHENE = ["Mireille Duchêne-Park", "Mireille Duchene-Park"]
RAO = ["Priyamvada Rao-Lindgren"]
SONORANT_SPOX = [
    "A company spokesperson",
    "company spokesperson",
    "Sonorant spokesperson",
    "spokesperson",
    "Sonorant",
]
NORTHGATE = [
    "Northgate Building Society",
    "the Northgate Building Society",
    "Northgate",
    "the society",
    "society",
]
ICO = [
    "Information Commissioner's Office",
    "Britain's Information Commissioner's Office",
    "Information Commissioner’s Office",
    "ICO",
]
REYES = ["Alvaro Reyes-Maddox"]
PUBLIC_SIGNAL = ["Public Signal", "Consumer advocacy group Public Signal"]
FERREIRA = ["Tobias Ferreira-Lund"]
# 70
BOTH = ["both sides", "Both sides", "Russia and Ukraine", "Russia", "Ukraine"]
RU_MOD = [
    "Russia’s Defence Ministry",
    "Russia's Defence Ministry",
    "Russian Defence Ministry",
    "Defence Ministry",
    "Russian Ministry of Defence",
    "Ministry of Defence of Russia",
]
COORD = [
    "Coordination Headquarters for the Treatment of Prisoners of War",
    "Ukraine’s Coordination Headquarters for the Treatment of Prisoners of War",
    "Coordination Headquarters",
]
HRYHORENKO = ["Oksana Hryhorenko-Bilyk"]
UAE_MFA = [
    "UAE’s foreign ministry",
    "UAE's foreign ministry",
    "UAE foreign ministry",
    "Ministry of Foreign Affairs of the UAE",
    "United Arab Emirates",
    "UAE",
]
KREMLIN = ["Kremlin", "The Kremlin", "the Kremlin", "Dmitry Peskov"]
PESKOV = ["Dmitry Peskov"]
MOSCOW = ["Moscow", "Kremlin", "the Kremlin", "Russia", "Dmitry Peskov"]
RU_SOURCE = ["A source in the Russian negotiating team", "source in the Russian negotiating team", "source"]
OSTAPENKO = ["Grigory Ostapenko-Volsky"]
KARAAGACLI = ["Selim Karaağaçlı", "Selim Karaagacli"]
GENSTAFF = [
    "Ukraine’s General Staff",
    "Ukraine's General Staff",
    "General Staff",
    "Ukrainian General Staff",
    "General Staff of the Armed Forces of Ukraine",
]
LOGINOV = ["Viktor Loginov"]
UA_AIR_FORCE = ["Ukrainian Air Force", "the Ukrainian Air Force", "Air Force", "Ukraine's Air Force"]
TKACHENKO = ["Mykhailo Tkachenko-Dray"]
RELATIVES70 = ["Relatives of Ukrainian soldiers still in captivity", "Relatives", "relatives"]
DMYTRENKO = ["Larysa Dmytrenko"]

ROWS = [
    # 66
    (
        F66,
        "The currency will be allowed to trade within a band of 5% either side of that rate from April 1",
        RBM,
        None,
        "indirect",
        False,
    ),
    (
        F66,
        "The adjustment is necessary to restore the credibility of the exchange rate and to eliminate the "
        "distortions that have fuelled a thriving parallel market,",
        RBM,
        None,
        "direct",
        False,
    ),
    (
        F66,
        "the bank would also raise its policy rate by 200 basis points to 28% to contain inflation, which hit "
        "31.4% in January",
        MKANDAWIRE,
        None,
        "indirect",
        False,
    ),
    (
        F66,
        "Reserves, he added, had fallen to the equivalent of less than one month of imports, far below the three "
        "months the bank considers safe",
        MKANDAWIRE,
        None,
        "indirect",
        False,
    ),
    (F66, "We did not take this decision lightly,", MKANDAWIRE, None, "direct", False),
    (
        F66,
        "But the alternative was to keep rationing dollars that we do not have.",
        MKANDAWIRE,
        None,
        "direct",
        False,
    ),
    (F66, "the bank would not return to a fixed exchange rate", MKANDAWIRE, None, "indirect", False),
    (
        F66,
        "it would revoke the licence of any lender caught dealing on the parallel market",
        MKANDAWIRE,
        None,
        "indirect",
        False,
    ),
    (
        F66,
        "the government had “no painless options left” and that the devaluation would be paired with cash "
        "transfers to about 300,000 of the poorest households",
        KALUA,
        None,
        "mixed",
        False,
    ),
    (
        F66,
        "We have spent two years defending a rate at which nobody could actually buy dollars,",
        KALUA,
        None,
        "direct",
        False,
    ),
    (
        F66,
        "Our people have been queueing for fuel, for sugar, for medicine. We cannot ask them to queue forever.",
        KALUA,
        None,
        "direct",
        False,
    ),
    (
        F66,
        "the devaluation was the main condition for reviving a $175 million Extended Credit Facility with the "
        "International Monetary Fund that lapsed last year",
        MOF_OFFICIALS,
        None,
        "indirect",
        False,
    ),
    (
        F66,
        "Without this step there was no programme. The Fund made that very clear in January,",
        ONE_OFFICIAL,
        "Reuters",
        "direct",
        False,
    ),
    (
        F66,
        "the Fund “welcomes the authorities’ decision” and that a staff mission would visit Lilongwe later this "
        "month",
        IMF_SPOX,
        "Reuters",
        "mixed",
        False,
    ),
    (F66, "I slept here in my car last night,", CHIRWA, None, "direct", False),
    (
        F66,
        "Tomorrow the price will go up again, and who will pay? The passengers.",
        CHIRWA,
        None,
        "direct",
        False,
    ),
    (
        F66,
        "Prices of bread and cooking oil rose in several Lilongwe shops within hours of the announcement",
        SHOPKEEPERS,
        None,
        "indirect",
        False,
    ),
    (
        F66,
        "the size of the move was larger than markets had expected, but that it still left the official rate "
        "well short of the parallel market, where a dollar fetched about 4,200 kwacha last week",
        ANALYSTS,
        None,
        "indirect",
        False,
    ),
    (
        F66,
        "This is a bold step and probably the right one, but the sequencing is going to be painful,",
        KHANYE,
        None,
        "direct",
        False,
    ),
    (F66, "You will see inflation go above 35% before it comes down.", KHANYE, None, "direct", False),
    (F66, "the devaluation was “overdue but insufficient on its own”", OTIENO, None, "mixed", False),
    (
        F66,
        "Without deep spending cuts, he warned, “the kwacha will be back here within 18 months.”",
        OTIENO,
        None,
        "mixed",
        False,
    ),
    (
        F66,
        "growers had been “subsidising the whole economy” by converting their earnings at an artificially strong "
        "rate",
        GONDWE,
        "Daily Times",
        "mixed",
        False,
    ),
    (F66, "the devaluation “an admission of failure”", DPP, None, "mixed", False),
    (
        F66,
        "the government to cut the size of the cabinet and suspend foreign travel by officials before asking "
        "ordinary Malawians to make sacrifices",
        NKHOMA,
        None,
        "indirect",
        False,
    ),
    (
        F66,
        "the bank would review the trading band at its next monetary policy committee meeting in May",
        MKANDAWIRE,
        None,
        "indirect",
        False,
    ),
    # 67
    (F67, 'the city of "playing games" with officer numbers', LINDQVIST, None, "mixed", True),
    (
        F67,
        "the city was likely to succeed in its argument that the Department of Revenue had miscounted the number "
        "of police officers on its payroll",
        VANDENHOEK,
        None,
        "indirect",
        False,
    ),
    (
        F67,
        "the Department of Revenue had miscounted the number of police officers on its payroll",
        MILWAUKEE,
        None,
        "indirect",
        True,
    ),
    (
        F67,
        'the state\'s method of counting officers "ignores the plain text of the statute" and that cutting off '
        'the money halfway through the fiscal year would cause the city "irreparable harm."',
        VANDENHOEK,
        None,
        "mixed",
        False,
    ),
    (
        F67,
        "The Legislature chose its words, and the Department is not free to substitute different ones,",
        VANDENHOEK,
        None,
        "direct",
        False,
    ),
    (
        F67,
        "The Department of Revenue notified the city in December that it had fallen 63 officers short of the "
        "floor",
        COURT_DOCS,
        None,
        "indirect",
        False,
    ),
    (F67, "it had fallen 63 officers short of the floor", DOR, None, "indirect", False),
    (
        F67,
        "the department wrongly excluded 71 recruits who were in the police academy on the count date and who "
        "have since been sworn in",
        MILWAUKEE,
        None,
        "indirect",
        False,
    ),
    (
        F67,
        "the department swore in the recruits on Jan. 3, bringing the force to 1,703 officers, eight above the "
        "statutory minimum",
        VILLASENOR,
        None,
        "indirect",
        False,
    ),
    (
        F67,
        "recruits are not sworn officers under any reasonable reading of the law, because they cannot make "
        "arrests until they graduate",
        STATE_LAWYERS,
        None,
        "indirect",
        False,
    ),
    (
        F67,
        "the department had given the city only 11 days' notice before the payment date, a window she called "
        '"hardly a reasonable opportunity to respond," and that the recruits had in fact taken their oath before '
        "any money changed hands",
        VANDENHOEK,
        None,
        "mixed",
        False,
    ),
    (F67, "hardly a reasonable opportunity to respond,", VANDENHOEK, None, "direct", True),
    (F67, "he would appeal", LINDQVIST, None, "indirect", False),
    (
        F67,
        "Milwaukee made a promise to taxpayers in every corner of this state, and it has been playing games with "
        "the numbers ever since,",
        LINDQVIST,
        None,
        "direct",
        False,
    ),
    (F67, "A judge in Madison doesn't change that.", LINDQVIST, None, "direct", False),
    (F67, 'he had "every confidence" the ruling would be overturned', LINDQVIST, None, "mixed", False),
    (
        F67,
        "the ruling vindicated the city's position and \"keeps cops on the street and the lights on at City "
        'Hall."',
        PETTERSEN,
        None,
        "mixed",
        False,
    ),
    (F67, "We have more officers in uniform today than we did a year ago,", PETTERSEN, None, "direct", False),
    (F67, "The state just didn't want to count them.", PETTERSEN, None, "direct", False),
    (
        F67,
        "the city had already budgeted the payment and would have faced layoffs of up to 200 employees, "
        "including firefighters, without it",
        MAYORS_OFFICE,
        None,
        "indirect",
        False,
    ),
    (F67, 'the ruling "judicial activism, plain and simple."', BRANDVOLD, None, "mixed", False),
    (
        F67,
        "Republicans would introduce legislation next month to spell out who counts as a sworn officer",
        BRANDVOLD,
        None,
        "indirect",
        False,
    ),
    (
        F67,
        'the staffing requirement had always been "a trap set for the city,"',
        BECKWITH,
        None,
        "mixed",
        False,
    ),
    (
        F67,
        "the governor of using the dispute to campaign against Milwaukee ahead of the November election",
        BECKWITH,
        None,
        "indirect",
        False,
    ),
    (F67, "Every time Milwaukee hits the target, Madison moves it,", BECKWITH, None, "direct", False),
    (
        F67,
        "the city hired more officers in 2025 than in any year since 2008",
        BECKWITH,
        None,
        "indirect",
        False,
    ),
    (
        F67,
        'the Legislature "never intended to bankrupt Milwaukee over a paperwork dispute"',
        HAGLUND,
        "WisPolitics",
        "mixed",
        False,
    ),
    (
        F67,
        "the governor and the mayor to settle the case out of court",
        HAGLUND,
        "WisPolitics",
        "indirect",
        False,
    ),
    (F67, "it was reviewing the decision", SATO, None, "indirect", False),
    # 68
    (
        F68,
        "Overloaded ferry capsizes off Sulawesi, at least 23 dead and 41 missing",
        SAR_OFFICIALS,
        None,
        "indirect",
        True,
    ),
    (
        F68,
        "At least 23 people died and 41 were missing after an overloaded passenger ferry capsized in heavy seas "
        "off Southeast Sulawesi late on Saturday",
        SAR_OFFICIALS,
        None,
        "indirect",
        False,
    ),
    (
        F68,
        "The KM Bahari Nusa, a wooden-hulled vessel licensed to carry 150 passengers, was carrying at least 212 "
        "people when it overturned about 8 nautical miles from Kendari, the provincial capital",
        SETIAWAN,
        None,
        "indirect",
        False,
    ),
    (
        F68,
        "Rescuers had pulled 148 people from the water by Sunday afternoon",
        SETIAWAN,
        None,
        "indirect",
        False,
    ),
    (
        F68,
        "The waves were up to four metres high and it was completely dark. Our boats could not get close until "
        "almost midnight,",
        SETIAWAN,
        None,
        "direct",
        False,
    ),
    (
        F68,
        "We are now concentrating on the area to the east, where the current has been carrying debris. We still "
        "hope to find survivors, because many passengers were wearing life jackets.",
        SETIAWAN,
        None,
        "direct",
        False,
    ),
    (
        F68,
        "it had deployed two ships, a helicopter and more than 300 personnel, including navy divers, and would "
        "extend the search to seven days",
        BASARNAS,
        None,
        "indirect",
        False,
    ),
    (F68, "he and his two sons had pulled 19 people into their boat", SAHRUL, None, "indirect", False),
    (
        F68,
        "We heard them before we saw them. They were shouting for help in the dark,",
        SAHRUL,
        None,
        "direct",
        False,
    ),
    (
        F68,
        "the ferry began to list sharply shortly after 10 pm, when passengers rushed to one side to escape water "
        "coming over the deck",
        WA_ODE,
        None,
        "indirect",
        False,
    ),
    (
        F68,
        "People were screaming and the lights went out. I held my daughter with one arm and the rail with the "
        "other, and then we were in the sea,",
        WA_ODE,
        None,
        "direct",
        False,
    ),
    (
        F68,
        "My husband had our son. I did not see them again until this morning, when the fishermen brought them "
        "in. I thank God, but I keep thinking about the mothers who are still waiting.",
        WA_ODE,
        None,
        "direct",
        False,
    ),
    (
        F68,
        "37 survivors were being treated there, five of them in intensive care, mostly for hypothermia and water "
        "in the lungs",
        RASYID,
        None,
        "indirect",
        False,
    ),
    (
        F68,
        "The ones in intensive care, she said, were children and elderly passengers",
        RASYID,
        None,
        "indirect",
        False,
    ),
    (
        F68,
        "the ferry regularly carried more passengers than permitted, especially on Saturdays before the Wawonii "
        "market day",
        RELATIVES68,
        None,
        "indirect",
        False,
    ),
    (
        F68,
        "They called me from the boat at nine o’clock to say the sea was rough and the boat was full, so full "
        "that people were sitting on the roof,",
        HAMZAH,
        None,
        "direct",
        False,
    ),
    (
        F68,
        "I told them to go inside and keep their life jackets on.\n\n“That was the last time I heard his voice. "
        "Nobody from the company has called us. Nobody has told us anything.",
        HAMZAH,
        None,
        "direct",
        False,
    ),
    (
        F68,
        "The ship’s captain, a 43-year-old man identified only by his initials, R.H.L., survived and was being "
        "questioned",
        SIREGAR,
        None,
        "indirect",
        False,
    ),
    (
        F68,
        "investigators would examine whether the operator had knowingly allowed the overloading, an offence "
        "punishable by up to five years in prison",
        SIREGAR,
        None,
        "indirect",
        False,
    ),
    (
        F68,
        "The Meteorology, Climatology and Geophysical Agency (BMKG) had issued a warning on Friday of waves of up "
        "to four metres in the Banda Sea",
        PRATIWI,
        None,
        "indirect",
        False,
    ),
    (
        F68,
        "The warning, she added, had been sent to all harbour masters in the province",
        PRATIWI,
        None,
        "indirect",
        False,
    ),
    (
        F68,
        "the KM Bahari Nusa had been cleared to sail on Saturday afternoon before the warning was upgraded",
        HARBOUR,
        None,
        "indirect",
        False,
    ),
    (
        F68,
        "it had suspended the operating licence of the ferry’s owner, PT Bahari Nusa Lestari, pending an "
        "investigation",
        TRANSPORT,
        None,
        "indirect",
        False,
    ),
    (
        F68,
        "an inspection of every passenger vessel operating in the province",
        LAMATO,
        None,
        "indirect",
        False,
    ),
    (
        F68,
        "there will be no more tolerance for boats that carry twice their capacity.",
        LAMATO,
        None,
        "direct",
        False,
    ),
    # 69
    (
        F69,
        'its consent check "did not hold up" once researchers and fraudsters went looking for gaps',
        SONORANT,
        None,
        "mixed",
        True,
    ),
    (
        F69,
        'it had "underestimated how quickly bad actors would adapt" and that the feature, called Echo, would stay '
        "offline until it could add stronger protections, including a live consent recording and an inaudible "
        "watermark on every clip",
        SONORANT,
        None,
        "mixed",
        False,
    ),
    (
        F69,
        "We built Echo to help people who have lost their voices to illness, and to let creators work faster,",
        SONORANT,
        None,
        "direct",
        False,
    ),
    (
        F69,
        "We did not build it so that a stranger could call your grandmother and sound exactly like you.",
        SONORANT,
        None,
        "direct",
        False,
    ),
    (
        F69,
        "Paying business customers, who use a separate product with manual vetting, are not affected",
        SONORANT,
        None,
        "indirect",
        False,
    ),
    (
        F69,
        "That's a tiny fraction of our users, but the harm in each case is enormous,",
        DUCHENE,
        "The Verge",
        "direct",
        False,
    ),
    (
        F69,
        'the company had identified "a few hundred" accounts it believed were linked to fraud, out of more than 2 '
        "million people who had used Echo since its launch in September",
        DUCHENE,
        "The Verge",
        "mixed",
        False,
    ),
    (
        F69,
        'Echo was "the fastest-growing product we have ever shipped."',
        DUCHENE,
        "Bloomberg",
        "mixed",
        False,
    ),
    (F69, "The consent step was essentially a checkbox with extra steps,", RAO, None, "direct", False),
    (F69, "We got past it on the first try using clips from a podcast.", RAO, None, "direct", False),
    (
        F69,
        "her team had notified Sonorant of the flaw in November but received only an automated reply until the "
        "paper was posted online",
        RAO,
        None,
        "indirect",
        False,
    ),
    (
        F69,
        'the report "was triaged and escalated within 48 hours" and that engineers were already testing a fix '
        "when the paper appeared",
        SONORANT_SPOX,
        None,
        "mixed",
        False,
    ),
    (
        F69,
        "At least 14 customers of the Northgate Building Society received calls this month from a voice that "
        'sounded like their local branch manager asking them to move savings into a "safe account,"',
        NORTHGATE,
        None,
        "indirect",
        False,
    ),
    (
        F69,
        "it had traced the audio to Echo with help from Sonorant and would reimburse the customers in full",
        NORTHGATE,
        None,
        "indirect",
        False,
    ),
    (
        F69,
        'it was "making enquiries" with Sonorant about how the company verified consent',
        ICO,
        None,
        "mixed",
        False,
    ),
    (
        F69,
        'companies selling voice-cloning tools could face enforcement action if they failed to take "reasonable '
        'steps" to prevent foreseeable misuse',
        REYES,
        "Financial Times",
        "mixed",
        False,
    ),
    (
        F69,
        "Saying 'our terms of service prohibit fraud' is not a safeguard,",
        REYES,
        "Financial Times",
        "direct",
        False,
    ),
    (F69, "mandatory watermarking of all AI-generated audio", PUBLIC_SIGNAL, None, "indirect", False),
    (
        F69,
        "Congress to pass the Voice Integrity Act, a bipartisan bill that has stalled in committee since last "
        "spring",
        PUBLIC_SIGNAL,
        None,
        "indirect",
        False,
    ),
    (
        F69,
        "most of the company's revenue comes from audiobook publishers, game studios and call centers, which use "
        "the vetted enterprise product",
        FERREIRA,
        None,
        "indirect",
        False,
    ),
    (F69, "Echo was the shop window, not the business,", FERREIRA, None, "direct", False),
    (F69, "We will bring Echo back,", SONORANT, None, "direct", False),
    (
        F69,
        "but only when we are confident it cannot be turned against the people it is meant to serve.",
        SONORANT,
        None,
        "direct",
        False,
    ),
    # 70
    (F70, "no date for new talks", KREMLIN, None, "indirect", True),
    (
        F70,
        "Russia and Ukraine each released 150 prisoners of war on Saturday in an exchange mediated by the United "
        "Arab Emirates",
        BOTH,
        None,
        "indirect",
        False,
    ),
    (
        F70,
        "As a result of the negotiation process, 150 Russian servicemen have been returned from territory "
        "controlled by the Kyiv regime,",
        RU_MOD,
        None,
        "direct",
        False,
    ),
    (
        F70,
        "the soldiers were in Belarus and would be flown to Moscow for treatment and rehabilitation at military "
        "medical facilities",
        RU_MOD,
        None,
        "indirect",
        False,
    ),
    (
        F70,
        "those returned included defenders of Mariupol and soldiers captured in the Kursk region, some of whom "
        "had been held since 2022",
        COORD,
        None,
        "indirect",
        False,
    ),
    (
        F70,
        "Most were privates and sergeants, it said, and 19 were seriously ill or wounded",
        COORD,
        None,
        "indirect",
        False,
    ),
    (
        F70,
        "the returning soldiers showed clear signs of malnutrition and abuse",
        HRYHORENKO,
        None,
        "indirect",
        False,
    ),
    (
        F70,
        "Many of them have lost 20 or 30 kilograms. Some could not get off the bus without help,",
        HRYHORENKO,
        "Ukrinform",
        "direct",
        False,
    ),
    (
        F70,
        "it was the 17th exchange it had mediated since the start of the war, bringing the total number of "
        "prisoners released through its efforts to 4,641",
        UAE_MFA,
        "WAM",
        "indirect",
        False,
    ),
    (
        F70,
        "both Moscow and Kyiv for their “cooperation and responsiveness”",
        UAE_MFA,
        "WAM",
        "mixed",
        True,
    ),
    (
        F70,
        "President Vladimir Putin had thanked UAE President Sheikh Mohamed bin Zayed Al Nahyan for the mediation "
        "in a phone call on Friday evening",
        KREMLIN,
        None,
        "indirect",
        False,
    ),
    (
        F70,
        "there was “no date yet” for a new round of direct talks between the two sides, which last met in "
        "Istanbul in November",
        PESKOV,
        None,
        "mixed",
        False,
    ),
    (
        F70,
        "The work continues. The contacts are maintained at the level of the relevant services,",
        PESKOV,
        "RIA Novosti",
        "direct",
        False,
    ),
    (
        F70,
        "humanitarian exchanges were “separate” from the question of a ceasefire",
        PESKOV,
        None,
        "mixed",
        False,
    ),
    (
        F70,
        "can only be discussed once Kyiv accepts what Moscow calls “the new territorial realities.”",
        KREMLIN,
        None,
        "mixed",
        True,
    ),
    (F70, "the new territorial realities.", MOSCOW, None, "direct", True),
    (
        F70,
        "a further exchange, involving “up to 1,000 people from each side”, was being prepared",
        RU_SOURCE,
        "RIA Novosti",
        "mixed",
        False,
    ),
    (
        F70,
        "Moscow would “welcome” Turkey hosting another round of talks, but that Kyiv had “so far not shown any "
        "serious interest.”",
        OSTAPENKO,
        "Interfax",
        "mixed",
        False,
    ),
    (
        F70,
        "Ankara was ready to host a new meeting in Istanbul “at any moment” and was in contact with both "
        "delegations",
        KARAAGACLI,
        "Anadolu",
        "mixed",
        False,
    ),
    (
        F70,
        "air defences had destroyed 87 Ukrainian drones overnight, 34 of them over the Bryansk region",
        RU_MOD,
        None,
        "indirect",
        False,
    ),
    (
        F70,
        "its forces had struck the Unecha oil pumping station in Bryansk, a key node of the Druzhba pipeline, "
        "causing a fire",
        GENSTAFF,
        None,
        "indirect",
        False,
    ),
    (
        F70,
        "The strike was part of efforts to reduce Russia’s ability to finance the war",
        GENSTAFF,
        None,
        "indirect",
        False,
    ),
    (
        F70,
        "a drone attack had caused a fire at an “industrial facility” in the Unecha district but that no one had "
        "been hurt",
        LOGINOV,
        None,
        "mixed",
        False,
    ),
    (F70, "Firefighters had put out the blaze by morning", LOGINOV, None, "indirect", False),
    (
        F70,
        "Russian forces, meanwhile, launched 112 drones and two ballistic missiles at Ukraine overnight",
        UA_AIR_FORCE,
        None,
        "indirect",
        False,
    ),
    (
        F70,
        "a 64-year-old woman was injured and more than 30,000 households were left without power in the port "
        "city of Izmail",
        TKACHENKO,
        None,
        "indirect",
        False,
    ),
    (F70, "the government to press for an all-for-all exchange", RELATIVES70, None, "indirect", False),
    (
        F70,
        "My son has been there for three years. Every exchange, I wait by the phone, and every time his name is "
        "not on the list,",
        DMYTRENKO,
        None,
        "direct",
        False,
    ),
]

BOILERPLATE = {
    F66: [
        "MarketPulse Africa\n"
        "Markets | Economy | Companies | Commodities | Currencies | Data | Opinion\n"
        "Sign in | Subscribe",
        "CURRENCIES",
        "By Chikondi Banda-Ellis and Tom Aldercott\nMarch 3, 2026 4:18 PM GMT+2 · Updated 2 hours ago",
        "A vendor counts kwacha notes at a market in Lilongwe, Malawi, February 26, 2026. REUTERS/Gift "
        "Mwale-Tembo",
        "Read more: Malawi’s tobacco earnings slump as Asian buyers cut orders",
        "(Reporting by Chikondi Banda-Ellis in Lilongwe and Frank Phiri-Mwase in Blantyre; Additional "
        "reporting by Tom Aldercott in Johannesburg; Writing by Tom Aldercott; Editing by Alexandra "
        "Hudson-Reyes)",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "More from MarketPulse Africa\n"
        "- Zambia’s kwacha hits record low as copper slump deepens\n"
        "- ‘We are paying in sugar’: Malawi firms turn to barter, says chamber\n"
        "- IMF says Ghana programme “on track” after third review",
        "Get the Africa Markets Daily newsletter: the stories that move frontier markets, before the open. "
        "Sign up",
        "Tags: Malawi, Kwacha, Currencies, IMF, Reserve Bank of Malawi, Emerging Markets",
        "© 2026 MarketPulse Africa. All rights reserved. Content from Reuters is used under licence.",
    ],
    F67: [
        "Lakeshore Herald\n"
        "News | Politics | Milwaukee | Wisconsin | Business | Sports | Opinion | Obituaries | e-Edition\n"
        "Subscribe   Log in",
        "STATE POLITICS",
        "By Renata Oyelaran-Fisk\nPublished 5:12 p.m. CT Jan. 22, 2026 | Updated 8:40 p.m. CT Jan. 22, 2026",
        "Milwaukee police recruits take the oath of office at a ceremony at the Wisconsin Center on Jan. 3. "
        "(Photo: Gabriel Ostrowski-Lee / Lakeshore Herald)",
        "Read more: Milwaukee swears in largest police academy class in a decade",
        "Contact Renata Oyelaran-Fisk at royelaran@lakeshoreherald.com. Follow her on X @RenataOF.",
        "Most Popular\n"
        '- Lindqvist says he will veto "any tax increase, period" in next budget\n'
        "- Milwaukee County executive: bus route cuts 'off the table' for 2026\n"
        "- Snowstorm to bring up to 10 inches to southeast Wisconsin, forecasters say",
        "Get the Capitol Report newsletter: Wisconsin politics in your inbox every weekday morning.",
        "Tags: Milwaukee, Gov. Thomas Lindqvist, Shared revenue, Milwaukee Police Department, Dane County "
        "Circuit Court",
        "© 2026 Lakeshore Herald, a Great Lakes Media company. All rights reserved. | Terms of Use | Privacy "
        "Notice | Your Privacy Choices",
    ],
    F68: [
        "NUSANTARA POST\n"
        "Home | Nusantara | Jakarta | Business | Asia | World | Sport | Lifestyle | Opinion | Photos\n"
        "Search   EN | ID",
        "NUSANTARA / SULAWESI",
        "Nusantara Post reporter with Antara\n"
        "Kendari, Southeast Sulawesi   |   Sun, March 15, 2026   |   06:47 pm",
        "Rescuers carry a survivor from a search and rescue boat at Kendari’s Nusantara port on Sunday. "
        "(Antara Foto/Andry Denisah-Putra)",
        "Read more: Indonesia’s ferry disasters: a decade of overloaded boats and missing manifests",
        "(ant/dre/wnd)",
        "RELATED ARTICLES\n"
        "- ‘I could only save one’: Survivors recall Lake Toba ferry sinking, five years on\n"
        "- Basarnas says search for missing Bali fishermen called off\n"
        "- Government to require life jackets for every ferry passenger, minister says",
        "Get the latest news from the archipelago delivered to your inbox. Subscribe to the Nusantara Post "
        "Daily Brief.",
        "Tags: ferry, Southeast Sulawesi, Kendari, Basarnas, maritime safety, disaster",
        "Copyright © 2026 Nusantara Post. All rights reserved. | About Us | Contact | Privacy Policy | Cyber "
        "Media Guidelines",
    ],
    F69: [
        "THE BYTE REPORT\n"
        "AI | Security | Startups | Policy | Gadgets | Science | Podcasts | Newsletters\n"
        "Sign in  |  Subscribe",
        "ARTIFICIAL INTELLIGENCE",
        "By Kasia Wendt-Obuya, Senior AI Reporter\nFeb 10, 2026, 3:05 PM PST\n142 Comments",
        "Sonorant's offices in San Francisco's Mission Bay neighborhood. Photo: Justin Alvarez-Kemp for The "
        "Byte Report",
        "Read more: Three seconds of audio is now enough to clone a voice. Here's how that happened",
        "Related\n"
        '- "It sounded exactly like my son": Parents targeted in AI voice scams, police warn\n'
        "- Meta says new labels will flag AI-generated audio on Instagram and WhatsApp\n"
        "- The EU's AI Act is here. Here's what changes for chatbots",
        "Circuit, our daily AI newsletter: the biggest stories in artificial intelligence, explained in five "
        "minutes. Subscribe",
        "Topics: Artificial Intelligence, Voice cloning, Deepfakes, Fraud, FTC, Startups",
        "Disclosure: Halvorsen Ventures is an investor in The Byte Report's parent company. The Byte "
        "Report's editorial staff operate independently.",
        "© 2026 Byte Media Inc. All rights reserved. | Terms | Privacy | Cookie Preferences | Do Not Sell or "
        "Share My Personal Information",
    ],
    F70: [
        "EASTERN EUROPE MONITOR\n"
        "World | Ukraine War | Russia | Caucasus | Central Asia | Energy | Analysis | Newsletters\n"
        "Donate   Log in",
        "UKRAINE WAR",
        "By Olena Marchuk-Terrell and staff\n"
        "Published: 28 February 2026, 17:42 EET | Updated: 28 February 2026, 21:10 EET",
        "LIVE: Russia-Ukraine war – day 1,465",
        "Freed Ukrainian prisoners of war wrapped in national flags arrive at a hospital in Chernihiv region "
        "on Saturday. Photo: Coordination Headquarters for the Treatment of Prisoners of War / Handout via "
        "Reuters",
        "Read more: Inside the UAE’s quiet role as Russia and Ukraine’s go-between",
        "— AFP/Reuters/EEM, ok/dm",
        "Most read\n"
        "- Kremlin says Putin has “no plans” to meet Ukrainian leader before summer\n"
        "- ‘They took my passport at the border’: Ukrainians describe return from Poland\n"
        "- Zelensky: Ukraine will not trade territory for a ceasefire",
        "Subscribe to The Eastern Brief, our free weekly newsletter on the war and the region.",
        "Tags: Russia, Ukraine, Prisoner exchange, UAE, Kremlin, Dmitry Peskov, Drone attacks",
        "© 2026 Eastern Europe Monitor. All rights reserved. Republication only with written permission.",
    ],
}
