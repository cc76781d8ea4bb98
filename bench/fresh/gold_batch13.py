"""Batch 13 gold: five articles (61-65) written and annotated by hand, independently of the extractor.

Row format as bench/fresh/gold_source.py: (file, content, speakers, via, kind, optional).
`content` occurs exactly once in its file, or is given as (text, n) for the n-th occurrence (1-based).
BOILERPLATE lists the page-junk blocks of each file (each occurs exactly once).
"""

F61 = "61_malawi_election_protest.txt"
F62 = "62_meridian_castlerock_merger.txt"
F63 = "63_eu_engine_ban_delay.txt"
F64 = "64_wexley_fa_cup_tie.txt"
F65 = "65_trilateral_summit_revived.txt"

# 61
MWALE = ["Chikondi Mwale-Banda"]
MEC = ["Malawi Electoral Commission", "The Malawi Electoral Commission", "MEC", "electoral commission"]
KAPHUKA = ["Ruth Kaphuka-Nyirenda", "Justice Ruth Kaphuka-Nyirenda"]
BLESSINGS = ["Blessings", "a 24-year-old university student", "university student", "student"]
AFP = ["AFP", "Agence France-Presse", "the agency", "agency"]
KALUA = ["Peter Kalua-Ngwira"]
POLICE_SOURCE = ["A police source", "police source", "source"]
SADC = [
    "Southern African Development Community",
    "Observers from the Southern African Development Community",
    "SADC observers",
    "SADC",
    "observers",
]
LINDQVIST = ["Annika Lindqvist-Borg"]
CHIRWA = ["Moses Chirwa-Lungu"]
CHIMWEMWE = ["Lazarus Chimwemwe", "President Lazarus Chimwemwe"]
ADR = ["Alliance for Democratic Renewal", "The Alliance for Democratic Renewal", "ADR", "The ADR"]
PHIRI = ["Grace Phiri-Mkandawire"]
DIPLOMATS_LL = ["Diplomats in Lilongwe", "diplomats in Lilongwe", "Diplomats", "diplomats"]
US_EMBASSY = ["United States embassy", "The United States embassy", "US embassy", "U.S. embassy"]
# 62
WHITFORD = ["Dana Whitford-Osei"]
MERIDIAN = ["Meridian Communications", "Meridian", "the company", "company"]
JOINT = [
    "Meridian Communications and Castlerock Wireless",
    "Meridian and Castlerock",
    "the two companies",
    "two companies",
    "a joint statement",
    "joint statement",
    "Meridian Communications",
    "Meridian",
    "Castlerock Wireless",
    "Castlerock",
]
PEOPLE_FAMILIAR = ["two people familiar with the discussions", "people familiar with the discussions"]
KOWALCZYK = ["Brian Kowalczyk"]
GREYFIELD = ["Greyfield Capital"]
ANALYSTS = ["Analysts", "analysts"]
LIEBOWITZ = ["Karen Liebowitz"]
MISTRY = ["Rohan Mistry"]
CWA = [
    "Communications Workers of America",
    "The Communications Workers of America",
    "CWA",
    "union",
    "the union",
]
MALDONADO = ["Teresa Maldonado-Hughes"]
FCC = ["Federal Communications Commission", "The FCC", "FCC"]
ASANTE = ["Lydia Asante-Marsh"]
# 63
DRAFT = [
    "draft proposal",
    "a draft proposal",
    "draft",
    "the draft",
    "The draft",
    "European Commission",
    "The European Commission",
    "Commission",
]
HJELMSTAD = ["Anitta Hjelmstad"]
BRENNINKMEYER = ["Lukas Brenninkmeyer"]
VAUTHIER = ["Claire Vauthier-Lemoine"]
DIPLOMATS = ["Diplomats", "diplomats", "EU diplomats"]
EU_DIPLOMAT = ["one EU diplomat", "EU diplomat", "diplomat"]
ACEA = [
    "European Automobile Manufacturers’ Association",
    "European Automobile Manufacturers' Association",
    "The European Automobile Manufacturers’ Association",
    "ACEA",
]
TE = ["Transport & Environment", "Transport and Environment", "T&E"]
EKWUEME = ["Jonas Ekwueme-Larsen"]
EPP = ["European People’s Party", "European People's Party", "the European People’s Party", "EPP"]
OBERMAIER = ["Matthias Obermaier-Klee"]
LANGBALLE = ["Sofie Langballe-Dahl"]
OFFICIALS = ["Officials", "officials", "EU officials"]
# 64
HOLLIS = ["Gareth Hollis"]
WEXLEY = ["Wexley Town", "Wexley", "the club", "club"]
OYELARAN = ["Danny Oyelaran-Price"]
AALTONEN = ["Stefan Aaltonen-Reyes"]
ASHDOWN = ["Kwame Ashdown-Boateng"]
# 65
ZHOU = ["Zhou Hanqing"]
MORIKAWA = ["Takeshi Morikawa"]
JP_MOFA = [
    "Japan's foreign ministry",
    "Japanese foreign ministry",
    "Japan's Ministry of Foreign Affairs",
    "foreign ministry",
]
TAN = ["Tan Xiaolu"]
ARAKAWA = ["Kenji Arakawa"]
HAN = ["Han Dong-seok"]
SK_OFFICIAL = [
    "A senior South Korean official",
    "senior South Korean official",
    "South Korean official",
    "official",
]
TANABE = ["Hiroko Tanabe-Ellis"]

ROWS = [
    # 61
    (F61, 'figures were "cooked"', MWALE, None, "mixed", True),
    (
        F61,
        "Chimwemwe, 67, had won 50.9 percent of the vote against 44.2 percent for opposition leader Chikondi "
        "Mwale-Banda of the Alliance for Democratic Renewal (ADR)",
        MEC,
        None,
        "indirect",
        False,
    ),
    (F61, 'the vote had been "free, fair and credible"', KAPHUKA, None, "mixed", False),
    (
        F61,
        'candidates who disputed the outcome to go to court "rather than to the streets."',
        KAPHUKA,
        None,
        "mixed",
        False,
    ),
    (
        F61,
        "The commission has done its work in the full glare of party monitors, observers and the media,",
        KAPHUKA,
        None,
        "direct",
        False,
    ),
    (F61, "Every tally sheet is available for inspection.", KAPHUKA, None, "direct", False),
    (
        F61,
        'the figures had been "cooked" at the national tally centre and that his agents had been blocked from '
        "verifying results from at least four districts in the southern region",
        MWALE,
        None,
        "mixed",
        False,
    ),
    (
        F61,
        "We will not accept a stolen result. Malawians voted for change and they know it,",
        MWALE,
        None,
        "direct",
        False,
    ),
    (F61, "They are stealing our future,", BLESSINGS, "AFP", "direct", False),
    (F61, "We waited five years for this vote.", BLESSINGS, "AFP", "direct", False),
    (
        F61,
        "Several shops near the Area 25 market were looted, the agency reported, and at least two minibuses "
        "were set alight",
        AFP,
        None,
        "indirect",
        False,
    ),
    (
        F61,
        'officers had used "minimum force" and that 37 people had been arrested for public violence and theft',
        KALUA,
        None,
        "mixed",
        False,
    ),
    (F61, "The police will not allow anyone to hold the city hostage,", KALUA, None, "direct", False),
    (
        F61,
        "People are free to express themselves, but looting and burning property is a crime, full stop.",
        KALUA,
        None,
        "direct",
        False,
    ),
    (
        F61,
        "at least nine people had been treated for injuries, including two officers hit by stones",
        POLICE_SOURCE,
        "AFP",
        "indirect",
        False,
    ),
    (F61, 'voting had been "largely peaceful and orderly,"', SADC, None, "mixed", False),
    (
        F61,
        '"significant delays" in the transmission of results from some constituencies',
        SADC,
        None,
        "mixed",
        False,
    ),
    (
        F61,
        'the mission had "not yet been able to reconcile" the commission\'s figures with tallies posted outside '
        "polling stations in Mulanje, Thyolo, Chikwawa and Nsanje districts",
        LINDQVIST,
        "BBC",
        "mixed",
        False,
    ),
    (
        F61,
        "We are not saying the result is wrong. We are saying it has to be checked,",
        LINDQVIST,
        "BBC",
        "direct",
        False,
    ),
    (F61, 'the opposition\'s claims as "sour grapes."', CHIRWA, None, "mixed", False),
    (
        F61,
        'the president would address the nation on Thursday evening and would "extend a hand to all Malawians, '
        'including those who did not vote for him."',
        CHIRWA,
        None,
        "mixed",
        False,
    ),
    (F61, "whatever the outcome, Malawi will remain one nation.", CHIMWEMWE, "MBC", "direct", False),
    (
        F61,
        "it would file a petition at the Constitutional Court within the seven-day deadline",
        ADR,
        None,
        "indirect",
        False,
    ),
    (F61, 'its supporters to "stay home and stay calm" until then', ADR, None, "mixed", False),
    (
        F61,
        'the party had collected "more than 2,000 signed tally sheets" which it would present to the judges',
        PHIRI,
        None,
        "mixed",
        False,
    ),
    (
        F61,
        "The numbers on our sheets and the numbers announced in Blantyre come from two different elections,",
        PHIRI,
        None,
        "direct",
        False,
    ),
    (
        F61,
        "they feared a repeat of the months of unrest that followed the 2019 vote",
        DIPLOMATS_LL,
        None,
        "indirect",
        False,
    ),
    (
        F61,
        "all parties to exercise restraint and to pursue any grievances through the legal process.",
        US_EMBASSY,
        None,
        "direct",
        False,
    ),
    # 62
    (F62, "deal “a once-in-a-generation opportunity”", WHITFORD, None, "mixed", True),
    (
        F62,
        "it had agreed to buy smaller rival Castlerock Wireless for about $14.6 billion in cash and stock",
        MERIDIAN,
        None,
        "indirect",
        False,
    ),
    (
        F62,
        "Castlerock shareholders will receive $31.50 a share, a 38% premium to Monday’s closing price",
        JOINT,
        None,
        "indirect",
        False,
    ),
    (
        F62,
        "The two carriers had been in talks on and off for nearly two years",
        PEOPLE_FAMILIAR,
        None,
        "indirect",
        False,
    ),
    (
        F62,
        "an earlier attempt collapsed in 2024 over who would run the combined business",
        PEOPLE_FAMILIAR,
        None,
        "indirect",
        False,
    ),
    (
        F62,
        "the combination would generate about $2.1 billion in annual cost savings by the third year, largely from "
        "merging networks, retail stores and back-office operations",
        WHITFORD,
        None,
        "indirect",
        False,
    ),
    (
        F62,
        "This is a once-in-a-generation opportunity to build a network that can genuinely compete with the two "
        "giants,",
        WHITFORD,
        None,
        "direct",
        False,
    ),
    (
        F62,
        "Customers have been telling us for years that they want a real choice. Now they’ll have one.",
        WHITFORD,
        None,
        "direct",
        False,
    ),
    (F62, "the savings would come at a price", WHITFORD, None, "indirect", False),
    (
        F62,
        "Meridian expects to cut “approximately 4,000 positions” across the two companies, or about 9% of the "
        "combined workforce, and to close or consolidate about 600 overlapping stores",
        MERIDIAN,
        None,
        "mixed",
        False,
    ),
    (
        F62,
        "We will do everything we can to treat affected employees with respect, including severance and "
        "retraining,",
        WHITFORD,
        None,
        "direct",
        False,
    ),
    (
        F62,
        "most of the reductions would come through attrition and by not filling open roles",
        WHITFORD,
        None,
        "indirect",
        False,
    ),
    (F62, "the two carriers’ spectrum holdings were “a near-perfect fit.”", KOWALCZYK, None, "mixed", False),
    (
        F62,
        "Castlerock had struggled to pay for its 5G rollout on its own",
        KOWALCZYK,
        None,
        "indirect",
        False,
    ),
    (
        F62,
        "Scale matters in this business, and we didn’t have enough of it,",
        KOWALCZYK,
        None,
        "direct",
        False,
    ),
    (
        F62,
        "it supported the deal and would vote its 12% stake in favor",
        GREYFIELD,
        "Reuters",
        "indirect",
        False,
    ),
    (
        F62,
        "the narrow gap between the offer price and Castlerock’s trading price suggested investors were fairly "
        "confident the deal would win approval, though far from certain",
        ANALYSTS,
        None,
        "indirect",
        False,
    ),
    (
        F62,
        "Washington has blocked four-to-three mergers in wireless before, and it has approved them before,",
        LIEBOWITZ,
        None,
        "direct",
        False,
    ),
    (
        F62,
        "The difference this time is that Meridian is offering to sell spectrum up front. That tells you they’ve "
        "done their homework.",
        LIEBOWITZ,
        None,
        "direct",
        False,
    ),
    (
        F62,
        "the cost-savings target looked “aggressive” and that integrating two networks built on equipment from "
        "different vendors could take “well over the three years management is promising.”",
        MISTRY,
        None,
        "mixed",
        False,
    ),
    (
        F62,
        "it would oppose the deal unless Meridian committed to no forced layoffs",
        CWA,
        None,
        "indirect",
        False,
    ),
    (
        F62,
        "Every time these companies merge, they promise lower prices and better service, and every time what "
        "workers actually get is a pink slip,",
        MALDONADO,
        None,
        "direct",
        False,
    ),
    (
        F62,
        "the Federal Communications Commission and the Justice Department to hold public hearings on the merger",
        MALDONADO,
        None,
        "indirect",
        False,
    ),
    (
        F62,
        "it had “received notice of the proposed transaction” and would review it “under the public interest "
        "standard set by Congress.”",
        FCC,
        None,
        "mixed",
        False,
    ),
    (
        F62,
        "“four-to-three is a number that should make every consumer nervous” and that she would “look very "
        "closely” at the companies’ promises on prices",
        ASANTE,
        None,
        "mixed",
        False,
    ),
    (
        F62,
        "Meridian had already held “constructive conversations” with regulators and was prepared to divest some "
        "spectrum licenses in rural markets to win approval",
        WHITFORD,
        None,
        "mixed",
        False,
    ),
    (F62, "We’re not naive about this,", WHITFORD, None, "direct", False),
    (F62, "We expect tough questions, and we’ll have good answers.", WHITFORD, None, "direct", False),
    # 63
    (F63, ("a historic mistake", 1), VAUTHIER, None, "direct", True),
    (
        F63,
        "The European Commission is preparing to let carmakers keep selling plug-in hybrids and some "
        "combustion-engine vehicles beyond 2035",
        DRAFT,
        None,
        "indirect",
        False,
    ),
    (
        F63,
        "the change is needed “to safeguard the competitiveness of the European automotive industry while "
        "maintaining the climate-neutrality objective for 2050.”",
        DRAFT,
        None,
        "mixed",
        False,
    ),
    (
        F63,
        "the executive “does not comment on leaked documents” but that the review of the CO2 rules was "
        "“proceeding on schedule.”",
        HJELMSTAD,
        None,
        "mixed",
        False,
    ),
    (F63, "The 2035 target remains the target,", HJELMSTAD, None, "direct", False),
    (
        F63,
        "What we are looking at is how we get there in a way that keeps jobs and industry in Europe.",
        HJELMSTAD,
        None,
        "direct",
        False,
    ),
    (
        F63,
        "the original ban had been “written for a world that no longer exists” and that European carmakers could "
        "not compete with Chinese rivals “with one hand tied behind their backs.”",
        BRENNINKMEYER,
        "Der Spiegel",
        "mixed",
        False,
    ),
    (
        F63,
        "Nobody in Berlin wants to abandon climate protection,",
        BRENNINKMEYER,
        "Der Spiegel",
        "direct",
        False,
    ),
    (
        F63,
        "But if we lose the car industry, we lose the political majority for climate protection along with it.",
        BRENNINKMEYER,
        "Der Spiegel",
        "direct",
        False,
    ),
    (
        F63,
        "Any weakening of the 2035 deadline would be “a historic mistake” that rewarded companies which had "
        "failed to invest",
        VAUTHIER,
        "Le Monde",
        "mixed",
        False,
    ),
    (
        F63,
        "French manufacturers made the investments. They built the factories. They trained the workers,",
        VAUTHIER,
        "Le Monde",
        "direct",
        False,
    ),
    (
        F63,
        "We will not accept that those who did the work are punished for the delays of others.",
        VAUTHIER,
        "Le Monde",
        "direct",
        False,
    ),
    (
        F63,
        "France was trying to assemble a blocking minority with Spain, the Netherlands and Denmark, while Italy, "
        "Poland, the Czech Republic and Slovakia have backed Germany’s call for more flexibility",
        DIPLOMATS,
        None,
        "indirect",
        False,
    ),
    (
        F63,
        "It is the classic Franco-German standoff, except this time both sides have their industry behind them,",
        EU_DIPLOMAT,
        None,
        "direct",
        False,
    ),
    (
        F63,
        "the industry faced “an existential squeeze” from weak demand for electric vehicles, high energy prices "
        "and US tariffs",
        ACEA,
        None,
        "mixed",
        False,
    ),
    (F63, "the draft “a gift to the laggards”", TE, None, "mixed", False),
    (
        F63,
        "it would “pull the rug out from under” battery investments across the bloc",
        TE,
        None,
        "mixed",
        False,
    ),
    (
        F63,
        "Investors need to know that a law passed in Brussels actually means something,",
        EKWUEME,
        "Politico Europe",
        "direct",
        False,
    ),
    (
        F63,
        "the Commission was “rewriting the rules halfway through the game.”",
        EKWUEME,
        "Politico Europe",
        "mixed",
        False,
    ),
    (F63, "it would support a delay", EPP, None, "indirect", True),
    (
        F63,
        "the Commission should “go further” and scrap the 2035 date altogether",
        OBERMAIER,
        None,
        "mixed",
        False,
    ),
    (
        F63,
        "Parliament would not “rubber-stamp a U-turn written by car lobbyists.”",
        LANGBALLE,
        None,
        "mixed",
        False,
    ),
    (
        F63,
        "a final decision was unlikely before the second half of next year",
        OFFICIALS,
        None,
        "indirect",
        False,
    ),
    # 64
    (F64, "We’re not going there to swap shirts", HOLLIS, None, "direct", True),
    (F64, "Wexley to believe ahead of Northam cup tie", HOLLIS, None, "indirect", True),
    (
        F64,
        "his League Two side to forget about the gulf in resources and treat Saturday’s FA Cup third-round tie at "
        "Premier League Northam Forest as ‘just another game of football’",
        HOLLIS,
        None,
        "mixed",
        False,
    ),
    (
        F64,
        "his players had earned the right to be there and would not be ‘tourists’ at Riverside Park",
        HOLLIS,
        None,
        "mixed",
        False,
    ),
    (
        F64,
        "I’ve said to the lads, enjoy the week, enjoy the build-up, take your pictures on Friday when we walk the "
        "pitch,",
        HOLLIS,
        None,
        "direct",
        False,
    ),
    (
        F64,
        "But when that whistle goes, I don’t want anyone looking up at the stands thinking, “How did I get here?” "
        "You got here because you’re good enough.\n\n‘We’ve watched every one of their games this season. "
        "They’re brilliant, they’re going to have more of the ball than us, we know that. But they’ve dropped "
        "points at home to teams who stayed in their shape and were brave when they won it back. There’s a "
        "blueprint there.\n\n‘If we’re still level at half-time, the pressure’s on them, not us.",
        HOLLIS,
        None,
        "direct",
        False,
    ),
    (F64, "around 30 coaches would travel up from Kent on Saturday morning", WEXLEY, None, "indirect", False),
    (
        F64,
        "the squad had talked about little else since the draw was made in early December",
        OYELARAN,
        None,
        "indirect",
        False,
    ),
    (
        F64,
        "You’d be lying if you said you hadn’t looked at their team sheet,",
        OYELARAN,
        None,
        "direct",
        False,
    ),
    (
        F64,
        "Half the boys have got their players in their fantasy teams. Now they’ve got to mark them.",
        OYELARAN,
        None,
        "direct",
        False,
    ),
    (F64, "Ask me at five o’clock.", OYELARAN, None, "direct", False),
    (
        F64,
        "he would make ‘five or six’ changes from the side that drew 2-2 with Calderbridge on Tuesday, but that "
        "there was ‘zero chance’ of his players underestimating their opponents",
        AALTONEN,
        None,
        "mixed",
        False,
    ),
    (
        F64,
        "I have been in this country long enough to know what the FA Cup means,",
        AALTONEN,
        None,
        "direct",
        False,
    ),
    (
        F64,
        "These are the games where, if you are not at your level, you go home and you read about yourself for "
        "twenty years.",
        AALTONEN,
        None,
        "direct",
        False,
    ),
    (
        F64,
        "goalkeeper Tomás Herrera-Block would make his first start since October after recovering from a "
        "shoulder injury",
        AALTONEN,
        None,
        "indirect",
        False,
    ),
    (F64, "he had ‘nothing to prove’ to his former club", ASHDOWN, "BBC Radio Kent", "mixed", False),
    (F64, "I’m not bitter. They gave me a lot,", ASHDOWN, "BBC Radio Kent", "direct", False),
    (
        F64,
        "But yeah, I’d be lying if I told you I hadn’t thought about scoring there.",
        ASHDOWN,
        "BBC Radio Kent",
        "direct",
        False,
    ),
    (
        F64,
        "the cup run had already earned the club about £400,000 in prize money and television revenue – "
        "‘life-changing money for a club like ours’",
        HOLLIS,
        None,
        "mixed",
        False,
    ),
    (
        F64,
        "That’s a new pitch, that’s the roof on the away end fixed, that’s the academy kept open for another two "
        "years,",
        HOLLIS,
        None,
        "direct",
        False,
    ),
    (
        F64,
        "And if we win, I might get a new car out of it as well. I’ll have to ask the chairman.",
        HOLLIS,
        None,
        "direct",
        False,
    ),
    # 65
    (
        F65,
        ('trilateral cooperation "should not be disturbed by outside interference"', 1),
        ["Beijing", "China", "Zhou Hanqing"],
        None,
        "mixed",
        True,
    ),
    (
        F65,
        "We have reached a common understanding that our three countries bear an important responsibility for "
        "peace and prosperity in this region, and that dialogue must continue even when we disagree,",
        MORIKAWA,
        None,
        "direct",
        False,
    ),
    (
        F65,
        "the three had also agreed to restart negotiations on a trilateral free trade agreement, which stalled in "
        '2019, and to hold a meeting of their economy ministers "as soon as possible."',
        MORIKAWA,
        None,
        "mixed",
        False,
    ),
    (
        F65,
        "the ministers also agreed to expand youth exchanges and to cooperate on disaster prevention and ageing "
        "populations",
        JP_MOFA,
        None,
        "indirect",
        False,
    ),
    (
        F65,
        'China was willing to work with Japan and South Korea to "uphold true multilateralism" and oppose "bloc '
        'confrontation,"',
        ZHOU,
        "Xinhua",
        "mixed",
        False,
    ),
    (
        F65,
        'trilateral cooperation "should not be disturbed by outside interference" and that the three neighbours '
        'should "properly handle sensitive issues" in their bilateral relations',
        ZHOU,
        "Xinhua",
        "mixed",
        False,
    ),
    (F65, 'the meeting had been "candid, practical and constructive."', TAN, None, "mixed", False),
    (F65, "China has always regarded Japan and the ROK as important neighbours,", TAN, None, "direct", False),
    (
        F65,
        "We hope the two sides will meet China halfway and create favourable conditions for the leaders' meeting.",
        TAN,
        None,
        "direct",
        False,
    ),
    (F65, 'China was "seriously concerned"', TAN, None, "mixed", False),
    (
        F65,
        'Tokyo to "reflect on its history of aggression and act prudently in the military and security field."',
        TAN,
        None,
        "mixed",
        False,
    ),
    (
        F65,
        'the deployment was "purely defensive" and not aimed at any particular country',
        ARAKAWA,
        "Kyodo News",
        "mixed",
        False,
    ),
    (
        F65,
        'Seoul would use its role as next year\'s summit host to "build bridges" between its two neighbours',
        HAN,
        "Yonhap News Agency",
        "mixed",
        False,
    ),
    (
        F65,
        "Korea sits between China and Japan geographically, and we want to use that position for cooperation, "
        "not competition,",
        HAN,
        "Yonhap News Agency",
        "direct",
        False,
    ),
    (F65, "he had also raised North Korea's recent missile launches", HAN, None, "indirect", False),
    (
        F65,
        'Beijing to play "a constructive role" in persuading Pyongyang to return to talks',
        HAN,
        None,
        "mixed",
        False,
    ),
    (
        F65,
        'the three sides had not yet settled on a date for the summit but were looking at "late February or '
        'March."',
        SK_OFFICIAL,
        None,
        "mixed",
        False,
    ),
    (
        F65,
        'China and Japan should "view each other\'s development in an objective and rational light."',
        ZHOU,
        "State media",
        "mixed",
        False,
    ),
    (F65, "The fact that they are meeting at all is the headline,", TANABE, None, "direct", False),
    (F65, "Nobody should expect a breakthrough on the hard issues.", TANABE, None, "direct", False),
    (
        F65,
        "the three governments each had domestic reasons to show progress, with Beijing keen to ease its economic "
        "isolation and Tokyo and Seoul anxious about trade tensions with Washington",
        TANABE,
        None,
        "indirect",
        False,
    ),
]

BOILERPLATE = {
    F61: [
        "THE NAIROBI LEDGER\n"
        "Home | News | Counties | Africa | Business | Sports | Opinion | Digital Edition\n"
        "Subscribe | Sign in",
        "AFRICA",
        "By LEDGER CORRESPONDENT with AFP\nPublished Wed, Sep 24 2025 at 16:12 EAT",
        "Supporters of opposition candidate Chikondi Mwale-Banda burn tyres on the M1 road in Lilongwe on "
        "Wednesday. PHOTO | AMOS GUMULIRA | AFP",
        "Read more: Malawi votes amid fuel queues and soaring maize prices",
        "RELATED STORIES\n"
        "- Zambia's opposition says it will not recognise by-election results\n"
        '- "We are tired of promises": Malawi voters queue from dawn\n'
        '- AU mission calls Mozambique polls "generally credible"',
        "Get the Ledger's Africa Briefing delivered to your inbox every Monday. Subscribe now",
        "Tags: Malawi, Elections, Lazarus Chimwemwe, Chikondi Mwale-Banda, Protests, SADC",
        "(c) 2025 The Nairobi Ledger Group. All rights reserved. Reproduction without permission prohibited.",
    ],
    F62: [
        "The Commerce Dispatch\n"
        "Markets | Companies | Tech | Telecom | Economy | Personal Finance | Opinion\n"
        "Sign in   Subscribe: 4 weeks for $1",
        "TELECOM",
        "By Hannah Vellacott and Joseph Amankwah-Reid\nUpdated Nov. 4, 2025 at 1:47 p.m. ET",
        "A Castlerock Wireless store in Columbus, Ohio. The company has about 1,100 retail locations across 31 "
        "states. (Photo: Megan Jelinger/Bloomberg)",
        "Read more: Wireless price war squeezes smaller carriers as subscriber growth stalls",
        "Related coverage\n"
        "• Castlerock says it will miss subscriber targets for second straight quarter\n"
        "• Union says ‘enough is enough’ as telecom call-center jobs move offshore\n"
        "• FCC chair signals lighter touch on media and telecom mergers",
        "Get the Morning Dispatch: the day’s top business stories before the opening bell. Sign up",
        "Topics: Mergers & Acquisitions, Telecommunications, Meridian Communications, Castlerock Wireless, "
        "Layoffs, FCC",
        "© 2025 The Commerce Dispatch LLC. All rights reserved. Privacy Policy | Terms of Use | Do Not Sell My "
        "Personal Information",
    ],
    F63: [
        "EUROPE INSIDER\nPolitics | Economy | Climate | Tech | Defence | Opinion | Events\nNewsletters   Log in",
        "CLIMATE & TRANSPORT",
        "By Théo Marchetti-Vance and Ingrid Solberg\n1 December 2025, 19:04 CET",
        "New cars await export at the port of Bremerhaven, Germany. Photo by Focke Strangmann/EPA-EFE",
        "Read more: Europe’s electric car sales stall as subsidies dry up",
        "MORE FROM EUROPE INSIDER\n"
        "› Commission says ‘no plan B’ for 2040 climate target\n"
        "› “We are being asked to pay twice”: Eastern members push back on carbon tax for homes\n"
        "› Germany’s carmakers cut 50,000 jobs in a year, industry body says",
        "Sign up for Europe Insider Playbook, our morning newsletter on everything happening in Brussels.",
        "Tags: European Commission, Combustion engine ban, Automotive industry, Germany, France, CO2 standards",
        "© 2025 Europe Insider SRL. All rights reserved. | Cookie settings | Privacy | Contact",
    ],
    F64: [
        "Kent Sport Live\n"
        "Menu   Football   Cricket   Rugby   Racing   Boxing   Non-League   Fixtures & Results\n"
        "Football › FA Cup › Wexley Town",
        "By Callum Pettigrew-Ndlovu\nFootball Writer\n17:30, 8 JAN 2026",
        "Wexley Town manager Gareth Hollis during his pre-match press conference at Lime Kiln Lane on Thursday "
        "(Image: Kent Sport Live/Steve Aylward)",
        "READ MORE: Wexley Town's cup run - how the minnows reached the third round",
        "MORE ON THIS STORY\n"
        "‘I cried in the car park’: Wexley fans on the day they drew Northam\n"
        "Northam boss says cup is ‘a priority’ despite relegation scrap\n"
        "Wexley confirm Ashdown-Boateng will stay until end of season",
        "Get the latest Wexley Town news straight to your inbox with our free newsletter",
        "Like Kent Sport Live on Facebook and follow us on X for all the latest local sport",
        "Comments have been switched off for this article.",
        "© 2026 Kent Sport Live. Part of Southern Regional Media Ltd. All rights reserved.",
    ],
    F65: [
        "ASIA PACIFIC MONITOR\n"
        "Home | China | Japan | Koreas | Southeast Asia | Business | Opinion | Video\n"
        "Search   Log in   Subscribe",
        "DIPLOMACY",
        "By Naomi Fujisaki-Hart in Tokyo and Li Wenjie in Beijing\nPublished: 18 November 2025, 21:15 JST",
        "The foreign ministers of Japan, China and South Korea pose for photographs before their meeting at the "
        "Iikura Guest House in Tokyo on Tuesday. (Kyodo via Reuters)",
        "Read more: Japan to station long-range missiles on Ishigaki by 2027, defence ministry says",
        "RELATED\n"
        "- China lodges 'stern representations' with Japan over Taiwan remarks\n"
        "- North Korea fires ballistic missile into sea, Seoul says\n"
        '- "A new chapter": Japan and South Korea leaders pledge closer ties',
        "Sign up for our Asia Briefing newsletter, delivered every weekday morning.",
        "Topics: China, Japan, South Korea, Diplomacy, Trilateral summit, Free trade",
        "Copyright 2025 Asia Pacific Monitor. All rights reserved.",
    ],
}
