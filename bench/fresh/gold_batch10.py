"""Batch 10 gold: five articles (46-50) written and annotated by hand, independently of the extractor.

Row format as bench/fresh/gold_source.py: (file, content, speakers, via, kind, optional).
`content` occurs exactly once in its file, or is given as (text, n) for the n-th occurrence (1-based).
BOILERPLATE lists the page-junk blocks of each file (each occurs exactly once).
"""

F46 = "46_zaporizhzhia_blackout.txt"
F47 = "47_scarborough_water_cannon.txt"
F48 = "48_teacher_grants_ruling.txt"
F49 = "49_resident_doctors_strike.txt"
F50 = "50_gympie_flood.txt"

# 46
FEDORENKO = ["Ivan Fedorenko-Shapoval"]
ZELENSKY = ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelensky"]
GENSTAFF = [
    "General Staff",
    "General Staff of Ukraine’s armed forces",
    "General Staff of Ukraine's armed forces",
    "Ukraine's General Staff",
    "Ukrainian General Staff",
]
RUS_MOD = [
    "Russian Defence Ministry",
    "Russian Defense Ministry",
    "Defence Ministry",
    "Russian Ministry of Defence",
    "ministry",
]
VETLUGIN = ["Arkady Vetlugin"]
MELNYCHUK = ["Oksana Melnychuk-Dorosh"]
VOITSEKHIVSKA = ["Halyna Voitsekhivska"]
QUEUE = ["Others in the queue", "others", "residents", "several"]
# 47
GAO = ["Gao Shuyan"]
CHINA = ["China", "Gao Shuyan", "Chinese foreign ministry", "foreign ministry"]
CCG = ["China Coast Guard", "Chinese coast guard"]
SORIANO = ["Rafael Ibañez Soriano", "Rafael Ibanez Soriano"]
STATE = ["State Department", "US State Department", "U.S. State Department", "Department of State"]
DING = ["Ding Haoran"]
QUINONES = ["Marisa Quiñones-Tan", "Marisa Quinones-Tan"]
# 48
COURT = [
    "U.S. Court of Appeals for the District of Columbia Circuit",
    "D.C. Circuit",
    "appeals court",
    "federal appeals court",
    "A divided federal appeals court",
    "court",
    "Miriam Castellano-Weiss",
]
CASTELLANO = ["Miriam Castellano-Weiss"]
PRUETT = ["Harold J. Pruett", "Harold Pruett"]
CASTELLANOS_REID = ["Lauren Castellanos-Reid"]
ABERNATHY = ["Renée Abernathy-Cole", "Renee Abernathy-Cole"]
# 49
RAGHUNATHAN = ["Priya Raghunathan"]
ASHBY = ["Jonathan Ashby-Clarke"]
MCKENDRICK = ["Alasdair McKendrick", "Sir Alasdair McKendrick"]
OYELARAN = ["Maureen Oyelaran-Pike"]
FERREIRA = ["Tomás Ferreira-Lund", "Tomas Ferreira-Lund"]
NHSE = ["NHS England"]
PATIENTS_ASSOC = ["Patients Association", "The Patients Association"]
# 50
KOWALCZYK = ["Jacinta Kowalczyk"]
DUNLEAVY = ["Rhys Dunleavy"]
MADDIGAN = ["Kerrie-Anne Maddigan"]
PAPADAKIS = ["Steve Papadakis"]
DURAND = ["Amélie Durand-Hughes", "Amelie Durand-Hughes"]

ROWS = [
    # 46
    (
        F46,
        "Russia launched more than 140 drones and four ballistic missiles at Ukraine overnight into Tuesday, "
        "cutting power to much of the southern city of Zaporizhzhia and killing at least three people",
        ["Ukrainian officials", "officials"],
        None,
        "indirect",
        False,
    ),
    (
        F46,
        "its units had shot down 112 of the drones and two of the missiles, but that the rest had struck "
        "targets in five regions, most of them energy facilities",
        ["Ukraine’s air force", "Ukraine's air force", "air force", "Ukrainian air force"],
        None,
        "indirect",
        False,
    ),
    (F46, "The city spent the night in the dark and under fire,", FEDORENKO, None, "direct", False),
    (
        F46,
        "Two of the dead were a married couple in their seventies. Their house simply no longer exists.",
        FEDORENKO,
        None,
        "direct",
        True,
    ),
    (
        F46,
        "Repair crews had restored electricity to about half of the affected homes by midday, he said, "
        "though "
        "several water pumping stations were still running on generators",
        FEDORENKO,
        None,
        "indirect",
        False,
    ),
    (
        F46,
        "Russia had fired more than 1,900 attack drones at Ukraine since the start of November",
        ZELENSKY,
        None,
        "indirect",
        False,
    ),
    (
        F46,
        "Western partners to speed up deliveries of air-defence systems before the coldest weeks of the year",
        ZELENSKY,
        None,
        "indirect",
        False,
    ),
    (
        F46,
        "Every night they choose the same targets: the things that keep people warm,",
        ZELENSKY,
        None,
        "direct",
        False,
    ),
    (
        F46,
        "This is not a war against an army. It is a war against winter, and winter is on their side only if "
        "we allow it.",
        ZELENSKY,
        None,
        "direct",
        True,
    ),
    (
        F46,
        "164 combat clashes along the front over the previous 24 hours, the heaviest of them near Pokrovsk "
        "and Huliaipole",
        GENSTAFF,
        None,
        "indirect",
        False,
    ),
    (F46, "Russian forces lost about 1,020 troops over the same period", GENSTAFF, None, "indirect", False),
    (
        F46,
        "its forces had carried out a “massive strike with long-range precision weapons” on facilities of "
        "Ukraine’s military-industrial complex and the energy infrastructure that supports it",
        RUS_MOD,
        None,
        "mixed",
        False,
    ),
    (F46, "All designated targets had been hit", RUS_MOD, "TASS", "indirect", False),
    (
        F46,
        "its troops had taken control of the village of Novoivanivka in the Zaporizhzhia region",
        RUS_MOD,
        None,
        "indirect",
        False,
    ),
    (
        F46,
        "fighting for the village was continuing and that the Russian claim was “premature, to put it "
        "politely.”",
        ["Vadym Lyseiko"],
        "Ukrinform",
        "mixed",
        False,
    ),
    (
        F46,
        "envoys from both countries had discussed such a pause at talks in the Gulf",
        ["article in a German newspaper", "German newspaper", "article"],
        None,
        "indirect",
        True,
    ),
    (F46, "there were “no such talks on the agenda.”", VETLUGIN, None, "mixed", False),
    (
        F46,
        "Russia’s position is well known. It has been set out by the president many times, and nothing has "
        "changed,",
        VETLUGIN,
        "RIA Novosti",
        "direct",
        False,
    ),
    (
        F46,
        "Ukrainian shelling had damaged a substation in Enerhodar, the satellite town of the Zaporizhzhia "
        "nuclear power plant",
        ["Anatoly Skorobogatov"],
        "RIA Novosti",
        "indirect",
        False,
    ),
    (
        F46,
        "its team at the plant had heard several explosions in the vicinity overnight and that the station "
        "had "
        "briefly lost its last remaining back-up power line, leaving it dependent on a single connection to "
        "the grid for almost two hours",
        ["International Atomic Energy Agency", "IAEA"],
        None,
        "indirect",
        False,
    ),
    (
        F46,
        "We are repairing in hours what they destroy in minutes, but the margin gets thinner every week.",
        MELNYCHUK,
        None,
        "direct",
        False,
    ),
    (
        F46,
        "Ukraine had imported a record volume of electricity from the European Union in the past week and "
        "that "
        "the state grid operator, Ukrenergo, could introduce scheduled outages in several regions from "
        "Thursday",
        MELNYCHUK,
        None,
        "indirect",
        False,
    ),
    (
        F46,
        "she had not slept since the sirens began shortly after midnight",
        VOITSEKHIVSKA,
        None,
        "indirect",
        False,
    ),
    (
        F46,
        "At first you count the explosions. Then you stop counting, because what is the point? You just lie "
        "in "
        "the corridor with the cat and wait for the morning.",
        VOITSEKHIVSKA,
        None,
        "direct",
        False,
    ),
    (
        F46,
        "My grandson calls from Poland and asks why I don’t leave. I tell him: this is my flat, my city. If "
        "everyone goes, who will be here when the lights come back?",
        VOITSEKHIVSKA,
        None,
        "direct",
        False,
    ),
    (
        F46,
        "they had stocked up on candles, bottled water and tinned food",
        QUEUE,
        None,
        "indirect",
        False,
    ),
    (F46, "they no longer trusted the published schedules for power cuts", QUEUE, None, "indirect", False),
    # 47
    (F47, "Philippine ships 'provoked' Scarborough Shoal clash", CHINA, None, "mixed", True),
    (
        F47,
        "the Philippines of deliberately provoking a confrontation near the disputed Scarborough Shoal",
        CHINA,
        None,
        "indirect",
        False,
    ),
    (F47, 'Beijing would respond "resolutely" to any further incursions', CHINA, None, "mixed", False),
    (
        F47,
        "The Philippine side, in disregard of China's repeated warnings, sent vessels into the waters of "
        "Huangyan Dao and deliberately cut across the course of Chinese coast guard ships that were carrying "
        "out law enforcement in accordance with the law,",
        GAO,
        None,
        "direct",
        False,
    ),
    (
        F47,
        "China's measures were professional, restrained and legitimate. The responsibility lies entirely "
        "with "
        "the Philippine side.",
        GAO,
        None,
        "direct",
        False,
    ),
    (
        F47,
        'China "firmly opposes" the involvement of countries from outside the region',
        GAO,
        None,
        "mixed",
        False,
    ),
    (
        F47,
        'Manila to "stop stirring up trouble" and return to bilateral consultations',
        GAO,
        None,
        "mixed",
        False,
    ),
    (F47, 'she had "no information to offer"', GAO, None, "mixed", False),
    (
        F47,
        'it had "taken necessary control measures in accordance with the law, including water cannon" to '
        "drive away the Philippine vessels",
        CCG,
        None,
        "mixed",
        False,
    ),
    (F47, 'had "illegally intruded" into waters adjacent to Huangyan Dao', CCG, None, "mixed", False),
    (
        F47,
        "Nobody blocked anybody. Our ships were on a routine patrol inside our own exclusive economic zone "
        "when "
        "they were hit with water cannon from less than 50 metres away.",
        SORIANO,
        None,
        "direct",
        False,
    ),
    (
        F47,
        "the blasts had smashed a bridge window and damaged navigation equipment on the fisheries vessel BRP "
        "Datu Gumbay, and that one crew member had been treated for cuts to his face and hands",
        SORIANO,
        None,
        "indirect",
        False,
    ),
    (F47, "This is the third time since June,", SORIANO, None, "direct", False),
    (
        F47,
        "If Beijing believes a water cannon will make us leave our own waters, it has not been paying "
        "attention.",
        SORIANO,
        None,
        "direct",
        True,
    ),
    (
        F47,
        "it would lodge a diplomatic protest, its fourth over the shoal this year, and summon a senior "
        "official "
        "from the Chinese embassy",
        [
            "Department of Foreign Affairs",
            "Philippine Department of Foreign Affairs",
            "Department of Foreign Affairs in Manila",
            "DFA",
        ],
        None,
        "indirect",
        False,
    ),
    (F47, 'the United States "stands with our ally the Philippines"', STATE, None, "mixed", False),
    (F47, 'China\'s "dangerous and destabilizing actions."', STATE, None, "mixed", True),
    (
        F47,
        "an armed attack on Philippine public vessels, aircraft or armed forces, including those of its "
        "coast "
        "guard, anywhere in the South China Sea would invoke US mutual defense commitments under a 1951 "
        "treaty",
        STATE,
        None,
        "indirect",
        False,
    ),
    (
        F47,
        'Washington was "in no position" to lecture others on maritime security and should "stop using the '
        'Philippines as a tool to sow discord in the region."',
        GAO,
        None,
        "mixed",
        False,
    ),
    (
        F47,
        "Manila was trying to internationalise the dispute ahead of a regional security forum next month and "
        'was being "used as a pawn" by Washington',
        ["Chinese experts", "experts"],
        "Global Times",
        "mixed",
        False,
    ),
    (
        F47,
        'every confrontation had been "carefully choreographed for the cameras."',
        DING,
        "Global Times",
        "mixed",
        False,
    ),
    (
        F47,
        "Each incident is filmed from three angles and released within hours,",
        DING,
        None,
        "direct",
        False,
    ),
    (F47, "This is not a fishing dispute. It is a public-relations campaign.", DING, None, "direct", True),
    (
        F47,
        "China's sweeping claims in the South China Sea had no legal basis",
        ["international arbitration tribunal", "arbitration tribunal", "tribunal"],
        None,
        "indirect",
        True,
    ),
    (
        F47,
        "Chinese patrols chase them away from their traditional fishing grounds",
        ["Fishermen from Masinloc", "Fishermen", "fishermen"],
        None,
        "indirect",
        False,
    ),
    (
        F47,
        "both governments appeared to be locked into a cycle in which neither could afford to be seen "
        "backing "
        "down",
        QUINONES,
        None,
        "indirect",
        False,
    ),
    (
        F47,
        "Neither side wants a shooting war, but both want to be seen not to blink,",
        QUINONES,
        None,
        "direct",
        False,
    ),
    (F47, "That is precisely the situation in which accidents happen.", QUINONES, None, "direct", True),
    # 48
    (F48, "Education Department unlawfully cut teacher-training grants", COURT, None, "indirect", True),
    (
        F48,
        "the Education Department acted unlawfully when it abruptly canceled more than $600 million in "
        "teacher-training grants last year",
        COURT,
        None,
        "indirect",
        False,
    ),
    (
        F48,
        "An agency may change its priorities. What it may not do is treat a statute passed by Congress as a "
        "suggestion,",
        CASTELLANO,
        None,
        "direct",
        False,
    ),
    (
        F48,
        "The department terminated every grant in the program within a single week, by form letter, citing "
        "reasons that appear nowhere in the governing law.",
        CASTELLANO,
        None,
        "direct",
        True,
    ),
    (
        F48,
        "the grants no longer served its priorities and that federal regulations gave it broad discretion to "
        "end awards that did not “effectuate the program goals or agency priorities.”",
        ["Education Department", "Department of Education", "department"],
        None,
        "mixed",
        False,
    ),
    (
        F48,
        "the phrase “cannot bear the weight the government places on it.”",
        CASTELLANO + ["Theodore Baptiste"],
        None,
        "mixed",
        False,
    ),
    (
        F48,
        "The majority converts a routine grant-management decision into a constitutional drama. Nothing in "
        "the "
        "statute promises any recipient money in perpetuity, and nothing authorizes a district court to act "
        "as "
        "the department’s grants officer.",
        PRUETT,
        None,
        "direct",
        False,
    ),
    (
        F48,
        "disputes over terminated grants belonged in the Court of Federal Claims, not in district court",
        PRUETT,
        None,
        "indirect",
        False,
    ),
    (
        F48,
        "the majority had “all but ignored” an emergency order the Supreme Court issued last year in a "
        "similar "
        "case",
        PRUETT,
        None,
        "mixed",
        False,
    ),
    (
        F48,
        "the department had likely violated the Administrative Procedure Act",
        ["Aurelio Santangelo"],
        None,
        "indirect",
        True,
    ),
    (
        F48,
        "the ruling “another textbook example of judicial overreach”",
        CASTELLANOS_REID,
        None,
        "mixed",
        False,
    ),
    (
        F48,
        "the administration would ask the full appeals court to rehear the case or go directly to the "
        "Supreme "
        "Court",
        CASTELLANOS_REID,
        None,
        "indirect",
        False,
    ),
    (
        F48,
        "The American people elected this president to end wasteful spending at the Department of Education, "
        "and that is exactly what he is doing,",
        CASTELLANOS_REID,
        None,
        "direct",
        False,
    ),
    (
        F48,
        "Two unelected judges should not be able to stand in the way.",
        CASTELLANOS_REID,
        None,
        "direct",
        True,
    ),
    (
        F48,
        "the decision vindicated what its members had argued from the start",
        ABERNATHY,
        None,
        "indirect",
        False,
    ),
    (
        F48,
        "We had residents in classrooms in rural Mississippi and in the Bronx who were told on a Friday "
        "afternoon that their stipends were gone,",
        ABERNATHY,
        None,
        "direct",
        False,
    ),
    (F48, "Some of them left teaching altogether.", ABERNATHY, None, "direct", True),
    (
        F48,
        "You don’t get those people back with a court order. What this decision does is make sure it can’t "
        "happen to the next cohort.",
        ABERNATHY,
        None,
        "direct",
        False,
    ),
    (
        F48,
        "the grants had helped put thousands of qualified teachers into schools that struggle to fill "
        "vacancies "
        "in mathematics, science and special education",
        ["National Education Association", "NEA"],
        None,
        "indirect",
        False,
    ),
    (
        F48,
        "the residency programs had become “a pipeline for ideological training” and that the administration "
        "was entitled to redirect the money to states",
        ["Jared Whitlock"],
        None,
        "mixed",
        False,
    ),
    (
        F48,
        "the dispute was likely to reach the Supreme Court",
        ["Legal experts", "legal experts", "experts"],
        None,
        "indirect",
        False,
    ),
    (
        F48,
        "The question isn’t really whether the department can cancel grants. It’s which court gets to "
        "decide,",
        ["Rebecca Lindqvist"],
        None,
        "direct",
        False,
    ),
    # 49
    (F49, "walkout is ‘unjustified’", ASHBY + ["Health secretary", "health secretary"], None, "mixed", True),
    (
        F49,
        "more action over the winter",
        ["BMA", "British Medical Association"],
        None,
        "indirect",
        True,
    ),
    (
        F49,
        "tens of thousands of operations and appointments are likely to be postponed",
        ["NHS leaders"],
        None,
        "indirect",
        False,
    ),
    (
        F49,
        "the government had ‘walked away from the table’ on Thursday evening after refusing to put any new "
        "offer on pay in writing",
        RAGHUNATHAN,
        None,
        "mixed",
        False,
    ),
    (
        F49,
        "Nobody goes into medicine wanting to stand on a picket line,",
        RAGHUNATHAN,
        "BBC Radio 4",
        "direct",
        False,
    ),
    (
        F49,
        "But a resident doctor today earns a fifth less in real terms than in 2008, and hundreds of our "
        "members "
        "finished their foundation years this summer with no specialty training post to go to.",
        RAGHUNATHAN,
        "BBC Radio 4",
        "direct",
        True,
    ),
    (
        F49,
        "We have been clear from the start: give us a credible offer and we will call this off tomorrow.",
        RAGHUNATHAN,
        "BBC Radio 4",
        "direct",
        False,
    ),
    (F49, "the strike as ‘unjustified and unnecessary’", ASHBY, None, "mixed", False),
    (
        F49,
        "resident doctors had received pay rises worth almost 29% over the past three years",
        ASHBY,
        None,
        "indirect",
        False,
    ),
    (
        F49,
        "I have offered to work with the BMA on the things that matter most to doctors: training places, "
        "exam "
        "fees, the cost of moving between rotations,",
        ASHBY,
        None,
        "direct",
        False,
    ),
    (
        F49,
        "What I cannot do is hand out another above-inflation pay rise while nurses, porters and paramedics "
        "watch from the sidelines.",
        ASHBY,
        None,
        "direct",
        True,
    ),
    (
        F49,
        "the government had ‘gone further than any before it’ to improve doctors’ working conditions and "
        "that "
        "plans to create 1,000 additional specialty training posts next year were ‘already funded and under "
        "way’",
        [
            "Department of Health spokesperson",
            "A Department of Health spokesperson",
            "spokesperson",
            "Department of Health",
            "Department of Health and Social Care",
        ],
        None,
        "mixed",
        False,
    ),
    (
        F49,
        "consultants and specialty doctors would be deployed to cover emergency departments, maternity and "
        "intensive care",
        NHSE,
        None,
        "indirect",
        False,
    ),
    (
        F49,
        "patients to keep attending appointments unless they had been contacted to rearrange them",
        NHSE,
        None,
        "indirect",
        False,
    ),
    (
        F49,
        "hospitals had learned from previous walkouts but that the timing, as winter flu cases began to "
        "climb, "
        "was ‘deeply worrying’",
        MCKENDRICK,
        None,
        "mixed",
        False,
    ),
    (
        F49,
        "We are going into this strike with more patients in hospital with flu than at the same point in "
        "any of "
        "the last five years,",
        MCKENDRICK,
        None,
        "direct",
        False,
    ),
    (
        F49,
        "each day of strike action cost the health service about £50m in cover and lost activity",
        ["NHS Providers"],
        None,
        "indirect",
        False,
    ),
    (
        F49,
        "I don’t blame the doctors and I don’t blame the nurses. I just want someone, anyone, to sort it out "
        "before I can’t walk at all.",
        OYELARAN,
        None,
        "direct",
        False,
    ),
    (
        F49,
        "she had been in pain ‘every hour of every day’ since the spring, and that the hospital had rung on "
        "Wednesday to tell her the operation, due next Tuesday, would have to be rearranged",
        OYELARAN,
        None,
        "mixed",
        False,
    ),
    (
        F49,
        "the operation, due next Tuesday, would have to be rearranged",
        ["hospital", "the hospital"],
        None,
        "indirect",
        True,
    ),
    (
        F49,
        "morale was the lowest they could remember",
        ["doctors", "doctors on the picket line"],
        None,
        "indirect",
        False,
    ),
    (
        F49,
        "they were looking at jobs in Australia or New Zealand",
        ["Several", "several", "doctors"],
        None,
        "indirect",
        False,
    ),
    (F49, "I’ve got friends who’ve already gone,", FERREIRA, None, "direct", False),
    (
        F49,
        "They send me pictures of the beach and of their payslips. It’s hard to argue with either.",
        FERREIRA,
        None,
        "direct",
        True,
    ),
    (
        F49,
        "he had worked 13 hours of unpaid overtime in his last week of shifts before the strike",
        FERREIRA,
        None,
        "indirect",
        False,
    ),
    (
        F49,
        "patients were ‘caught in the middle’ of a dispute that showed no sign of ending",
        PATIENTS_ASSOC,
        None,
        "mixed",
        False,
    ),
    (
        F49,
        "both sides to return to talks ‘without preconditions’",
        PATIENTS_ASSOC,
        None,
        "mixed",
        False,
    ),
    (
        F49,
        "the prime minister had ‘full confidence’ in the health secretary and would not be drawn into "
        "negotiations himself",
        ["Downing Street", "No 10"],
        None,
        "mixed",
        False,
    ),
    # 50
    (
        F50,
        "the town could see its worst flooding in four years",
        ["forecasters", "Bureau of Meteorology"],
        None,
        "indirect",
        False,
    ),
    (
        F50,
        "the river was expected to peak at about 20.5 metres at the Kidd Bridge gauge early on Wednesday, "
        "above "
        "the major flood level but below the 22.9 metres recorded in February 2022",
        ["Bureau of Meteorology", "BoM", "bureau"],
        None,
        "indirect",
        False,
    ),
    (
        F50,
        "a slow-moving coastal trough had dumped more than 400 millimetres of rain on parts of the Mary "
        "River "
        "catchment in the 48 hours to 9am on Tuesday, and that more heavy falls were likely overnight",
        KOWALCZYK,
        None,
        "indirect",
        False,
    ),
    (
        F50,
        "The ground was already saturated after a very wet February, so almost all of that rain is running "
        "straight into the creeks and the river,",
        KOWALCZYK,
        None,
        "direct",
        False,
    ),
    (
        F50,
        "We're not seeing any real sign of the system easing until Thursday at the earliest.",
        KOWALCZYK,
        None,
        "direct",
        True,
    ),
    (F50, "people in the evacuation zone not to wait", DUNLEAVY, None, "indirect", False),
    (
        F50,
        "If you've been told to leave, go now, while the roads are still open,",
        DUNLEAVY,
        None,
        "direct",
        False,
    ),
    (
        F50,
        "Your house can be repaired. Your furniture can be replaced. You can't.",
        DUNLEAVY,
        None,
        "direct",
        True,
    ),
    (
        F50,
        "defence personnel and two Black Hawk helicopters had been placed on standby at Amberley, and that "
        "the "
        "state had activated disaster recovery funding for Gympie and the neighbouring Fraser Coast and "
        "Noosa "
        "council areas",
        DUNLEAVY,
        None,
        "indirect",
        False,
    ),
    (
        F50,
        "swift-water rescue crews had carried out 37 rescues across the region since Sunday, most of them "
        "involving motorists who had driven into floodwaters",
        MADDIGAN,
        None,
        "indirect",
        False,
    ),
    (
        F50,
        "If it's flooded, forget it. We have pulled people off car roofs this week who told us they'd driven "
        "that road a hundred times.",
        MADDIGAN,
        None,
        "direct",
        False,
    ),
    (
        F50,
        "they'd driven that road a hundred times",
        ["people", "motorists"],
        None,
        "indirect",
        True,
    ),
    (
        F50,
        "about 450 homes and 120 businesses were inside the evacuation zone, and that the council's two "
        "evacuation centres had taken in about 300 people by Tuesday afternoon",
        ["Glen Hartigan"],
        "ABC Radio Brisbane",
        "indirect",
        False,
    ),
    (
        F50,
        "they had barely finished repairing the damage from 2022",
        ["Many", "shopkeepers", "Many shopkeepers"],
        None,
        "indirect",
        False,
    ),
    (
        F50,
        "he had hired a truck to move most of his stock to a shed on higher ground",
        PAPADAKIS,
        None,
        "indirect",
        False,
    ),
    (
        F50,
        "We got caught in '22. The water came up faster than anyone expected and we lost the lot,",
        PAPADAKIS,
        None,
        "direct",
        False,
    ),
    (F50, "This time I'm not taking any chances.", PAPADAKIS, None, "direct", True),
    (
        F50,
        "neighbours had warned her to expect water through the ground floor",
        DURAND,
        None,
        "indirect",
        False,
    ),
    (F50, "her to expect water through the ground floor", ["neighbours"], None, "indirect", True),
    (
        F50,
        "Everyone on this street has a flood story. I moved here two years ago and I didn't have one, and "
        "now "
        "I'm about to get one,",
        DURAND,
        None,
        "direct",
        False,
    ),
    (F50, "At least the dog thinks it's an adventure.", DURAND, None, "direct", True),
    (
        F50,
        "it was monitoring the situation and would consider declaring an insurance catastrophe once the "
        "extent "
        "of the damage was clear",
        ["Insurance Council of Australia"],
        None,
        "indirect",
        False,
    ),
    (
        F50,
        "flood warnings were likely to be extended downstream to Maryborough later in the week as the peak "
        "moved towards the coast",
        KOWALCZYK,
        None,
        "indirect",
        False,
    ),
]

BOILERPLATE = {
    F46: [
        "Skip to main content\n"
        "World | Europe | Ukraine War | Middle East | Americas | Business | Climate | Video | Live TV\n"
        "Sign in | Subscribe",
        "UKRAINE WAR",
        "By Olena Kravets-Morgan in Kyiv and Pavel Ignatyev in London\n"
        "KYIV/LONDON (EWN) — Wednesday 19 November 2025, 06:30 GMT",
        "Firefighters work at the site of a drone strike on an electrical substation in Zaporizhzhia, "
        "Ukraine, "
        "November 18, 2025. Photo: State Emergency Service of Ukraine / handout via EWN",
        "Read more: Ukraine’s grid operator warns of rolling blackouts into January",
        "Related\n"
        "• Kremlin says Europe ‘not ready’ for serious negotiations\n"
        "• “We will rebuild again”: Kharkiv power plant workers on the front line of the energy war\n"
        "• IAEA chief says Zaporizhzhia plant safety is ‘hanging by a thread’",
        "Topics: Ukraine, Russia, Zaporizhzhia, Energy, Drones, Kremlin, IAEA",
        "(Reporting by Olena Kravets-Morgan; additional reporting by Pavel Ignatyev; editing by Simon "
        "Ferrars)",
        "Sign up for the EWN Europe Briefing — the war in Ukraine and what it means for the continent, every "
        "weekday morning. Subscribe",
    ],
    F47: [
        "Home  |  World  |  Asia  |  China  |  Philippines  |  Defence  |  Opinion  |  Newsletters\nSearch",
        "SOUTH CHINA SEA",
        "By Teresa Villanueva-Ong in Manila and Harrison Cheung in Beijing\n"
        "Published: 6:42pm, 12 Aug 2025 | Updated: 9:15pm, 12 Aug 2025",
        "A China Coast Guard vessel fires a water cannon at a Philippine Bureau of Fisheries and Aquatic "
        "Resources ship near Scarborough Shoal on August 11, 2025. Photo: Philippine Coast Guard via AP",
        "Read more: Manila summons Chinese envoy over 'dangerous manoeuvres' near Second Thomas Shoal",
        "Related Articles\n"
        "- 'We will not be intimidated': Manila vows to keep patrols going in West Philippine Sea\n"
        "- China says it 'has always exercised restraint' after Second Thomas Shoal collision\n"
        "- Explainer | Why a ring of rocks off Luzon matters so much to Beijing",
        "Topics: South China Sea, China-Philippines relations, Scarborough Shoal, US-China relations",
        "Sign up for our Asia Security newsletter: analysis of the region's flashpoints, delivered every "
        "Friday. "
        "By registering, you agree to our T&C and Privacy Policy",
    ],
    F48: [
        "POLITICS | COURTS",
        "By Nathaniel Osei-Brandt\nWASHINGTON — Updated 4:31 p.m. ET, Friday, March 6, 2026",
        "The E. Barrett Prettyman U.S. Courthouse in Washington, home of the D.C. Circuit. "
        "(Jonah Whitfield/Capitol Wire)",
        "Filed under: Education, Courts, Federal Budget, Supreme Court",
    ],
    F49: [
        "Menu  News  Opinion  Sport  Culture  Lifestyle\n"
        "UK  World  Climate crisis  Politics  Health  Education  Business",
        "NHS | Strikes",
        "Denise Fairclough Health correspondent\nFri 14 Nov 2025 07.00 GMT",
        "Sign up to First Dose, our free weekly health newsletter\n"
        "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by "
        "outside parties.",
        "Read more: ‘I’ve lost count of the cancellations’: patients on a year of NHS strikes",
        "Explore more on these topics\n"
        "NHS · Health · Doctors · Strikes · Trade unions · Health policy · BMA\n"
        "Share\n"
        "Reuse this content",
        "Most viewed\n"
        "‘It’s a lottery’: families say wait for autism assessments now exceeds three years\n"
        "Health secretary says NHS app will let patients book GP slots by spring\n"
        "Storm Claudia: Met Office issues amber warning for heavy rain in Wales",
    ],
    F50: [
        "NEWS  SPORT  BUSINESS  LIFESTYLE  WEATHER  PUZZLES  PODCASTS\n"
        "Queensland  |  Sunshine Coast  |  Wide Bay  |  Brisbane",
        "WEATHER | FLOODS",
        "Tom Baptiste-Keogh and Sinead Varga\n@tomkeogh_news\n"
        "Updated 4:18pm March 3, 2026 - first published 11:02am",
        "Sandbags line the front of shops on Mary Street, Gympie, on Tuesday morning. Picture: Lachlan "
        "Ferris",
        "Read more: Live: Flood warnings across southeast Queensland as heavy rain continues",
        "RELATED\n"
        "'Leave now': Premier's plea as evacuation orders issued across Wide Bay\n"
        "BoM says La Nina pattern to bring wetter-than-average autumn\n"
        "Gympie traders say 2022 flood recovery grants were 'too little, too late'",
        "Tags: Gympie, Floods, Weather, Mary River, Queensland, Emergency",
        "Get the latest Queensland news delivered to your inbox every morning. Sign up to our free "
        "newsletter.",
    ],
}
