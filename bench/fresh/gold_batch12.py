"""Batch 12 gold: five articles (56-60) written and annotated by hand, independently of the extractor.

Row format as bench/fresh/gold_source.py: (file, content, speakers, via, kind, optional).
`content` occurs exactly once in its file, or is given as (text, n) for the n-th occurrence (1-based).
BOILERPLATE lists the page-junk blocks of each file (each occurs exactly once).
"""

F56 = "56_faa_nominee_withdrawn.txt"
F57 = "57_nap_afib_study.txt"
F58 = "58_wheat_support_price.txt"
F59 = "59_belgrave_rider_stabbing.txt"
F60 = "60_russia_iran_gas_azerbaijan.txt"

# 56
MERRIWEATHER = ["Allison Merriweather-Kline"]
TOLLIVER = ["Raymond Tolliver"]
PEOPLE_FAMILIAR = ["two people familiar with the matter", "people familiar with the matter"]
PETTIBONE = ["Lorraine Pettibone"]
VANDERMEER = ["Curtis Vandermeer"]
OKONKWO = ["Nadia Okonkwo-Reyes"]
WHITCOMBE = ["Dale Whitcombe"]
ADMIN_OFFICIAL = [
    "senior administration official",
    "A senior administration official",
    "administration official",
]
ALPA = ["Air Line Pilots Association", "The Air Line Pilots Association", "ALPA"]
AIDE = ["one GOP Senate aide", "GOP Senate aide", "Senate aide", "aide"]
OSGOOD = ["Carl Osgood"]
# 57
STUDY = ["study", "the study", "a large study", "research", "the research"]
ODUYA = ["Hannah Oduya-Breckenridge", "Dr. Hannah Oduya-Breckenridge"]
AUTHORS = ["authors", "The authors", "the authors", "study authors", "researchers", "the researchers"]
LEEDS = ["University of Leeds", "the University of Leeds"]
FELDHAUS = ["Marcus Feldhaus-Ilori", "Dr. Marcus Feldhaus-Ilori"]
BHF = ["British Heart Foundation", "The British Heart Foundation", "BHF"]
SELVARAJ = ["Priyanka Selvaraj-Moore", "Dr. Priyanka Selvaraj-Moore"]
# 58
KHOKHAR = ["Rana Muhammad Azhar Khokhar", "Rana Azhar Khokhar", "Rana Azhar", "Muhammad Azhar Khokhar"]
FOOD_MINISTRY = [
    "Ministry of National Food Security and Research",
    "Ministry of National Food Security",
    "ministry",
    "the ministry",
]
BALOCH = ["Nighat Sultana Baloch", "Dr. Nighat Sultana Baloch", "Dr Nighat Sultana Baloch"]
KIRMANI = ["Syed Ashiq Hussain Kirmani", "Ashiq Hussain Kirmani"]
BAJWA = ["Chaudhry Muhammad Anwar Bajwa", "Muhammad Anwar Bajwa", "Ch. Muhammad Anwar Bajwa", "Anwar Bajwa"]
# 59
POLICE = ["Leicestershire Police", "police", "Police", "the force", "force"]
BELLINGHAM = ["Sarah Bellingham-Ross"]
PRIYA = ["Priya Mehta-Sandhu"]
OKAFOR = ["Daniel Okafor-Whitley"]
CROSSTHWAITE = ["Emma Crossthwaite"]
BAINS = ["Harjit Bains-Lowe"]
RIDER = ["one rider", "rider"]
# 60
KREMLIN = ["Kremlin", "the Kremlin", "Dmitry Peskov"]
PESKOV = ["Dmitry Peskov"]
VERESHCHAGIN = ["Anatoly Vereshchagin"]
SOBHANI = ["Hamid-Reza Sobhani", "Hamid Reza Sobhani"]
AZ_MINISTRY = [
    "Azerbaijan’s energy ministry",
    "Azerbaijan's energy ministry",
    "Azerbaijani energy ministry",
    "Ministry of Energy of Azerbaijan",
    "energy ministry",
]
GREBENSHCHIKOVA = ["Anastasia Grebenshchikova"]
GUO = ["Guo Weiming"]
STATE = ["State Department", "US State Department", "The US State Department", "Department of State"]
STATE_SPOX = [
    "State Department spokesperson",
    "A department spokesperson",
    "department spokesperson",
    "spokesperson",
]
MOHAMMADI = ["Reza Mohammadi-Tabar"]

ROWS = [
    # 56
    (
        F56,
        "they would not vote for him",
        ["two Republican senators", "Republican senators", "Lorraine Pettibone", "Curtis Vandermeer"],
        None,
        "indirect",
        False,
    ),
    (
        F56,
        "Dale Whitcombe is a dedicated public servant who would have made an outstanding administrator, but he "
        "has asked that his name be withdrawn so the FAA can get the permanent leadership it needs without "
        "further delay,",
        MERRIWEATHER,
        None,
        "direct",
        False,
    ),
    (
        F56,
        "the president would name a new nominee “within weeks” and that acting administrator Carl Osgood would "
        "remain in charge in the meantime",
        MERRIWEATHER,
        None,
        "mixed",
        False,
    ),
    (
        F56,
        "The decision was made on Wednesday night after Senate Majority Leader Raymond Tolliver told the White "
        "House chief of staff that the votes were not there",
        PEOPLE_FAMILIAR,
        None,
        "indirect",
        False,
    ),
    (F56, "the votes were not there", TOLLIVER, None, "indirect", False),
    (
        F56,
        "Whitcombe had been “blindsided” by the opposition from within his own party and had offered to step "
        "aside before the White House asked him to",
        PEOPLE_FAMILIAR + ["One of the people"],
        None,
        "mixed",
        False,
    ),
    (F56, "I wanted to support this nominee. I told him so in my office,", PETTIBONE, "CNN", "direct", False),
    (
        F56,
        "But when you read that report, you cannot look the families who fly out of Boise every day in the eye "
        "and say this is the man to fix air safety.",
        PETTIBONE,
        "CNN",
        "direct",
        False,
    ),
    (
        F56,
        "the FAA was “one near-miss away from a catastrophe” and that the agency needed a leader with “a "
        "spotless safety record, not an explanation.”",
        VANDERMEER,
        None,
        "mixed",
        False,
    ),
    (F56, "the withdrawal “overdue”", OKONKWO, None, "mixed", False),
    (
        F56,
        "the administration to choose a nominee with “real safety credentials rather than a résumé full of "
        "ribbon cuttings.”",
        OKONKWO,
        None,
        "mixed",
        False,
    ),
    (
        F56,
        "We have lost air traffic controllers, we have had a string of close calls at major airports, and the "
        "agency has been run by an acting chief for well over a year,",
        OKONKWO,
        None,
        "direct",
        False,
    ),
    (
        F56,
        "The next pick has to be someone who can walk in on day one and do the job.",
        OKONKWO,
        None,
        "direct",
        False,
    ),
    (
        F56,
        "he remained “proud of the safety culture” at Denver and that the inspector general’s report had "
        "“omitted important context” about construction work that closed two runways during the period it "
        "examined",
        WHITCOMBE,
        None,
        "mixed",
        False,
    ),
    (
        F56,
        "the White House was considering at least three candidates, including Osgood and a retired Air Force "
        "general, and hoped to announce a pick before Memorial Day",
        ADMIN_OFFICIAL,
        "Reuters",
        "indirect",
        False,
    ),
    (F56, "the president “respects the Senate’s role.”", MERRIWEATHER, None, "mixed", False),
    (
        F56,
        "The president has an excellent relationship with the majority leader,",
        MERRIWEATHER,
        None,
        "direct",
        False,
    ),
    (
        F56,
        "the fight over his nomination had “become a distraction from the urgent work of modernizing the air "
        "traffic control system,”",
        ALPA,
        None,
        "mixed",
        False,
    ),
    (F56, "the Senate to move quickly once a new nominee is named", ALPA, None, "indirect", False),
    (
        F56,
        "the episode reflected poorly on the White House’s vetting process",
        ["some Republicans", "Republicans"],
        None,
        "indirect",
        False,
    ),
    (
        F56,
        "Somebody should have read that IG report before the nomination went up,",
        AIDE,
        None,
        "direct",
        False,
    ),
    (F56, "This was avoidable.", AIDE, None, "direct", False),
    (
        F56,
        "the agency’s work “does not stop for politics” and that he was focused on getting through the summer "
        "travel season safely",
        OSGOOD,
        None,
        "mixed",
        False,
    ),
    # 57
    (F57, "Long daytime naps linked to higher risk of irregular heartbeat", STUDY, None, "indirect", True),
    (
        F57,
        "People who regularly nap for more than an hour during the day may be more likely to develop atrial "
        "fibrillation, the most common form of irregular heartbeat",
        STUDY,
        None,
        "indirect",
        False,
    ),
    (
        F57,
        "Short naps of under 30 minutes were not associated with any increase in risk",
        STUDY,
        None,
        "indirect",
        False,
    ),
    (
        F57,
        "It's not the nap itself that seems to matter, it's how long you're asleep,",
        ODUYA,
        None,
        "direct",
        False,
    ),
    (
        F57,
        "A 20-minute nap after lunch looks perfectly harmless. Regularly sleeping for an hour or two in the "
        "afternoon is a different story.",
        ODUYA,
        None,
        "direct",
        False,
    ),
    (
        F57,
        "long naps might be a marker of poor night-time sleep, undiagnosed sleep apnoea or other conditions that "
        "strain the heart, rather than a direct cause of the arrhythmia",
        ODUYA,
        None,
        "indirect",
        False,
    ),
    (F57, "We can't say from this data that napping causes AF,", ODUYA, None, "direct", False),
    (
        F57,
        "What we can say is that if you find yourself needing a long sleep every afternoon, that is worth "
        "mentioning to your doctor.",
        ODUYA,
        None,
        "direct",
        False,
    ),
    (
        F57,
        "disruption of the body's internal clock, which governs heart rate and blood pressure over the 24-hour "
        "cycle, could help explain the link",
        AUTHORS,
        None,
        "indirect",
        False,
    ),
    (
        F57,
        "further studies using wearable devices that measure sleep directly, since participants in the Biobank "
        "reported their own napping habits on a questionnaire",
        AUTHORS,
        None,
        "indirect",
        False,
    ),
    (
        F57,
        'the findings "add to a growing body of evidence that sleep timing and duration are important for heart '
        'health" and that the team planned to study whether cutting back on long naps could lower the risk',
        LEEDS,
        None,
        "mixed",
        False,
    ),
    (F57, 'the results were "intriguing but far from conclusive."', FELDHAUS, None, "mixed", False),
    (
        F57,
        "People who nap for long stretches in the afternoon are often older, sicker or less active, and no "
        "statistical adjustment captures all of that,",
        FELDHAUS,
        None,
        "direct",
        False,
    ),
    (
        F57,
        "the study relied on a single questionnaire, so it could not show whether people's napping habits "
        "changed over the decade of follow-up",
        FELDHAUS,
        None,
        "indirect",
        False,
    ),
    (F57, "the size of the study made the finding hard to dismiss", FELDHAUS, None, "indirect", False),
    (
        F57,
        "With a quarter of a million people, you don't get a result like this by chance,",
        FELDHAUS,
        None,
        "direct",
        False,
    ),
    (F57, "people should not be alarmed", BHF, None, "indirect", False),
    (
        F57,
        'most adults who enjoyed an occasional nap had "no reason to worry whatsoever."',
        SELVARAJ,
        "BBC",
        "mixed",
        False,
    ),
    (
        F57,
        "If you feel your heart racing or fluttering, or you get breathless doing things you could manage "
        "before, that's the time to see a GP,",
        SELVARAJ,
        "BBC",
        "direct",
        False,
    ),
    (
        F57,
        "people who napped for long periods were more likely to be men, to smoke and to work night shifts",
        STUDY,
        None,
        "indirect",
        False,
    ),
    (F57, "they had tried to account for each of those factors", AUTHORS, None, "indirect", False),
    (F57, "Keep naps short, she said, and keep them early", ODUYA, None, "indirect", False),
    (
        F57,
        "If you need one, set an alarm for 30 minutes and try to be up before 3 p.m.",
        ODUYA,
        None,
        "direct",
        False,
    ),
    # 58
    (
        F58,
        "Govt fixes wheat support price at Rs 3,900 per maund to protect growers",
        KHOKHAR,
        None,
        "indirect",
        True,
    ),
    (
        F58,
        "the government had fixed the minimum support price of wheat at Rs 3,900 per 40 kg for the upcoming "
        "crop to ensure that growers get a fair return on their investment",
        KHOKHAR,
        None,
        "indirect",
        False,
    ),
    (
        F58,
        "the decision was taken in a meeting of the Federal Committee on Agriculture (FCA) after detailed "
        "consultations with the provincial governments, farmers' bodies and flour millers",
        KHOKHAR,
        None,
        "indirect",
        False,
    ),
    (
        F58,
        "Our farmers are the backbone of the national economy and the government will not leave them at the "
        "mercy of middlemen,",
        KHOKHAR,
        None,
        "direct",
        False,
    ),
    (
        F58,
        "the Pakistan Agricultural Storage and Services Corporation (PASSCO) and provincial food departments "
        "would procure 6.5 million tonnes of wheat directly from growers",
        KHOKHAR,
        None,
        "indirect",
        False,
    ),
    (
        F58,
        "last year's decision to deregulate the wheat market had caused heavy losses to small farmers, who were "
        "forced to sell their produce at Rs 2,600 to Rs 2,800 per maund against a production cost of over "
        "Rs 3,300",
        KHOKHAR,
        None,
        "indirect",
        False,
    ),
    (
        F58,
        "the government had also approved a Kissan package worth Rs 45 billion, under which small farmers "
        "owning up to 12.5 acres would get subsidised DAP fertiliser and interest-free loans through the Zarai "
        "Taraqiati Bank Limited (ZTBL)",
        KHOKHAR,
        None,
        "indirect",
        False,
    ),
    (
        F58,
        "the FCA also set the production target of wheat at 29.8 million tonnes for the 2025-26 crop year, to be "
        "sown on an area of 22.5 million acres",
        FOOD_MINISTRY,
        None,
        "indirect",
        False,
    ),
    (
        F58,
        "there was no shortage of wheat in the country and the current stocks of 3.2 million tonnes were "
        "sufficient to meet the requirements till the arrival of the new crop in April",
        KHOKHAR,
        None,
        "indirect",
        False,
    ),
    (
        F58,
        "the provinces to take strict action against hoarders and smugglers",
        KHOKHAR,
        None,
        "indirect",
        False,
    ),
    (
        F58,
        "no one would be allowed to create an artificial shortage of flour",
        KHOKHAR,
        None,
        "indirect",
        False,
    ),
    (
        F58,
        "the ministry had set up a monitoring cell to keep a check on the prices of wheat and flour across the "
        "country",
        BALOCH,
        None,
        "indirect",
        False,
    ),
    (
        F58,
        "the cell would share daily reports with the provincial governments and the Prime Minister's Office",
        BALOCH,
        None,
        "indirect",
        False,
    ),
    (
        F58,
        "the provinces must release wheat to flour mills on a regular basis during the lean months",
        BALOCH,
        None,
        "indirect",
        False,
    ),
    (
        F58,
        "the Punjab government would set up 400 procurement centres across the province to facilitate the "
        "growers",
        KIRMANI,
        None,
        "indirect",
        False,
    ),
    (
        F58,
        "We will ensure that every grain is purchased at the notified price and no grower returns home "
        "disappointed,",
        KIRMANI,
        None,
        "direct",
        False,
    ),
    (
        F58,
        "the provincial government had also launched a mobile application through which farmers could register "
        "for bardana (gunny bags) from their homes",
        KIRMANI,
        None,
        "indirect",
        False,
    ),
    (
        F58,
        "the support price was still lower than the actual cost of production",
        BAJWA,
        None,
        "indirect",
        False,
    ),
    (F58, "it be raised to at least Rs 4,200 per maund", BAJWA, None, "indirect", False),
    (
        F58,
        "The prices of diesel, electricity and fertiliser had increased manifold during the last two years",
        BAJWA,
        None,
        "indirect",
        False,
    ),
    (
        F58,
        "The farmer is spending more on every acre than he earns from it. How long can he survive like this?",
        BAJWA,
        None,
        "direct",
        False,
    ),
    (
        F58,
        "the farmers' body would hold a protest outside the Punjab Assembly next month if its demands were not "
        "accepted",
        BAJWA,
        None,
        "indirect",
        False,
    ),
    (
        F58,
        "the doors of the ministry were always open for the farmers and that he would personally meet the "
        "representatives of Kissan Ittehad next week to listen to their concerns",
        KHOKHAR,
        None,
        "indirect",
        False,
    ),
    # 59
    (F59, "gentle, hard-working", ["Family", "family", "Priya Mehta-Sandhu"], None, "direct", True),
    (
        F59,
        "A 24-year-old man has been charged with murder after a food delivery rider was stabbed to death in "
        "Leicester",
        POLICE,
        None,
        "indirect",
        False,
    ),
    (
        F59,
        "officers believed the two men had been involved in an argument over a parked moped moments before the "
        "attack",
        BELLINGHAM,
        None,
        "indirect",
        False,
    ),
    (
        F59,
        "This was a shocking and senseless attack on a man who was simply doing his job,",
        BELLINGHAM,
        None,
        "direct",
        False,
    ),
    (
        F59,
        "Our thoughts remain with Arjun's family, who are being supported by specially trained officers. We have "
        "charged a man, but our work is far from over.\n\n'I would still like to hear from anyone who was on "
        "Loughborough Road between 10pm and 10.45pm on Saturday, particularly drivers with dashcam footage. Even "
        "if you think what you saw was insignificant, please get in touch.",
        BELLINGHAM,
        None,
        "direct",
        False,
    ),
    (
        F59,
        "A 19-year-old woman who was arrested on suspicion of assisting an offender has been released on bail "
        "while inquiries continue",
        POLICE,
        None,
        "indirect",
        False,
    ),
    (F59, "him as 'the kindest person any of us knew'", PRIYA, None, "mixed", False),
    (
        F59,
        "he had moved to Leicester from Wolverhampton four years ago to give his two young daughters 'a better "
        "start in life'",
        PRIYA,
        None,
        "mixed",
        False,
    ),
    (
        F59,
        "He worked every hour he could, in all weathers, and he never once complained,",
        PRIYA,
        None,
        "direct",
        False,
    ),
    (
        F59,
        "He was saving up to bring our mum over from India for his daughter's birthday. Now she is coming for "
        "his funeral instead.",
        PRIYA,
        None,
        "direct",
        False,
    ),
    (
        F59,
        "the family wanted people to remember Arjun 'for how he lived, not how he died'",
        PRIYA,
        None,
        "mixed",
        False,
    ),
    (F59, "anyone with information to contact the police", PRIYA, None, "indirect", False),
    (
        F59,
        "Mr Mehta-Sandhu had been stabbed at least four times and that a knife had been recovered from a garden "
        "in a nearby street",
        OKAFOR,
        None,
        "indirect",
        False,
    ),
    (
        F59,
        "CCTV footage showed the defendant following the victim along the road on foot after the pair had "
        "'exchanged words' outside a takeaway",
        OKAFOR,
        None,
        "mixed",
        False,
    ),
    (
        F59,
        "The Crown Prosecution Service has authorised Leicestershire Police to charge Kieran Wallace-Doherty with "
        "murder and possession of a bladed article.",
        CROSSTHWAITE,
        None,
        "direct",
        False,
    ),
    (
        F59,
        "Criminal proceedings are now active and he has the right to a fair trial. It is extremely important "
        "that there should be no reporting, commentary or sharing of information online which could in any way "
        "prejudice these proceedings.",
        CROSSTHWAITE,
        None,
        "direct",
        False,
    ),
    (F59, "residents were 'shaken and angry'", BAINS, None, "mixed", False),
    (F59, "more police patrols in the area at night", BAINS, None, "indirect", False),
    (
        F59,
        "they no longer felt safe working after dark",
        ["Several riders", "several riders", "riders"],
        None,
        "indirect",
        False,
    ),
    (
        F59,
        "We're on the road till midnight, on our own, carrying cash sometimes,",
        RIDER,
        None,
        "direct",
        False,
    ),
    (F59, "Everyone's looking over their shoulder now.", RIDER, None, "direct", False),
    (
        F59,
        "there would be an increased police presence in Belgrave over the coming days to offer reassurance",
        POLICE,
        None,
        "indirect",
        False,
    ),
    # 60
    (
        F60,
        "Russia will begin supplying natural gas to Iran through Azerbaijan’s pipeline network by the end of "
        "March",
        KREMLIN,
        None,
        "indirect",
        False,
    ),
    (
        F60,
        "the initial volumes would be “modest” but could grow to 15 billion cubic metres a year once technical "
        "work on the Azerbaijani route was completed",
        PESKOV,
        None,
        "mixed",
        False,
    ),
    (
        F60,
        "This is a commercial agreement that meets the interests of both countries, and we see good prospects "
        "for its expansion,",
        PESKOV,
        "TASS",
        "direct",
        False,
    ),
    (F60, "such details were “a matter for the companies.”", PESKOV, "Interfax", "mixed", False),
    (
        F60,
        "Gazprom and the National Iranian Gas Company had signed “all the necessary documents” and that the "
        "first deliveries could start “in a matter of weeks.”",
        VERESHCHAGIN,
        "RIA Novosti",
        "mixed",
        False,
    ),
    (
        F60,
        "the Russian gas would be used mainly to supply power plants and homes in the northwest of the country, "
        "which is furthest from Iran’s main gas fields in the south",
        SOBHANI,
        "IRNA",
        "indirect",
        False,
    ),
    (
        F60,
        "Our friends in Moscow have shown that they stand with the Iranian people in difficult days,",
        SOBHANI,
        "IRNA",
        "direct",
        False,
    ),
    (
        F60,
        "This cooperation will continue and expand, regardless of the pressure of our enemies.",
        SOBHANI,
        "IRNA",
        "direct",
        False,
    ),
    (
        F60,
        "it had agreed to allow the transit of up to 2 billion cubic metres of Russian gas in the first year, "
        "using spare capacity on the pipeline that runs from the Russian border to Astara, on the Iranian "
        "frontier",
        AZ_MINISTRY,
        None,
        "indirect",
        False,
    ),
    (
        F60,
        "the Azerbaijani route could carry only a fraction of what Iran needs during peak demand",
        GREBENSHCHIKOVA,
        None,
        "indirect",
        False,
    ),
    (
        F60,
        "Two billion cubic metres a year is roughly what Iran burns in four or five days in January,",
        GREBENSHCHIKOVA,
        None,
        "direct",
        False,
    ),
    (
        F60,
        "It helps at the margins, but it is primarily a political signal.",
        GREBENSHCHIKOVA,
        None,
        "direct",
        False,
    ),
    (
        F60,
        "China “welcomes normal energy cooperation between countries” and opposed “unilateral sanctions that "
        "have no basis in international law,”",
        GUO,
        "CCTV",
        "mixed",
        False,
    ),
    (F60, "it was reviewing the agreement", STATE, None, "indirect", False),
    (
        F60,
        "any entity that facilitated Iranian energy trade “risks exposure to US sanctions.”",
        STATE_SPOX,
        None,
        "mixed",
        False,
    ),
    (
        F60,
        "Iran was also seeking to increase imports from Turkmenistan, and that talks with Ashgabat were “at an "
        "advanced stage.”",
        MOHAMMADI,
        "Tasnim",
        "mixed",
        False,
    ),
    (F60, "We are using every option,", MOHAMMADI, "Tasnim", "direct", False),
    (
        F60,
        "The priority this winter is simple: no home without heating.",
        MOHAMMADI,
        "Tasnim",
        "direct",
        False,
    ),
    (
        F60,
        "President Vladimir Putin and his Iranian counterpart had discussed the gas deal by phone on Tuesday and "
        "“agreed to maintain close contact.”",
        PESKOV,
        None,
        "mixed",
        False,
    ),
]

BOILERPLATE = {
    F56: [
        "Skip to content\n"
        "Politics | Congress | White House | Supreme Court | Elections | Polls | Newsletters\n"
        "Log in   Subscribe",
        "CONGRESS",
        "By Marisol Quintana-Hale and Derek Ambrose\nUpdated 7:52 PM EDT, Thu April 16, 2026",
        "Dale Whitcombe testifies during his confirmation hearing before the Senate Commerce Committee in "
        "Washington on March 24, 2026. (Photo: Tom Brenner/Reuters)",
        "Read more: Inspector general finds runway incursions doubled at Denver airport",
        "Related\n"
        "• Senate confirms Transportation deputy after months-long hold\n"
        "• ‘We are running out of controllers’: FAA union warns of summer delays\n"
        "• Air traffic control overhaul faces fresh cost questions, auditors say",
        "Topics: FAA, Senate, White House, Aviation safety, Nominations",
        "Get the Capitol Ledger’s Inside Congress newsletter in your inbox every weekday. Sign up",
        "© 2026 Capitol Ledger Media LLC. All rights reserved. | Terms of Service | Privacy Policy | Ad Choices",
    ],
    F57: [
        "HealthWire Daily\n"
        "Health | Science | Wellness | Nutrition | Fitness | Mental Health | Newsletters\n"
        "Search   Sign In",
        "HEART HEALTH",
        "By Fiona Latchmere, Health Reporter\nPublished March 2, 2026, 12:01 a.m. ET",
        "A man sleeps on a park bench in London. Researchers tracked the sleep habits of more than 280,000 "
        "adults. (Photo: Daniel Leal/AFP/Getty Images)",
        "Read more: Why poor sleep in your 40s may show up in your heart a decade later",
        "Related Stories\n"
        "- Doctors say smartwatches are catching more heart problems. Are they also causing anxiety?\n"
        '- "I thought it was just stress": Readers share how they found out they had AFib\n'
        "- Shift workers face higher risk of type 2 diabetes, researchers warn",
        "Sign up for our Well+Being newsletter for expert advice on living longer and healthier, delivered every "
        "Tuesday.",
        "Tags: Sleep, Heart disease, Atrial fibrillation, Research, UK Biobank",
        "© 2026 HealthWire Media Group. All rights reserved. | Privacy Policy | Terms of Use | Cookie Settings",
    ],
    F58: [
        "Associated Press Of Pakistan\n"
        "Home | National | Business | Sports | World | Provinces | Photos | Videos | Urdu News",
        "Business / Agriculture",
        "ISLAMABAD: October 21 - Federal Minister for National Food Security and Research Rana Muhammad Azhar "
        "Khokhar addressing a press conference at the ministry. APP photo by Irfan Mahmood",
        "APP/ask/mmr",
        "Related News\n"
        "- Wheat flour prices drop in Lahore as new stocks arrive\n"
        "- Farmers must adopt modern techniques to boost per acre yield: Kirmani\n"
        "- PASSCO to procure 1.8m tonnes wheat, says MD",
        "Tags: Wheat, Kissan package, PASSCO, FCA, Food Security",
        "Share: Facebook | Twitter | WhatsApp | Email",
        "Associated Press Of Pakistan ( APP ) Copyright © 2026. All Rights Reserved.",
    ],
    F59: [
        "East Midlands Chronicle\n"
        "News | Crime | Politics | Sport | What's On | Property | Jobs | Announcements\n"
        "Leicester | Loughborough | Hinckley | Melton | Market Harborough",
        "CRIME",
        "By Gemma Threlfall-Shah\nCrime Reporter\n06:00, 11 FEB 2026\nUpdated 08:47, 11 FEB 2026",
        "Floral tributes left on Loughborough Road on Sunday (Image: Leicestershire Police)",
        "Read more: Leicester's knife crime figures revealed as police launch new summer campaign",
        "MOST READ\n"
        "'It sounded like a bomb': Residents describe moment car ploughed into shop front\n"
        "Police say missing Hinckley teenager has been found safe and well\n"
        "Man jailed for string of burglaries across Oadby and Wigston",
        "Sign up to our free Leicester crime newsletter and get the latest court and crime stories sent to your "
        "inbox",
        "Follow Leicestershire news on Facebook, X and Instagram",
        "Comments are closed on this article.",
        "© 2026 East Midlands Chronicle Ltd. All rights reserved.",
    ],
    F60: [
        "Home   World   Middle East   Russia & Eurasia   Energy   Markets   Opinion   Podcasts\nSubscribe | Log in",
        "ENERGY",
        "By Farhad Zand-Morrison in Dubai and Yelena Kostyuk\n"
        "Published: 14 January 2026 15:20 GST | Updated: 14 January 2026 18:05 GST",
        "A gas compressor station near the Azerbaijani border town of Astara. Photo: Tofik Babayev/AFP via Getty "
        "Images",
        "Read more: Iran shuts schools and offices in 17 provinces as gas shortages bite",
        "Related\n"
        "- Kremlin says Power of Siberia 2 talks ‘moving forward’ despite price gap\n"
        "- “We cannot heat our homes”: Iranians vent anger over blackouts\n"
        "- Azerbaijan’s gas exports to Europe hit record high, SOCAR says",
        "Sign up for Energy Brief: the week’s key stories on oil, gas and the energy transition, every Thursday. "
        "Sign up",
        "Topics: Russia, Iran, Azerbaijan, Natural gas, Gazprom, Sanctions, Kremlin",
        "© 2026 Gulf & Eurasia Monitor. All rights reserved.",
    ],
}
