"""Batch 11 gold: five articles (51-55) written and annotated by hand, independently of the extractor.

Row format as bench/fresh/gold_source.py: (file, content, speakers, via, kind, optional).
`content` occurs exactly once in its file, or is given as (text, n) for the n-th occurrence (1-based).
BOILERPLATE lists the page-junk blocks of each file (each occurs exactly once).
"""

F51 = "51_hpakant_jade_landslide.txt"
F52 = "52_haugaard_retirement.txt"
F53 = "53_calder_cell_plant_pause.txt"
F54 = "54_sutterton_waste_site.txt"
F55 = "55_ganges_treaty_talks.txt"

# 51
ZAW_MIN_HTET = ["Ko Zaw Min Htet", "Zaw Min Htet"]
HNIN_WAI_PHYO = ["Ma Hnin Wai Phyo", "Hnin Wai Phyo"]
TIN_AUNG_KYAW = ["Tin Aung Kyaw"]
MRTV = ["MRTV", "state broadcaster MRTV", "Myanmar Radio and Television"]
XINHUA = ["Xinhua", "Xinhua news agency", "agency"]
INFO_TEAM = [
    "military government's information team",
    "information team",
    "military government",
    "junta's information team",
    "junta",
]
DMH = ["Department of Meteorology and Hydrology", "Myanmar's Department of Meteorology and Hydrology"]
KIA = ["Kachin Independence Army", "KIA"]
OCHA = [
    "United Nations Office for the Coordination of Humanitarian Affairs",
    "UN Office for the Coordination of Humanitarian Affairs",
    "OCHA",
]
# 52
HAUGAARD = ["Mikkel Haugaard"]
WROBLEWSKI = ["Tomasz Wróblewski", "Tomasz Wroblewski"]
BELTRAN = ["Ana Beltrán", "Ana Beltran"]
TEAM = ["Ribera–Castellar", "Ribera-Castellar", "team", "The team"]
DCU = ["Danish Cycling Union", "DCU"]
# 53
CALDER = ["Calder Cell Technologies", "Calder Cell", "company"]
WHITCOMBE = ["Dana Whitcombe"]
FILING = ["filing", "The filing", "SEC filing", "filing with the Securities and Exchange Commission"]
EBRON = ["Marcus Ebron"]
HOLLIS = ["Analysts at Hollis Brandt Securities", "Hollis Brandt Securities", "analysts"]
DESHMUKH = ["Priyanka Deshmukh"]
GDECD = ["Georgia Department of Economic Development", "department"]
TILLERY = ["Royce Tillery"]
BRANNOCK = ["Brannock Industrial Builders", "Brannock"]
RIVERMARK = ["Rivermark Motors", "Rivermark"]
OKAFOR = ["Lorraine Okafor-Bell"]
# 54
THORNE = ["Rebecca Thorne"]
QUAYLE = ["Adam Quayle"]
ELLERY = ["Catherine Ellery", "Judge Catherine Ellery"]
LUSBY = ["Howard Lusby"]
EA = ["Environment Agency", "agency"]
AINSWORTH = ["Tracey Ainsworth", "Councillor Tracey Ainsworth"]
DUNMORE = ["Philip Dunmore"]
GOODACRE = ["Maureen Goodacre"]
LOWTHER = ["Stuart Lowther"]
# 55
CHOWDHURY = ["Tahmina Rashid Chowdhury"]
SETHURAMAN = ["Vikram Sethuraman"]
BANSAL = ["Ritika Bansal"]
LIN = ["Lin Haoyu"]
LIPI = ["Sharmin Akter Lipi"]
JOINT = ["joint statement", "The joint statement", "statement", "India and Bangladesh", "the two sides"]
TWO_MINISTERS = ["The two ministers", "two ministers"] + CHOWDHURY + SETHURAMAN

ROWS = [
    # 51
    (
        F51,
        "hope fading for more than 70 missing after pre-dawn collapse",
        ["Rescuers", "rescuers"] + HNIN_WAI_PHYO,
        None,
        "indirect",
        True,
    ),
    (
        F51,
        "At least 38 people were killed and more than 70 others were missing after a mountain of mining waste "
        "collapsed into a lake at a jade mine in northern Myanmar early on Wednesday, burying workers and "
        "scavengers who had been sleeping in makeshift huts below",
        ["officials and rescuers", "officials", "rescuers"],
        None,
        "indirect",
        False,
    ),
    (
        F51,
        "The landslide struck at about 3am local time in the Wai Khar area of Hpakant township in Kachin State, "
        "the centre of the world's biggest jade-mining industry",
        MRTV,
        None,
        "indirect",
        False,
    ),
    (
        F51,
        "rescuers had pulled 38 bodies from the mud by Wednesday afternoon and that the search had been hampered "
        "by heavy rain and the risk of further collapses",
        ZAW_MIN_HTET,
        "Xinhua",
        "indirect",
        False,
    ),
    (
        F51,
        "The waste heap was more than 150 metres high and it came down all at once, like a wave,",
        ZAW_MIN_HTET,
        "Xinhua",
        "direct",
        False,
    ),
    (
        F51,
        "Many of the people were still asleep. They had no chance to run.",
        ZAW_MIN_HTET,
        "Xinhua",
        "direct",
        False,
    ),
    (
        F51,
        "The township administration had ordered all mining in the Wai Khar area to stop until further notice",
        XINHUA,
        None,
        "indirect",
        False,
    ),
    (
        F51,
        "Most of the victims were freelance pickers, known locally as yemase, who sift through the tailings "
        "dumped by large mining companies in the hope of finding fragments of jade that have been overlooked",
        HNIN_WAI_PHYO,
        None,
        "indirect",
        False,
    ),
    (
        F51,
        "volunteers were digging with shovels and bare hands because heavy machinery could not reach parts of "
        "the site",
        HNIN_WAI_PHYO,
        "Reuters",
        "indirect",
        False,
    ),
    (F51, "We are finding bodies, not survivors now,", HNIN_WAI_PHYO, "Reuters", "direct", False),
    (
        F51,
        "The families are standing at the edge of the lake and waiting. Some of them have been here since "
        "before dawn.",
        HNIN_WAI_PHYO,
        "Reuters",
        "direct",
        False,
    ),
    (
        F51,
        "at least 120 people had been in the area when the slope gave way",
        ["residents"],
        "The Irrawaddy",
        "indirect",
        False,
    ),
    (
        F51,
        "the regional authorities had sent soldiers, police and firefighters to the site and that compensation "
        "would be paid to the families of those killed",
        INFO_TEAM,
        None,
        "indirect",
        False,
    ),
    (
        F51,
        'the collapse on "illegal miners" who had dug into the base of the waste heap',
        INFO_TEAM,
        None,
        "mixed",
        False,
    ),
    (
        F51,
        "all mining companies operating in the area would be inspected",
        INFO_TEAM,
        None,
        "indirect",
        False,
    ),
    (
        F51,
        "the military and its business partners of profiting from the jade trade while ignoring the safety of "
        "the people who work in it",
        ["Activists", "activists"],
        None,
        "indirect",
        True,
    ),
    (
        F51,
        "Myanmar's jade industry was worth about US$31 billion a year",
        ["Global Witness", "2015 report"],
        None,
        "indirect",
        False,
    ),
    (
        F51,
        "Conditions have worsened since the 2021 coup, residents say, as the collapse of central authority has "
        "left the mines even less regulated than before",
        ["residents"],
        None,
        "indirect",
        False,
    ),
    (
        F51,
        "the waste heaps had grown taller and steeper in recent years because enforcement had all but "
        "disappeared",
        TIN_AUNG_KYAW,
        "AFP",
        "indirect",
        False,
    ),
    (
        F51,
        "Before, there were at least some rules. Now the companies dump wherever they like and nobody stops "
        "them,",
        TIN_AUNG_KYAW,
        "AFP",
        "direct",
        False,
    ),
    (F51, "Rain was forecast to continue over Kachin State until the weekend", DMH, None, "indirect", False),
    (
        F51,
        "further landslides were possible on unstable slopes in mining areas",
        DMH,
        None,
        "indirect",
        False,
    ),
    (
        F51,
        "it had offered to help with the rescue effort but had received no response",
        KIA,
        None,
        "indirect",
        False,
    ),
    (
        F51,
        "no Chinese nationals were known to be among the victims",
        ["China's embassy in Yangon", "Chinese embassy in Yangon", "Chinese embassy", "embassy"],
        "Xinhua",
        "indirect",
        False,
    ),
    (F51, "it was ready to support local responders", OCHA, None, "indirect", False),
    (
        F51,
        "all parties to allow rescue teams unhindered access to the site",
        OCHA,
        None,
        "indirect",
        False,
    ),
    # 52
    (F52, ("I wanted to leave while I still enjoy it", 1), HAUGAARD, None, "direct", True),
    (F52, "he will retire at the end of the season", HAUGAARD, None, "indirect", True),
    (F52, "this would be his last season as a professional", HAUGAARD, None, "indirect", False),
    (
        F52,
        "I’ve been thinking about it since the winter, and I talked a lot with my wife and with the team,",
        HAUGAARD,
        None,
        "direct",
        False,
    ),
    (
        F52,
        "When you are 36 and you still love the training, still love the racing, maybe that is exactly the "
        "moment to stop. I didn’t want to be the guy who hangs on for two more years and finishes 80th in every "
        "race.\n\n“I wanted to leave while I still enjoy it. Today was the perfect day to say it, because today "
        "I was the rider I always wanted to be.",
        HAUGAARD,
        None,
        "direct",
        False,
    ),
    (
        F52,
        "I knew the last part of the climb from a training camp in May, and I knew that if I had 30 seconds at "
        "the steep section, nobody would close it,",
        HAUGAARD,
        None,
        "direct",
        False,
    ),
    (
        F52,
        "So I waited and waited. My director was shouting in the radio, ‘Not yet, not yet.’\n\n“Then at nine "
        "kilometres I just felt it. Sometimes you know. I didn’t look back until the last kilometre, and when I "
        "saw nobody there I started to cry a little bit. I’m not ashamed to say it.",
        HAUGAARD,
        None,
        "direct",
        False,
    ),
    (F52, "Not yet, not yet.", BELTRAN + ["My director", "director"], None, "direct", True),
    (
        F52,
        "he had been “on the limit” from the moment Haugaard attacked and had decided to ride at his own pace "
        "rather than risk blowing up in pursuit",
        WROBLEWSKI,
        None,
        "mixed",
        False,
    ),
    (
        F52,
        "When Mikkel goes like that, you don’t follow. You watch and you hope he doesn’t take too much time,",
        WROBLEWSKI,
        None,
        "direct",
        False,
    ),
    (
        F52,
        "I have raced against him for ten years. The peloton will be a little bit more boring without him.",
        WROBLEWSKI,
        None,
        "direct",
        False,
    ),
    (
        F52,
        "the team had known about Haugaard’s decision since March and had agreed to keep it quiet until after "
        "the Swiss race",
        BELTRAN,
        None,
        "indirect",
        False,
    ),
    (
        F52,
        "Mikkel came to us in March and said, ‘This is the last one,’",
        BELTRAN,
        None,
        "direct",
        False,
    ),
    (F52, "This is the last one,", HAUGAARD, None, "direct", True),
    (
        F52,
        "We tried to change his mind, of course. We offered him another contract, two years, whatever he "
        "wanted. He said no, very politely, the way he does everything.\n\n“For our young riders he has been "
        "like a second coach. On the bus, at dinner, in the mountains at training camp, he is always "
        "explaining, always helping. That is what we will miss most, more than the victories.",
        BELTRAN,
        None,
        "direct",
        False,
    ),
    (
        F52,
        "Haugaard would ride the Tour de France in July as a road captain for its Colombian leader, Julián "
        "Arboleda, and would finish his career at the Giro di Lombardia in October",
        TEAM,
        None,
        "indirect",
        False,
    ),
    (
        F52,
        "he was “thinking about the future” and would decide “when the legs tell me.”",
        HAUGAARD,
        "TV 2",
        "mixed",
        False,
    ),
    (
        F52,
        "he planned to spend more time at home near Aarhus with his two daughters and had no plans to become a "
        "team director, “at least not for a few years.”",
        HAUGAARD,
        None,
        "mixed",
        False,
    ),
    (
        F52,
        "Haugaard had been “one of the great ambassadors of Danish cycling” for more than a decade",
        DCU,
        None,
        "mixed",
        False,
    ),
    (F52, "Friday was, by his own account, one of those chances", HAUGAARD, None, "indirect", True),
    (F52, "No, no. My wife would kill me,", HAUGAARD, None, "direct", False),
    (F52, "But I would not mind finding out.", HAUGAARD, None, "direct", False),
    # 53
    (F53, 'project outside Dalton is "a pause, not a cancellation"', CALDER + WHITCOMBE, None, "mixed", True),
    (
        F53,
        "they learned of it from the news",
        ["county officials", "officials"] + TILLERY,
        None,
        "indirect",
        True,
    ),
    (
        F53,
        "it would pause construction of its $2.1 billion battery factory outside Dalton, Georgia, and lay off "
        "about 400 workers",
        CALDER,
        None,
        "indirect",
        False,
    ),
    (
        F53,
        "it expected to record impairment and restructuring charges of between $180 million and $240 million "
        "in the fourth quarter, and that it had drawn down $150 million from a revolving credit facility "
        '"to preserve financial flexibility."',
        CALDER + FILING,
        None,
        "mixed",
        False,
    ),
    (
        F53,
        "Calder Cell's largest customer, Rivermark Motors, had notified the company last month that it would "
        "cut its 2027 battery orders by about 35 percent",
        FILING + CALDER,
        None,
        "indirect",
        False,
    ),
    (F53, "it would cut its 2027 battery orders by about 35 percent", RIVERMARK, None, "indirect", True),
    (F53, "This is a pause, not a cancellation,", WHITCOMBE, None, "direct", False),
    (
        F53,
        "We are matching our capacity to what our customers are actually ordering, and today that number is "
        "lower than any of us expected two years ago.",
        WHITCOMBE,
        None,
        "direct",
        False,
    ),
    (
        F53,
        'the company still intended to finish the plant "when the market tells us it\'s time"',
        WHITCOMBE,
        None,
        "mixed",
        False,
    ),
    (
        F53,
        "Production at Calder Cell's existing factory in Sparks, Nevada, would not be affected",
        WHITCOMBE,
        None,
        "indirect",
        False,
    ),
    (
        F53,
        'the decision was "the hardest I have made in this job" and that she would hold town-hall meetings at '
        "both sites this week",
        WHITCOMBE,
        None,
        "mixed",
        False,
    ),
    (
        F53,
        "workers who lose their jobs would receive 12 weeks of pay and health coverage through the end of "
        "March, and that some would be offered positions in Nevada",
        EBRON,
        None,
        "indirect",
        False,
    ),
    (
        F53,
        'the pause was "overdue" and that the company had built "for a market that never arrived."',
        HOLLIS + DESHMUKH,
        None,
        "mixed",
        False,
    ),
    (
        F53,
        "The question now is whether Calder has enough cash to get to the other side of this downturn,",
        DESHMUKH,
        None,
        "direct",
        False,
    ),
    (
        F53,
        "U.S. electric-vehicle sales fell 9 percent in the third quarter from a year earlier",
        ["Autometrics Data", "figures from the research firm Autometrics Data", "figures"],
        None,
        "indirect",
        False,
    ),
    (F53, "it was reviewing the terms of the agreement", GDECD, None, "indirect", False),
    (
        F53,
        "Calder Cell must repay part of the money if it fails to create 1,800 jobs by 2030",
        ["copy of the agreement", "agreement", "incentive deal", "incentive agreement"],
        None,
        "indirect",
        False,
    ),
    (F53, 'he was "disappointed but not surprised."', TILLERY, None, "mixed", False),
    (
        F53,
        "We had a lot of families counting on those jobs. I've already had three calls this morning from "
        "people asking what happens to the road and the water line we built out there,",
        TILLERY,
        None,
        "direct",
        False,
    ),
    (
        F53,
        "Nobody at the company picked up the phone to warn us. We found out from the news like everybody else.",
        TILLERY,
        None,
        "direct",
        False,
    ),
    (
        F53,
        "The county spent about $27 million on a new access road, water and sewer lines for the 900-acre site",
        ["county records"],
        None,
        "indirect",
        False,
    ),
    (
        F53,
        'it "remains fully committed to Georgia and to the Whitfield County community," and that about 120 '
        "employees would remain at the site to maintain equipment and complete work on the first of three "
        "production buildings",
        CALDER,
        None,
        "mixed",
        False,
    ),
    (
        F53,
        "it is owed more than $46 million for work completed since June",
        BRANNOCK,
        None,
        "indirect",
        False,
    ),
    (
        F53,
        'Calder Cell "repeatedly assured" the contractor that payment was forthcoming while it was "quietly '
        'preparing to halt the project."',
        ["complaint", "The complaint"] + BRANNOCK,
        None,
        "mixed",
        False,
    ),
    (F53, "payment was forthcoming", CALDER, None, "indirect", True),
    (F53, "it does not comment on pending litigation", CALDER, None, "indirect", False),
    (
        F53,
        'the automaker "continually adjusts" its production plans to match customer demand',
        ["Rivermark spokeswoman", "A Rivermark spokeswoman"] + RIVERMARK,
        None,
        "mixed",
        False,
    ),
    (
        F53,
        "the company's long-term position remains sound",
        ["Some industry observers", "industry observers", "observers"],
        None,
        "indirect",
        False,
    ),
    (
        F53,
        'Calder Cell\'s technology was "exactly what the market will want" once demand recovered',
        OKAFOR,
        None,
        "mixed",
        False,
    ),
    (
        F53,
        "the company might need to raise more money before then, diluting existing shareholders",
        OKAFOR,
        None,
        "indirect",
        False,
    ),
    (
        F53,
        "They're not wrong about the product. They may be wrong about the calendar,",
        OKAFOR,
        None,
        "direct",
        False,
    ),
    # 54
    (F54, "he was 'naive rather than dishonest'", ELLERY, None, "mixed", True),
    (F54, ("toxic mountain", 1), ELLERY, None, "direct", True),
    (F54, "a 'toxic mountain'", ELLERY, None, "mixed", True),
    (
        F54,
        "operating a regulated facility without an environmental permit and depositing controlled waste on "
        "land off Hubbert's Bridge Road, Sutterton, between March 2022 and November 2023",
        ["Darren Mottram"],
        None,
        "indirect",
        True,
    ),
    (
        F54,
        "more than 11,000 tonnes of shredded plastic, timber, plasterboard and soil had been tipped at the "
        "site, in places to a height of nine metres",
        THORNE,
        None,
        "indirect",
        False,
    ),
    (
        F54,
        "Mottram had charged other firms between £90 and £140 a load to dump waste there, undercutting "
        "licensed operators, and had made a profit of at least £480,000",
        THORNE,
        None,
        "indirect",
        False,
    ),
    (F54, "This was not a farmer who made a mistake with a few skips,", THORNE, None, "direct", False),
    (
        F54,
        "It was a business, run for profit, with no regard whatsoever for the people who live nearby or for "
        "the land itself.",
        THORNE,
        None,
        "direct",
        False,
    ),
    (
        F54,
        "they had been unable to open their windows or hang out washing for weeks",
        ["Residents", "residents"],
        None,
        "indirect",
        False,
    ),
    (
        F54,
        "Mottram had 'buried his head in the sand' as the business got out of control, and that he was now "
        "'deeply ashamed' of the harm he had caused",
        QUAYLE,
        None,
        "mixed",
        False,
    ),
    (
        F54,
        "He isn't a sophisticated criminal. He's a man who said yes to too many lorries,",
        QUAYLE,
        None,
        "direct",
        False,
    ),
    (
        F54,
        "the offending had been 'deliberate and sustained' and had continued after Mottram received two "
        "warning letters and a visit from Environment Agency officers",
        ELLERY,
        None,
        "mixed",
        False,
    ),
    (F54, "You were told, in writing and in person, to stop. You carried on,", ELLERY, None, "direct", False),
    (
        F54,
        "The result was a toxic mountain that burned for nearly three weeks and that local people will be "
        "living next to for years to come.",
        ELLERY,
        None,
        "direct",
        False,
    ),
    (
        F54,
        "a confiscation hearing under the Proceeds of Crime Act would take place next year",
        ELLERY,
        None,
        "indirect",
        False,
    ),
    (F54, "knowingly permitting the deposit of waste", ["Graham Pickworth"], None, "indirect", True),
    (
        F54,
        "Pickworth, who had rented the field to Mottram for £1,500 a month, had been 'naive rather than "
        "dishonest', the judge said, and had not known the scale of what was happening until the fire",
        ELLERY,
        None,
        "mixed",
        False,
    ),
    (
        F54,
        "the clean-up was expected to cost more than £2m, most of which would fall on the taxpayer",
        LUSBY,
        None,
        "indirect",
        False,
    ),
    (
        F54,
        "Waste crime is not a victimless crime. It blights communities, it harms the environment and it "
        "undermines legitimate businesses who play by the rules,",
        LUSBY,
        None,
        "direct",
        False,
    ),
    (
        F54,
        "it was working with Mr Pickworth and the council on a plan to remove the waste",
        EA,
        None,
        "indirect",
        False,
    ),
    (F54, "this could take 'several years' without extra funding from government", EA, None, "mixed", False),
    (F54, "residents had been 'living with this for three years'", AINSWORTH, None, "mixed", False),
    (
        F54,
        "People have had asthma attacks. Children couldn't play in their gardens during the fire,",
        AINSWORTH,
        None,
        "direct",
        False,
    ),
    (
        F54,
        "Today's sentence is a start, but what we really want to know is when that waste is going to be gone.",
        AINSWORTH,
        None,
        "direct",
        False,
    ),
    (
        F54,
        "she would ask the council's environment committee next month to look at whether it could recover any "
        "of the clean-up costs from Mottram's assets",
        AINSWORTH,
        None,
        "indirect",
        False,
    ),
    (
        F54,
        "ministers to give local authorities stronger powers to seize and crush lorries used for fly-tipping",
        DUNMORE,
        None,
        "indirect",
        False,
    ),
    (F54, "Dumped waste was 'costing councils like ours a fortune'", DUNMORE, None, "mixed", False),
    (F54, "she had 'cried with relief' when she heard the sentence", GOODACRE, None, "mixed", False),
    (F54, "I've lived here 40 years,", GOODACRE, None, "direct", False),
    (
        F54,
        "For three of those I've had a rubbish tip at the bottom of my garden, and for 19 days I had a bonfire.",
        GOODACRE,
        None,
        "direct",
        False,
    ),
    (
        F54,
        "two and a half years was 'nowhere near enough' and that he doubted the waste would ever be fully "
        "removed",
        LOWTHER,
        None,
        "mixed",
        False,
    ),
    (F54, "They'll be saying the same thing in 2035,", LOWTHER, None, "direct", False),
    # 55
    (F55, "“guarantee clause” on dry-season flows", CHOWDHURY + ["Dhaka", "Bangladesh"], None, "mixed", True),
    (
        F55,
        "they hoped to conclude a new agreement before the monsoon",
        ["both sides", "India", "Bangladesh"] + CHOWDHURY + SETHURAMAN,
        None,
        "indirect",
        False,
    ),
    (
        F55,
        "We cannot allow a treaty that has served two generations to simply lapse. Water should be a bridge "
        "between our peoples, not a wall,",
        CHOWDHURY,
        None,
        "direct",
        False,
    ),
    (
        F55,
        "technical teams from the Joint Rivers Commission would meet in Dhaka next month to exchange flow data "
        "from the Farakka barrage and the Hardinge Bridge gauging station",
        TWO_MINISTERS + JOINT,
        None,
        "indirect",
        False,
    ),
    (
        F55,
        "India was “fully committed” to a fair and lasting arrangement and that the discussions had been held "
        "“in a spirit of friendship and mutual respect.”",
        SETHURAMAN,
        None,
        "mixed",
        False,
    ),
    (
        F55,
        "We understand the concerns of our friends in Bangladesh about the dry-season flows, and we will "
        "address them with an open mind,",
        SETHURAMAN,
        None,
        "direct",
        False,
    ),
    (
        F55,
        "it receives less water than the treaty promises in the driest weeks",
        ["Bangladesh"],
        None,
        "indirect",
        False,
    ),
    (
        F55,
        "lower flows are the result of reduced rainfall and silting rather than upstream withdrawals",
        ["India"],
        None,
        "indirect",
        False,
    ),
    (
        F55,
        "a “guarantee clause” in the new treaty that would ensure Bangladesh a minimum flow even in years of "
        "severe drought",
        CHOWDHURY,
        None,
        "mixed",
        False,
    ),
    (
        F55,
        "Without such a provision, she warned, farmers in the country’s south-west would continue to face "
        "rising salinity and failing crops",
        CHOWDHURY,
        None,
        "indirect",
        False,
    ),
    (
        F55,
        "Dhaka had also raised the long-pending agreement on sharing the waters of the Teesta river and that "
        "the Indian side had “listened carefully.”",
        CHOWDHURY,
        "BSS",
        "mixed",
        False,
    ),
    (
        F55,
        "China had offered to finance a Teesta river management project in northern Bangladesh",
        ["reports"],
        None,
        "indirect",
        True,
    ),
    (
        F55,
        "her government would “decide what is in Bangladesh’s interest” and that the project “is not directed "
        "against any country.”",
        CHOWDHURY,
        "BSS",
        "mixed",
        False,
    ),
    (
        F55,
        "the talks would be “guided by the interests of people on both sides of the border.”",
        BANSAL,
        None,
        "mixed",
        False,
    ),
    (F55, "she would not “pre-empt” the negotiations", BANSAL, None, "mixed", False),
    (
        F55,
        "These are technical questions and they will be discussed by the technical experts. I would not like "
        "to get into specifics from this podium,",
        BANSAL,
        None,
        "direct",
        False,
    ),
    (
        F55,
        "Sethuraman would travel to Dhaka in April for the next round of the Joint Consultative Commission",
        BANSAL,
        None,
        "indirect",
        False,
    ),
    (
        F55,
        "India regarded Bangladesh as “a key partner in our Neighbourhood First policy.”",
        BANSAL,
        None,
        "mixed",
        False,
    ),
    (
        F55,
        "a new arrangement must protect flows to the port of Kolkata",
        ["West Bengal government", "The West Bengal government"],
        None,
        "indirect",
        False,
    ),
    (
        F55,
        "the state had not been consulted on the timing of Wednesday’s talks",
        [
            "A senior official in the state’s irrigation department",
            "senior official in the state’s irrigation department",
            "senior official",
            "official",
        ],
        None,
        "indirect",
        False,
    ),
    (
        F55,
        "cooperation between China and Bangladesh “does not target any third party” and was aimed at improving "
        "the livelihoods of local people",
        LIN,
        "Xinhua",
        "mixed",
        False,
    ),
    (
        F55,
        "climate change and growing demand for irrigation are making lean-season flows harder to predict and "
        "that a treaty based on historical averages may no longer be adequate",
        ["Water experts", "experts"],
        None,
        "indirect",
        False,
    ),
    (
        F55,
        "the two governments should use the renewal to build in a mechanism for reviewing the allocations "
        "every five years",
        LIPI,
        None,
        "indirect",
        False,
    ),
    (F55, "The river of 1996 is not the river of 2026,", LIPI, None, "direct", False),
    (
        F55,
        "If the treaty does not recognise that, we will be back at the table in crisis every dry season.",
        LIPI,
        None,
        "direct",
        False,
    ),
    (
        F55,
        "the two sides had also agreed to restart the Maitree Express passenger train between Kolkata and "
        "Dhaka from March and to set up a working group on border management",
        JOINT,
        None,
        "indirect",
        False,
    ),
    (
        F55,
        "The two ministers “reviewed the entire gamut of bilateral relations,”",
        JOINT,
        None,
        "mixed",
        False,
    ),
]

BOILERPLATE = {
    F51: [
        "Skip to content\n"
        "Home | Singapore | Asia | World | Business | Sport | Life | Opinion | Videos | E-paper\n"
        "LOG IN | SUBSCRIBE",
        "ASIA / SOUTH-EAST ASIA",
        "Published Jan 14, 2026, 05:48 PM\nUpdated Jan 14, 2026, 09:12 PM",
        "Rescue workers search for survivors at the site of a landslide at a jade mining area in Hpakant, "
        "Kachin State, Myanmar, on Jan 14, 2026. PHOTO: AFP",
        "Read more: Myanmar's jade trade: billions in stones, and the pickers who pay with their lives",
        "(With inputs from Reuters, AFP and Xinhua)",
        "Related stories\n"
        "- Myanmar junta says election turnout 'exceeded expectations'\n"
        "- 'We dig because there is nothing else': Inside the jade mines of Kachin\n"
        "- Thailand says it will tighten checks at Myanmar border crossings after scam-centre raids",
        "Topics: Myanmar, Mining, Landslides, Disasters, Kachin",
        "Get the Asian Insider newsletter: the big stories from across the region, in your inbox every "
        "weekday. Sign up now",
        "© 2026 Straits Courier Media Pte Ltd. All rights reserved.",
    ],
    F52: [
        "VELOWIRE\nNews   Races   Tech   Features   Training   Podcast   Shop\nSubscribe   Sign in",
        "Road › Tour de Suisse",
        "By Fenna Oosterhuis\nPublished June 19, 2026 at 6:52 PM",
        "Mikkel Haugaard celebrates as he crosses the finish line alone in Leukerbad on stage 6 of the Tour "
        "de Suisse. (Photo: Dario Belluschi/PhotoSport)",
        "Read more: Wróblewski says yellow jersey “not safe” until Sunday’s time trial",
        "Related\n"
        "• Analysis: Why the Tour de Suisse remains the best Tour de France form guide\n"
        "• “It was a dream”: Norwegian teenager takes first pro win in Oman\n"
        "• Arboleda says Tour de France team is “the strongest we have ever had”",
        "Tags: Tour de Suisse, Mikkel Haugaard, Ribera–Castellar, Tomasz Wróblewski, Retirement",
        "Get VeloWire Daily — race news, results and analysis in your inbox every morning. Sign up",
        "© 2026 VeloWire Media Group. All rights reserved. Terms | Privacy | Cookie settings",
    ],
    F53: [
        "The Piedmont Ledger\n"
        "Business | Markets | Technology | Energy | Real Estate | Personal Finance\n"
        "Subscribe for $1 | Log in",
        "BUSINESS / ENERGY",
        "By Lionel Achterberg | Staff Writer\nUpdated 7:38 PM EST, Tue November 17, 2026",
        "Construction cranes stand idle at the Calder Cell Technologies battery plant site near Dalton, Ga., "
        "on Tuesday. (Mariel Tso / The Piedmont Ledger)",
        "Related: Georgia's EV bet: a map of every battery and car plant announced since 2020",
        "MORE FROM BUSINESS\n"
        'Rivermark says it will "stay the course" on electric pickups despite sales slump\n'
        "Dalton carpet makers brace for another round of tariffs\n"
        "Opinion: Georgia gave away too much to lure battery plants",
        "Topics: Electric vehicles, Batteries, Georgia, Manufacturing, Layoffs, Calder Cell Technologies",
        "Get the Business Briefing newsletter, delivered to your inbox every weekday morning. Sign up",
        "© 2026 The Piedmont Ledger. All rights reserved. | Terms of Use | Privacy Policy | Your Privacy "
        "Choices",
    ],
    F54: [
        "Lincolnshire Echo Online\n"
        "News | Sport | What's On | Property | Jobs | Announcements | Family notices\n"
        "Boston | Skegness | Spalding | Lincoln | Grantham | Sleaford",
        "NEWS > COURTS",
        "By Gareth Pennock, Court Reporter\n14:26, 9 OCT 2025 | Updated 16:05, 9 OCT 2025",
        "Thousands of tonnes of shredded plastic, timber and building rubble were found at the site near "
        "Sutterton. Picture: Environment Agency",
        "READ MORE: Fly-tipping fines in Boston borough hit record high, figures show",
        "More on this story\n\n"
        "Police appeal after 40 tonnes of waste dumped on lane near Swineshead\n\n"
        "'It just keeps coming back': villagers say fly-tipping is out of control\n\n"
        "Council says it will install more cameras at fly-tipping hotspots",
        "Follow Lincolnshire Echo Online on Facebook and X for all the latest news",
        "Sign up to our free daily newsletter to get the top stories from across Lincolnshire sent straight to "
        "your inbox",
        "Tags: Courts, Environment Agency, Sutterton, Boston, Fly-tipping",
        "© 2025 Lincolnshire Echo Online. All rights reserved.",
    ],
    F55: [
        "THE DECCAN COURIER\n"
        "HOME   NATION   WORLD   BUSINESS   SPORTS   ENTERTAINMENT   OPINION   E-PAPER\n"
        "Today's Paper | Subscribe",
        "WORLD › SOUTH ASIA",
        "Special Correspondent\nNEW DELHI, FEBRUARY 12, 2026 00:14 IST\nUPDATED: FEBRUARY 12, 2026 08:40 IST",
        "External Affairs Minister Vikram Sethuraman and Bangladesh Foreign Minister Tahmina Rashid Chowdhury "
        "before delegation-level talks at Hyderabad House in New Delhi on Wednesday. Photo: PTI",
        "Also Read | Teesta project: Why a river in north Bengal has become a regional flashpoint",
        "(With inputs from PTI)",
        "RELATED STORIES\n"
        "Bangladesh says it wants “balanced” ties with India and China\n"
        "Farakka at 50: The barrage that divided a river\n"
        "Opposition says Centre “kept West Bengal in the dark” on water talks",
        "Topics: India-Bangladesh relations, Ganges, Water sharing, Teesta, Diplomacy",
        "Sign up for our World Today newsletter and get the day’s top international stories in your inbox.",
        "Copyright © 2026, THE DECCAN COURIER PVT LTD. All rights reserved.",
    ],
}
