"""Word lists the entity and coreference rules lean on: titles, roles, speech verbs, media cues.

Inputs: none (pure data plus a few lookup helpers); read by mentions.py, chains.py, entities.py.
"""
from __future__ import annotations

import re

# Verbs whose subject is a speaker; a proper name as their subject is a person or an organisation,
# and a multi-word name with no organisation word is almost always a person.
SPEECH_VERBS = frozenset("""
say tell add state note warn claim insist argue explain declare announce write report
accuse deny confirm threaten vow pledge urge ask reply respond stress emphasize emphasise
allege assert remark comment predict suggest admit acknowledge concede recall describe
tweet post quote cite caution reiterate maintain contend testify boast complain lament
""".split())

# Verbs a news organisation, not a person, is typically the subject of.
MEDIA_VERBS = frozenset("report quote cite broadcast air carry publish run".split())

# Words right after a name that mark it as a media outlet ("the Tasnim news agency").
MEDIA_AFTER = frozenset("""
news agency agencies tv television radio newspaper daily weekly broadcaster channel network
wire outlet website site magazine
""".split())
# Words right before a name that mark it as a media outlet ("state TV IRIB", "the daily Kayhan").
MEDIA_BEFORE = frozenset("tv television radio newspaper daily weekly broadcaster agency channel".split())

# Widely cited agencies and broadcasters; a general lexicon, so a bare "Reuters said" is an ORG.
MEDIA_NAMES = frozenset(n.lower() for n in """
Reuters|AP|Associated Press|AFP|Agence France-Presse|Bloomberg|Xinhua|TASS|RIA Novosti|Interfax|
Anadolu|Yonhap|Kyodo|KCNA|IRNA|ISNA|Fars|Tasnim|Mehr|IRIB|Press TV|SANA|WAM|SPA|QNA|MENA|
Al Jazeera|Al Arabiya|BBC|CNN|NPR|PBS|ABC|CBS|NBC|Fox News|Sky News|Euronews|Deutsche Welle|DW|
France 24|RT|Sputnik|Kan|Ynet|Haaretz|Axios|Politico|Dow Jones|ANSA|EFE|dpa|PTI|ANI|Kyiv Independent
""".replace("\n", "").split("|") if n)

# Single-word titles: a name right after one is a person, and the title belongs in the
# mention ("commander Soleimani", "Mr. Smith"). Value: gender the title implies, or None.
TITLES: dict[str, str | None] = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
    "madam": "f", "madame": "f", "sir": "m", "dame": "f", "lord": "m", "lady": "f",
    "dr": None, "dr.": None, "prof": None, "prof.": None, "professor": None,
    "president": None, "commander": None, "general": None, "gen": None, "gen.": None,
    "lt.": None, "col.": None, "maj.": None, "capt.": None, "sgt.": None, "adm.": None,
    "colonel": None, "captain": None, "sergeant": None, "admiral": None, "brigadier": None,
    "lieutenant": None, "marshal": None, "sen.": None, "senator": None, "rep.": None,
    "gov.": None, "governor": None, "mayor": None, "chancellor": None, "premier": None,
    "king": "m", "queen": "f", "prince": "m", "princess": "f", "pope": "m", "emir": "m",
    "sultan": "m", "sheikh": "m", "sheik": "m", "ayatollah": "m", "imam": "m", "rabbi": None,
    "cardinal": "m", "bishop": None, "judge": None, "justice": None, "ambassador": None,
    "minister": None, "spokesman": "m", "spokeswoman": "f", "spokesperson": None,
    "chairman": "m", "chairwoman": "f", "director": None, "secretary": None, "inspector": None,
    "detective": None, "officer": None, "coach": None, "father": "m", "sister": "f",
    "speaker": None, "leader": None, "chief": None, "whip": None, "attorney": None,
    "brother": "m", "mullah": "m", "hojatoleslam": "m",
}

# An abbreviated title before a name stands for its office: 'Gov. X' is later 'the governor'.
TITLE_OFFICES: dict[str, str] = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general",
    "lt": "lieutenant", "col": "colonel", "capt": "captain", "sgt": "sergeant",
    "adm": "admiral", "prof": "professor", "supt": "superintendent", "insp": "inspector",
    "det": "detective", "cllr": "councillor", "amb": "ambassador", "pres": "president",
    "cmdr": "commander", "gov.": "governor", "sen.": "senator", "rep.": "representative",
    "gen.": "general", "lt.": "lieutenant", "col.": "colonel", "capt.": "captain",
    "sgt.": "sergeant", "adm.": "admiral", "prof.": "professor", "supt.": "superintendent",
    "insp.": "inspector", "det.": "detective", "amb.": "ambassador", "pres.": "president",
    "cmdr.": "commander",
}


def title_office(word: str) -> str:
    """The office an abbreviated title stands for ('Gov.' -> 'governor'), else the word
    without its full stop."""
    w = word.lower()
    return TITLE_OFFICES.get(w, w.rstrip("."))


# Nouns naming a person by office or function; a definite NP headed by one is a role mention.
ROLE_NOUNS: dict[str, str | None] = {
    "spokesman": "m", "spokeswoman": "f", "spokesperson": None, "minister": None,
    "president": None, "commander": None, "leader": None, "chief": None, "head": None,
    "general": None, "premier": None, "chancellor": None, "governor": None, "mayor": None,
    "senator": None, "ambassador": None, "envoy": None, "secretary": None, "director": None,
    "chairman": "m", "chairwoman": "f", "chair": None, "official": None, "diplomat": None,
    "king": "m", "queen": "f", "prince": "m", "princess": "f", "emir": "m", "sultan": "m",
    "cleric": None, "ayatollah": "m", "prosecutor": None, "judge": None, "lawmaker": None,
    "legislator": None, "negotiator": None, "adviser": None, "advisor": None, "aide": None,
    "founder": None, "ceo": None, "executive": None, "editor": None, "correspondent": None,
    "analyst": None, "lawyer": None, "attorney": None, "officer": None, "colonel": None,
    "captain": None, "admiral": None, "pope": "m", "prime": None, "deputy": None,
    "coordinator": None, "representative": None, "councillor": None, "councilor": None,
    "mp": None, "candidate": None, "nominee": None, "strategist": None, "mastermind": None,
    "auditor": None, "inspector": None, "investigator": None, "regulator": None,
    "mediator": None, "commissioner": None, "superintendent": None, "sheriff": None,
    "chancellor": None, "provost": None, "dean": None, "rector": None, "warden": None,
    "treasurer": None, "comptroller": None, "ombudsman": None, "registrar": None,
    "cfo": None, "coo": None, "president-elect": None, "vice-president": None, "speaker": None,
}

# Other person nouns: descriptions ("the 61-year-old father of five") and gendered nouns.
PERSON_NOUNS: dict[str, str | None] = {
    "man": "m", "woman": "f", "boy": "m", "girl": "f", "father": "m", "mother": "f",
    "son": "m", "daughter": "f", "husband": "m", "wife": "f", "brother": "m", "sister": "f",
    "grandfather": "m", "grandmother": "f", "widow": "f", "widower": "m", "uncle": "m",
    "aunt": "f", "nephew": "m", "niece": "f", "actor": "m", "actress": "f", "gentleman": "m",
    "veteran": None, "politician": None, "victim": None, "suspect": None, "gunman": "m",
    "soldier": None, "student": None, "teacher": None, "doctor": None, "driver": None,
    "activist": None, "journalist": None, "reporter": None, "writer": None, "author": None,
    "scholar": None, "scientist": None, "engineer": None, "businessman": "m",
    "businesswoman": "f", "billionaire": None, "player": None, "athlete": None, "singer": None,
    "artist": None, "pilot": None, "worker": None, "resident": None, "witness": None,
    "survivor": None, "militant": None, "fighter": None, "commander": None, "warlord": None,
    "dissident": None, "defendant": None, "prisoner": None, "detainee": None, "hostage": None,
    "refugee": None, "farmer": None, "owner": None, "manager": None, "economist": None,
    "general": None, "tycoon": None, "monarch": None, "ruler": None, "dictator": None,
    "strongman": "m", "incumbent": None, "challenger": None, "rival": None, "successor": None,
    "predecessor": None, "person": None, "individual": None, "citizen": None, "national": None,
    "professor": None, "researcher": None, "surgeon": None, "nurse": None, "banker": None,
    "investor": None, "trader": None, "chef": None, "coach": None, "photographer": None,
    "novelist": None, "poet": None, "filmmaker": None, "director": None, "priest": "m",
    "nun": "f", "monk": "m", "mayor": None, "entrepreneur": None, "founder": None,
    # courts and sport, where a job noun before a name is the usual introduction
    "barrister": None, "solicitor": None, "magistrate": None,
    "winger": None, "skipper": None, "flanker": None, "striker": None, "goalkeeper": None,
    "midfielder": None, "batsman": "m", "bowler": None, "full-back": None, "fly-half": None,
    "spinner": None, "leg-spinner": None, "off-spinner": None, "seamer": None,
    "all-rounder": None, "wicketkeeper": None,
}
# Trades, ranks and callings that local and feature prose names its speakers by ('the
# harbourmaster said', 'the retired corporal laughed'); a ward of offices they are not.
PERSON_NOUNS.update({w: None for w in """
corporal sergeant lieutenant harbourmaster harbormaster postmaster stationmaster coroner
pathologist hydrologist geologist biologist epidemiologist virologist climatologist
meteorologist seismologist analyst lecturer stevedore docker crofter shepherd herder miner
caller listener viewer passenger shopkeeper vendor hawker cleric imam pastor bishop rabbi
midwife paramedic firefighter constable ranger haulier hauler mechanic electrician plumber
carpenter labourer laborer cook waiter cashier clerk cleaner tenant homeowner pensioner
retiree presenter commentator pundit columnist blogger campaigner protester demonstrator
volunteer fan supporter spectator motorist cyclist pedestrian commuter traveller traveler
tourist patient hunter fisher boatman ferryman diver stallholder hotelier publican
neighbour neighbor publicist surveyor curator
""".split()})
# sport's positions, named as the speaker once the name is given ('the defender said')
PERSON_NOUNS.update({w: None for w in """
defender forward centre-back center-back half-back scrum-half quarterback pitcher catcher
playmaker sprinter swimmer jockey boxer golfer keeper
""".split()})
PERSON_NOUNS.update({"policeman": "m", "policewoman": "f", "headmaster": "m",
                     "headmistress": "f", "fisherman": "m", "fisherwoman": "f",
                     "landlord": "m", "landlady": "f", "mum": "f", "dad": "m"})
ROLE_NOUNS.update({"duke": "m", "duchess": "f", "sheikh": "m", "sultan": "m", "ayatollah": "m",
                   "runner-up": None, "ombudsperson": None, "ombudswoman": "f",
                   "contender": None, "chairperson": None, "challenger": None})

# Offices news prose names one way and then another: the human rights commissioner is 'the
# ombudsman' a sentence later, the opposition candidate who lost is 'the runner-up'.
_KIN_GROUPS = (
    "ombudsman ombudsperson ombudswoman commissioner defender",
    "runner-up candidate challenger contender nominee",
    "spokesman spokeswoman spokesperson",
    "chairman chairwoman chair chairperson",
    "chief head",
    "lawyer attorney counsel",
    "doctor dr dr. gp physician",
)
ROLE_KIN: dict[str, frozenset[str]] = {
    w: frozenset(g.split()) for g in _KIN_GROUPS for w in g.split()}


# Heads of 'the mine's operator', 'the plant's owner': wire ledes describe a company this way
# and name it a sentence or two later.
OWNER_NOUNS = frozenset("""
owner operator manufacturer maker employer organiser organizer contractor supplier insurer
developer builder producer
""".split())


# Callings by their ending: '-ologist', '-ician', '-iatrist' and the longer '-ist' nouns name
# people ('the cardiologist', 'the physician', 'the violinist'); the short '-ist' words that do
# not ('list', 'wrist', 'gist', 'twist') are too short to pass.
_PERSON_ENDING = re.compile(r"[a-z]{3,}(?:ologist|ician|iatrist|ist)")


def person_noun(lemma: str) -> bool:
    """A noun naming a person: the listed ones, or a calling by its ending."""
    return lemma in PERSON_NOUNS or bool(_PERSON_ENDING.fullmatch(lemma)) \
        and not lemma.endswith(_NOT_CALLINGS)


_NOT_CALLINGS = ("assist", "checklist", "playlist", "wishlist", "shortlist", "blacklist",
                 "waitlist", "whitelist")


def role_kin(role: str) -> frozenset[str]:
    """The role and the other words for the same office ('the ombudsman' ~ 'commissioner')."""
    return ROLE_KIN.get(role, frozenset((role,)))
PERSON_NOUNS.update(ROLE_NOUNS)

# Heads of the indefinite NPs news prose uses for sources it does not name ("a senior
# official", "a source close to the talks"); unlike "a spokeswoman for X" they are seldom
# named further on.
ANONYMOUS_HEADS = frozenset("""
official officer source diplomat aide insider person resident witness member analyst
""".split())

# Platforms people post statements on: "said in a post on X" names an intermediary.
PLATFORMS = frozenset("""
X Twitter Facebook Telegram Instagram YouTube TikTok Weibo WeChat VK VKontakte Truth Social
Threads Bluesky LinkedIn WhatsApp Substack Mastodon Reddit Snapchat Discord Viber Twitch
""".split()) - {"Truth", "Social"} | {"Social"}

# Party labels written before a name ("Republican Donald Trump"); not part of the name itself.
PARTY_WORDS = frozenset("""
democrat democratic republican gop labour tory conservative liberal socialist communist
green independent
""".split())

# Nouns after a demonym that make it an actor, so "American forces" is the country acting.
ACTOR_NOUNS = frozenset("""
force forces troops troop military army navy air government officials official authorities
authority administration diplomats diplomat soldiers soldier jets warplanes drones intelligence
police negotiators leaders leadership regime side delegation army forces coalition
""".split())

# Nouns that head organisation appositives ("Hamas, the militant group, ...").
ORG_NOUNS = frozenset("""
group organisation organization movement agency militia party company firm ministry
department body council committee network outlet broadcaster newspaper faction alliance
coalition union association institute foundation charity bank court
""".split())

# Definite NPs that usually point back to an organisation already named ("the group said").
# Generic heads may stand for any organisation; the others only for one whose name has the
# word ("the union" -> "Harbour Workers Union", never -> "Nordport").
GENERIC_ORG_ANAPHORS = frozenset("group organisation organization company firm movement agency"
                                 .split())
ORG_ANAPHORS = GENERIC_ORG_ANAPHORS | frozenset("""
militia alliance faction agency party coalition network broadcaster newspaper airline bank
union ministry council committee court front army police corps association authority
commission directorate inspectorate department institute federation embassy board office
regulator carrier operator fund chamber
""".split())
# Anaphors whose body's name uses another word for its kind: 'the airline' for SkyVista
# Airways, 'the regulator' for the Directorate General of Civil Aviation.
ORG_ANAPHOR_KIN: dict[str, frozenset[str]] = {
    "airline": frozenset("airways airway airlines airline air".split()),
    "carrier": frozenset("airways airway airlines airline air".split()),
    "regulator": frozenset("authority directorate commission inspectorate regulatory".split()),
    # British and Irish usage: a council is 'the local authority', 'the authority'
    "authority": frozenset("authority council".split()),
}

# Last words that make a name an organisation rather than a person.
ORG_WORDS = frozenset("""
ministry corps forces force guards guard army party council agency organization organisation
committee company corp corp. inc inc. ltd ltd. group bank university institute association
union front movement brigade brigades authority commission department office service court
parliament assembly police navy airways airlines news times post network television tv radio
press foundation fund federation league club church hospital school college board bureau
administration government cabinet senate congress militia command unit battalion division
regiment agency fleet embassy consulate mission tribunal institution center centre
mines mining energy petroleum oil holdings industries motors pharmaceuticals pharma farma
maritime shipping logistics steel cement telecom chamber society plc llc gmbh pt tbk
airline line lines ferries railway railways cruises refining refinery engineering
construction foods insurance ventures partners
""".split())

# Plural non-person heads "they" can still refer to when they name an organisation.
COLLECTIVE_TYPES = frozenset({"ORG", "NORP", "GPE"})

# Country-of-origin words mapped to the country they stand for as an actor.
DEMONYMS: dict[str, str] = {}
for _country, _forms in {
    "United States": "american americans", "Iran": "iranian iranians",
    "Israel": "israeli israelis", "Iraq": "iraqi iraqis", "Syria": "syrian syrians",
    "Lebanon": "lebanese", "Saudi Arabia": "saudi saudis", "Russia": "russian russians",
    "China": "chinese", "United Kingdom": "british briton britons", "France": "french",
    "Germany": "german germans", "Turkey": "turkish turks", "Egypt": "egyptian egyptians",
    "Afghanistan": "afghan afghans", "Pakistan": "pakistani pakistanis",
    "India": "indian indians", "Ukraine": "ukrainian ukrainians", "Yemen": "yemeni yemenis",
    "Jordan": "jordanian jordanians", "Qatar": "qatari qataris",
    "United Arab Emirates": "emirati emiratis", "Japan": "japanese",
    "North Korea": "north korean north koreans", "South Korea": "south korean south koreans",
    "Canada": "canadian canadians", "Mexico": "mexican mexicans", "Brazil": "brazilian brazilians",
    "Australia": "australian australians", "Italy": "italian italians", "Spain": "spanish",
    "Netherlands": "dutch", "Poland": "polish", "Greece": "greek greeks", "Sweden": "swedish",
    "Norway": "norwegian norwegians", "Denmark": "danish", "Finland": "finnish",
    "Belgium": "belgian belgians", "Austria": "austrian austrians", "Hungary": "hungarian",
    "Venezuela": "venezuelan venezuelans", "Cuba": "cuban cubans", "Nigeria": "nigerian",
    "Kenya": "kenyan kenyans", "Ethiopia": "ethiopian ethiopians", "Sudan": "sudanese",
    "Libya": "libyan libyans", "Tunisia": "tunisian tunisians", "Algeria": "algerian algerians",
    "Morocco": "moroccan moroccans", "Bahrain": "bahraini bahrainis", "Oman": "omani omanis",
    "Kuwait": "kuwaiti kuwaitis", "Azerbaijan": "azerbaijani azerbaijanis",
    "Armenia": "armenian armenians", "Belarus": "belarusian belarusians",
    "Indonesia": "indonesian indonesians", "Vietnam": "vietnamese", "Thailand": "thai",
    "Philippines": "filipino filipinos", "Malaysia": "malaysian malaysians",
    "Bangladesh": "bangladeshi bangladeshis", "Switzerland": "swiss", "Ireland": "irish",
    "Portugal": "portuguese", "Argentina": "argentine argentinian argentines",
    "Chile": "chilean chileans", "Colombia": "colombian colombians", "Serbia": "serbian serbs",
    "Bulgaria": "bulgarian bulgarians", "Romania": "romanian romanians", "Taiwan": "taiwanese",
    "Peru": "peruvian peruvians", "Bolivia": "bolivian bolivians", "Ecuador": "ecuadorian",
    "Uruguay": "uruguayan", "Paraguay": "paraguayan", "Somalia": "somali somalis",
    "Eritrea": "eritrean eritreans", "Uganda": "ugandan ugandans", "Tanzania": "tanzanian",
    "Rwanda": "rwandan rwandans", "Ghana": "ghanaian ghanaians", "Senegal": "senegalese",
    "Mali": "malian malians", "Cameroon": "cameroonian", "Zimbabwe": "zimbabwean",
    "Czech Republic": "czech czechs", "Slovakia": "slovak slovaks", "Croatia": "croatian croats",
    "Slovenia": "slovenian", "Bosnia and Herzegovina": "bosnian bosnians",
    "Albania": "albanian albanians", "Lithuania": "lithuanian lithuanians",
    "Latvia": "latvian latvians", "Estonia": "estonian estonians", "Moldova": "moldovan",
    "Kazakhstan": "kazakh kazakhs", "Uzbekistan": "uzbek uzbeks", "Tajikistan": "tajik tajiks",
    "Kyrgyzstan": "kyrgyz", "Mongolia": "mongolian mongolians", "Myanmar": "burmese",
    "Cambodia": "cambodian cambodians", "Singapore": "singaporean singaporeans",
    "Iceland": "icelandic", "Cyprus": "cypriot cypriots", "Malta": "maltese",
    "Haiti": "haitian haitians", "Jamaica": "jamaican jamaicans", "Nicaragua": "nicaraguan",
    "Honduras": "honduran hondurans", "Guatemala": "guatemalan guatemalans",
    "Panama": "panamanian panamanians", "New Zealand": "new zealander new zealanders",
    "South Africa": "south african south africans", "Sri Lanka": "sri lankan sri lankans",
    "Nepal": "nepali nepalese", "Congo": "congolese", "Zambia": "zambian zambians",
}.items():
    _words = _forms.split()
    _i = 0
    while _i < len(_words):  # two-word demonyms ("north korean") come as adjacent pairs
        if _words[_i] in ("north", "south", "new", "sri") and _i + 1 < len(_words):
            DEMONYMS[_words[_i] + " " + _words[_i + 1]] = _country
            _i += 2
        else:
            DEMONYMS[_words[_i]] = _country
            _i += 1

# Other names of the same country; all map to one key so "U.S." and "America" meet.
COUNTRY_ALIASES: dict[str, str] = {
    "us": "United States", "u.s.": "United States", "u.s": "United States", "usa": "United States",
    "u.s.a.": "United States", "america": "United States", "united states": "United States",
    "united states of america": "United States", "uk": "United Kingdom",
    "u.k.": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom",
    "united kingdom": "United Kingdom", "uae": "United Arab Emirates",
    "u.a.e.": "United Arab Emirates", "islamic republic": "Iran",
    "islamic republic of iran": "Iran", "russian federation": "Russia", "prc": "China",
    "people's republic of china": "China", "dprk": "North Korea", "rok": "South Korea",
    "kingdom of saudi arabia": "Saudi Arabia", "ksa": "Saudi Arabia",
}
for _c in set(DEMONYMS.values()):
    COUNTRY_ALIASES.setdefault(_c.lower(), _c)

# Given names with a clear gender; only used to keep "she" away from a man and vice versa.
# Spanish, Portuguese, Italian, French, Filipino, African and South Asian names count too:
# the press outside the English-speaking world quotes them as often.
MALE_NAMES = frozenset("""
john james robert michael william david richard joseph thomas charles daniel matthew mark paul
steven andrew joshua kevin brian george edward ronald timothy jason jeffrey ryan jacob gary
nicholas eric jonathan stephen larry justin scott brandon benjamin samuel frank gregory raymond
alexander patrick jack dennis jerry tyler aaron henry peter adam douglas nathan zachary kyle
walter harold carl arthur gerald roger keith jeremy lawrence sean christian albert joe ethan
austin jesse willie billy bruce bryan ralph roy jordan eugene wayne louis philip bobby johnny
boris vladimir sergei dmitry alexei viktor ivan emmanuel francois jean pierre olaf friedrich
hans karl recep mohammed mohammad muhammad mohamed ahmed ahmad ali hassan hussein hossein
mahmoud mahmud omar umar khalid abdullah abdel abdul ibrahim ismail yusuf youssef mustafa
qassem qasem ghasem javad hassan ebrahim mahdi mehdi reza hamid saeed said majid morteza
mojtaba ramezan hossein amir kamal karim tariq nasser salman faisal bashar hafez benjamin
naftali yair benny avigdor moshe yitzhak ehud ariel shimon gideon yoav itamar bezalel xi
ted tim tom jim bob rick mike mitch chuck newt rand marco bernie jeb chris rudy mitt
kevin reince sean steve stephen paul harry al dick colin rex hamid omid ehsan kazem
ismail hakan sergey alexander dmitri nikolai yevgeny andrzej viktor jens mark emmanuel
narendra rahul imran nawaz shehbaz volodymyr petro donald joe barack bill kamal abu sheikh
jose josé juan carlos luis jorge manuel pedro miguel antonio francisco javier fernando ricardo
alejandro diego pablo rodrigo andres andrés ramon ramón hernan hernán oscar óscar ignacio
gustavo mario eduardo enrique alfonso alberto raul raúl rafael guillermo gonzalo felipe emilio
teodoro arnel bienvenido joao joão paulo marcelo thiago tiago lucas gabriel bruno giuseppe
giovanni matteo luca lorenzo alessandro francesco stefano massimo roberto vittorio nicolas
nicolás julien olivier thierry philippe laurent benoit benoît yannick mathieu emeka
chukwuemeka oluwaseun adebayo babatunde kwame kofi uhuru jomo cyril thabo sipho themba tendai
arjun vikram sanjay suresh ramesh rajesh amit anil sunil vijay manoj deepak sajid bilal zarin
shahid asif ashraf anwar andrei mikhail pavel tomasz piotr krzysztof lars nils sven rodolfo
ernesto horacio mauricio patricio cristian cristóbal sebastian sebastián martin martín
agustin agustín emiliano tomas tomás nestor néstor paolo
""".split())
FEMALE_NAMES = frozenset("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela
nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith
megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice
jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle
theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla angela
hillary kamala nancy ursula angela theresa giorgia marine annalena kaja liz jacinda golda
tzipi ayelet miri fatima aisha zainab maryam mariam leila layla zahra narges masoumeh
shirin nasrin farah huda hanan rania noor nour samira yasmin amina khadija sanaa benazir
indira sonia yulia oksana svetlana natalia irina tatiana olga nadia greta malala
heidi melania ivanka chelsea michelle condoleezza madeleine nikki sarah elizabeth kellyanne
huma hope tulsi alexandria ilhan rashida ayanna liz susan dianne nancy elena sonia ruth amy
melanie donna patti abby stephanie margarita theresa jacinda sanna mette
maría ana lucia lucía marcela valeria carolina rosa isabel carmen dolores gabriela daniela
paula camila sofia sofía valentina fernanda mariana adriana veronica verónica claudia beatriz
lourdes guadalupe alejandra cristina silvia monica mónica rocio rocío pilar consuelo marisol
marites liza cora jessa angelica angélica ligaya imelda corazon corazón leni teodora josefina
milagros estela graciela susana lorena karina ximena florencia dilma giulia francesca chiara
alessia federica elisa martina simona isabelle sophie camille aurelie aurélie amelie amélie
nathalie sylvie chioma ngozi funmi folake adaeze wanjiru akinyi thandiwe nomvula lindiwe
zodwa priya anjali sunita kavita nazia ayesha bushra sadia fatma zeynep elif ewa agnieszka
katarzyna magdalena ingrid astrid sigrid marta paola
""".split())

# Capitalised abbreviations that are ordinary words, never an organisation on their own.
COMMON_CAPS = frozenset("""
CEO CFO COO CTO TV PM AM OK GDP FAQ PDF URL USD EUR GBP AIDS HIV COVID ID IQ DNA ICU ER VIP
PR HR IT AI VR GPS SMS MP MPS PHD MBA BA MA NB PS RIP LOL FYI ASAP DIY EU UN US UK
""".split())

FIRST_PERSON = frozenset("i me my mine myself we us our ours ourselves".split())
SECOND_PERSON = frozenset("you your yours yourself yourselves".split())
# Third-person pronouns: (gender or None, plural, is_person_only)
PRONOUNS: dict[str, tuple[str | None, bool]] = {
    "he": ("m", False), "him": ("m", False), "his": ("m", False), "himself": ("m", False),
    "she": ("f", False), "her": ("f", False), "hers": ("f", False), "herself": ("f", False),
    "it": ("n", False), "its": ("n", False), "itself": ("n", False),
    "they": (None, True), "them": (None, True), "their": (None, True), "theirs": (None, True),
    "themselves": (None, True),
}

# Verbs and predicates with a dummy "it" subject ("it rained", "it seems that").
PLEONASTIC_HEADS = frozenset("""
rain snow seem appear happen matter remain take cost emerge transpire turn follow
""".split())

FUNCTION_WORDS = frozenset("""
a an the of and or for to in on at by with from as but nor so yet if than that this these those
is are was were be been will would shall should can could may might must do does did has have
had not no it its his her their our your my
""".split())

# Words that may sit lower-case inside a name in languages without NER ("Ali al-Sistani",
# "Charles de Gaulle", "Ursula von der Leyen").
NAME_PARTICLES = frozenset("""
de del della di da dos das du van von der den la le al el bin ibn bint y e zu ter
""".split())

# Honours and seats written after a name ('Ann Ryan SC', 'Conor Lyons KC'): no one's name.
# (MS: a Member of the Senedd, written after the name: "Tomos Prichard MS")
POST_NOMINALS = frozenset("KC QC SC MP MEP MSP MS MLA OBE CBE MBE KBE DBE".split())

# Capitalised words that start sentences or headlines in common European languages but never
# begin a name; the fallback tagger drops them at a sentence start.
CAPITAL_STOPWORDS = frozenset("""
the a an this that these those in on at for and but or if when while after before as it he she
they we i his her their our its there here what who why how where le la les un une des du de
et mais ou dans sur pour par avec en ce cette ces il elle ils elles nous on der die das ein eine
und oder aber in im am auf mit von zu für bei nach wie es er sie wir ich el los las una uno y o
pero en con por para del al lo se su sus il lo gli le uno una e ma con per nel della dei da
o os as um uma com para pelo pela não
""".split())

# More given names from the British, Irish, Welsh, Scandinavian, Slavic, West and East African,
# South Asian and Arab worlds, whose press newsprism reads; only names of one clear gender.
MALE_NAMES = MALE_NAMES | frozenset("""
gavin hugo malcolm rhodri gareth dafydd owain huw iwan emyr gethin cian liam niall ciarán ciaran
seán sean eoin oisín darragh ruairí ruairi colm declan donal dónal diarmuid padraig pádraig
fergus angus hamish callum alasdair euan fraser graeme neil nigel clive trevor colin derek
darren wayne craig dean shane kieran connor owen rhys duncan bernard desmond
gerald gregory barry kenneth stuart alistair ewan magnus erik jonas olav knut henrik anders
marek jakub wojciech pawel paweł łukasz lukasz michał grzegorz dariusz mariusz tadeusz witold
bogdan oleksandr oleksiy taras mykola dmytro yuriy kwesi kwabena kojo yaw akwasi kwaku femi
tunde segun chidi obinna ikenna nnamdi kayode olumide musa juma otieno kamau baraka
mandla bongani sizwe lungile thulani siddharth rohan ravi arvind harish pradeep naveed faisal
imtiaz zubair usman irfan waqar junaid hamza zaid yasser samir walid tarek tarik fadi rami
ayman hisham khaled nabil hakim rashid idris omari jamal malik darnell tyrone marcus
""".split())
FEMALE_NAMES = FEMALE_NAMES | frozenset("""
caroline rosalind niamh joanne eleri helena halina dervla aoife priyanka kirsty doreen
siobhan siobhán orla órla aisling sinéad sinead róisín roisin gráinne grainne máire maire
mairéad nuala deirdre bronagh clodagh saoirse caoimhe ciara fiona morag eilidh isla kirsteen
rhiannon cerys bethan sian siân ffion angharad carys nia megan hannah chloe sophie charlotte
lucy georgina harriet imogen penelope philippa rosemary gillian maureen eileen moira sheila
bridget brigid agnes edith ethel mabel doris gladys hilda irene iris joanna johanna
ingrid sigrid freya karin birgit malgorzata małgorzata katarzyna magdalena dorota ewa
beata grażyna grazyna bożena bozena jadwiga zofia olena oksana tetiana natalia
svetlana irina olga ludmila tatiana yulia ama akosua abena efua adwoa yaa akua esi adjoa
ngozi chioma nneka funmilayo funmi folake yetunde bisi wanjiru wambui njeri achieng atieno
nomvula thandiwe thandeka lindiwe nokuthula zanele palesa priya pooja sunita anita kavita
lakshmi meera deepa shreya nazia saira sana fatima fatma zainab mariam maryam leila layla
noura nour rania hana huda samira yasmin yasmine salma amal dalia reem
""".split())

_NON_WORD = re.compile(r"[^\w\s'-]+")


def gender_of_first_name(token: str) -> str | None:
    """'m'/'f' for a given name whose gender is clear, else None."""
    t = token.lower()
    if t in MALE_NAMES and t not in FEMALE_NAMES:
        return "m"
    if t in FEMALE_NAMES and t not in MALE_NAMES:
        return "f"
    return None


def singular(word: str) -> str:
    """A crude singular for matching name words ("Guards" ~ "Guard", "Forces" ~ "Force")."""
    w = word.lower()
    if len(w) > 3 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def plain(text: str) -> str:
    """Lower-case, curly apostrophes made straight, other punctuation dropped (keys for names)."""
    return _NON_WORD.sub("", text.replace("’", "'").lower()).strip()


def _inflections(verbs: frozenset[str]) -> frozenset[str]:
    irregular = {"say": "said", "tell": "told", "write": "wrote written", "run": "ran",
                 "quote": "quoted", "cite": "cited", "tweet": "tweeted", "air": "aired"}
    out = set(verbs)
    for v in verbs:
        out.add(v + "s" if not v.endswith(("s", "sh", "ch")) else v + "es")
        out.add(v + "d" if v.endswith("e") else v + "ed")
        out.update(irregular.get(v, "").split())
        if v.endswith("y"):
            out.update({v[:-1] + "ies", v[:-1] + "ied"})
    return frozenset(out)


# Surface forms of speech verbs, for headlines where the tagger's lemmas are unreliable.
SPEECH_FORMS = _inflections(SPEECH_VERBS)
