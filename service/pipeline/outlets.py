"""Known outlets: publishers and intermediaries, with the names articles use for them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.pipeline.types import OutletKind


@dataclass(frozen=True, slots=True)
class OutletInfo:
    name: str
    kind: OutletKind
    domains: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


KNOWN_OUTLETS: tuple[OutletInfo, ...] = (
    OutletInfo("RT", "broadcaster", ("rt.com",), ("Russia Today",)),
    OutletInfo("Reuters", "news_agency", ("reuters.com",)),
    OutletInfo("Associated Press", "news_agency", ("apnews.com",), ("AP",)),
    OutletInfo("Agence France-Presse", "news_agency", ("afp.com",), ("AFP",)),
    OutletInfo("Xinhua", "news_agency", ("xinhuanet.com", "news.cn"), ("Xinhua News Agency",)),
    OutletInfo("TASS", "news_agency", ("tass.com", "tass.ru"), ("Tass", "ITAR-TASS")),
    OutletInfo("Sputnik", "news_agency", ("sputniknews.com",)),
    OutletInfo("RIA Novosti", "news_agency", ("ria.ru",), ("RIA",)),
    OutletInfo("Interfax", "news_agency", ("interfax.ru",)),
    OutletInfo("CCTV", "broadcaster", ("cctv.com",), ("China Central Television",)),
    OutletInfo("CGTN", "broadcaster", ("cgtn.com",), ("China Global Television Network",)),
    OutletInfo("Global Times", "newspaper", ("globaltimes.cn",)),
    OutletInfo("Anadolu", "news_agency", ("aa.com.tr",), ("Anadolu Agency", "AA")),
    OutletInfo("Press Trust of India", "news_agency", ("ptinews.com",), ("PTI",)),
    OutletInfo("South China Morning Post", "newspaper", ("scmp.com",), ("SCMP",)),
    OutletInfo("BBC", "broadcaster", ("bbc.com", "bbc.co.uk"), ("BBC News",)),
    OutletInfo("CNN", "broadcaster", ("cnn.com",)),
    OutletInfo("Fox News", "broadcaster", ("foxnews.com",)),
    OutletInfo("The New York Times", "newspaper", ("nytimes.com",), ("New York Times", "NYT")),
    OutletInfo("The Washington Post", "newspaper", ("washingtonpost.com",), ("Washington Post",)),
    OutletInfo("The Wall Street Journal", "newspaper", ("wsj.com",), ("Wall Street Journal", "WSJ")),
    OutletInfo("New York Post", "newspaper", ("nypost.com",), ("The New York Post",)),
    OutletInfo("Bloomberg", "news_agency", ("bloomberg.com",)),
    OutletInfo("Al Jazeera", "broadcaster", ("aljazeera.com",)),
    OutletInfo("Kremlin Press Service", "government_body", ("kremlin.ru",)),
    OutletInfo("Breitbart", "publisher", ("breitbart.com",), ("Breitbart News",)),
    OutletInfo("Global Village Space", "publisher", ("globalvillagespace.com",)),
    # Widely cited outlets; ambiguous short names ("The Hill", "The Times", "The Economist") are left out on
    # purpose, because a surname or a common noun would resolve to them.
    OutletInfo("NBC News", "broadcaster", ("nbcnews.com",), ("NBC",)),
    OutletInfo("CBS News", "broadcaster", ("cbsnews.com",), ("CBS",)),
    OutletInfo("ABC News", "broadcaster", ("abcnews.go.com",)),
    OutletInfo("MSNBC", "broadcaster", ("msnbc.com",)),
    OutletInfo("CNBC", "broadcaster", ("cnbc.com",)),
    OutletInfo("NPR", "broadcaster", ("npr.org",), ("National Public Radio",)),
    OutletInfo("Voice of America", "broadcaster", ("voanews.com",), ("VOA",)),
    OutletInfo(
        "Radio Free Europe/Radio Liberty", "broadcaster", ("rferl.org",), ("RFE/RL", "Radio Free Europe")
    ),
    OutletInfo("Deutsche Welle", "broadcaster", ("dw.com",)),
    OutletInfo("France 24", "broadcaster", ("france24.com",)),
    OutletInfo("NHK", "broadcaster", ("nhk.or.jp",)),
    OutletInfo("Al Arabiya", "broadcaster", ("alarabiya.net",)),
    OutletInfo("NDTV", "broadcaster", ("ndtv.com",)),
    OutletInfo("USA Today", "newspaper", ("usatoday.com",), ("USA TODAY",)),
    OutletInfo("Los Angeles Times", "newspaper", ("latimes.com",), ("LA Times",)),
    OutletInfo("Financial Times", "newspaper", ("ft.com",), ("FT",)),
    OutletInfo("The Guardian", "newspaper", ("theguardian.com",)),
    OutletInfo("The Daily Telegraph", "newspaper", ("telegraph.co.uk",), ("The Telegraph",)),
    OutletInfo("Daily Mail", "newspaper", ("dailymail.co.uk",)),
    OutletInfo("Le Monde", "newspaper", ("lemonde.fr",)),
    OutletInfo("Der Spiegel", "publisher", ("spiegel.de",)),
    OutletInfo("People's Daily", "newspaper", ("people.com.cn",)),
    OutletInfo("China Daily", "newspaper", ("chinadaily.com.cn",)),
    OutletInfo("Nikkei", "newspaper", ("nikkei.com",), ("Nikkei Asia",)),
    OutletInfo("The Hindu", "newspaper", ("thehindu.com",)),
    OutletInfo("The Times of India", "newspaper", ("timesofindia.indiatimes.com",), ("Times of India",)),
    OutletInfo("Dawn", "newspaper", ("dawn.com",)),
    OutletInfo("Kommersant", "newspaper", ("kommersant.ru",)),
    OutletInfo("Izvestia", "newspaper", ("iz.ru",)),
    OutletInfo("Politico", "publisher", ("politico.com",), ("POLITICO",)),
    OutletInfo("Axios", "publisher", ("axios.com",)),
    OutletInfo("HuffPost", "publisher", ("huffpost.com",), ("The Huffington Post", "Huffington Post")),
    OutletInfo("The Daily Beast", "publisher", ("thedailybeast.com",), ("Daily Beast",)),
    OutletInfo("Yahoo News", "publisher", ("news.yahoo.com",)),
    OutletInfo("Newsweek", "publisher", ("newsweek.com",)),
    OutletInfo("ProPublica", "publisher", ("propublica.org",)),
    OutletInfo("Kyodo News", "news_agency", ("kyodonews.net",), ("Kyodo",)),
    OutletInfo("Yonhap", "news_agency", ("yna.co.kr",), ("Yonhap News Agency",)),
    OutletInfo("EFE", "news_agency", ("efe.com",)),
    OutletInfo("ANSA", "news_agency", ("ansa.it",)),
    OutletInfo("dpa", "news_agency", ("dpa.com",), ("Deutsche Presse-Agentur",)),
    OutletInfo("Asian News International", "news_agency", ("aninews.in",), ("ANI",)),
    OutletInfo("IRNA", "news_agency", ("irna.ir",), ("Islamic Republic News Agency",)),
    OutletInfo("Ukrinform", "news_agency", ("ukrinform.net",)),
)


def outlet_key(name: str) -> str:
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    return re.sub(r"[^0-9a-z]+", " ", name.lower()).strip()


_BY_KEY: dict[str, OutletInfo] = {}
for _outlet in KNOWN_OUTLETS:
    for _name in (_outlet.name, *_outlet.aliases):
        _BY_KEY.setdefault(outlet_key(_name), _outlet)


def lookup_outlet(name: str) -> OutletInfo | None:
    """The known outlet a name stands for ("Tass", "the Russia Today" → TASS, RT), or None."""
    return _BY_KEY.get(outlet_key(name))


def name_as_given(outlet: OutletInfo, forms: set[str]) -> str:
    """The outlet's name as an article gives it: the known name when the article uses it, else the longest
    of the article's own forms ("AFP" where only "AFP" appears), so that reports match the article."""
    names = [n for n in (outlet.name, *outlet.aliases) if outlet_key(n) in forms]
    if not names or names[0] == outlet.name:
        return outlet.name
    return max(names, key=len)


def lookup_domain(host: str) -> OutletInfo | None:
    """The known outlet publishing at a host name ("www.rt.com" → RT), or None."""
    host = host.lower().rstrip(".")
    for outlet in KNOWN_OUTLETS:
        for domain in outlet.domains:
            if host == domain or host.endswith("." + domain):
                return outlet
    return None
