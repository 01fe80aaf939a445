"""Lexicons for attribution: verbs and phrases that introduce reported words or attitudes,
and the nouns that name intermediaries (agencies, broadcasters, websites). Pure data + lookups.

The quotes stage (quotes.py) combines these word lists with the dependency parse; nothing here
reads a Doc, so the lists can be tested and extended on their own.
"""
from __future__ import annotations

import functools
import re

# Verbs whose clausal complement is what someone said or wrote. Lemmas, as spaCy gives them.
SPEECH_VERBS = frozenset("""
say tell add note state claim announce report write tweet post argue explain insist warn ask
reply respond declare confirm deny acknowledge admit suggest predict promise vow pledge threaten
urge recall describe reveal disclose estimate testify complain concede stress emphasize emphasise
conclude contend assert maintain allege charge demand propose recommend indicate show find
remark comment observe mention repeat reiterate retort quip joke shout yell scream whisper
exclaim inform announce advise caution counter boast brag lament grumble protest tout signal
elaborate clarify specify speculate guess forecast project assure reassure affirm aver proclaim
swear confess blog text email telegraph suggest instruct order command direct request plead beg
implore cite quote relate recount narrate detail outline summarize summarise list tell hint
imply acknowledge accept agree disagree dispute question challenge rebut refute reject dismiss
deplore decry condemn denounce slam blast criticize criticise praise hail applaud welcome
lambast lambaste chide scold rebuke mock ridicule attack accuse blame credit thank congratulate
apologize apologise pray wonder muse read learn hear decline refuse
""".split())

# The core verbs of saying that attach a quotation sitting next to them ('"...," he said').
SAY_VERBS = frozenset("""
say tell add write ask reply respond explain insist note declare state continue tweet post
warn argue recall answer shout remark quip exclaim joke conclude observe announce claim
comment whisper yell scream concede admit acknowledge predict promise vow tell
""".split())

# Verbs of mental attitude: the complement is what someone thinks, wants or expects.
ATTITUDE_VERBS = frozenset("""
believe think feel hope expect fear want wish worry doubt suspect consider reckon assume
presume recognize recognise figure trust bet imagine anticipate
intend plan seek aim prefer decide determine conclude judge deem regard view see perceive
insist care
""".split())

# Verbs whose direct object (not a clause) is the attributed content, PolNeAR-style:
# "X backs Y", "X accused Y of Z", "X called for Y".
OBJECT_CUE_VERBS = frozenset("""
back support endorse oppose reject condemn denounce criticize criticise praise accuse blame
attack slam blast hail welcome applaud dismiss deny defend propose demand urge call cite
announce unveil release publish issue predict forecast estimate reveal disclose describe
recommend question challenge dispute rebuke mock ridicule fault credit thank warn threaten
vow pledge promise request seek favor favour say express voice highlight underscore offer
promote discuss address advocate tout mention reaffirm emphasize emphasise stress
""".split())

# Verbs of doing, not saying: with a bare noun object ('negotiated the pay agreement', 'won
# the seat') they report a deed, whatever a learned cue detector makes of them.
DEED_VERBS = frozenset("""
negotiate build lead win lose buy sell cancel hold run close visit meet pay spend use
import export ship manufacture produce repair drive fly sign draft broker host attend
""".split())

# Forms the small English model lemmatises wrongly, keyed by the lower-cased word.
LEMMA_FIXES = {"hoped": "hope", "hoping": "hope", "hopes": "hope", "saw": "see",
               "tweeted": "tweet", "tweeting": "tweet", "blasted": "blast"}

# Verbs whose content comes through a preposition: "talked about X", "pointed to X".
PREP_CUES = {
    "talk": ("about", "of"), "speak": ("about", "of", "on"), "point": ("to",),
    "refer": ("to",), "focus": ("on",), "push": ("for",), "vote": ("for", "against"),
    "advocate": ("for",), "argue": ("for", "against"), "campaign": ("for", "against"),
    "complain": ("about",), "warn": ("of", "about", "against"), "worry": ("about",),
    "boast": ("about", "of"), "brag": ("about",), "joke": ("about",), "rail": ("against",),
    "insist": ("on",), "comment": ("on",), "elaborate": ("on",), "reflect": ("on",),
    "testify": ("about", "to"), "lash": ("out",), "hint": ("at",), "allude": ("to",),
    "call": ("for", "on"),
}

# Documents whose content an 'In ...' phrase attributes: "In a new poll, Clinton leads".
DOCUMENT_NOUNS = frozenset("""
poll survey report study video statement interview letter post memo book article op-ed
editorial tweet speech analysis filing lawsuit complaint document documents email emails
memoir column essay testimony ruling opinion indictment release communique communiqué bulletin
notice advisory circular
""".split())

# First words of a 'Label: text' line that is not someone speaking.
NOT_SPEAKERS = frozenset("""update updated note photo photos video watch read related correction
breaking source sources image caption credit q a tags topics filed editor editors see also
listen advertisement subscribe share warning latest contributing reporting translation
translated""".split())

# Objects that point back at words already quoted: 'Tasnim reported the remarks'.
ANAPHORIC_OBJECTS = frozenset("""remark remarks comment comments statement statements it this
that them words quote quotes interview speech""".split())

PRONOUNS_FIRST = frozenset("i me my mine we us our ours".split())
PRONOUNS_THIRD = frozenset(
    "he him his she her hers they them their theirs it its who which this that".split())

# News agencies and broadcasters often named without a noun telling us what they are.
KNOWN_MEDIA = frozenset(s.lower() for s in """
Reuters|AP|Associated Press|AFP|Agence France-Presse|Agence France Presse|Tasnim|Fars|IRNA|ISNA|
Mehr|Xinhua|TASS|RIA Novosti|RIA|Interfax|Anadolu|Yonhap|Kyodo|KCNA|SANA|WAFA|Bloomberg|BBC|CNN|
Al Jazeera|Al-Jazeera|Al Arabiya|dpa|EFE|ANSA|PTI|ANI|UPI|Sputnik|RT|NHK|CCTV|Press TV|PressTV|
Fox News|NBC|ABC|CBS|NPR|PBS|MSNBC|Sky News|France 24|Deutsche Welle|DW|Euronews|Haaretz|
The New York Times|New York Times|The Washington Post|Washington Post|The Guardian|Guardian|
The Wall Street Journal|Wall Street Journal|Politico|Axios|The Times|Le Monde|Der Spiegel|
Kan|Channel 12|Channel 13|Ynet|Times of Israel|The Jerusalem Post|Jerusalem Post|Al-Mayadeen|
Al Mayadeen|Manar|Al-Manar|IRIB|Dawn|Xinhua News Agency|Tasnim News Agency|Fars News Agency|
Breitbart|HuffPost|Huffington Post|CNBC|Yahoo News|BuzzFeed|Vox|The Hill|Newsweek|Time|
RTÉ|RTE|RTÉ News|ITV|ITV News|Channel 4 News|LBC|Times Radio|GB News|Financial Times|The Economist|
The Telegraph|Daily Telegraph|The Independent|Irish Independent|The Irish Times|Irish Times|
Daily Mail|The Scotsman|Le Figaro|Libération|El País|El Mundo|Corriere della Sera|La Repubblica|
Süddeutsche Zeitung|Frankfurter Allgemeine|Bild|ARD|ZDF|Tagesschau|TF1|BFM TV|BFMTV|France Inter|
RAI|TVE|RTVE|RTP|NOS|SVT|NRK|Yle|ORF|SRF|TVN24|TVP|Polsat|Onet|Gazeta Wyborcza|Rzeczpospolita|
Kommersant|Izvestia|Meduza|Novaya Gazeta|Ukrainska Pravda|Kyiv Independent|Hürriyet|NDTV|The Hindu|
Hindustan Times|Times of India|Geo News|ARY News|Asharq Al-Awsat|South China Morning Post|SCMP|
Global Times|The Straits Times|Straits Times|Nikkei|Asahi Shimbun|Yomiuri Shimbun|CBC|CTV|
The Globe and Mail|Globe and Mail|Toronto Star|Sydney Morning Herald|The Australian|SBS|TVNZ|RNZ|
New Zealand Herald|News24|SABC|eNCA|Daily Nation|Citizen TV|KTN|Channels Television|Premium Times|
Joy FM|Citi FM|Globo|Folha de S.Paulo|Clarín|Televisa|Radio Bio-Bio|El Mercurio|Daily Maverick
""".replace("\n", "").split("|") if s.strip())

# Head nouns that make a noun phrase an intermediary (media, channel, document).
MEDIA_NOUNS = frozenset("""
agency agencies media outlet outlets newspaper newspapers paper daily weekly tv television
broadcaster broadcasters radio channel network website site page account feed wire service
press magazine journal tabloid blog station newswire portal
""".split())

# Verbs that, with a media subject, say that medium relayed someone's words.
RELAY_VERBS = frozenset("report quote cite carry publish broadcast air relay say write".split())

# "told reporters" style: the recipient is an audience, not an intermediary.
AUDIENCE_NOUNS = frozenset("""
reporters journalists press crowd audience supporters lawmakers parliament senators members
students voters congregation listeners viewers gathering rally conference attendees people
persons personnel representatives correspondents newsmen newswomen
commons lords senate dáil dail seanad chamber assembly congress knesset duma bundestag
""".split())

_WORD = re.compile(r"[\w'’-]+")

# Heads of organisations and gatherings that are not media: a media noun before one
# ('Shipping Agencies Corporation', 'a regular press briefing', 'a press release') describes it,
# nothing more.
_OTHER_BODIES = frozenset("""
corporation company corp ministry authority commission council department office union
association institute bank court government board bureau federation chamber society
briefing briefings conference meeting hearing session summit rally
rail railway railways airways airlines rescue
release releases statement statements
""".split())


def is_speech_lemma(lemma: str) -> bool:
    return lemma.lower() in SPEECH_VERBS


def is_attitude_lemma(lemma: str) -> bool:
    return lemma.lower() in ATTITUDE_VERBS


def is_cue_lemma(lemma: str) -> bool:
    """A verb that can introduce reported speech or thought when it governs a clause."""
    low = lemma.lower()
    return low in SPEECH_VERBS or low in ATTITUDE_VERBS


def is_object_cue(lemma: str) -> bool:
    return lemma.lower() in OBJECT_CUE_VERBS


# Pure functions of a phrase over frozen word lists, asked again and again of the same source
# and via phrases while an article's attributions are chained and resolved: memoised.
@functools.lru_cache(maxsize=8192)
def is_media_name(text: str) -> bool:
    """Whether a name (case-insensitive, leading 'the' ignored) is a known agency or outlet."""
    if not any(ch.isupper() for ch in text):
        return False  # 'at the time' is a moment, not Time magazine: names are capitalised
    low = " ".join(_WORD.findall(text.lower()))
    if low.startswith("the "):
        low = low[4:]
    return low in KNOWN_MEDIA or ("the " + low) in KNOWN_MEDIA


@functools.lru_cache(maxsize=8192)
def looks_like_medium(text: str) -> bool:
    """A phrase naming an intermediary: a known outlet, or any phrase headed by a media noun
    ('the Tasnim news agency', 'Iranian media', 'state TV', 'his official website')."""
    if is_media_name(text):
        return True
    words = _WORD.findall(text.lower())
    if words and words[-1] in _OTHER_BODIES:
        return False  # 'the Tanzania Shipping Agencies Corporation' is a company, not a medium
    return bool(words) and any(w in MEDIA_NOUNS for w in words[-3:])


def is_audience(text: str) -> bool:
    words = _WORD.findall(text.lower())
    return bool(words) and words[-1] in AUDIENCE_NOUNS


__all__ = [
    "SPEECH_VERBS", "SAY_VERBS", "ATTITUDE_VERBS", "OBJECT_CUE_VERBS", "PREP_CUES", "DEED_VERBS",
    "LEMMA_FIXES", "DOCUMENT_NOUNS", "NOT_SPEAKERS", "ANAPHORIC_OBJECTS", "KNOWN_MEDIA",
    "MEDIA_NOUNS", "RELAY_VERBS",
    "AUDIENCE_NOUNS", "PRONOUNS_FIRST", "PRONOUNS_THIRD", "is_speech_lemma",
    "is_attitude_lemma", "is_cue_lemma", "is_object_cue", "is_media_name",
    "looks_like_medium", "is_audience",
]
