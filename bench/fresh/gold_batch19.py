"""Batch 19 gold: five articles (91-95) written and annotated by hand, independently of the extractor.

Row format as bench/fresh/gold_source.py: (file, content, speakers, via, kind, optional).
`content` occurs exactly once in its file, or is given as (text, n) for the n-th occurrence (1-based).
BOILERPLATE lists the page-junk blocks of each file (each occurs exactly once).
"""

F91 = "91_ghana_cocoa_farmgate_price.txt"
F92 = "92_medway_knights_administration.txt"
F93 = "93_torkham_crossing_reopens.txt"
F94 = "94_taupo_volcanic_alert.txt"
F95 = "95_kerala_nipah_containment.txt"

# 91
ADU_GYAMFI = [
    "Kwabena Adu-Gyamfi",
    "Dr Kwabena Adu-Gyamfi",
    "Finance Minister Dr Kwabena Adu-Gyamfi",
    "Dr Adu-Gyamfi",
    "Adu-Gyamfi",
]
COCOBOD = ["Ghana Cocoa Board", "the Ghana Cocoa Board", "COCOBOD"]
DANKWA = ["Abena Serwaa Dankwa", "Mrs Abena Serwaa Dankwa", "COCOBOD", "Ghana Cocoa Board"]
BLOOMBERG = ["Bloomberg", "report", "a report by Bloomberg"]
COCOBOD_OFFICIAL = ["senior COCOBOD official", "A senior COCOBOD official", "official"]
FARMER_GROUPS = ["Farmers’ groups", "farmers’ groups", "Farmers' groups"]
BOATENG = [
    "Nana Kwesi Boateng",
    "Kwesi Boateng",
    "national chairman of the Cocoa Farmers’ Alliance of Ghana",
    "The national chairman of the Cocoa Farmers’ Alliance of Ghana",
    "Cocoa Farmers’ Alliance of Ghana",
]
CCC = ["Coffee and Cocoa Council", "the Coffee and Cocoa Council", "RTI"]
KONE_BROU = ["Yves Koné-Brou", "Yves Kone-Brou"]
IMF = ["International Monetary Fund", "The International Monetary Fund", "IMF", "Fund", "the Fund"]
IMF_REVIEW = IMF + ["final review"]
MINORITY = ["Minority in Parliament", "The Minority in Parliament", "Minority", "the Minority"]
AMPONSAH = ["Daniel Amponsah-Mensah", "Mr Daniel Amponsah-Mensah"]
LCBA = ["Licensed Cocoa Buyers Association of Ghana", "The Licensed Cocoa Buyers Association of Ghana"]
QUAYE = ["Samuel Tetteh Quaye", "Mr Samuel Tetteh Quaye", "Licensed Cocoa Buyers Association of Ghana"]
# 92
ADMIN92 = [
    "Harcourt Lyle",
    "Joint administrators from the insolvency firm Harcourt Lyle",
    "joint administrators",
    "administrators",
    "Administrators",
    "The administrators",
]
MARCHETTI = ["Fiona Marchetti", "Harcourt Lyle"]
RPA = ["Rugby Players’ Association", "the Rugby Players’ Association", "Rugby Players' Association", "RPA"]
LOUGHLIN = ["Gareth Loughlin", "Rugby Players’ Association"]
SENIOR_PLAYER = ["one of the senior players", "senior players", "senior player"]
ADEYEMI = ["Tom Adeyemi-Clarke", "the Knights captain", "Knights captain", "squad", "statement"]
FIELDER = ["Grant Fielder", "Fielder"]
FIELDER_STATEMENT = FIELDER + ["statement", "the statement"]
TELEGRAPH_SOURCES = ["people familiar with the talks", "The Telegraph"]
TELEGRAPH = ["The Telegraph", "Telegraph", "The paper", "paper"]
PRL = ["Premiership Rugby"]
RFU_SPOX = ["An RFU spokesperson", "RFU spokesperson", "spokesperson", "RFU", "Rugby Football Union"]
STANNARD = ["Mark Stannard"]
OKAFOR = ["Hannah Okafor", "Knights Supporters’ Trust"]
SUPPORTERS92 = [
    "Supporters who had gathered outside Holloway Lane on Tuesday evening",
    "Supporters",
    "supporters",
]
REEVE = ["Callum Reeve"]
HARTIGAN = ["Denise Hartigan", "Cllr Denise Hartigan", "Medway Council"]
# 93
OFFICIALS93 = ["officials on both sides", "officials"]
SHINWARI = ["Bilal Ahmed Shinwari"]
ISPR = [
    "Inter-Services Public Relations",
    "ISPR",
    "The military's media wing",
    "military's media wing",
]
TALIBAN = ["Taliban administration in Kabul", "The Taliban administration in Kabul", "Taliban administration"]
DELEGATIONS = ["two delegations", "the two delegations", "joint statement", "Turkish foreign ministry"]
DURRANI = ["Shafqat Ali Durrani", "Foreign Office spokesperson Shafqat Ali Durrani", "Foreign Office"]
SARWARI = ["Mawlawi Abdul Wahid Sarwari", "Abdul Wahid Sarwari"]
RTA = ["RTA", "Radio Television Afghanistan", "The broadcaster", "broadcaster"]
AF_MOD = ["Afghan defence ministry", "the Afghan defence ministry", "defence ministry"]
TRADERS93 = ["Traders in Peshawar", "Traders", "traders"]
AFRIDI = ["Haji Gul Rehman Afridi", "Gul Rehman Afridi"]
DRIVERS93 = ["Truck drivers waiting on the Pakistani side", "Truck drivers", "drivers"]
NOOR_WALI = ["Noor Wali"]
TOLO = ["Tolo News", "a report by Tolo News"]
GUL_BIBI = ["Gul Bibi"]
PK_COMMERCE = ["commerce ministry", "the commerce ministry", "Radio Pakistan"]
PK_SEC_OFFICIAL = [
    "senior security official in Peshawar",
    "A senior security official in Peshawar",
    "security official",
    "official",
]
YOUSAFZAI = ["Farhan Yousafzai", "Dr Farhan Yousafzai"]
# 94
SCIENTISTS94 = ["Scientists", "scientists", "Earth Sciences New Zealand", "GeoNet"]
GEONET = ["GeoNet", "bulletin"]
TIPENE_HALL = [
    "Mereana Tipene-Hall",
    "Dr Mereana Tipene-Hall",
    "The duty volcanologist",
    "duty volcanologist",
    "Earth Sciences New Zealand",
]
NEMA = ["National Emergency Management Agency", "The National Emergency Management Agency", "NEMA"]
TANE = ["Rawiri Tane", "Emergency Management Minister Rawiri Tane"]
MUNROE = ["Alastair Munroe", "Professor Alastair Munroe"]
HERALD = ["New Zealand Herald", "the New Zealand Herald", "The paper", "paper"]
STUDY94 = ["A 2024 study in the journal Nature Geoscience", "2024 study", "study", "Nature Geoscience"]
SIGURDARDOTTIR = ["Ana Sigurdardóttir", "Dr Ana Sigurdardóttir", "Ana Sigurdardottir"]
RESIDENTS94 = ["residents", "Residents", "residents of Kinloch"]
PETERSEN = ["Janine Petersen"]
POHATU_LINDSAY = ["Gareth Pohatu-Lindsay", "Taupō Mayor Gareth Pohatu-Lindsay", "Mayor Gareth Pohatu-Lindsay"]
TUWHARETOA = ["Ngāti Tūwharetoa", "Ngati Tuwharetoa", "statement", "The statement"]
WHITCOMBE_REID = ["Sam Whitcombe-Reid", "Destination Great Lake Taupō"]
# 95
SREELATHA = [
    "K.P. Sreelatha",
    "Kerala Health Minister K.P. Sreelatha",
    "Ms. Sreelatha",
    "Sreelatha",
    "Minister",
]
RAJAN = ["Meenakshi Rajan", "District Collector Meenakshi Rajan"]
COLLECTOR_ORDER = ["order", "an order issued by the Collector", "Collector", "Meenakshi Rajan"]
KERALA_HEALTH = ["Health department", "The Health department", "Kerala Health department"]
UNION_HEALTH = ["Union Health Ministry", "The Union Health Ministry", "statement", "the statement"]
WHO95 = ["World Health Organization", "the World Health Organization", "WHO"]
PTI_OFFICIAL = [
    "senior Health department official",
    "a senior Health department official",
    "official",
    "the official",
]
KURIAN = ["Thomas Kurian", "Dr. Thomas Kurian"]
OPPOSITION95 = ["The Opposition", "Opposition"]
THEKKUMPURAM = ["Jose Thekkumpuram", "Congress MLA Jose Thekkumpuram"]
RESHMA = ["Reshma K.", "The boy's class teacher", "class teacher", "teacher"]
BOY95 = ["the boy", "boy", "the child", "child"]
RESIDENTS95 = ["Residents", "residents"]
SHAFI = ["Muhammed Shafi"]
ASIANET = ["Asianet News", "Malayalam news channel Asianet News"]
HEALTH_OFFICIALS95 = ["Health officials", "health officials", "officials"]

ROWS = [
    # 91
    (
        F91,
        "Ghana has raised the price it pays cocoa farmers by 8 per cent for the 2026/27 main crop season",
        ADU_GYAMFI,
        None,
        "indirect",
        False,
    ),
    (
        F91,
        "The producer price will rise to GH¢56,700 per tonne, or GH¢3,543.75 per 64-kilogramme bag, from "
        "GH¢52,500 last season",
        ADU_GYAMFI,
        None,
        "indirect",
        False,
    ),
    (
        F91,
        "Our farmers carry this economy on their heads, literally and figuratively. They deserve a price that "
        "respects their labour,",
        ADU_GYAMFI,
        None,
        "direct",
        False,
    ),
    (
        F91,
        "We have listened to them. We have listened to the buying companies. And we have made sure that, for "
        "the first time in years, the Ghanaian farmer will not be looking across the border and wondering why "
        "his brother in Côte d’Ivoire is doing better.",
        ADU_GYAMFI,
        None,
        "direct",
        False,
    ),
    (
        F91,
        "output for the 2025/26 season is expected to reach about 650,000 tonnes, up from 531,000 tonnes the "
        "previous year but still well below the record of more than one million tonnes produced in 2020/21",
        COCOBOD,
        None,
        "indirect",
        False,
    ),
    (
        F91,
        "the new price represented 70 per cent of the expected net free-on-board price, in line with a "
        "commitment the government made to farmers last year",
        DANKWA,
        None,
        "indirect",
        False,
    ),
    (
        F91,
        "the board had secured enough funding to pay every farmer on time this season",
        DANKWA,
        None,
        "indirect",
        False,
    ),
    (
        F91,
        "Every farmer who delivers beans to a licensed buying company will be paid within 48 hours,",
        DANKWA,
        None,
        "direct",
        False,
    ),
    (F91, "That is not a promise. That is an instruction.", DANKWA, None, "direct", False),
    (
        F91,
        "Licensed buying companies that fail to pay farmers on time will lose their licences",
        DANKWA,
        None,
        "indirect",
        False,
    ),
    (
        F91,
        "COCOBOD raised the money for this season’s purchases through a US$600 million facility from a group "
        "of international commodity traders, after the board abandoned the syndicated loan it had relied on for "
        "more than three decades",
        BLOOMBERG,
        None,
        "indirect",
        False,
    ),
    (
        F91,
        "the board expected the higher price to bring an extra 40,000 to 60,000 tonnes of beans into official "
        "channels this season",
        COCOBOD_OFFICIAL,
        "Reuters",
        "indirect",
        False,
    ),
    (F91, "it did not go far enough", FARMER_GROUPS, None, "indirect", False),
    (
        F91,
        "farmers had asked for at least GH¢65,000 per tonne to cover the rising cost of fertiliser, labour and "
        "transport",
        BOATENG,
        None,
        "indirect",
        False,
    ),
    (
        F91,
        "Fertiliser has gone up, labour has gone up, even the cutlass has gone up. Eight per cent does not "
        "cover it,",
        BOATENG,
        "Citi FM",
        "direct",
        False,
    ),
    (
        F91,
        "young people in cocoa-growing areas would keep selling their land to illegal miners unless the crop "
        "became more profitable",
        BOATENG,
        "Citi FM",
        "indirect",
        False,
    ),
    (
        F91,
        "the Ivorian government raised its own farmgate price to 2,800 CFA francs per kilogramme on "
        "Wednesday",
        CCC,
        "RTI",
        "indirect",
        False,
    ),
    (
        F91,
        "Abidjan would “not tolerate” Ivorian beans being exported through Ghanaian ports either, and that "
        "checkpoints along the frontier would be reinforced",
        KONE_BROU,
        "RTI",
        "mixed",
        False,
    ),
    (
        F91,
        "400 additional soldiers and customs officers would be deployed along the western border before the end "
        "of October",
        ADU_GYAMFI,
        None,
        "indirect",
        False,
    ),
    (
        F91,
        "the government to put COCOBOD’s finances on a sustainable footing",
        IMF,
        None,
        "indirect",
        False,
    ),
    (
        F91,
        "the board’s accumulated losses had reached the equivalent of about 1.5 per cent of gross domestic "
        "product",
        IMF_REVIEW,
        None,
        "indirect",
        False,
    ),
    (F91, "the increase as “too little, too late”", MINORITY, None, "mixed", False),
    (
        F91,
        "the government of using the price announcement to distract from the board’s debts",
        MINORITY,
        None,
        "indirect",
        False,
    ),
    (
        F91,
        "farmers had lost “two full seasons” of better prices because the government had waited for the world "
        "market to fall before acting",
        AMPONSAH,
        None,
        "mixed",
        False,
    ),
    (
        F91,
        "When cocoa was selling at over ten thousand dollars a tonne in London, our farmers were told to be "
        "patient,",
        AMPONSAH,
        None,
        "direct",
        False,
    ),
    (F91, "Now that the price has come down, they are being asked to clap.", AMPONSAH, None, "direct", False),
    (
        F91,
        "the margin paid to its members had not been reviewed since 2024",
        LCBA,
        None,
        "indirect",
        False,
    ),
    (
        F91,
        "some smaller companies could struggle to buy beans in remote areas where roads become impassable during "
        "the rains",
        LCBA,
        None,
        "indirect",
        False,
    ),
    (F91, "buyers would not stand in the way of the new price", QUAYE, None, "indirect", False),
    (F91, "Trading of the 2026/27 main crop begins on Monday", COCOBOD, None, "indirect", False),
    # 92
    (F92, "club has ‘weeks, not months’ to find a buyer", ADMIN92, None, "mixed", True),
    (
        F92,
        "the club owed around £23m to creditors, including £4.1m to HM Revenue & Customs, and had ‘weeks, not "
        "months’ to find a buyer",
        ADMIN92,
        None,
        "mixed",
        False,
    ),
    (
        F92,
        "We have had encouraging conversations with two interested parties already,",
        MARCHETTI,
        None,
        "direct",
        False,
    ),
    (
        F92,
        "But I would be failing in my duty if I pretended this was anything other than a very serious "
        "situation.",
        MARCHETTI,
        None,
        "direct",
        False,
    ),
    (
        F92,
        "Players were told at a meeting at the club’s training ground in Chatham on Tuesday morning that their "
        "September wages would not be paid in full",
        RPA,
        None,
        "indirect",
        False,
    ),
    (
        F92,
        "some players had turned down contract offers from other clubs over the summer after being assured that "
        "new investment was on its way",
        LOUGHLIN,
        None,
        "indirect",
        False,
    ),
    (
        F92,
        "I spoke to one of the senior players this morning and he said to me, “We stayed because we were told "
        "the money was signed,”",
        LOUGHLIN,
        None,
        "direct",
        False,
    ),
    (F92, "We stayed because we were told the money was signed,", SENIOR_PLAYER, None, "direct", True),
    (F92, "That is the part that makes people so angry.", LOUGHLIN, None, "direct", False),
    (
        F92,
        "This is the hardest message any of us have ever had to write. Many of us have families, mortgages and "
        "young children, and today we do not know when we will next be paid.",
        ADEYEMI,
        None,
        "direct",
        False,
    ),
    (
        F92,
        "We will keep turning up, we will keep training, and on Saturday we will run out at Holloway Lane and "
        "give everything for this badge, because that is what the supporters deserve.",
        ADEYEMI,
        None,
        "direct",
        False,
    ),
    (
        F92,
        "All we ask for is honesty from the people who made decisions above our heads.",
        ADEYEMI,
        None,
        "direct",
        False,
    ),
    (F92, "he had misled players or staff", FIELDER, None, "indirect", False),
    (
        F92,
        "a deal with a Gulf-based investment fund had collapsed ‘at the last minute’ and that he had personally "
        "put more than £14m into the club",
        FIELDER_STATEMENT,
        None,
        "mixed",
        False,
    ),
    (
        F92,
        "I have given this club everything I had, and I am heartbroken that it has come to this,",
        FIELDER_STATEMENT,
        None,
        "direct",
        False,
    ),
    (
        F92,
        "the fund had pulled out after its due diligence uncovered unpaid tax bills that had not been "
        "disclosed",
        TELEGRAPH_SOURCES,
        "The Telegraph",
        "indirect",
        False,
    ),
    (F92, "the fund had been prepared to invest £18m over three years", TELEGRAPH, None, "indirect", False),
    (
        F92,
        "it was ‘deeply saddened’ by the news and would work with the administrators ‘to give the club every "
        "chance of survival’",
        PRL,
        None,
        "mixed",
        False,
    ),
    (
        F92,
        "the governing body had been monitoring the club’s finances ‘very closely’ since the spring and had "
        "offered support",
        RFU_SPOX,
        None,
        "mixed",
        False,
    ),
    (F92, "his players as ‘incredibly professional’", STANNARD, None, "mixed", False),
    (F92, "Saturday’s home game against Bath would go ahead", STANNARD, None, "indirect", False),
    (
        F92,
        "They are human beings, not assets on a spreadsheet,",
        STANNARD,
        "BBC Radio Kent",
        "direct",
        False,
    ),
    (
        F92,
        "Some of these lads have young kids. One of them is getting married in three weeks.",
        STANNARD,
        "BBC Radio Kent",
        "direct",
        False,
    ),
    (
        F92,
        "fans to be given a formal role in any rescue",
        OKAFOR,
        "BBC Radio Kent",
        "indirect",
        False,
    ),
    (
        F92,
        "We have seen what happened at Worcester and at Wasps,",
        OKAFOR,
        "BBC Radio Kent",
        "direct",
        False,
    ),
    (
        F92,
        "We are not going to stand by and watch it happen here.",
        OKAFOR,
        "BBC Radio Kent",
        "direct",
        False,
    ),
    (
        F92,
        "they had renewed their season tickets in June after being promised a ‘new era’ for the club",
        SUPPORTERS92,
        None,
        "mixed",
        False,
    ),
    (F92, "My grandad brought me here when I was six,", REEVE, None, "direct", False),
    (
        F92,
        "I’ve brought my own boy since he was five. I don’t know what I’d tell him if there was no club.",
        REEVE,
        None,
        "direct",
        False,
    ),
    (
        F92,
        "any potential buyer to commit to keeping the club at Holloway Lane",
        HARTIGAN,
        None,
        "indirect",
        False,
    ),
    (F92, "they would update staff and creditors within 14 days", ADMIN92, None, "indirect", False),
    # 93
    (
        F93,
        "The Torkham border crossing between Pakistan and Afghanistan reopened for trade on Saturday after a "
        "19-day closure that followed deadly clashes between the two countries' border forces",
        OFFICIALS93,
        None,
        "indirect",
        False,
    ),
    (
        F93,
        "Hundreds of trucks that had been stranded on both sides began moving shortly after 10am",
        SHINWARI,
        None,
        "indirect",
        False,
    ),
    (
        F93,
        "pedestrian movement would resume on Monday for holders of valid visas and travel documents",
        SHINWARI,
        None,
        "indirect",
        False,
    ),
    (
        F93,
        "We have cleared around 450 vehicles from the Pakistani side today, and roughly the same number is "
        "coming from the Afghan side,",
        SHINWARI,
        None,
        "direct",
        False,
    ),
    (F93, "It will take three to four days before things are normal.", SHINWARI, None, "direct", False),
    (
        F93,
        "The crossing, the busiest between the two countries, was closed on October 27 after an exchange of fire "
        "that killed three Pakistani soldiers and at least five Afghan border guards",
        OFFICIALS93,
        None,
        "indirect",
        False,
    ),
    (
        F93,
        'Afghan forces had opened fire "without provocation" and that Pakistani troops had responded '
        '"befittingly"',
        ISPR,
        None,
        "mixed",
        False,
    ),
    (
        F93,
        "Pakistani forces for starting the firing",
        TALIBAN,
        "BBC Pashto",
        "indirect",
        False,
    ),
    (
        F93,
        'they had agreed to set up a "joint monitoring mechanism" to investigate ceasefire violations and to '
        "refer any dispute over construction near the border to a committee of officials from both sides",
        DELEGATIONS,
        None,
        "mixed",
        False,
    ),
    (
        F93,
        'Pakistan\'s "core concern" remained the presence of fighters of the banned Tehreek-i-Taliban Pakistan '
        "(TTP) on Afghan soil",
        DURRANI,
        None,
        "mixed",
        False,
    ),
    (F93, "Trade and security cannot be separated,", DURRANI, None, "direct", False),
    (
        F93,
        "We have opened the gate as a gesture of goodwill, but we expect the Afghan interim government to "
        "honour the commitments it made in Istanbul, in letter and spirit.",
        DURRANI,
        None,
        "direct",
        False,
    ),
    (
        F93,
        "Pakistan had come under pressure from traders to reopen the crossing",
        DURRANI,
        None,
        "indirect",
        False,
    ),
    (
        F93,
        'the decision had been taken "purely on the basis of progress in the talks"',
        DURRANI,
        None,
        "mixed",
        False,
    ),
    (
        F93,
        "Afghan traders had lost more than $80 million during the closure",
        SARWARI,
        "RTA",
        "indirect",
        False,
    ),
    (
        F93,
        "fresh fruit, mostly grapes and pomegranates from Kandahar, had rotted in trucks waiting to cross",
        RTA,
        None,
        "indirect",
        False,
    ),
    (
        F93,
        'its forces were "fully committed" to the ceasefire "as long as the other side respects it"',
        AF_MOD,
        "Bakhtar News Agency",
        "mixed",
        False,
    ),
    (F93, "they had been hit hard", TRADERS93, None, "indirect", False),
    (
        F93,
        "Pakistani exporters had lost at least Rs5 billion in cancelled orders and perishable goods",
        AFRIDI,
        "Reuters",
        "indirect",
        False,
    ),
    (
        F93,
        "Every time there is a problem between the two governments, the first thing they do is close Torkham. "
        "It is the traders and the labourers who pay the price,",
        AFRIDI,
        "Reuters",
        "direct",
        False,
    ),
    (
        F93,
        "they had run out of money for food days ago and had been relying on meals from a mosque in "
        "Landi Kotal",
        DRIVERS93,
        None,
        "indirect",
        False,
    ),
    (F93, "I have been sleeping in my cab for 17 nights,", NOOR_WALI, None, "direct", False),
    (F93, "My children think I am already in Afghanistan.", NOOR_WALI, None, "direct", False),
    (
        F93,
        "several hundred Afghan families who had been waiting to return from Pakistan crossed on foot on "
        "Saturday under a special exemption",
        TOLO,
        None,
        "indirect",
        False,
    ),
    (
        F93,
        "We left with nothing. They gave us three days to leave a house we lived in for 20 years.",
        GUL_BIBI,
        "Tolo News",
        "direct",
        False,
    ),
    (
        F93,
        "customs officials had been directed to clear stranded containers on a priority basis and waive "
        "demurrage charges for the period of the closure",
        PK_COMMERCE,
        "Radio Pakistan",
        "indirect",
        False,
    ),
    (
        F93,
        "the army would not allow any new construction on the Afghan side within 500 metres of the border",
        PK_SEC_OFFICIAL,
        None,
        "indirect",
        False,
    ),
    (F93, "That is the red line. The Afghans know it,", PK_SEC_OFFICIAL, None, "direct", False),
    (F93, 'the reopening as "a pause, not a settlement"', YOUSAFZAI, None, "mixed", False),
    (
        F93,
        "Neither side has addressed the TTP question, and as long as that remains, the next closure is only "
        "one incident away,",
        YOUSAFZAI,
        None,
        "direct",
        False,
    ),
    # 94
    (
        F94,
        "an eruption is “very unlikely” but the lake shore is rising faster than ever recorded",
        SCIENTISTS94,
        None,
        "mixed",
        True,
    ),
    (
        F94,
        "the chance of an eruption in the coming months remains very low",
        SCIENTISTS94,
        None,
        "indirect",
        False,
    ),
    (
        F94,
        "the earthquakes, most of them too small to be felt, were centred between 4km and 10km beneath the lake "
        "near Horomatangi Reefs, and that GPS instruments had measured about 80mm of uplift on the north-eastern "
        "shore since January",
        GEONET,
        None,
        "indirect",
        False,
    ),
    (
        F94,
        "the change did not mean an eruption was expected",
        TIPENE_HALL,
        None,
        "indirect",
        False,
    ),
    (
        F94,
        "This is the volcano doing what large caldera volcanoes do. They breathe, they go up and down, and most "
        "of the time it comes to nothing,",
        TIPENE_HALL,
        None,
        "direct",
        False,
    ),
    (
        F94,
        "But the rate of uplift we are seeing is the fastest in our records, and that is why we are watching "
        "very closely.",
        TIPENE_HALL,
        None,
        "direct",
        False,
    ),
    (
        F94,
        "an eruption on the scale of the one around 232AD, which buried much of the central North Island in "
        "ash, was “extraordinarily unlikely” in anyone’s lifetime",
        TIPENE_HALL,
        "RNZ",
        "mixed",
        False,
    ),
    (
        F94,
        "there was no need for people to change their travel plans",
        NEMA,
        None,
        "indirect",
        False,
    ),
    (
        F94,
        "residents and visitors to know their local evacuation routes and to sign up for emergency mobile "
        "alerts",
        NEMA,
        None,
        "indirect",
        False,
    ),
    (
        F94,
        "the Government was “not complacent” and had asked officials to review the Taupō volcanic response "
        "plan, which was last updated in 2021",
        TANE,
        "1News",
        "mixed",
        False,
    ),
    (
        F94,
        "We’re taking the scientists’ advice, and their advice is to stay calm and stay informed,",
        TANE,
        "1News",
        "direct",
        False,
    ),
    (
        F94,
        "the pattern of earthquakes was “textbook” for Taupō",
        MUNROE,
        "New Zealand Herald",
        "mixed",
        False,
    ),
    (
        F94,
        "six temporary seismometers had been installed around the lake’s northern bays over the weekend",
        HERALD,
        None,
        "indirect",
        False,
    ),
    (
        F94,
        "a larger earthquake of magnitude 5 or more could not be ruled out during the swarm, and that such a "
        "quake could cause landslides along the lake’s cliffs",
        MUNROE,
        "New Zealand Herald",
        "indirect",
        False,
    ),
    (
        F94,
        "only a small fraction of the magma reservoir beneath the lake was molten, with most of it made up of a "
        "crystal-rich mush",
        STUDY94,
        None,
        "indirect",
        False,
    ),
    (
        F94,
        "the new uplift was “consistent with a small amount of fresh magma or hot fluid moving into the upper "
        "crust”, and that it was too early to say which",
        SIGURDARDOTTIR,
        None,
        "mixed",
        False,
    ),
    (
        F94,
        "they had felt several of the larger quakes overnight on Sunday",
        RESIDENTS94,
        None,
        "indirect",
        False,
    ),
    (F94, "The windows rattled and the dog went under the bed,", PETERSEN, None, "direct", False),
    (F94, "You just roll over and go back to sleep. That’s Taupō.", PETERSEN, None, "direct", False),
    (
        F94,
        "the council had been inundated with calls from overseas media and worried visitors",
        POHATU_LINDSAY,
        None,
        "indirect",
        False,
    ),
    (
        F94,
        "Every time someone overseas reads the word ‘supervolcano’, our phones start ringing,",
        POHATU_LINDSAY,
        None,
        "direct",
        False,
    ),
    (
        F94,
        "People need to understand that the lake has been here for 26,000 years and the town has been here for "
        "150, and we are not going anywhere.",
        POHATU_LINDSAY,
        None,
        "direct",
        False,
    ),
    (
        F94,
        "it was working with scientists and the council to keep whānau informed",
        TUWHARETOA,
        None,
        "indirect",
        False,
    ),
    (
        F94,
        "the lake, Taupō-nui-a-Tia, as “a living ancestor whose moods we have always respected”",
        TUWHARETOA,
        None,
        "mixed",
        False,
    ),
    (
        F94,
        "Easter bookings had not been affected and that the region was “open for business”",
        WHITCOMBE_REID,
        None,
        "mixed",
        False,
    ),
    (
        F94,
        "it would issue its next update on Friday, or sooner if the situation changed",
        GEONET,
        None,
        "indirect",
        False,
    ),
    # 95
    (F95, "214 people on contact list, 11 in high-risk category", SREELATHA, None, "indirect", True),
    (
        F95,
        "A 12-year-old boy from Pandikkad in Malappuram district died of Nipah virus infection on "
        "Wednesday morning",
        SREELATHA,
        None,
        "indirect",
        False,
    ),
    (
        F95,
        "Samples sent to the ICMR-National Institute of Virology (NIV) in Pune had tested positive on "
        "Tuesday night",
        SREELATHA,
        None,
        "indirect",
        False,
    ),
    (
        F95,
        "We have traced 214 people who came into contact with the child, including his family, his "
        "classmates and health workers at two private hospitals where he was first treated. Of these, "
        "11 are in the high-risk category and have been shifted to isolation.",
        SREELATHA,
        None,
        "direct",
        False,
    ),
    (
        F95,
        "There is no need for panic. We have handled Nipah before, in 2018, 2019, 2021, 2023 and 2024, "
        "and the protocol is well established,",
        SREELATHA,
        None,
        "direct",
        False,
    ),
    (
        F95,
        "Two of the high-risk contacts, both relatives of the boy, had developed mild fever and their "
        "samples had been sent for testing",
        SREELATHA,
        None,
        "indirect",
        False,
    ),
    (F95, "neither was in a serious condition", SREELATHA, None, "indirect", False),
    (
        F95,
        "shops in the zones would be allowed to open only between 10 a.m. and 6 p.m. and that masks "
        "would be mandatory in public places",
        RAJAN,
        None,
        "indirect",
        False,
    ),
    (
        F95,
        "Educational institutions in the zones will remain closed until further notice",
        COLLECTOR_ORDER,
        None,
        "indirect",
        False,
    ),
    (
        F95,
        "anyone who had visited the listed places at the said times to call the Nipah control room",
        KERALA_HEALTH,
        None,
        "indirect",
        False,
    ),
    (
        F95,
        "a central team, including experts from NIV and the National Centre for Disease Control, would "
        "reach Kozhikode on Thursday to assist the State",
        UNION_HEALTH,
        None,
        "indirect",
        False,
    ),
    (
        F95,
        "A mobile BSL-3 laboratory has already been set up at the Medical College",
        UNION_HEALTH,
        None,
        "indirect",
        False,
    ),
    (
        F95,
        "the fatality rate of Nipah infection is estimated at between 40 and 75 per cent",
        WHO95,
        None,
        "indirect",
        False,
    ),
    (
        F95,
        "the source of infection was yet to be confirmed, but that the boy had eaten rose apples "
        "picked from the ground near his house, where fruit bats are known to roost",
        PTI_OFFICIAL,
        "PTI",
        "indirect",
        False,
    ),
    (
        F95,
        "Teams from the Kerala Forest department and NIV will collect bat samples from the area this week",
        PTI_OFFICIAL,
        "PTI",
        "indirect",
        False,
    ),
    (
        F95,
        'Kerala\'s repeated outbreaks showed the virus was "well established" in the local bat population',
        KURIAN,
        "The Hindu",
        "mixed",
        False,
    ),
    (
        F95,
        "year-round surveillance of bats in the districts where spillovers had occurred",
        KURIAN,
        "The Hindu",
        "indirect",
        False,
    ),
    (F95, "the government of failing to learn from past outbreaks", OPPOSITION95, None, "indirect", False),
    (
        F95,
        'the State\'s surveillance system as "reactive, not preventive"',
        THEKKUMPURAM,
        None,
        "mixed",
        False,
    ),
    (
        F95,
        "why the advanced virology institute promised after the 2018 outbreak was still not fully functional",
        THEKKUMPURAM,
        None,
        "indirect",
        True,
    ),
    (
        F95,
        "Every time Nipah comes, the government holds press conferences and publishes route maps. That "
        "is not a strategy. That is damage control,",
        THEKKUMPURAM,
        None,
        "direct",
        False,
    ),
    (
        F95,
        "there had been any delay in sending the boy's samples for testing",
        SREELATHA,
        None,
        "indirect",
        False,
    ),
    (
        F95,
        "the institute at Thonnakkal was already testing samples for the State",
        SREELATHA,
        None,
        "indirect",
        False,
    ),
    (
        F95,
        "He told me on Friday, 'Teacher, my head is paining,' and I sent him home early with his cousin,",
        RESHMA,
        None,
        "direct",
        False,
    ),
    (F95, "Teacher, my head is paining,", BOY95, None, "direct", True),
    (
        F95,
        "He was such a quiet boy. I keep thinking, what if I had called his mother myself?",
        RESHMA,
        None,
        "direct",
        False,
    ),
    (
        F95,
        "the town had emptied by Wednesday afternoon, with buses running almost empty and most people "
        "staying indoors",
        RESIDENTS95,
        None,
        "indirect",
        False,
    ),
    (F95, "Everyone here remembers 2018,", SHAFI, None, "direct", False),
    (
        F95,
        "My customers have stopped coming. But what to do? Health is more important than business.",
        SHAFI,
        None,
        "direct",
        False,
    ),
    (
        F95,
        "at least four weddings scheduled in the area this week had been postponed",
        ASIANET,
        None,
        "indirect",
        False,
    ),
    (
        F95,
        "the 42-day surveillance period, twice the maximum incubation period of the virus, would end "
        "on October 21 if no new cases were reported",
        HEALTH_OFFICIALS95,
        None,
        "indirect",
        False,
    ),
]

BOILERPLATE = {
    F91: [
        "GhanaPulse\n"
        "Home | News | Politics | Business | Sports | Entertainment | Opinion | Regions | Videos\n"
        "Listen Live | Sign in | Search",
        "BUSINESS",
        "By Efua Mensah-Bonsu\nThursday, 1 October 2026 | 14:37 GMT | Updated 17:05 GMT",
        "A farmer spreads cocoa beans to dry at Asankragwa in the Western North Region. Photo: GhanaPulse/Kojo "
        "Asante",
        "Read more: COCOBOD secures $600m trader financing after syndicated loan collapse",
        "RELATED STORIES\n"
        "Galamsey: Farmers say miners offered GH¢200,000 for their cocoa land\n"
        "Togo border: Police intercept 1,200 bags of smuggled cocoa\n"
        "“We are not beggars” – cocoa farmers march on COCOBOD headquarters",
        "Get the latest business news straight to your inbox. Subscribe to the GhanaPulse Business "
        "newsletter.",
        "Tags: Cocoa, COCOBOD, Kwabena Adu-Gyamfi, Smuggling, Côte d’Ivoire, Agriculture",
        "© 2026 GhanaPulse Media Ltd. All rights reserved. | About Us | Advertise | Privacy | Terms",
    ],
    F92: [
        "Medway Courier\n"
        "News | Sport | Rugby | Football | Cricket | What's On | Jobs | Homes | Motors | Announcements\n"
        "Subscribe | Sign in | e-Edition",
        "SPORT > RUGBY UNION > MEDWAY KNIGHTS",
        "By Oliver Pennick, Rugby Correspondent\n06:00, 30 SEP 2026 | Updated 11:18, 30 SEP 2026",
        "Medway Knights players applaud supporters at Holloway Lane after Saturday’s defeat by Leicester. "
        "Picture: Steve Durrant/Medway Courier",
        "Read more: Medway Knights owner insists Gulf investment deal is ‘close’",
        "MORE ON THIS STORY\n"
        "‘We’re owed three months’ – Knights’ academy coaches speak out\n"
        "Explained: What administration means for Medway Knights\n"
        "Saturday’s game against Bath WILL go ahead, says club",
        "Get the latest Knights news sent straight to your inbox – sign up to our free rugby newsletter.",
        "Topics: Medway Knights, Rugby Union, Premiership Rugby, Chatham, Administration",
        "Comments (212)",
        "© 2026 Medway Courier Ltd. All rights reserved. | Terms and conditions | Privacy notice | Cookie "
        "settings | Contact us",
    ],
    F93: [
        "THE KHYBER TIMES\n"
        "Home | Pakistan | Khyber Pakhtunkhwa | Afghanistan | World | Business | Sports | Opinion | E-Paper\n"
        "Sunday, November 15, 2026 | Jumadi-ul-Awwal 24, 1448",
        "PAKISTAN",
        "Staff Reporter\nPESHAWAR\nPublished November 15, 2026 | 08:12 PKT | Updated 11:40 PKT",
        "Trucks loaded with goods queue at the Torkham border crossing in Khyber district on Saturday. — Photo "
        "by Irfan Afridi",
        "ALSO READ: TTP attacks in KP rose 40pc in first nine months of 2026, says think tank",
        "RELATED\n"
        "Afghan transit trade: Karachi port clears backlog of 2,000 containers\n"
        "'We cannot live on promises': Landi Kotal labourers protest loss of work\n"
        "Kabul says it 'will not allow' its soil to be used against any country",
        "Follow The Khyber Times on WhatsApp for breaking news.",
        "Published in The Khyber Times, November 15th, 2026",
        "© The Khyber Times, 2026 | About | Contact | Advertise | Privacy Policy | Comments Policy",
    ],
    F94: [
        "Aotearoa Today\n"
        "Home | New Zealand | World | Politics | Business | Science | Environment | Te Ao Māori | Sport | "
        "Weather\n"
        "Log in | Subscribe",
        "SCIENCE",
        "Hemi Walker-Rangi\nScience Reporter\n2:14pm, 17 March 2026 | Updated 6:52pm",
        "The north-eastern shore of Lake Taupō near Horomatangi Reefs, where most of the earthquakes have been "
        "centred. Photo: Aotearoa Today / Lucy Brandt",
        "Read more: What is a caldera, and why does Taupō have one?",
        "MORE STORIES\n"
        "‘Not if, but when’: Scientists warn Alpine Fault quake would cut off West Coast for weeks\n"
        "Kākāpō breeding season the biggest on record, DOC says\n"
        "Ruapehu crater lake heats up to 41C",
        "Get the day’s top stories in your inbox every morning with our free Aotearoa Today Briefing "
        "newsletter.",
        "Tags: Taupō, Volcanoes, GeoNet, Earthquakes, Earth Sciences New Zealand, Civil Defence",
        "Aotearoa Today is a member of the NZ Media Council. © 2026 Aotearoa Today Media Limited. All rights "
        "reserved.",
    ],
    F95: [
        "KeralaNow\n"
        "Home | Kerala | India | World | Business | Health | Sports | Movies | Gulf | Videos\n"
        "ePaper | Sign In | Subscribe",
        "KERALA / HEALTH",
        "By Anjali Menon, Special Correspondent\nKozhikode | Updated: September 9, 2026 22:10 IST",
        "Health workers in protective gear outside the isolation ward of the Government Medical College Hospital, "
        "Kozhikode, on Wednesday. (KeralaNow Photo: Shibu Narayanan)",
        "Read also: What is Nipah virus, and why does Kerala keep seeing cases?",
        "ALSO READ\n"
        "Nipah: Centre rushes monoclonal antibodies to Kozhikode\n"
        "'We were not told anything': Pandikkad residents complain of confusion over containment rules\n"
        "Bats in Kerala carry Nipah antibodies in six districts, says ICMR study",
        "Stay updated with the latest Kerala news. Follow KeralaNow on WhatsApp and Telegram.",
        "Tags: Nipah Virus, Malappuram, Kozhikode, Kerala Health Department, K.P. Sreelatha",
        "© 2026 KeralaNow Digital Pvt. Ltd. All rights reserved. | Privacy Policy | Terms of Use | Grievance "
        "Redressal",
    ],
}
