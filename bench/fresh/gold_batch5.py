"""Gold for batch 5 (articles 21-25), in the row format of bench/fresh/gold_source.py.

Each row: (file, content, speakers, via, kind, optional). `content` is the exact text; a tuple
("text", n) means the n-th occurrence (1-based). BOILERPLATE lists the exact junk blocks per file.
"""

F21 = "21_middle_corridor.txt"
F22 = "22_goma_cholera.txt"
F23 = "23_eu_lng_ban.txt"
F24 = "24_cattle_theft.txt"
F25 = "25_porto_tennis.txt"

ZHAO = ["Zhao Wenjun"]
AYDEMIR = ["Selim Aydemir"]
SOROKINA = ["Yelena Sorokina"]
DIALLO = ["Mariam Diallo-Ferreira"]
VESTERGAARD = ["Lars Vestergaard"]
BAKOS = ["Zoltán Bakos", "Zoltan Bakos"]
VAITKUS = ["Tomas Vaitkus"]
MAZEIKA = ["Darius Mažeika", "Darius Mazeika"]
MONTIEL = ["Álvaro Montiel", "Alvaro Montiel"]

ROWS = [
    # 21: diplomacy, wire-mediated (Xinhua, TASS, Anadolu, FT), cataphora, a joint statement, two spokespeople.
    # Plans and hopes in the lead: counted by some annotators, not by others.
    (
        F21,
        "to speed up work on a freight rail route linking western China with Europe through Central Asia and "
        "the Caucasus",
        ["China", "Türkiye", "Zhao Wenjun", "Selim Aydemir"],
        None,
        "indirect",
        True,
    ),
    (
        F21,
        "will cut a week or more off cargo journeys that now either cross Russia or go by sea",
        ["both governments", "China", "Türkiye"],
        None,
        "indirect",
        True,
    ),
    (
        F21,
        "The Middle Corridor is no longer a line on a map. It is a railway, and this year we intend to see it "
        "full of trains,",
        AYDEMIR,
        None,
        "direct",
        False,
    ),
    (
        F21,
        "The route was “open and inclusive” and “not directed against any third party,”",
        ZHAO,
        None,
        "mixed",
        False,
    ),
    (
        F21,
        "they would set up a working group on customs procedures and aim to double the volume of container "
        "traffic on the route by 2027",
        ["joint statement", "two sides", "the two sides", "Zhao Wenjun", "Selim Aydemir", "China", "Türkiye"],
        None,
        "indirect",
        False,
    ),
    (
        F21,
        "China was ready to help finance new rolling stock and a logistics hub on the Caspian coast",
        ZHAO,
        "Xinhua",
        "indirect",
        False,
    ),
    (F21, "frank", ["Turkish side", "the Turkish side", "Türkiye"], None, "direct", True),
    (
        F21,
        "Russia had “no objections to any economic project that is not built on the logic of sanctions,”",
        SOROKINA,
        "TASS",
        "mixed",
        False,
    ),
    (
        F21,
        "Our partners know perfectly well which land bridge between Asia and Europe is the fastest. Geography "
        "cannot be cancelled by a press release,",
        SOROKINA,
        None,
        "direct",
        False,
    ),
    (
        F21,
        "China’s cooperation with Türkiye and with Russia was “not a multiple-choice question” and that China "
        "would “use every road that is open.”",
        ["Guo Lihua"],
        None,
        "mixed",
        False,
    ),
    (
        F21,
        "Turkish and Chinese officials also discussed a long-delayed high-speed line between Edirne and Kars, "
        "which Chinese lenders offered to fund two years ago",
        ["Anadolu Agency", "Anadolu", "report by Anadolu Agency"],
        None,
        "indirect",
        False,
    ),
    (F21, "to ease the worst of the congestion", ["Kazakhstan"], None, "indirect", True),
    (
        F21,
        "capacity at the port of Aktau would “roughly double” by the end of next year",
        ["Nurlan Seitkali"],
        "Financial Times",
        "mixed",
        False,
    ),
    (
        F21,
        "volumes on the corridor remain a small fraction of those on the northern route through Russia",
        ["Aylin Demirtaş", "Aylin Demirtas"],
        None,
        "indirect",
        False,
    ),
    (
        F21,
        "Every year we hear that the corridor is about to take off,",
        ["Aylin Demirtaş", "Aylin Demirtas"],
        None,
        "direct",
        False,
    ),
    (
        F21,
        "What would really change things is a single customs document from Xi’an to Istanbul. Until then, the "
        "trains will keep waiting at the borders.",
        ["Aylin Demirtaş", "Aylin Demirtas"],
        None,
        "direct",
        True,
    ),
    # 22: humanitarian, UN officials and an NGO, a quote over three paragraphs, a rebel statement on X,
    # "called on"/"urged", a displaced resident.
    (
        F22,
        "Cholera spreads through Goma displacement camps as aid funding dries up",
        ["UN", "United Nations"],
        None,
        "indirect",
        True,
    ),
    (
        F22,
        "A cholera outbreak is spreading rapidly through displacement camps on the outskirts of Goma, where more "
        "than half a million people who fled fighting in eastern Democratic Republic of Congo are living in "
        "makeshift shelters",
        ["United Nations officials", "U.N. officials", "officials", "United Nations"],
        None,
        "indirect",
        False,
    ),
    (
        F22,
        "At least 1,340 suspected cases and 27 deaths have been recorded since mid-May",
        [
            "U.N. Office for the Coordination of Humanitarian Affairs",
            "UN Office for the Coordination of Humanitarian Affairs",
            "Office for the Coordination of Humanitarian Affairs",
            "OCHA",
        ],
        None,
        "indirect",
        False,
    ),
    (
        F22,
        "We are watching a preventable disease do exactly what we warned it would do when the water trucks "
        "stopped coming,",
        DIALLO,
        None,
        "direct",
        False,
    ),
    (
        F22,
        "In some sites there is one latrine for every 300 people. Families are drinking straight from the lake "
        "because they have nothing else. We have the vaccines and we have the know-how, but we do not have the "
        "money or the access to reach everyone.",
        DIALLO,
        None,
        "direct",
        False,
    ),
    (
        F22,
        "If nothing changes in the next two weeks, we will be counting deaths in the hundreds, not the dozens.",
        DIALLO,
        None,
        "direct",
        False,
    ),
    (
        F22,
        "The humanitarian response plan for Congo is only 14 percent funded this year, she said, and several aid "
        "groups have already closed health posts in the camps because they can no longer pay their staff",
        DIALLO,
        None,
        "indirect",
        False,
    ),
    (
        F22,
        'the true number of cases was "almost certainly much higher" because many people were too frightened or '
        "too ill to make the journey to a clinic",
        ["Thomas Kahindo"],
        None,
        "mixed",
        False,
    ),
    (
        F22,
        "We are treating patients on the floor, between the beds, in the corridors,",
        ["Thomas Kahindo"],
        None,
        "direct",
        False,
    ),
    (F22, "Our teams have not had a day off since May.", ["Thomas Kahindo"], None, "direct", True),
    (
        F22,
        "the government had sent a rapid response team to Goma",
        ["Samuel Mbemba Tshiala"],
        None,
        "indirect",
        False,
    ),
    (
        F22,
        "the rebels of blocking vaccination teams from reaching areas under their control",
        ["Samuel Mbemba Tshiala"],
        None,
        "indirect",
        False,
    ),
    (
        F22,
        "the accusation",
        ["ALK", "Alliance for the Liberation of Kivu"],
        None,
        "indirect",
        True,
    ),
    (
        F22,
        'its fighters had "never prevented any humanitarian actor from working"',
        ["Lawrence Kanyamuhanga", "ALK", "Alliance for the Liberation of Kivu"],
        None,
        "mixed",
        False,
    ),
    (
        F22,
        "government airstrikes for the damage to roads and bridges",
        ["Lawrence Kanyamuhanga", "ALK", "Alliance for the Liberation of Kivu"],
        None,
        "indirect",
        False,
    ),
    (
        F22,
        'all parties to allow "safe and unhindered access" for health workers',
        ["Amina Ould-Salem"],
        None,
        "mixed",
        False,
    ),
    (
        F22,
        "donors to release emergency funds without waiting for the next pledging conference",
        ["Amina Ould-Salem"],
        None,
        "indirect",
        False,
    ),
    (F22, "Cholera does not respect front lines,", ["Amina Ould-Salem"], None, "direct", False),
    (F22, "Neither should the vaccines.", ["Amina Ould-Salem"], None, "direct", True),
    (
        F22,
        "two of her neighbours had died of the disease last week",
        ["Furaha Nsimire"],
        None,
        "indirect",
        False,
    ),
    (
        F22,
        "They took them to the clinic in the morning and by the evening they were gone,",
        ["Furaha Nsimire"],
        None,
        "direct",
        False,
    ),
    (
        F22,
        "Now when one of my children has a stomach ache, I cannot sleep.",
        ["Furaha Nsimire"],
        None,
        "direct",
        True,
    ),
    # 23: European energy policy, British single quotation marks (with ’ apostrophes inside), a commissioner,
    # ministers, figures from a think tank, a letter, campaigners, an anonymous diplomat.
    (
        F23,
        "the era of Russian gas is over",
        ["Brussels", "European Commission", "Commission", "Lars Vestergaard"],
        None,
        "direct",
        True,
    ),
    (
        F23,
        "the ban would push up household bills across central Europe and could end up before the EU’s highest "
        "court",
        ["Hungary"] + BAKOS,
        None,
        "indirect",
        False,
    ),
    (F23, "the last chapter of a long and expensive dependency", VESTERGAARD, None, "direct", False),
    (
        F23,
        "the Commission had ‘done its homework’ and that supplies from the United States, Qatar and Norway were "
        "‘more than sufficient’ to replace Russian cargoes",
        VESTERGAARD,
        None,
        "mixed",
        False,
    ),
    (
        F23,
        "Every cubic metre of Russian gas we buy is a payment into the Kremlin’s war chest,",
        VESTERGAARD,
        None,
        "direct",
        False,
    ),
    (
        F23,
        "We have already cut pipeline imports by more than 80%. Now we finish the job.",
        VESTERGAARD,
        None,
        "direct",
        True,
    ),
    (
        F23,
        "Russia still supplied about 17% of the EU’s LNG last year, most of it unloaded at terminals in France, "
        "Belgium and Spain",
        ["Brussels Energy Observatory", "figures"],
        None,
        "indirect",
        False,
    ),
    (F23, "the plan ‘ideological’", BAKOS, None, "mixed", False),
    (F23, "Brussels of ‘playing roulette with people’s heating’", BAKOS, None, "mixed", False),
    (
        F23,
        "We will not vote for something that doubles the price of gas for Hungarian families. If the Commission "
        "wants to force this through by qualified majority, then we will see them in Luxembourg – at the court, "
        "not at this table,",
        BAKOS,
        "M1",
        "direct",
        False,
    ),
    (
        F23,
        "Bratislava shared ‘many of the same concerns’",
        ["Dana Krajčírová", "Dana Krajcirova"],
        None,
        "mixed",
        False,
    ),
    (
        F23,
        "the measure is a trade instrument rather than a sanction",
        ["Commission officials", "officials"],
        None,
        "indirect",
        False,
    ),
    (
        F23,
        "the ban must come with ‘a credible plan for the countries that are most exposed’, including help to "
        "expand pipeline capacity from the Adriatic",
        ["Katrin Oberländer", "Katrin Oberlander"],
        None,
        "mixed",
        False,
    ),
    (
        F23,
        "a 2027 deadline risked ‘legal chaos’ because many long-term contracts with Russian suppliers contained "
        "take-or-pay clauses running into the 2030s",
        ["European Gas Traders’ Association", "European Gas Traders' Association", "letter"],
        None,
        "mixed",
        False,
    ),
    (
        F23,
        "the Commission to let companies declare force majeure without facing penalties",
        ["letter", "European Gas Traders’ Association", "European Gas Traders' Association"],
        None,
        "indirect",
        False,
    ),
    (
        F23,
        "the plan did not go far enough",
        ["Environmental campaigners", "campaigners"],
        None,
        "indirect",
        False,
    ),
    (
        F23,
        "Swapping Russian gas for American gas is not an energy transition, it’s a change of supplier,",
        ["Marta Ruiz Echeverría", "Marta Ruiz Echeverria"],
        None,
        "direct",
        False,
    ),
    (
        F23,
        "The only gas that can’t be used as a weapon is the gas we don’t burn.",
        ["Marta Ruiz Echeverría", "Marta Ruiz Echeverria"],
        None,
        "direct",
        False,
    ),
    (
        F23,
        "the Commission was ‘on solid ground’ legally but that a court challenge could delay implementation by a "
        "year or more",
        ["Simone Achterberg"],
        None,
        "mixed",
        False,
    ),
    (F23, "Hungary doesn’t need to win the case to win time,", ["Simone Achterberg"], None, "direct", False),
    (
        F23,
        "a deal before the end of the year as ‘possible, but far from certain’",
        ["diplomat", "One diplomat involved in the talks", "diplomat involved in the talks"],
        None,
        "mixed",
        False,
    ),
    # 24: court and police, a judge, prosecutor and defence, a detective, a police spokeswoman, a victim,
    # a graziers' group, a minister's spokesman; a photo caption with "Police say" (boilerplate).
    (
        F24,
        'the offending had been "brazen, sustained and calculated" and had caused "real and lasting harm" to '
        "families who were already doing it tough after years of drought",
        ["Margaret Hollis"],
        None,
        "mixed",
        False,
    ),
    (
        F24,
        "This was not a moment of madness. It was a business, and a profitable one,",
        ["Margaret Hollis"],
        None,
        "direct",
        False,
    ),
    (
        F24,
        "The victims were not faceless corporations. They were your neighbours.",
        ["Margaret Hollis"],
        None,
        "direct",
        True,
    ),
    (
        F24,
        "the trio had used forged waybills and altered brands to move the stock, and had targeted properties "
        "whose owners were away or whose boundaries ran along unfenced stock routes",
        ["Daniel Ashworth"],
        None,
        "indirect",
        False,
    ),
    (
        F24,
        "Over 14 months, Mr Ashworth said, the men took cattle worth an estimated $1.2 million from at least 11 "
        "properties between Biloela, Theodore and Clermont",
        ["Daniel Ashworth"],
        None,
        "indirect",
        False,
    ),
    (
        F24,
        "her client had fallen into heavy debt after his own property was repossessed in 2019 and felt "
        '"deep remorse" for what he had done',
        ["Renee Fitzgibbon"],
        None,
        "mixed",
        False,
    ),
    (
        F24,
        'a sentence that would allow him to return to work "sooner rather than later"',
        ["Renee Fitzgibbon"],
        None,
        "mixed",
        False,
    ),
    (
        F24,
        "the sentences sent a strong message to anyone thinking about stealing livestock",
        ["Luke Brannigan"],
        None,
        "indirect",
        False,
    ),
    (
        F24,
        "Stock theft is not a victimless crime and it's not some cheeky bit of bush folklore,",
        ["Luke Brannigan"],
        None,
        "direct",
        False,
    ),
    (
        F24,
        "For some of these families, the cattle that were taken were their whole year's income.",
        ["Luke Brannigan"],
        None,
        "direct",
        True,
    ),
    (
        F24,
        "The investigation, which involved detectives in three states, was one of the largest of its kind in "
        "Queensland in the past decade",
        ["Luke Brannigan"],
        None,
        "indirect",
        False,
    ),
    (
        F24,
        "312 of the stolen animals had been recovered and returned to their owners and that inquiries into a "
        "fourth man were continuing",
        [
            "Queensland Police Service spokeswoman",
            "police spokeswoman",
            "spokeswoman",
            "Queensland Police Service",
        ],
        None,
        "indirect",
        False,
    ),
    (
        F24,
        "We would encourage any producer who suspects they have lost stock to report it, no matter how small "
        "the number,",
        [
            "Queensland Police Service spokeswoman",
            "police spokeswoman",
            "spokeswoman",
            "Queensland Police Service",
        ],
        None,
        "direct",
        False,
    ),
    (F24, ("bled", 1), ["Colleen Maguire"], None, "direct", True),
    (
        F24,
        "They bled us slowly, a few head at a time, and we thought we were going mad counting,",
        ["Colleen Maguire"],
        None,
        "direct",
        False,
    ),
    (
        F24,
        "Six years doesn't give us back what we lost, but at least somebody is finally being held responsible.",
        ["Colleen Maguire"],
        None,
        "direct",
        True,
    ),
    (
        F24,
        "the state government to fund an extra 20 stock squad detectives",
        ["Central Queensland Graziers' Association", "Graziers' Association"],
        None,
        "indirect",
        False,
    ),
    (
        F24,
        'rural crime was "chronically under-reported" because many producers believed nothing would come of a '
        "complaint",
        ["Hamish Cole"],
        None,
        "mixed",
        False,
    ),
    (
        F24,
        'the request would be "considered as part of the budget process"',
        ["spokesman for Police Minister Trent Hadley", "spokesman", "Trent Hadley"],
        None,
        "mixed",
        False,
    ),
    # 25: sport, interviews, a coach, the beaten opponent as "the Spaniard", a mother via LRT, a minister's
    # post, a tournament director, ATP calculations; a quote continued in its own paragraph.
    (F25, "it was just another match", VAITKUS, None, "indirect", True),
    (F25, "I’m not going to lie to you, I was shaking,", VAITKUS, None, "direct", False),
    (
        F25,
        "At 5-4 in the second set I thought, OK, it was a nice week. And then somehow I’m in the final.",
        VAITKUS,
        None,
        "direct",
        True,
    ),
    (F25, "The third, he admitted later, he could not remember at all", VAITKUS, None, "indirect", False),
    (F25, "Honestly, I just closed my eyes and swung,", VAITKUS, None, "direct", False),
    (
        F25,
        "My coach will say that is not the plan. He is right, it is not the plan.",
        VAITKUS,
        None,
        "direct",
        True,
    ),
    (
        F25,
        "the win as “a reward for two years of very boring work” on his player’s serve and movement",
        MAZEIKA,
        None,
        "mixed",
        False,
    ),
    (F25, "the teenager would need every hour of rest before Sunday", MAZEIKA, None, "indirect", False),
    (
        F25,
        "People see one match. I see the 40 matches he lost at Futures events in Egypt and Tunisia, in front of "
        "nobody,",
        MAZEIKA,
        None,
        "direct",
        False,
    ),
    (
        F25,
        "That is where this comes from. Not from talent. From losing and coming back the next week.",
        MAZEIKA,
        None,
        "direct",
        False,
    ),
    (
        F25,
        "the swirling wind had turned the deciding set into “a little bit of a lottery.”",
        MONTIEL,
        None,
        "mixed",
        False,
    ),
    (
        F25,
        "He played without fear. When you are 19 you don’t think, you just hit, and today everything went in,",
        MONTIEL,
        None,
        "direct",
        False,
    ),
    (F25, "I will learn from this one.", MONTIEL, None, "direct", True),
    (
        F25,
        "the family had watched the match at a neighbour’s house because their own television was broken",
        ["Rasa Vaitkienė", "Rasa Vaitkiene"],
        "LRT",
        "indirect",
        False,
    ),
    (F25, "the country was “proud beyond words.”", ["Ieva Kairytė", "Ieva Kairyte"], None, "mixed", False),
    (
        F25,
        "Sunday’s final had sold out within an hour of Vaitkus’s win, with a sizeable Lithuanian contingent "
        "expected to travel from Lisbon and Madrid",
        ["Paulo Seixas"],
        None,
        "indirect",
        False,
    ),
    (
        F25,
        "Victory on Sunday would lift Vaitkus to around 110th in the rankings",
        ["ATP", "calculations by the ATP"],
        None,
        "indirect",
        False,
    ),
    (
        F25,
        "he had trained with Vaitkus at an academy in Nice last year and knew what to expect",
        ["Lucas Berthier"],
        None,
        "indirect",
        False,
    ),
    (
        F25,
        "He hits very flat, very hard. I have to take the time away from him and make him run,",
        ["Lucas Berthier"],
        None,
        "direct",
        False,
    ),
    (F25, "I will think about dinner,", VAITKUS, None, "direct", False),
    (
        F25,
        "My coach promised me pizza if I reached the final, so first the pizza. Tomorrow is tomorrow.",
        VAITKUS,
        None,
        "direct",
        True,
    ),
]

BOILERPLATE = {
    F21: [
        "Skip to content\nHome | World | Asia | Middle East | Europe | Business | Opinion | Podcasts\n"
        "Thursday, 13 March 2025 | Istanbul 14°C",
        "ASIA-PACIFIC",
        "By Defne Arıkan and Wen Shuyi\nANK/BJS — WORLD DESK — 13 March 2025 18:42 GMT+3",
        "Chinese Foreign Minister Zhao Wenjun (left) and Turkish Foreign Minister Selim Aydemir at a joint news "
        "conference in Ankara, March 13, 2025. (Photo: Anadolu Agency / Emre Yalçın)",
        "Read more: Georgia’s Black Sea port upgrade falls behind schedule, audit finds",
        "Read more: Kazakhstan sees record transit cargo as shippers avoid the Red Sea",
        "RELATED\n• Russia says it is ‘ready to discuss’ transit fees with Central Asian neighbours\n"
        "• Turkish exporters cheer as Chinese freight train reaches Istanbul in 12 days\n"
        "• “We are not choosing sides,” Kazakh president says of rail projects\n"
        "• Analysis: Why the Middle Corridor matters for Europe",
        "Tags: China, Türkiye, Russia, Middle Corridor, Rail, Trade, Diplomacy",
        "Get our Morning Briefing: the five stories you need to know, in your inbox before 7am. Sign up\n"
        "© 2025 Meridian Post Media. All rights reserved.",
    ],
    F22: [
        "Home > News > Africa > Democratic Republic of Congo",
        "A woman carries water past shelters at the Bulengo displacement site west of Goma, North Kivu province, "
        "June 2, 2025. HNS/Patrick Mwamba",
        "Related: Congo peace talks in Nairobi collapse after rebels walk out",
        "(Reporting by Claire Obiora in Geneva and Jean-Marie Bahati in Goma; Editing by Tom Ashcroft)",
        "Our Standards: The HNS Trust Principles.",
        "Support independent humanitarian journalism. Your donation helps us keep reporters in the field. "
        "Donate now",
        "More on this story\n"
        '- UN envoy says "window is closing" for a ceasefire in eastern Congo\n'
        "- Aid groups suspend operations in Rutshuru after convoy attacked\n"
        "- Explainer: Who are the Alliance for the Liberation of Kivu?",
    ],
    F23: [
        "Energy | Europe",
        "Jennifer Haldane in Luxembourg\nMon 16 Jun 2025 18.05 BST",
        "Explore more on these topics\nEuropean Union · Energy · Gas · Russia · Hungary · Climate crisis",
        "Reuse this content",
    ],
    F24: [
        "The Central Queensland Chronicle\nNews | Local | Crime & Court | Rural | Sport | Weather | Obituaries | "
        "Puzzles\nSubscribe from $1 a week | Log in",
        "CRIME & COURT",
        "Kirra Donnelly, Court Reporter\nUpdated Wednesday, April 9, 2025 - 5:47pm, first published 3:12pm",
        "Cattle in the yards at Gracemere. Police say stolen stock was moved through saleyards in three states. "
        "Picture: Supplied / Queensland Police Service",
        "Read more: Grazier's anguish as 60 head vanish overnight from Dingo property",
        "Related stories\n- Police say rural crime up 18 per cent in Capricornia district\n"
        "- 'Just tell us where they went': Theodore family's plea after cattle vanish\n"
        "- Saleyards to tighten ID checks after theft ring exposed\n"
        '- Judge slams "appalling" delays in Rockhampton court lists',
        "Tags: Rockhampton, Crime, Courts, Rural, Cattle, Biloela, Theodore",
        "Get the Chronicle's free morning newsletter: local news, court results and the weather, delivered to "
        "your inbox at 6am. Sign up now",
    ],
    F25: [
        "TENNIS",
        "By Rui Santana\nPublished 7:58 PM, Sat April 26, 2025",
        "Watch: Vaitkus saves three match points against Montiel (1:42)",
        "Topics: ATP Tour, Porto Open, Tomas Vaitkus, Álvaro Montiel, Lithuania",
        "More from Tennis\n“I still love this game”: Simon Lefèvre, 37, says he will play on in 2026\n"
        "Power game: Young Czech says she models her game on ‘big hitters’\n"
        "Injured Montiel doubtful for Madrid, says coach",
    ],
}
