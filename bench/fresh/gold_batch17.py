"""Batch 17 gold: five articles (81-85) written and annotated by hand, independently of the extractor.

Row format as bench/fresh/gold_source.py: (file, content, speakers, via, kind, optional).
`content` occurs exactly once in its file, or is given as (text, n) for the n-th occurrence (1-based).
BOILERPLATE lists the page-junk blocks of each file (each occurs exactly once).
"""

F81 = "81_borneo_haze_joint_patrols.txt"
F82 = "82_fife_pool_closures.txt"
F83 = "83_kerala_hc_elephant_parade.txt"
F84 = "84_ontario_rural_er_closures.txt"
F85 = "85_el_obeid_market_drone_strike.txt"

# 81
HAZIQ = [
    "Haziq Rahman",
    "Datuk Seri Haziq Rahman",
    "Natural Resources and Environmental Sustainability Minister Datuk Seri Haziq Rahman",
    "Haziq",
]
BAMBANG = ["Bambang Widjanarko", "Environment Minister Bambang Widjanarko", "Bambang"]
JOINT_STATEMENT = [
    "joint statement",
    "a joint statement issued by the two ministries",
    "statement",
    "The statement",
    "the two ministers",
    "Haziq Rahman",
    "Bambang Widjanarko",
]
ASMC = [
    "ASEAN Specialised Meteorological Centre",
    "The ASEAN Specialised Meteorological Centre",
    "ASMC",
]
DOE = ["Department of Environment", "the Department of Environment", "DOE"]
JEMUT = [
    "Lukas Jemut",
    "Datuk Amar Lukas Jemut",
    "Deputy Premier Datuk Amar Lukas Jemut",
    "chairman of the state disaster management committee",
    "The chairman",
]
NURUL = ["Nurul Ain Mahmud", "Dr Nurul Ain Mahmud", "State Health Department director Dr Nurul Ain Mahmud"]
RESIDENTS81 = ["Residents", "residents", "Residents interviewed by Bernama"]
SIM = ["Sim Kok Leong"]
ROSNAH = ["Rosnah"]
OFFICIAL81 = ["senior official at the ministry", "A senior official at the ministry", "official"]
PWB = [
    "Peatland Watch Borneo",
    "Environmental group Peatland Watch Borneo",
    "Dayang Faridah Awang Sahari",
]
DAYANG = ["Dayang Faridah Awang Sahari", "Peatland Watch Borneo"]
NEA = [
    "National Environment Agency",
    "Singapore's National Environment Agency",
    "NEA",
    "advisory",
]
RTM = ["RTM", "state broadcaster RTM", "Radio Televisyen Malaysia", "The broadcaster", "broadcaster"]
# 82
DUNSIRE = ["Morag Dunsire", "Council co-leader Morag Dunsire", "Cllr Dunsire", "Dunsire"]
REPORT82 = [
    "report",
    "A report to the committee",
    "Leisure Estate: A Sustainable Future",
    "Fife Council",
]
LUMSDEN = ["Gary Lumsden", "Labour group leader Gary Lumsden"]
BAIN = ["Kirsty Bain"]
FIFE_COUNCIL = ["Fife Council", "council", "the council"]
TRUST = ["Kingdom Leisure Trust"]
TRUST_SPOX = ["spokeswoman for the trust", "A spokeswoman for the trust", "Kingdom Leisure Trust"]
HALLIDAY = ["Derek Halliday", "Unison Fife", "Unison"]
OFFICERS82 = ["council officers", "officers", "The Courier"]
SCOTGOV = [
    "Scottish Government spokesperson",
    "A Scottish Government spokesperson",
    "Scottish Government",
]
RESIDENTS82 = ["residents", "residents who had travelled by minibus from Lochgelly"]
FORSYTH = ["Agnes Forsyth", "Pensioner Agnes Forsyth"]
# 83
BENCH = [
    "Kerala High Court",
    "The Kerala High Court",
    "High Court",
    "bench",
    "The bench",
    "division bench",
    "Justice Suma Balakrishnan",
    "Justice Thomas K. Varkey",
    "Suma Balakrishnan",
    "Thomas K. Varkey",
]
JUDGES = BENCH + ["judges", "the judges"]
BALAKRISHNAN = ["Suma Balakrishnan", "Justice Suma Balakrishnan", "Justice Balakrishnan"]
TOLD83 = ["Kodungallur Devaswom", "Devaswom", "festival committees", "authorities"]
KURIAKOSE = ["Joseph Kuriakose", "Senior advocate Joseph Kuriakose", "Kuriakose", "amicus curiae"]
MENON = ["Rajeev Menon", "Advocate Rajeev Menon", "Devaswom", "Kodungallur Devaswom"]
PISHARODY = ["Lakshmi Pisharody", "Senior Government Pleader Lakshmi Pisharody", "forest department"]
VARMA = ["Sunil Varma", "Additional Advocate General Sunil Varma", "state government"]
UNNI = ["Sreelakshmi Unni"]
PILLAI = ["K. Radhakrishna Pillai", "Devaswom president K. Radhakrishna Pillai", "Radhakrishna Pillai"]
MATHRUBHUMI = ["Mathrubhumi", "Malayalam daily Mathrubhumi", "report", "The paper", "paper"]
OFFICIAL83 = ["senior forest official", "A senior forest official", "official", "the official"]
HATF = ["Heritage Animal Task Force", "Animal rights group Heritage Animal Task Force"]
MATHEW = ["P.V. Mathew", "Opposition leader in the Assembly P.V. Mathew"]
VARGHESE = ["T.M. Joseph Varghese", "Forest Minister T.M. Joseph Varghese"]
# 84
NETWORK = [
    "Northern Ontario Small Hospitals Network",
    "The Northern Ontario Small Hospitals Network",
    "figures compiled by a group representing rural hospitals",
    "group representing rural hospitals",
    "figures",
]
BEAUDOIN = ["Lise Beaudoin", "Beaudoin"]
MACLEOD = ["Owen MacLeod", "Dr. Owen MacLeod", "MacLeod"]
OKONJO = [
    "Tamara Okonjo",
    "Ontario Nurses' Association president Tamara Okonjo",
    "Ontario Nurses' Association",
]
LIU = [
    "Hannah Liu",
    "spokesperson for Health Minister Renata Costigan",
    "A spokesperson for Health Minister Renata Costigan",
    "spokesperson",
    "Renata Costigan",
    "statement",
]
ONTARIO_HEALTH = ["Ontario Health", "statement"]
WHITFIELD = ["Jamal Whitfield", "NDP health critic Jamal Whitfield", "Whitfield"]
OMA = ["Ontario Medical Association", "The Ontario Medical Association", "OMA", "report"]
STAR = ["Toronto Star", "the Toronto Star", "report", "The newspaper", "newspaper"]
RESIDENTS84 = ["residents", "In Blind River, residents"]
PELLETIER = ["Gail Pelletier"]
DUPUIS = ["Ron Dupuis", "retired mill worker Ron Dupuis"]
# 85
TOLL_SOURCES = [
    "medical source",
    "a medical source",
    "local authorities",
    "Abdelrahim al-Tayeb",
    "medical source at El Obeid Teaching Hospital",
]
ARMY = ["army", "The regular army", "regular army", "Osman Idris"]
TAYEB = ["Abdelrahim al-Tayeb", "North Kordofan governor Abdelrahim al-Tayeb", "governor"]
MEDSRC = [
    "medical source at El Obeid Teaching Hospital",
    "A medical source at El Obeid Teaching Hospital",
    "medical source",
    "source",
]
SDN = ["Sudan Doctors Network", "The Sudan Doctors Network"]
IDRIS = [
    "Osman Idris",
    "Brigadier General Osman Idris",
    "Army spokesman Brigadier General Osman Idris",
    "army",
]
RSF = ["RSF", "Rapid Support Forces", "statement", "The group", "group"]
RESIDENTS85 = ["Residents", "Residents reached by AFP by telephone", "residents"]
ADAM = ["Mohamed Adam"]
HAWA = ["Hawa"]
SUDAN_TV = ["Sudan TV", "State broadcaster Sudan TV"]
AJ_SOURCE = ["military source", "a military source", "Al Jazeera", "Qatar-based Al Jazeera"]
ODUYA = ["Marianne Oduya", "UN humanitarian coordinator for Sudan", "Oduya", "statement"]
OCHA85 = [
    "UN Office for the Coordination of Humanitarian Affairs",
    "the UN Office for the Coordination of Humanitarian Affairs",
    "OCHA",
]
WFP = [
    "spokesperson for the World Food Programme",
    "A spokesperson for the World Food Programme",
    "World Food Programme",
    "WFP",
]
EGYPT_MFA = ["Egypt's foreign ministry", "Egypt’s foreign ministry", "foreign ministry", "Egypt"]
AU = [
    "African Union Commission chairperson",
    "the African Union Commission chairperson",
    "African Union Commission",
    "African Union",
]
ANALYSTS85 = ["Analysts", "analysts", "Kholood Hassan"]
KHOLOOD = ["Kholood Hassan"]
UN85 = ["United Nations", "the United Nations", "UN"]
ARMY_RSF = ["The army and the RSF", "army", "RSF", "Rapid Support Forces"]

ROWS = [
    # 81
    (
        F81,
        "Malaysia and Indonesia have agreed to set up joint ground patrols in peatland areas along their border on "
        "Borneo in a bid to stop fires that have blanketed Sarawak and West Kalimantan in haze for more than a week",
        HAZIQ,
        None,
        "indirect",
        False,
    ),
    (
        F81,
        "the decision was reached during a two-hour video conference with his Indonesian counterpart, Environment "
        "Minister Bambang Widjanarko, last night, and that officials from both countries would meet in Pontianak on "
        "Thursday to work out the details",
        HAZIQ,
        None,
        "indirect",
        False,
    ),
    (
        F81,
        "We cannot keep meeting every year after the smoke has arrived and then forget about it when the rain comes. "
        "This time we want something on the ground,",
        HAZIQ,
        None,
        "direct",
        False,
    ),
    (
        F81,
        "Both sides agree the patrols must start before the next dry season,",
        HAZIQ,
        None,
        "direct",
        False,
    ),
    (F81, "Not after.", HAZIQ, None, "direct", False),
    (
        F81,
        "The two ministers also agreed to share hotspot data from their national satellite monitoring systems in "
        "real time",
        JOINT_STATEMENT,
        None,
        "indirect",
        False,
    ),
    (
        F81,
        'both governments "recognise that transboundary haze is a shared problem that requires shared solutions" '
        "and would report their progress to the Conference of the Parties to the ASEAN Agreement on Transboundary "
        "Haze Pollution in November",
        JOINT_STATEMENT,
        None,
        "mixed",
        False,
    ),
    (
        F81,
        "Indonesia had deployed 6,000 personnel and four water-bombing helicopters to West Kalimantan, and that the "
        "number of hotspots there had fallen by almost half since Friday",
        BAMBANG,
        "Antara",
        "indirect",
        False,
    ),
    (
        F81,
        "The fires are not being ignored. Our people are in the field day and night,",
        BAMBANG,
        "Antara",
        "direct",
        False,
    ),
    (F81, "the smoke affecting Sarawak came only from Indonesia", BAMBANG, "Antara", "indirect", False),
    (
        F81,
        "fires had also been detected on the Malaysian side of the border",
        BAMBANG,
        "Antara",
        "indirect",
        False,
    ),
    (
        F81,
        "412 hotspots were detected in Kalimantan yesterday, compared with 38 in Sarawak",
        ASMC,
        None,
        "indirect",
        False,
    ),
    (
        F81,
        "south-westerly winds were likely to carry smoke across the border for at least another week",
        ASMC,
        None,
        "indirect",
        False,
    ),
    (
        F81,
        "As of 5pm today, the Air Pollutant Index (API) stood at 168 in Kuching, 155 in Samarahan and 143 in Sri Aman",
        DOE,
        None,
        "indirect",
        True,
    ),
    (
        F81,
        "cloud seeding would begin over Kuching and Samarahan as soon as conditions allowed",
        JEMUT,
        None,
        "indirect",
        False,
    ),
    (
        F81,
        "We have the aircraft ready in Miri. What we need now is the right clouds,",
        JEMUT,
        None,
        "direct",
        False,
    ),
    (
        F81,
        "214 schools in the Kuching, Samarahan and Serian divisions would switch to home-based learning from tomorrow",
        JEMUT,
        None,
        "indirect",
        False,
    ),
    (
        F81,
        "clinics and hospitals in Kuching had recorded a 30 per cent increase in cases of asthma, conjunctivitis and "
        "upper respiratory tract infections over the past week",
        NURUL,
        None,
        "indirect",
        False,
    ),
    (
        F81,
        "the public, particularly children, the elderly and those with heart or lung conditions, to stay indoors and "
        "to wear N95 masks if they had to go out",
        NURUL,
        None,
        "indirect",
        False,
    ),
    (
        F81,
        "If you can smell the smoke inside your house, close the windows. Do not wait until you are short of breath,",
        NURUL,
        None,
        "direct",
        False,
    ),
    (
        F81,
        "visibility on some roads had dropped to less than 500 metres in the early morning",
        RESIDENTS81,
        "Bernama",
        "indirect",
        False,
    ),
    (F81, "In the morning I cannot even see the shops across the road,", SIM, None, "direct", False),
    (F81, "My regular customers all stay at home now. Business is down by half.", SIM, None, "direct", False),
    (
        F81,
        "her grandson had been admitted to hospital with breathing difficulties on Saturday",
        ROSNAH,
        None,
        "indirect",
        False,
    ),
    (
        F81,
        "the joint patrols would initially cover about 40 kilometres of the border between Lundu and Tebedu, where "
        "most of the fires had been detected",
        OFFICIAL81,
        None,
        "indirect",
        False,
    ),
    (F81, 'the agreement as "a step in the right direction"', PWB, None, "mixed", False),
    (
        F81,
        "patrols alone would not stop fires that were often started deliberately to clear land for oil palm and "
        "acacia plantations",
        PWB,
        None,
        "indirect",
        False,
    ),
    (
        F81,
        "Unless the companies that own these concessions are held responsible, we will be back here next year, "
        "talking about the same thing,",
        DAYANG,
        "Bernama",
        "direct",
        False,
    ),
    (
        F81,
        "the 24-hour PSI in the republic was in the moderate range, but could enter the low end of the unhealthy "
        "range if winds shifted",
        NEA,
        None,
        "indirect",
        False,
    ),
    (
        F81,
        "Prime Minister's Department officials had asked the Foreign Ministry to raise the issue at the ASEAN foreign "
        "ministers' meeting in Kuala Lumpur next month",
        RTM,
        None,
        "indirect",
        False,
    ),
    (
        F81,
        'Putrajaya would also propose a regional fund to help smallholders adopt "zero-burning" land clearing methods',
        RTM,
        None,
        "mixed",
        False,
    ),
    # 82
    (
        F82,
        "the decision was ‘one of the hardest this administration has had to take’",
        DUNSIRE,
        None,
        "mixed",
        False,
    ),
    (F82, "the authority had no other choice", DUNSIRE, None, "indirect", False),
    (F82, "Nobody came into local government to close swimming pools,", DUNSIRE, None, "direct", False),
    (
        F82,
        "But our funding from Holyrood has been cut in real terms for the eighth year running, and both of these "
        "buildings are more than fifty years old.",
        DUNSIRE,
        None,
        "direct",
        False,
    ),
    (
        F82,
        "The roof at Lochgelly alone needs £2.3 million of work. I cannot, in all conscience, ask people in "
        "Kirkcaldy or Glenrothes to pay for that when their own schools are leaking.",
        DUNSIRE,
        None,
        "direct",
        False,
    ),
    (
        F82,
        "the two pools cost a combined £1.1 million a year to run and had seen visitor numbers fall by 22 per cent "
        "since 2019",
        REPORT82,
        None,
        "indirect",
        False,
    ),
    (
        F82,
        "swimming lessons for primary pupils be moved to the Beath High School pool, which is used by the school "
        "during the day but would be opened to the public in the evenings and at weekends",
        REPORT82,
        None,
        "indirect",
        False,
    ),
    (
        F82,
        "the administration of ‘balancing the books on the backs of the poorest communities in Fife’",
        LUMSDEN,
        None,
        "mixed",
        False,
    ),
    (
        F82,
        "Cowdenbeath has lost its bank, its police office and half its high street,",
        LUMSDEN,
        None,
        "direct",
        False,
    ),
    (
        F82,
        "Now you are taking away the one place where a pensioner and a toddler can both get in the water for under a "
        "fiver. What exactly is left?",
        LUMSDEN,
        None,
        "direct",
        False,
    ),
    (F82, "We will fight this all the way to the full council.", LUMSDEN, None, "direct", False),
    (
        F82,
        "his group would ask for the decision to be called in by the scrutiny committee, which could delay the "
        "closures by several weeks",
        LUMSDEN,
        None,
        "indirect",
        False,
    ),
    (F82, "campaigners were ‘gutted but not finished’", BAIN, None, "mixed", False),
    (
        F82,
        "When they told us in the autumn that the pools were “under review”, we knew exactly what that meant,",
        BAIN,
        None,
        "direct",
        False,
    ),
    (F82, "under review", FIFE_COUNCIL, None, "direct", True),
    (
        F82,
        "We have 140 kids in our club. Some of them will go on to swim for Scotland. Where are they supposed to train "
        "now – a forty-minute bus journey to Dunfermline, twice a week, at six in the morning?",
        BAIN,
        None,
        "direct",
        False,
    ),
    (
        F82,
        "Ask any parent in this town if that is realistic. They will tell you it is not.",
        BAIN,
        None,
        "direct",
        False,
    ),
    (F82, "all 31 staff would be offered jobs at other sites", TRUST, None, "indirect", False),
    (F82, "no compulsory redundancies were expected", TRUST_SPOX, None, "indirect", False),
    (F82, "the union would ‘hold the trust to that promise’", HALLIDAY, None, "mixed", False),
    (
        F82,
        "many of the staff were part-time workers who could not easily travel to other towns",
        HALLIDAY,
        None,
        "indirect",
        False,
    ),
    (
        F82,
        "the Lochgelly roof could fail ‘within two winters’ if repairs were not carried out",
        OFFICERS82,
        "The Courier",
        "mixed",
        False,
    ),
    (
        F82,
        "she would meet campaigners next week to discuss whether a community group could take over one of the "
        "buildings",
        DUNSIRE,
        "BBC Radio Scotland",
        "indirect",
        False,
    ),
    (
        F82,
        "If there is a credible plan, and the money to back it, my door is open,",
        DUNSIRE,
        "BBC Radio Scotland",
        "direct",
        False,
    ),
    (
        F82,
        "What I will not do is pretend the money is there when it is not.",
        DUNSIRE,
        "BBC Radio Scotland",
        "direct",
        False,
    ),
    (
        F82,
        "councils would receive a record £15.2 billion in 2026-27, and that decisions on individual leisure "
        "facilities were ‘a matter for local authorities’",
        SCOTGOV,
        None,
        "mixed",
        False,
    ),
    (F82, "they felt the town had been ‘written off’", RESIDENTS82, None, "mixed", False),
    (
        F82,
        "she had swum at the Lochgelly baths every Tuesday since it opened in 1974",
        FORSYTH,
        None,
        "indirect",
        False,
    ),
    (
        F82,
        "I learned to swim there, my three girls learned to swim there, and my great-grandson had his first lesson "
        "there in January,",
        FORSYTH,
        None,
        "direct",
        False,
    ),
    (F82, "It is not just a pool. It is where you see folk.", FORSYTH, None, "direct", False),
    # 83
    (F83, "not above the law", BENCH, None, "direct", True),
    (
        F83,
        "officials who cleared the parade will be held personally accountable",
        BENCH,
        None,
        "indirect",
        True,
    ),
    (
        F83,
        "festival committees “are not being asked to give up their traditions, they are being asked to keep people alive.”",
        BENCH,
        None,
        "mixed",
        False,
    ),
    (
        F83,
        "the incident was “not an accident but the result of negligence,” and that the authorities could not blame the animal every time a festival turned deadly",
        BENCH,
        None,
        "mixed",
        False,
    ),
    (
        F83,
        "Every year we are told ‘the elephant was calm until the last minute’. Every year somebody dies. At some point somebody has to answer for it,",
        BALAKRISHNAN,
        None,
        "direct",
        False,
    ),
    (F83, "the elephant was calm until the last minute", TOLD83, None, "direct", True),
    (
        F83,
        "the Devaswom to pay ₹10 lakh as interim compensation to each of the two families within four weeks",
        BENCH,
        None,
        "indirect",
        True,
    ),
    (
        F83,
        "officials found responsible for certifying the said elephant as fit could be asked to pay a part of the amount from their own salaries",
        BENCH,
        None,
        "indirect",
        False,
    ),
    (
        F83,
        "the elephant had been paraded for more than seven hours without rest on a day when the temperature touched 37 degrees Celsius, in violation of the court’s guidelines of 2024",
        KURIAKOSE,
        None,
        "indirect",
        False,
    ),
    (
        F83,
        "The fitness certificate for this animal was issued two days before the festival by a veterinarian who never examined it. The register was simply marked ‘fit’. Nobody went there,",
        KURIAKOSE,
        None,
        "direct",
        False,
    ),
    (
        F83,
        "the board had followed all the rules laid down by the Kerala Captive Elephants (Management and Maintenance) Rules and that the elephant had no history of violent behaviour",
        MENON,
        None,
        "indirect",
        False,
    ),
    (
        F83,
        "the procession route and timings had been approved by the district-level monitoring committee and not by the Devaswom alone",
        MENON,
        None,
        "indirect",
        False,
    ),
    (
        F83,
        "Devotees do not know, and should not need to know, which committee signed which form,",
        JUDGES,
        None,
        "direct",
        False,
    ),
    (F83, "For the family at the funeral, it makes no difference.", JUDGES, None, "direct", False),
    (
        F83,
        "the forest department had suspended a deputy range officer and issued show-cause notices to two veterinary officers",
        PISHARODY,
        None,
        "indirect",
        False,
    ),
    (
        F83,
        "the Principal Chief Conservator of Forests and the Thrissur district collector to file affidavits by April 2 listing every elephant-related death and injury reported at festivals in the state since 2022 and the action taken in each case",
        BENCH,
        None,
        "indirect",
        True,
    ),
    (
        F83,
        "the state government would set up an expert committee under the forest department to review the rules for parading elephants in summer",
        VARMA,
        None,
        "indirect",
        False,
    ),
    (F83, "the family had not come to court for money", UNNI, "PTI", "indirect", False),
    (
        F83,
        "My father keeps asking why nobody has come to say sorry. Not one official, not one committee member,",
        UNNI,
        "PTI",
        "direct",
        False,
    ),
    (
        F83,
        "If this order means one more family doesn’t go through this, then Amma’s death will mean something.",
        UNNI,
        "PTI",
        "direct",
        False,
    ),
    (
        F83,
        "the board respected the court’s observations and would file its response on time",
        PILLAI,
        "PTI",
        "indirect",
        False,
    ),
    (
        F83,
        "the temple had spent ₹40 lakh on safety barriers this year and that the “tradition of the land” would be protected while following the court’s directions",
        PILLAI,
        "PTI",
        "mixed",
        False,
    ),
    (
        F83,
        "at least 21 people have been killed by captive elephants in Kerala since 2020",
        MATHRUBHUMI,
        None,
        "indirect",
        False,
    ),
    (
        F83,
        "more than half of the incidents took place during festivals held in March and April",
        MATHRUBHUMI,
        None,
        "indirect",
        False,
    ),
    (
        F83,
        "the so-called “fitness camps” held before the festival season often lasted only a few minutes per animal",
        OFFICIAL83,
        None,
        "mixed",
        False,
    ),
    (F83, "It is a formality. Everybody knows it,", OFFICIAL83, None, "direct", False),
    (F83, "the elephant parades as “the cruellest spectacle in the state”", HATF, None, "mixed", False),
    (F83, "a complete ban on parading elephants between 11 am and 4 pm", HATF, None, "indirect", False),
    (
        F83,
        "the government should “stop hiding behind the temples and start enforcing the law.”",
        MATHEW,
        None,
        "mixed",
        False,
    ),
    (
        F83,
        "the department had received the court’s order and that he would not comment on a matter that was sub judice",
        VARGHESE,
        None,
        "indirect",
        False,
    ),
    # 84
    (F84, ("We're running out of ways to keep the doors open", 1), BEAUDOIN, None, "direct", True),
    (
        F84,
        "Small hospitals across northern Ontario expect to close their emergency departments for a combined total of "
        "more than 60 days this summer because they cannot find enough nurses and doctors to staff them",
        NETWORK,
        None,
        "indirect",
        False,
    ),
    (
        F84,
        "11 of its 19 member hospitals had already scheduled at least one overnight or weekend closure between the "
        "Canada Day long weekend and Labour Day, up from six last year",
        NETWORK,
        None,
        "indirect",
        False,
    ),
    (F84, "We're running out of ways to keep the doors open,", BEAUDOIN, None, "direct", False),
    (
        F84,
        "We've paid overtime, we've flown in agency nurses from Toronto, we've begged staff to cancel their holidays. "
        "There is nothing left in the toolbox.",
        BEAUDOIN,
        None,
        "direct",
        False,
    ),
    (
        F84,
        "the hospital had 14 vacant nursing positions out of 52, and that two of its four full-time emergency "
        "physicians were retiring this year",
        BEAUDOIN,
        None,
        "indirect",
        False,
    ),
    (F84, "the closures were putting lives at risk", MACLEOD, None, "indirect", False),
    (
        F84,
        "People in the city think of a closure as an inconvenience. Up here it's a 45-minute drive in the dark, "
        "sometimes on a highway with a moose on it, with your husband having a heart attack in the passenger seat.",
        MACLEOD,
        None,
        "direct",
        False,
    ),
    (
        F84,
        "I've had patients arrive at our door at three in the morning, find the sign saying we're closed, and then "
        "sit in the parking lot because they didn't know what else to do.",
        MACLEOD,
        None,
        "direct",
        False,
    ),
    (
        F84,
        "One day somebody is going to die in that parking lot. I don't say that to be dramatic. I say it because "
        "I've seen how close we've come.",
        MACLEOD,
        None,
        "direct",
        False,
    ),
    (
        F84,
        "younger doctors were reluctant to take on the on-call hours required in small towns",
        MACLEOD,
        None,
        "indirect",
        False,
    ),
    (
        F84,
        'the province\'s reliance on temporary agency staff had "hollowed out" permanent nursing teams in rural '
        "hospitals",
        OKONJO,
        "CBC Sudbury",
        "mixed",
        False,
    ),
    (
        F84,
        "An agency nurse can earn twice what our members earn to work the same shift, on the same floor,",
        OKONJO,
        "CBC Sudbury",
        "direct",
        False,
    ),
    (
        F84,
        "Then we're surprised when nurses quit and sign up with an agency.",
        OKONJO,
        "CBC Sudbury",
        "direct",
        False,
    ),
    (
        F84,
        "the province to cap agency rates and to fund permanent positions in northern hospitals at a premium",
        OKONJO,
        "CBC Sudbury",
        "indirect",
        False,
    ),
    (
        F84,
        "the government had added more than 3,500 nurses to the province's workforce since 2024 and was expanding a "
        "program that covers tuition for nursing students who agree to work in underserved communities",
        LIU,
        None,
        "indirect",
        False,
    ),
    (
        F84,
        "Our government is taking action to connect people to care closer to home,",
        LIU,
        None,
        "direct",
        False,
    ),
    (
        F84,
        "Emergency department closures are a last resort, and we are working with Ontario Health and hospital "
        "leaders to keep them to a minimum.",
        LIU,
        None,
        "direct",
        False,
    ),
    (
        F84,
        "the number of hours of emergency department closures across the province had fallen by 18 per cent last "
        "year",
        LIU,
        None,
        "indirect",
        False,
    ),
    (
        F84,
        'it had deployed an "emergency department peer-to-peer" support line to help small hospitals manage '
        "staffing shortfalls",
        ONTARIO_HEALTH,
        None,
        "mixed",
        False,
    ),
    (
        F84,
        "the government's figures did not reflect what was happening in the north",
        WHITFIELD,
        None,
        "indirect",
        False,
    ),
    (
        F84,
        "The minister can talk about averages all she likes. Averages don't drive you to the hospital at 2 a.m.,",
        WHITFIELD,
        None,
        "direct",
        False,
    ),
    (F84, 'the government of "managing decline" in rural health care', WHITFIELD, None, "mixed", False),
    (
        F84,
        "at least one in five rural emergency departments in the province could face regular closures within three "
        "years without changes to how small-town doctors are paid",
        OMA,
        None,
        "indirect",
        False,
    ),
    (
        F84,
        "the province spent nearly $1.2 billion on agency nurses in the 2025-26 fiscal year",
        STAR,
        None,
        "indirect",
        False,
    ),
    (
        F84,
        "several hospitals had paid more than $200 an hour for agency nurses during peak periods",
        STAR,
        None,
        "indirect",
        False,
    ),
    (
        F84,
        "they had started planning their summers around the closure schedule, which is posted on the hospital's "
        "website and Facebook page",
        RESIDENTS84,
        None,
        "indirect",
        False,
    ),
    (F84, "she keeps a printed copy of the schedule on her fridge", PELLETIER, None, "indirect", False),
    (
        F84,
        "If it's a closed night, I don't go to the camp. Simple as that,",
        PELLETIER,
        None,
        "direct",
        False,
    ),
    (
        F84,
        'residents had "done everything right" by raising $4 million for a new hospital wing in 2019',
        DUPUIS,
        "North Shore Sentinel",
        "mixed",
        False,
    ),
    (F84, "We built them a beautiful building,", DUPUIS, "North Shore Sentinel", "direct", False),
    (F84, "Now there's nobody to work in it.", DUPUIS, "North Shore Sentinel", "direct", False),
    (
        F84,
        "residents not to wait at home if they thought they were having a medical emergency",
        BEAUDOIN,
        None,
        "indirect",
        False,
    ),
    (F84, "Call 911,", BEAUDOIN, None, "direct", False),
    (
        F84,
        "Paramedics will take you to the nearest open emergency department.",
        BEAUDOIN,
        None,
        "direct",
        False,
    ),
    # 85
    (
        F85,
        "A drone strike on a crowded livestock market in the Sudanese city of El Obeid killed at least 34 people and "
        "wounded more than 80 on Tuesday",
        TOLL_SOURCES,
        None,
        "indirect",
        False,
    ),
    (F85, "the paramilitaries for the attack", ARMY, None, "indirect", False),
    (
        F85,
        "three drones had struck the Souq al-Mawashi market shortly after 9:00 am (0700 GMT), “when it was at its "
        "busiest.”",
        TAYEB,
        "SUNA",
        "mixed",
        False,
    ),
    (
        F85,
        "This is a war crime against unarmed civilians, women and children, who came to buy and sell their "
        "livelihood,",
        TAYEB,
        "SUNA",
        "direct",
        False,
    ),
    (
        F85,
        "34 bodies had been received and that at least 12 of the wounded were in critical condition",
        MEDSRC,
        "AFP",
        "indirect",
        False,
    ),
    (
        F85,
        "We have run out of blood bags and the operating theatres are full,",
        MEDSRC,
        "AFP",
        "direct",
        False,
    ),
    (F85, "We are operating on people in the corridors.", MEDSRC, "AFP", "direct", False),
    (F85, "the death toll at 41, including nine children", SDN, None, "indirect", True),
    (F85, "the RSF of “deliberately targeting” civilian gatherings", SDN, None, "mixed", False),
    (F85, "the attack as “a cowardly terrorist act”", IDRIS, None, "mixed", False),
    (
        F85,
        "the drones had been launched from RSF positions west of the city",
        IDRIS,
        None,
        "indirect",
        False,
    ),
    (F85, "any involvement", RSF, None, "indirect", False),
    (
        F85,
        "the army was “fabricating incidents to cover up its own failures on the battlefield”",
        RSF,
        None,
        "mixed",
        False,
    ),
    (F85, "an independent international investigation", RSF, None, "indirect", False),
    (
        F85,
        "scenes of panic as the first explosion hit the market’s cattle pens",
        RESIDENTS85,
        "AFP",
        "indirect",
        True,
    ),
    (
        F85,
        "The first drone fell among the animals. People ran towards the road, and then the second one hit there, "
        "right where they were running,",
        ADAM,
        None,
        "direct",
        False,
    ),
    (F85, "he had lost two cousins", ADAM, None, "indirect", False),
    (
        F85,
        "families were still searching for missing relatives at the hospital in the afternoon",
        HAWA,
        None,
        "indirect",
        False,
    ),
    (F85, "Nobody knows who is alive and who is dead,", HAWA, None, "direct", False),
    (F85, "They are putting names on a wall.", HAWA, None, "direct", False),
    (
        F85,
        "the authorities had declared three days of mourning in North Kordofan and suspended classes in the city’s "
        "schools until Sunday",
        SUDAN_TV,
        None,
        "indirect",
        False,
    ),
    (
        F85,
        "the army had shot down a fourth drone over the eastern outskirts of the city",
        AJ_SOURCE,
        "Al Jazeera",
        "indirect",
        False,
    ),
    (F85, "she was “appalled” by the attack", ODUYA, None, "mixed", False),
    (F85, "Markets, hospitals and schools are not targets,", ODUYA, None, "direct", False),
    (
        F85,
        "Those responsible for this attack must be held to account, and all parties must take every feasible "
        "precaution to protect civilians, as international humanitarian law requires.",
        ODUYA,
        None,
        "direct",
        False,
    ),
    (
        F85,
        "more than 120,000 people have fled towns and villages around El Obeid since September, many of them to the "
        "city itself",
        OCHA85,
        None,
        "indirect",
        False,
    ),
    (
        F85,
        "a convoy of 18 trucks carrying food for displaced families had reached El Obeid last week, but that further "
        "deliveries had been suspended “until the security situation allows.”",
        WFP,
        "AFP",
        "mixed",
        False,
    ),
    (F85, "both sides to return to talks", EGYPT_MFA, None, "indirect", False),
    (F85, "an immediate humanitarian truce", AU, None, "indirect", False),
    (
        F85,
        "the increasing use of long-range drones by both sides has widened the war far beyond the front lines",
        ANALYSTS85,
        None,
        "indirect",
        True,
    ),
    (
        F85,
        "Two years ago, a city 100 kilometres from the fighting felt safe,",
        KHOLOOD,
        None,
        "direct",
        False,
    ),
    (
        F85,
        "That is no longer true anywhere in the country. Drones have turned every market and every fuel depot into "
        "part of the front.",
        KHOLOOD,
        None,
        "direct",
        False,
    ),
    (F85, "the world’s largest humanitarian crisis", UN85, None, "indirect", True),
    (F85, "army of ‘fabrication’", RSF, None, "mixed", True),
    (F85, "the other of attacks on civilians", ARMY_RSF, None, "indirect", True),
]

BOILERPLATE = {
    F81: [
        "The Sarawak Sentinel\n"
        "Home | Sarawak | Nation | Asean | World | Business | Sports | Lifestyle | E-Paper\n"
        "Search | Login | Subscribe",
        "NATION / ASEAN",
        "By Bernama\nSeptember 14, 2026 @ 7:18pm",
        "Haze shrouds the Kuching Waterfront on Monday morning as the Air Pollutant Index in parts of Sarawak "
        "crossed 150. - Sentinel pic by AWANG JEFFRI",
        "Read more: Haze: What the API readings mean for your health",
        "RELATED NEWS\n"
        "Haze: Parents urged to keep children indoors, says health dept\n"
        '"We are choking here": Kuching traders count losses as smoke lingers\n'
        "Indonesia says Kalimantan hotspots down 40 pct after water bombing",
        "Get the latest news from Sarawak delivered to your inbox every morning. Sign up for The Sentinel Daily "
        "Brief.",
        "Tags: haze, API, Kuching, Indonesia, Haziq Rahman, transboundary haze",
        "The Sarawak Sentinel Sdn Bhd | About Us | Advertise | Contact | Privacy Policy | Terms of Use\n"
        "Copyright © 2026 The Sarawak Sentinel. All rights reserved.",
    ],
    F82: [
        "Kingdom Gazette\n"
        "News   Sport   What's On   Property   Jobs   Motors   Family Notices   Subscribe\n"
        "Sign in | Register",
        "News › Council",
        "By Alasdair Kerr\n"
        "Local Democracy Reporter\n"
        "Published 6:02pm Thursday 26 February 2026\n"
        "Updated 9:15am Friday 27 February 2026",
        "Campaigners outside Fife House in Glenrothes before Thursday's meeting. Picture: Kenny Moir",
        "READ MORE: What the council's budget means for your bins, roads and schools",
        "This article was written by a Local Democracy Reporter. The Local Democracy Reporting Service is funded by "
        "the BBC and used by a range of news organisations.",
        "Most Read\n"
        "1. ‘We were told to keep quiet’: Parents speak out over nursery closure\n"
        "2. Police appeal after man seriously injured in Kirkcaldy crash\n"
        "3. Raith Rovers boss says side ‘not good enough’ after home defeat\n"
        "4. Dunfermline family's heartbreak after dog snatched from garden",
        "Want the latest Fife news sent straight to your inbox? Sign up to our free daily newsletter.",
        "Comments are closed on this article.",
        "Kingdom Gazette | Contact us | Advertise | Terms and conditions | Privacy | Cookie settings\n"
        "© 2026 Kingdom Gazette. All rights reserved. Registered in Scotland.",
    ],
    F83: [
        "Kerala Chronicle\nKerala | Kochi | Thiruvananthapuram | Kozhikode | Thrissur | India | Gulf | Courts | Business | Cinema | Sports\ne-Paper | Sign In | Subscribe",
        "COURTS",
        "Anjali Menon\nUpdated: Mar 18, 2026, 21:40 IST",
        "A caparisoned elephant being led out of a temple in Thrissur district during a festival last year. (File Photo: Sreejith Narayanan/KC)",
        "Also Read: Festival season 2026: Kerala has 380 captive elephants, and fewer mahouts every year",
        "(With inputs from PTI)",
        "Trending Now\n‘It came straight at us’: Devotees recall moment elephant turned on crowd\nKerala heatwave: IMD issues yellow alert for Thrissur, Palakkad till Friday\nWhy are temple elephants turning violent? Experts explain",
        "Stay updated with the latest Kerala news. Follow Kerala Chronicle on WhatsApp and Google News.",
        "Topics: Kerala High Court, Elephants, Thrissur, Temple festivals, Forest department, Devaswom",
        "About Us | Contact Us | Advertise With Us | Careers | Privacy Policy | Terms & Conditions | Grievance Redressal\n© 2026 Kerala Chronicle. All Rights Reserved.",
    ],
    F84: [
        "NorthShore Now\n"
        "Sudbury | Sault Ste. Marie | Elliot Lake | Espanola | Manitoulin | Ontario | Canada\n"
        "News  Weather  Obituaries  Jobs  Events  Contact\n"
        "Log in | Newsletters",
        "HEALTH",
        "By Liam Carrow, The Canadian Press\n"
        "Posted June 3, 2026 4:45 pm EDT\n"
        "Last Updated June 3, 2026 7:12 pm EDT",
        "The emergency department entrance at North Shore Regional Hospital in Blind River, Ont., on Tuesday. THE "
        "CANADIAN PRESS/Mireille Gagnon",
        "This report by The Canadian Press was first published June 3, 2026.",
        "Related Stories:\n"
        "- Ontario says agency nurse spending down, but unions say numbers don't add up\n"
        "- Sault Area Hospital adds overnight beds as flu season lingers\n"
        "- 'I drove past three closed ERs': Northern patients share their stories",
        "Get the morning headlines delivered to your inbox. Subscribe to the NorthShore Now Daily.",
        "Report a typo or error",
        "© 2026 NorthShore Now, a division of Algoma Digital Media Inc. Content from The Canadian Press is used under "
        "licence.",
    ],
    F85: [
        "AfricaWire Daily\n"
        "Home | Africa | East Africa | Horn | Sahel | Business | Opinion | Video | Podcasts\n"
        "Newsletter | Log in",
        "CONFLICT",
        "AFP\nPublished on 11 November 2026 at 15:27 | Updated 11 November 2026 at 19:03",
        "Smoke rises over a market in El Obeid, the capital of North Kordofan state, after a drone strike on "
        "Tuesday, in this image taken from video obtained by AFP.",
        "Read more: Sudan war: What is happening in Kordofan?",
        "bur-ms/fb",
        "MORE ON AFRICAWIRE\n"
        "UN says famine confirmed in two more areas of Darfur\n"
        "Chad closes border crossing after clashes in West Darfur, says interior ministry\n"
        "‘They took everything’: Survivors recount RSF raid on Kordofan village",
        "Sign up for the AfricaWire Morning Briefing, the news you need from across the continent, every weekday at "
        "7 am EAT.",
        "Tags: Sudan, RSF, El Obeid, North Kordofan, drones, humanitarian crisis",
        "About AfricaWire | Editorial standards | Advertise | Contact | Privacy\n"
        "© 2026 AfricaWire Daily. AFP content © Agence France-Presse. All rights reserved.",
    ],
}
