"""Batch 18 gold: five articles (86-90) written and annotated by hand, independently of the extractor.

Row format as bench/fresh/gold_source.py: (file, content, speakers, via, kind, optional).
`content` occurs exactly once in its file, or is given as (text, n) for the n-th occurrence (1-based).
BOILERPLATE lists the page-junk blocks of each file (each occurs exactly once).
"""

F86 = "86_nakuru_market_eviction_ruling.txt"
F87 = "87_ayr_national_whip_disqualification.txt"
F88 = "88_isfara_water_sharing_deal.txt"
F89 = "89_duluth_vacation_rental_cap.txt"
F90 = "90_hanseong_heavy_q1_earnings.txt"

# 86
ONSONGO = [
    "Margaret Onsongo",
    "Justice Margaret Onsongo",
    "Justice Onsongo",
    "High Court",
    "The High Court in Nakuru",
    "the judge",
    "judge",
]
HIGH_COURT = ["High Court", "The High Court in Nakuru", "High Court in Nakuru"] + ONSONGO
OCHIENG = ["Brian Ochieng", "Mr Ochieng", "Lawyer Brian Ochieng"]
GITHINJI = ["Peter Kamau Githinji", "Peter Githinji", "Githinji", "Nakuru Market Traders Welfare Association"]
NYAMBURA = ["Faith Nyambura", "County Attorney Faith Nyambura", "Nakuru County", "county"]
NCA = [
    "National Construction Authority",
    "structural assessment by the National Construction Authority",
    "structural assessment",
    "assessment",
]
KIPLAGAT = ["Samuel Kiplagat", "Dr Kiplagat", "Dr Samuel Kiplagat"]
KIPLAGAT_STMT = KIPLAGAT + ["statement", "the statement", "Nakuru County", "county"]
CHEBET = ["Jackline Chebet", "Governor Jackline Chebet"]
ACHIENG = ["Grace Achieng"]
TRADER86 = ["Another trader", "another trader", "trader"]
KNCHR = [
    "Kenya National Commission on Human Rights",
    "The Kenya National Commission on Human Rights",
    "KNCHR",
]
MARITIM = ["Julius Maritim", "Nakuru Central police commander Julius Maritim"]
DAILY_NATION = ["Daily Nation", "the Daily Nation", "report by the Daily Nation"]
# 87
PANEL = [
    "British Horseracing Authority’s independent judicial panel",
    "The British Horseracing Authority’s independent judicial panel",
    "independent judicial panel",
    "disciplinary panel",
    "a disciplinary panel",
    "panel",
    "Robert Fenwick",
    "Robert Fenwick KC",
]
FENWICK = ["Robert Fenwick", "Robert Fenwick KC", "Fenwick", "panel", "written reasons"]
HARTE = ["Lucinda Harte", "Trainer Lucinda Harte", "Harte"]
BROPHY = ["Callum Brophy", "Brophy"]
KIELTY = ["Dermot Kielty", "Kielty", "Glenside Partnership"]
RACING_POST = ["Racing Post", "the Racing Post", "The paper", "paper"]
BHA = ["British Horseracing Authority", "BHA", "the BHA", "statement"]
MARSH = ["Helen Marsh", "Dr Helen Marsh", "Marsh"]
BHA_FIGURES = ["BHA figures", "BHA", "British Horseracing Authority"]
PJA = [
    "Professional Jockeys Association",
    "The Professional Jockeys Association",
    "PJA",
    "Stuart Nailor",
]
NAILOR = ["Stuart Nailor", "Nailor"]
ANIMAL_AID = ["Animal Aid"]
BOOKMAKERS = ["Bookmakers", "bookmakers"]
BRENNAN = ["Niall Brennan", "Brennan"]
# 88
OFFICIALS88 = ["officials", "Officials"]
KG_MFA = [
    "Kyrgyzstan's foreign ministry",
    "Kyrgyz foreign ministry",
    "foreign ministry",
    "Ministry of Foreign Affairs of Kyrgyzstan",
    "statement",
]
ABDRAKHMANOV = ["Nurlan Abdrakhmanov", "Abdrakhmanov", "Kyrgyz Foreign Minister Nurlan Abdrakhmanov"]
NAZAROV = ["Farrukh Nazarov", "Nazarov"]
JOINT88 = [
    "joint statement",
    "a joint statement",
    "the two ministers",
    "two ministers",
    "Nurlan Abdrakhmanov",
    "Farrukh Nazarov",
]
RESIDENTS88 = ["Residents of border villages", "residents of border villages", "Residents", "residents"]
MAMATOVA = ["Asel Mamatova"]
VORONTSOVA = ["Yelena Vorontsova", "Russia's foreign ministry", "Russian foreign ministry"]
UNRCCA = [
    "UN Regional Centre for Preventive Diplomacy for Central Asia",
    "The UN Regional Centre for Preventive Diplomacy for Central Asia",
    "UNRCCA",
    "United Nations",
]
KG_OFFICIAL = [
    "Kyrgyz official involved in the negotiations",
    "A Kyrgyz official involved in the negotiations",
    "Kyrgyz official",
    "official",
]
ASIA_PLUS = ["Asia-Plus", "The independent Tajik outlet Asia-Plus"]
TJ_SOURCE = ["source in the Tajik government", "a source in the Tajik government", "source"]
TOKTOGULOV = ["Aibek Toktogulov"]
TJ_BORDER = ["Tajikistan's border troops", "border troops", "Tajik border troops"]
BEKMURZAEVA = ["Gulnara Bekmurzaeva"]
WORLD_BANK = [
    "World Bank",
    "a 2024 World Bank assessment",
    "2024 World Bank assessment",
    "World Bank assessment",
]
KHOVAR = ["Khovar", "state news agency Khovar"]
# 89
HOSTS89 = ["hosts", "Hosts"]
TIBBETTS = ["Marcus Tibbetts", "Councilor Marcus Tibbetts", "Tibbetts"]
STAFF_REPORT = ["staff report", "A staff report presented to the council", "A staff report", "city staff"]
RESIDENTS89 = ["Most residents who addressed the council", "residents", "Residents"]
AHO = ["Karen Aho"]
RUIZ = ["Jesse Ruiz", "Ruiz"]
VISIT_DULUTH = ["Visit Duluth", "letter"]
REALTORS = ["Duluth Area Association of Realtors", "The Duluth Area Association of Realtors"]
HALVORSEN = ["Renee Halvorsen", "Council President Renee Halvorsen", "Halvorsen"]
WOMAN89 = ["A woman on my block", "woman"]
YAZZIE_LUND = ["Dana Yazzie-Lund", "Councilor Dana Yazzie-Lund"]
BREKKE = ["Tom Brekke", "Councilor Tom Brekke"]
SODERBERG = ["Ellen Soderberg"]
CITY_RECORDS = ["city records", "City of Duluth", "city"]
DNT = ["Duluth News Tribune", "the Duluth News Tribune", "the paper", "paper"]
MAYOR_SPOX = [
    "spokesperson for Mayor Paul Lindqvist",
    "A spokesperson for Mayor Paul Lindqvist",
    "spokesperson",
    "Paul Lindqvist",
    "Mayor Paul Lindqvist",
]
# 90
HANSEONG = [
    "Hanseong Heavy Industries",
    "Hanseong Heavy Industries Co.",
    "Hanseong Heavy",
    "Hanseong",
    "the company",
    "company",
    "the shipbuilder",
    "shipbuilder",
]
FILING90 = ["regulatory filing", "a regulatory filing", "filing"] + HANSEONG
PARK = ["Park Ji-hoon", "Park", "Chief Financial Officer Park Ji-hoon"]
CHOI = ["Choi Young-sik", "Choi"]
CHOI_LETTER = CHOI + ["letter to shareholders", "letter", "Hanseong"]
UNION90 = [
    "Hanseong branch of the Korean Metal Workers’ Union",
    "The Hanseong branch of the Korean Metal Workers’ Union",
    "Korean Metal Workers’ Union",
    "union",
    "the union",
]
KANG = ["Kang Min-jae"]
HANSEONG_STMT = HANSEONG + ["statement"]
ANALYSTS90 = ["Analysts", "analysts"]
LEE = ["Lee Seo-yeon"]
CLARKSONS = [
    "Clarksons Research",
    "British consultancy Clarksons Research",
    "data from British consultancy Clarksons Research",
]
KED_SOURCES = [
    "unnamed industry sources",
    "industry sources",
    "Korea Economic Daily",
    "The Korea Economic Daily",
]
KED = ["Korea Economic Daily", "The Korea Economic Daily", "The newspaper", "newspaper"]
SEO = ["Seo Dong-hyun", "Industry Minister Seo Dong-hyun"]
KOSHIPA = ["Korea Offshore & Shipbuilding Association", "the Korea Offshore & Shipbuilding Association"]
MOTIE = ["Ministry of Trade, Industry and Energy", "the Ministry of Trade, Industry and Energy"]

ROWS = [
    # 86
    (F86, "county cannot ‘bulldoze first and consult later’", ONSONGO, None, "mixed", True),
    (
        F86,
        "the relocation cannot go ahead until the traders have been properly consulted",
        HIGH_COURT,
        None,
        "indirect",
        False,
    ),
    (
        F86,
        "the county had not shown that it held any public participation forum before the eviction notices were "
        "issued",
        ONSONGO,
        None,
        "indirect",
        False,
    ),
    (
        F86,
        "The county government may well have good reasons for wanting to modernise trade in this city. That is "
        "not for this court to decide today,",
        ONSONGO,
        None,
        "direct",
        False,
    ),
    (
        F86,
        "What the court must decide is whether thousands of people can be removed from their only source of "
        "livelihood on 14 days’ notice, without being heard. The Constitution is clear that they cannot.",
        ONSONGO,
        None,
        "direct",
        False,
    ),
    (F86, "The county cannot bulldoze first and consult later.", ONSONGO, None, "direct", False),
    (F86, "the parties to file their responses within 14 days", ONSONGO, None, "indirect", True),
    (
        F86,
        "the new market had only 1,200 stalls, none of them connected to water, and that traders had been asked "
        "to pay Sh15,000 each to secure a space",
        OCHIENG,
        None,
        "indirect",
        False,
    ),
    (
        F86,
        "My clients are not against development. They are against being thrown out into a market that is not "
        "finished,",
        OCHIENG,
        None,
        "direct",
        False,
    ),
    (
        F86,
        "the ruling as “a victory for the mama mboga and the hawker who have no one to speak for them”",
        GITHINJI,
        None,
        "mixed",
        False,
    ),
    (F86, "traders would continue operating from the old market", GITHINJI, None, "indirect", False),
    (
        F86,
        "the county to withdraw the notices “before more families go hungry”",
        GITHINJI,
        None,
        "mixed",
        False,
    ),
    (
        F86,
        "traders were informed of the move as early as last year and that the old market, built in the 1950s, "
        "had been declared structurally unsafe",
        NYAMBURA,
        None,
        "indirect",
        False,
    ),
    (F86, "parts of the market’s roof are at risk of collapse", NCA, None, "indirect", False),
    (
        F86,
        "the county would respect the orders but would “vigorously defend” the relocation plan",
        KIPLAGAT_STMT,
        None,
        "mixed",
        False,
    ),
    (
        F86,
        "We are not evicting anybody. We are relocating traders to a modern, clean and safe market,",
        KIPLAGAT_STMT,
        None,
        "direct",
        False,
    ),
    (
        F86,
        "Leaving people to trade under a roof that could fall on them at any time is not an option.",
        KIPLAGAT_STMT,
        None,
        "direct",
        False,
    ),
    (
        F86,
        "water would be connected to the Bondeni site “within two weeks” and that the Sh15,000 was a refundable "
        "deposit, not a fee",
        KIPLAGAT,
        "Citizen TV",
        "mixed",
        False,
    ),
    (F86, "the old market as “an embarrassment to a city of our standing”", CHEBET, None, "mixed", False),
    (
        F86,
        "she had borrowed money from her chama to restock this week and did not know how she would repay it if "
        "she was moved",
        ACHIENG,
        None,
        "indirect",
        False,
    ),
    (
        F86,
        "Bondeni is far. My customers are here, the people coming from the stage, the office workers,",
        ACHIENG,
        None,
        "direct",
        False,
    ),
    (F86, "Who will walk four kilometres to buy tomatoes?", ACHIENG, None, "direct", False),
    (F86, "Today, at least, I can sleep.", ACHIENG, None, "direct", False),
    (
        F86,
        "county askaris had demanded bribes from some traders in exchange for better stalls at the new market",
        TRADER86,
        None,
        "indirect",
        False,
    ),
    (F86, "any officers had solicited money", KIPLAGAT, None, "indirect", False),
    (F86, "anyone found doing so would be sacked", KIPLAGAT, None, "indirect", False),
    (
        F86,
        "forced evictions carried out without adequate notice and alternative arrangements violate the right to "
        "housing and to earn a living",
        KNCHR,
        None,
        "indirect",
        False,
    ),
    (
        F86,
        "officers would not take part in any eviction in breach of the court orders",
        MARITIM,
        None,
        "indirect",
        False,
    ),
    (
        F86,
        "the Bondeni project cost Sh480 million, nearly double its original budget",
        DAILY_NATION,
        None,
        "indirect",
        False,
    ),
    # 87
    (F87, "ruling is ‘a disgrace’", HARTE, None, "mixed", True),
    (
        F87,
        "his jockey, Callum Brophy, used his whip four times above the permitted level on the run-in at Ayr",
        PANEL,
        None,
        "indirect",
        True,
    ),
    (
        F87,
        "Brophy was ‘an experienced rider who knew exactly where the line was’ and that the panel had found no "
        "‘exceptional circumstances’ to justify a lesser penalty",
        FENWICK,
        None,
        "mixed",
        False,
    ),
    (
        F87,
        "The rules are there to protect the horse and the reputation of the sport,",
        FENWICK,
        None,
        "direct",
        False,
    ),
    (
        F87,
        "They apply on a Tuesday at Plumpton and they apply in a Grand National.",
        FENWICK,
        None,
        "direct",
        False,
    ),
    (
        F87,
        "the decision was ‘a disgrace’ and that she would ask the owners to consider an appeal",
        HARTE,
        None,
        "mixed",
        False,
    ),
    (
        F87,
        "He’s a horse who stops the moment you stop riding him. Everybody in the weighing room knows that,",
        HARTE,
        "ITV Racing",
        "direct",
        False,
    ),
    (
        F87,
        "Callum did what he had to do to keep him going up that run-in. Nobody has said the horse was hurt, "
        "because he wasn’t.",
        HARTE,
        "ITV Racing",
        "direct",
        False,
    ),
    (F87, "Ask the vet who checked him after the race.", HARTE, None, "direct", False),
    (F87, "he had been ‘riding to win a big race on a tired horse’", BROPHY, None, "mixed", False),
    (
        F87,
        "I remember jumping the last and thinking, “Don’t let this one get away,” and after that it all becomes "
        "a blur,",
        BROPHY,
        None,
        "direct",
        False,
    ),
    (F87, "Don’t let this one get away,", BROPHY, None, "direct", True),
    (
        F87,
        "I’m not proud of it. I counted wrong and I’ve cost a lot of people a lot of money.",
        BROPHY,
        None,
        "direct",
        False,
    ),
    (
        F87,
        "the members were ‘devastated’ and would decide on an appeal by Friday",
        KIELTY,
        "Racing Post",
        "mixed",
        False,
    ),
    (
        F87,
        "two other jockeys had been referred to the panel over rides at Aintree earlier this month",
        RACING_POST,
        None,
        "indirect",
        False,
    ),
    (
        F87,
        "the whip rules had brought about a ‘significant reduction’ in breaches since they were introduced",
        BHA,
        None,
        "mixed",
        False,
    ),
    (
        F87,
        "disqualifications remained rare, with only six horses losing races under the rules in three seasons",
        MARSH,
        None,
        "indirect",
        False,
    ),
    (F87, "Nobody wants to see a big race decided in a hearing room,", MARSH, None, "direct", False),
    (
        F87,
        "But the only way to make sure that doesn’t happen is for riders to stay within the rules.",
        MARSH,
        None,
        "direct",
        False,
    ),
    (
        F87,
        "whip breaches in jump races have fallen by more than 60 per cent since 2022",
        BHA_FIGURES,
        None,
        "indirect",
        False,
    ),
    (F87, "the threshold took no account of the distance of a race", PJA, None, "indirect", False),
    (
        F87,
        "a review of penalties in races run over more than four miles",
        PJA,
        None,
        "indirect",
        False,
    ),
    (
        F87,
        "Four miles on soft ground at the end of a long season is a very different thing from two miles round "
        "Plumpton,",
        NAILOR,
        None,
        "direct",
        False,
    ),
    (F87, "it showed the rules ‘had teeth’ at last", ANIMAL_AID, None, "mixed", False),
    (F87, "bets had been settled on the original result", BOOKMAKERS, None, "indirect", False),
    (
        F87,
        "he felt ‘for Lucinda and Callum’ and that it was ‘not the way anybody wants to win a big race’",
        BRENNAN,
        None,
        "mixed",
        False,
    ),
    # 88
    (
        F88,
        "Kyrgyzstan and Tajikistan on Thursday signed an agreement on sharing water from the Isfara river and "
        "jointly managing the Tortkul reservoir, the most significant step yet towards ending a dispute that led "
        "to deadly border clashes in 2021 and 2022",
        OFFICIALS88,
        None,
        "indirect",
        True,
    ),
    (
        F88,
        "Under the deal, signed in Bishkek by the two countries' foreign ministers, water from the Isfara will be "
        "divided according to a fixed seasonal schedule and a joint commission will monitor releases from the "
        "reservoir",
        KG_MFA,
        None,
        "indirect",
        False,
    ),
    (
        F88,
        "For decades, water in this valley has been a source of conflict. From today, it will be a source of "
        "cooperation,",
        ABDRAKHMANOV,
        None,
        "direct",
        False,
    ),
    (
        F88,
        "Nobody in Batken or in Isfara should ever again have to fear for their harvest or their life.",
        ABDRAKHMANOV,
        None,
        "direct",
        False,
    ),
    (F88, 'the accord as "historic"', NAZAROV, "Khovar", "mixed", False),
    (
        F88,
        'the deal would allow the two neighbours to "turn the page" on years of mistrust',
        NAZAROV,
        "Khovar",
        "mixed",
        False,
    ),
    (
        F88,
        'the schedule guaranteed each side "no less than what it received in an average year" and would be '
        "reviewed every five years",
        ABDRAKHMANOV,
        "Kabar",
        "mixed",
        False,
    ),
    (
        F88,
        'the two ministers "agreed to refrain from any unilateral actions" on shared waterways and to open two '
        "additional checkpoints for local residents by the end of the year",
        JOINT88,
        None,
        "mixed",
        False,
    ),
    (
        F88,
        "they had been unable to irrigate some of their fields for three summers because water was cut off "
        "upstream",
        RESIDENTS88,
        None,
        "indirect",
        False,
    ),
    (
        F88,
        "Last summer the canal was dry for 40 days. We watched the trees die,",
        MAMATOVA,
        None,
        "direct",
        False,
    ),
    (
        F88,
        "If this paper means the water comes on time, then it is a good paper.",
        MAMATOVA,
        None,
        "direct",
        False,
    ),
    (F88, "But we have had papers before.", MAMATOVA, None, "direct", False),
    (
        F88,
        'Moscow "has consistently supported a settlement based on mutual respect" and was ready to provide '
        "technical help with water metering",
        VORONTSOVA,
        "TASS",
        "mixed",
        False,
    ),
    (F88, 'the agreement "an example for the whole region"', UNRCCA, None, "mixed", False),
    (
        F88,
        "the final sticking point had been control of the reservoir's sluice gates, which will now be operated "
        "by joint teams",
        KG_OFFICIAL,
        "AKIpress",
        "indirect",
        False,
    ),
    (
        F88,
        "Dushanbe had dropped its objection to a new Kyrgyz road bypassing the Tajik enclave of Vorukh in "
        "exchange for the water guarantees",
        ASIA_PLUS,
        None,
        "indirect",
        False,
    ),
    (F88, "the road would also be open to Tajik vehicles", TJ_SOURCE, "Asia-Plus", "indirect", False),
    (F88, "any territorial concessions had been made", ABDRAKHMANOV, None, "indirect", False),
    (
        F88,
        'the two presidents would meet "in the near future" to sign a broader treaty on good-neighbourly '
        "relations",
        TOKTOGULOV,
        None,
        "mixed",
        False,
    ),
    (F88, 'the situation along the frontier was "calm and under control"', TJ_BORDER, None, "mixed", False),
    (F88, "the deal must be ratified by parliament", BEKMURZAEVA, None, "indirect", False),
    (F88, "the government to publish the full text", BEKMURZAEVA, None, "indirect", False),
    (
        F88,
        "About 70% of the water drawn from the Isfara basin is used for irrigation",
        WORLD_BANK,
        None,
        "indirect",
        False,
    ),
    (
        F88,
        "Nazarov had also invited Abdrakhmanov to Dushanbe for the next round of talks in September",
        KHOVAR,
        None,
        "indirect",
        False,
    ),
    # 89
    (F89, "the rentals keep them afloat", HOSTS89, None, "indirect", True),
    (
        F89,
        "the city had lost hundreds of homes to the vacation rental market in the past decade and that the cap "
        'was "a modest step to bring some of them back."',
        TIBBETTS,
        None,
        "mixed",
        False,
    ),
    (
        F89,
        "Every house on Park Point that becomes a rental is a house a nurse or a teacher can't buy,",
        TIBBETTS,
        None,
        "direct",
        False,
    ),
    (F89, "We're not banning anything. We're saying enough.", TIBBETTS, None, "direct", False),
    (
        F89,
        "short-term rentals make up about 1 in 9 homes on Park Point, the narrow sandbar that shelters the city's "
        "harbor, compared with fewer than 1 in 100 citywide",
        STAFF_REPORT,
        None,
        "indirect",
        False,
    ),
    (
        F89,
        "rentals had driven up prices and hollowed out their neighborhoods",
        RESIDENTS89,
        None,
        "indirect",
        False,
    ),
    (F89, "she now knows the names of only two families on her block", AHO, None, "indirect", False),
    (
        F89,
        "In summer it's a different set of strangers every weekend. Nice people, mostly. But they don't shovel "
        "your walk in February, and they don't come to the funeral when your husband dies.",
        AHO,
        None,
        "direct",
        False,
    ),
    (F89, "We used to have kids on this street. Now we have lockboxes.", AHO, None, "direct", False),
    (
        F89,
        "I am not asking you to punish anybody. I am asking you to decide whether Park Point is a neighborhood "
        "or a hotel.",
        AHO,
        None,
        "direct",
        False,
    ),
    (
        F89,
        "the income pays his property taxes and his wife's medical bills",
        RUIZ,
        None,
        "indirect",
        False,
    ),
    (
        F89,
        "People keep calling us 'investors,' like we're some hedge fund,",
        RUIZ,
        None,
        "direct",
        False,
    ),
    (F89, "I'm a guy with a duplex and a bad knee.", RUIZ, None, "direct", False),
    (
        F89,
        "the cap could cost the city up to $1.2 million a year in lodging tax revenue and leave visitors with "
        "fewer places to stay during big events such as Grandma's Marathon",
        VISIT_DULUTH,
        None,
        "indirect",
        False,
    ),
    (
        F89,
        "the city should instead raise permit fees and step up enforcement against unlicensed rentals, which it "
        "estimated at more than 100",
        REALTORS,
        None,
        "indirect",
        False,
    ),
    (
        F89,
        "she had been swayed by the stories she heard while door-knocking in her district",
        HALVORSEN,
        None,
        "indirect",
        False,
    ),
    (
        F89,
        "A woman on my block told me, 'I don't know who my neighbors are anymore,' and that stuck with me,",
        HALVORSEN,
        None,
        "direct",
        False,
    ),
    (F89, "I don't know who my neighbors are anymore,", WOMAN89, None, "direct", True),
    (
        F89,
        'the ordinance would "do almost nothing" for affordability because many of the rentals are cabins and '
        "seasonal homes that would never be sold to local families",
        YAZZIE_LUND,
        None,
        "mixed",
        False,
    ),
    (
        F89,
        "We're going to tell 60 families they can't do something their neighbors can do, and we're going to "
        "call that housing policy,",
        YAZZIE_LUND,
        None,
        "direct",
        False,
    ),
    (
        F89,
        "Pass this, and a year from now somebody will be back here asking for 150.",
        YAZZIE_LUND,
        None,
        "direct",
        False,
    ),
    (
        F89,
        "whether the city had studied the effect on lodging tax revenue",
        BREKKE,
        None,
        "indirect",
        True,
    ),
    (
        F89,
        'it had not, but that the figure in the Visit Duluth letter "assumes every one of those guests goes '
        "somewhere else, and we don't think that's realistic.\"",
        SODERBERG,
        None,
        "mixed",
        False,
    ),
    (
        F89,
        "Duluth issued its first vacation rental permits in 2013 and has capped them in some zones since 2017",
        CITY_RECORDS,
        None,
        "indirect",
        False,
    ),
    (
        F89,
        "he had received threatening messages over the proposal",
        TIBBETTS,
        "Duluth News Tribune",
        "indirect",
        False,
    ),
    (F89, "police had been notified", DNT, None, "indirect", False),
    (
        F89,
        "he and several other hosts were talking to lawyers about a possible challenge",
        RUIZ,
        "WDIO",
        "indirect",
        False,
    ),
    (
        F89,
        'the mayor "supports the council\'s decision" and will sign the ordinance this week',
        MAYOR_SPOX,
        None,
        "mixed",
        False,
    ),
    # 90
    (
        F90,
        "labor costs and a possible strike could weigh on the rest of the year",
        HANSEONG,
        None,
        "indirect",
        False,
    ),
    (
        F90,
        "Operating profit reached 612.4 billion won ($441 million) in the January-March period, up from 352 "
        "billion won a year earlier",
        FILING90,
        None,
        "indirect",
        False,
    ),
    (
        F90,
        "Revenue rose 18 percent to 4.9 trillion won, beating a market consensus of 4.6 trillion won.",
        FILING90,
        None,
        "indirect",
        True,
    ),
    (
        F90,
        "This quarter shows what happens when the ships we priced at the top of the cycle start leaving the "
        "yard,",
        PARK,
        None,
        "direct",
        False,
    ),
    (
        F90,
        "We expect LNG carriers to account for more than 60 percent of revenue through 2027.",
        PARK,
        None,
        "direct",
        False,
    ),
    (
        F90,
        "the company had raised its annual order target to $18.5 billion from $16 billion, citing strong demand "
        "for LNG carriers and ammonia-ready container ships, and that orders in the first quarter had already "
        "reached $5.2 billion",
        PARK,
        None,
        "indirect",
        False,
    ),
    (
        F90,
        "steel plate prices and wage increases would squeeze margins in the second half",
        PARK,
        None,
        "indirect",
        False,
    ),
    (F90, "We are not going to pretend the tailwinds last forever,", PARK, None, "direct", False),
    (
        F90,
        "Hanseong was “entering the strongest stretch of profitability in its 52-year history”",
        CHOI_LETTER,
        None,
        "mixed",
        False,
    ),
    (F90, "to raise the dividend for a third straight year", CHOI_LETTER, None, "indirect", False),
    (
        F90,
        "the shipyard would hire 1,500 production workers this year, most of them through its training academy "
        "in Geoje",
        CHOI,
        "Korea Economic Daily",
        "indirect",
        False,
    ),
    (
        F90,
        "a basic wage increase of 148,000 won a month plus a profit-sharing bonus",
        UNION90,
        None,
        "indirect",
        False,
    ),
    (F90, "it would hold a strike vote next month if talks fail", UNION90, None, "indirect", False),
    (
        F90,
        "members would “not accept another year of crumbs while the company posts record profits.”",
        KANG,
        "Yonhap",
        "mixed",
        False,
    ),
    (
        F90,
        "it “remains committed to dialogue” and hoped to reach a deal “without disruption to our customers.”",
        HANSEONG_STMT,
        None,
        "mixed",
        False,
    ),
    (
        F90,
        "the results confirmed that South Korean yards were finally reaping the rewards of the order boom",
        ANALYSTS90,
        None,
        "indirect",
        False,
    ),
    (
        F90,
        "Chinese rivals were winning a growing share of new contracts",
        ANALYSTS90,
        None,
        "indirect",
        False,
    ),
    (F90, "The margin story is real, and it has another two years to run,", LEE, None, "direct", False),
    (
        F90,
        "The question is what happens in 2028, when the cheap contracts signed by the Chinese yards start to "
        "bite.",
        LEE,
        None,
        "direct",
        False,
    ),
    (F90, "Until then, I’d be buying on any dip.", LEE, None, "direct", False),
    (
        F90,
        "Chinese shipyards won 58 percent of global orders by compensated gross tonnage in the first quarter, "
        "while South Korean yards took 24 percent",
        CLARKSONS,
        None,
        "indirect",
        False,
    ),
    (
        F90,
        "it had won its second maintenance contract from the U.S. Navy, for the overhaul of a Seventh Fleet "
        "logistics ship at its Geoje yard",
        HANSEONG,
        None,
        "indirect",
        False,
    ),
    (
        F90,
        "Hanseong was in talks to buy a stake in a shipyard on the U.S. Gulf Coast",
        KED_SOURCES,
        "Korea Economic Daily",
        "indirect",
        False,
    ),
    (F90, "the deal could be worth as much as $300 million", KED, None, "indirect", False),
    (
        F90,
        "the company was “reviewing various options” to expand in the United States but that “nothing has been "
        "decided.”",
        PARK,
        None,
        "mixed",
        False,
    ),
    (
        F90,
        "management and the union to “reach an agreement that protects Korea’s hard-won competitiveness.”",
        SEO,
        None,
        "mixed",
        False,
    ),
    (F90, "the government would expand visa quotas for foreign welders", SEO, None, "indirect", False),
    (
        F90,
        "Foreign workers now make up about one in six production workers at the country’s biggest shipyards",
        KOSHIPA,
        None,
        "indirect",
        False,
    ),
    (
        F90,
        "Ship exports rose 21 percent in March from a year earlier to $3.1 billion",
        MOTIE,
        None,
        "indirect",
        False,
    ),
]

BOILERPLATE = {
    F86: [
        "THE RIFT COURIER\n"
        "Home | News | Counties | Politics | Business | Sports | Opinion | Lifestyle | ePaper\n"
        "Sign in | Subscribe",
        "COUNTIES",
        "By Wanjiku Mwangi\nPublished Thursday, April 9, 2026 at 6:15 PM EAT | Updated 8:40 PM EAT",
        "Traders pack their wares at the Municipal Market on Kenyatta Avenue, Nakuru, on Wednesday evening ahead "
        "of the planned relocation. PHOTO | JOSEPH KIPRONO | RIFT COURIER",
        "Share: Facebook | X | WhatsApp | Telegram",
        "READ ALSO: Nakuru unveils Sh480m Bondeni market as traders cry foul",
        "RELATED STORIES\n"
        "Traders protest as Nakuru County issues 14-day eviction notices\n"
        "Nakuru says new Bondeni market ‘ready for business’\n"
        "Affordable housing levy: What the Court of Appeal said",
        "Tags: Nakuru County, High Court, Traders, Evictions, Bondeni Market",
        "Get the latest news delivered to your inbox every morning. Subscribe to the Rift Courier newsletter.",
        "© 2026 Rift Courier Media Ltd. All rights reserved. | About Us | Contact | Advertise | Privacy Policy | "
        "Terms of Use",
    ],
    F87: [
        "THE SENTINEL\n"
        "News | Sport | Business | Opinion | Culture | Lifestyle | Travel | Puzzles\n"
        "Football | Cricket | Rugby union | Racing | Tennis | Golf | F1",
        "Sport > Racing",
        "Eleanor Whitby\n"
        "Racing Correspondent\n"
        "Wed 22 Apr 2026 18.10 BST\n"
        "Last modified on Wed 22 Apr 2026 20.45 BST",
        "Callum Brophy celebrates on Ballykeel Storm after crossing the line first at Ayr on Saturday. "
        "Photograph: Alan Crowhurst/PA",
        "Read more: Copper Lane’s connections ‘in limbo’ as Ayr stewards refer Brophy ride",
        "Most viewed in Sport\n"
        "Title race ‘not over’, says Arsenal boss after late Villa equaliser\n"
        "England name uncapped duo for Test series against New Zealand\n"
        "Snooker: Crucible qualifier banned over match-fixing charges",
        "Sign up to The Finish Line, our free racing newsletter, for tips, previews and analysis every Friday",
        "Topics: Horse racing, Scottish Grand National, British Horseracing Authority, Animal welfare",
        "Reuse this content | Comments (214)",
        "© 2026 Sentinel News & Media Limited or its affiliated companies. All rights reserved.",
    ],
    F88: [
        "THE STEPPE DISPATCH\n"
        "News from Central Asia and the Caucasus\n"
        "Home | Kazakhstan | Kyrgyzstan | Tajikistan | Uzbekistan | Turkmenistan | Caucasus | Economy | Analysis\n"
        "Newsletter | Search",
        "DIPLOMACY",
        "Dispatch staff | Bishkek/Dushanbe\nMay 21, 2026, 19:48 (GMT+6)",
        "Farmers irrigate an apricot orchard near the village of Kok-Tash in Kyrgyzstan's Batken region. "
        "(Photo: Dispatch archive)",
        "Also read: Batken farmers turn to drip irrigation as canals run dry",
        "MORE FROM KYRGYZSTAN\n"
        'Bishkek says new Kambarata dam financing "almost complete"\n'
        "Osh bazaar fire: traders count losses as investigation begins\n"
        "Kyrgyz som slips as remittances from Russia fall",
        "Tags: Kyrgyzstan, Tajikistan, Batken, Isfara, water, borders, Russia",
        "The Steppe Dispatch is an independent regional news service. Support our reporting: become a member.",
        "(c) 2026 The Steppe Dispatch. All rights reserved. Reproduction without permission is prohibited.",
    ],
    F89: [
        "NORTHLAND CURRENT\n"
        "Independent, nonprofit news for Duluth and the Arrowhead\n"
        "News | Government | Housing | Environment | Education | Outdoors | Events | Donate\n"
        "Newsletter | Log in",
        "GOVERNMENT",
        "By Carly Vandermeer\nJune 10, 2026, 11:42 p.m. CT | Updated June 11, 2026, 8:05 a.m. CT",
        "Residents line up to speak during public comment at Duluth City Hall on Monday night. "
        "(Carly Vandermeer / Northland Current)",
        "RELATED: Map: Where Duluth's 240 vacation rentals are",
        "Northland Current is a nonprofit newsroom. We rely on readers like you. Donate today to support local "
        "journalism in the Northland.",
        "Republish this story: This article is free to republish under a Creative Commons license.",
        "More in Government\n"
        "School board approves $4.1 million roof repair at Denfeld High\n"
        'St. Louis County says snowplow driver shortage "not going away"\n'
        "Hermantown mayor won't seek third term",
        "Tags: Duluth City Council, housing, short-term rentals, Park Point, tourism",
        "© 2026 Northland Current. All rights reserved. | About | Staff | Ethics Policy | Contact",
    ],
    F90: [
        "SEOUL ECONOMIC REVIEW\n"
        "Markets | Industry | Tech | Economy | Policy | Opinion | Data | 한국어\n"
        "Subscribe | Sign in",
        "INDUSTRY > SHIPBUILDING",
        "By Yoon Ha-eun\nPublished 2026.04.29 17:20 KST | Updated 2026.04.29 21:02 KST",
        "An LNG carrier under construction at Hanseong Heavy Industries' shipyard in Geoje, South Gyeongsang "
        "Province. Courtesy of Hanseong Heavy Industries",
        "Related: Korean yards lose ground to China in container ship orders",
        "yoonhe@ser.co.kr",
        "Most Read\n"
        "Samsung says HBM4 supply deal with U.S. chipmaker “on track”\n"
        "KOSPI ends at record high as foreigners snap up chip stocks\n"
        "BOK holds rates, signals cut in summer",
        "Get the Morning Ship & Steel Brief in your inbox. Sign up free",
        "Copyright © Seoul Economic Review. All rights reserved. Unauthorized reproduction and redistribution "
        "prohibited.",
    ],
}
