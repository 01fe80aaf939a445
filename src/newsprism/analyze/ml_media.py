"""Media between a speaker and the outlet: agencies, broadcasters, websites and relays ('via').
Inputs: article text, entity mentions (ml_quotes' index), per-language cue rules; ml_quotes calls it.
"""
from __future__ import annotations

import re

from ..records import Entity, Speaker, Via
from . import ml_lexicon as L
from .ml_canon import canonical_vias
from .ml_marked_names import _QUOTED_TITLE, named_in_marks, quoted_channel, quoted_medium, quoted_name

# Known agencies by name, whether or not the entity step caught them ("der Nachrichtenagentur
# dpa", "لوكالة فرانس برس"); Arabic-script names may carry a glued preposition or conjunction.
_AGENCY_NAMES = sorted(set(L.AGENCIES) | set(L.MULTI_AGENCIES), key=len, reverse=True)
# "استاندار فارس", "هواشناسی فارس", "خلیج فارس": the province or the gulf, not the agency.
_FA_PLACE_BEFORE = "".join(f"(?<!{w} )" for w in L.FA_PLACE_BEFORE)
AGENCY_RE = re.compile(r"(?<![\w-])" + _FA_PLACE_BEFORE + r"(?:[وبلف]|لل)?(?P<n>%s)(?![\w-])"
                       % "|".join(map(re.escape, _AGENCY_NAMES)))


# (the name-after check stays case-sensitive: "l'agence Reuters" names one, "l'agence que" not)
_ANAPHOR_RE = re.compile(rf"(?<![\w-])(?:{L.AGENCY_ANAPHORS})(?![\w-])(?-i:(?!\s+[A-ZÀ-Ý]))", re.I)
# A medium named by its kind and then its name: "dem Sender ZDF", "la emisora Caracol Radio".
# A brand spelt from a lower-case letter with a capital inside ("dem Radiosender hr-iNFO", "la
# chaîne eNCA") is a name too: the capital inside marks it, where "dem Sender zufolge" has none.
_MEDIUM_NAMED = re.compile(
    r"(?<![\w-])(?:%s)\s+(?P<n>(?-i:(?:[A-ZÀ-ÝΑ-Ω]|[a-zà-ý](?=[\w-]*[A-ZÀ-Ý]))[\w-]+"
    r"(?:\s+[A-ZÀ-ÝΑ-Ω][\w-]+){0,2}))"
    % "|".join(map(re.escape, L.AGENCY_WORDS + L.MEDIUM_WORDS)), re.I)  # (the name in its case)


RELAY_RE = re.compile(rf"(?<![\w-])(?:{L.RELAY_WORDS})(?![\w-])", re.I)
# A name shaped like a medium's whatever the entity step typed it: "Radio-Canada", "France
# Inter", "Deutschlandfunk", "Deutschen Presse-Agentur", "Neue Zürcher Zeitung", "Radio24".
MEDIA_SHAPE = re.compile(r"(?i)(?:\b(?:canal|kanal|rete|chaîne|france|rai|antena) ?\d{1,3}\b|radio|rádio|télé|tele(?!fon)|fernseh|funk\b|\binter\b|\bfm\b|"
                         r"\btv\d*\b|\bsky\b|\bsports?\b|presse|\bpress\b|agentur|news|noticias|nachrichten|zeitung|\bpost\b|\btimes\b|"
                         r"journal|gazet|tribun|courrier|corriere|nieuws|\binfo\b|\bbleu\b|blatt\b|anzeiger|kurier|rundschau|\btg\d*\b|"
                         # German papers named by a town's adjective: "Mannheimer Morgen", "Münchner Merkur"
                         r"morgenpost|\b[a-zäöü]+er morgen\b|\bmerkur\b|spiegel\b|"
                         r"نیوز|نيوز|ٹی وی|ٹائمز|"
                         r"رادیو|راديو|ریڈیو|تلویزیون|ράδιο|ραδιόφωνο|τηλεόραση|κανάλι|"
                         # a paper's or channel's title word, whatever the town or region after it:
                         # "L'Écho de la Boucle", "Le Progrès", "Tiroler Bergpost", "La Voz del
                         # Narcea", "Gazzetta dell'Ossola", "Η Φωνή της Θάσου", "Kanal Çeşme"
                         r"\b[ée]cho\b|progrès|dépêche|républicain|télégramme|\bmatin(?:al)?\b|"
                         r"(?<=[a-zäöü])post\b|volksfreund|(?<=[a-zäöü])boten?\b|\bboten?\b|heraldo|\bdiario\b|periódico|"
                         r"gazzett|gaceta|giornale|messaggero|postas[ıi]\\b|\b(?:voix|voz|voce|eco|φωνή|ηχώ)\s+(?:d|τ)|"
                         r"\bkanal\b|\bhaber\b|gazete|\bradyo\b)")
# Told to, interviewed by, cited by: the capitalised name after these words is the medium the
# words went through when it is shaped like one ("a déclaré à Radio-Canada", "sagte dem WDR").
_TOLD_NAME = re.compile(
    r"(?<![\w-])(?:à|au|auprès d[eu]|sur|a|al|ante|con|dem|der|im|gegenüber|alla|allo|all['’]|"
    r"(?i:interrogée?s? par|intervistat[oaie] da(?:l|lla)?|interpellat[oaie] da(?:l|lla)?|"
    r"ai microfoni d(?:i|el|ella|ello|ell['’])|"
    r"sur les ondes|sur l['’]antenne|en las ondas|"
    r"entrevistad[oa]s? por|en declaraciones (?:a|al)|dans des déclarations (?:à|au)|"
    r"in dichiarazioni (?:a|al|alla|all['’])|in (?:einem Statement|einer Stellungnahme) gegenüber)|"
    r"ai|dal|dalla|dall['’]|par|por|von|su|στην|στον|στο|στη|intervistat[oaie] da(?:l|lla)?|"
    r"entrevistad[oa] por|interviewée? par|interrogée?s? par|entrevista con|intervista a|"
    r"sentit[oaie] da(?:l|lla)?|Gespräch mit|"
    r"Interview mit|entretien (?:avec|à)|conversación con|συνέντευξ[ηή](?:\s+(?:του|της|τους))?\s+στ[οη]ν?)\s+"
    r"(?:(?:l['’]|la |le |el |il |der |dem |den |die |das |τον |την |το |d['’]|de |du )\s*)?"
    # the medium's kind, with an adjective, before its name: "στον τοπικό σταθμό Ράδιο Ρόδος"
    r"(?P<k>(?:[a-zà-ÿα-ωά-ώ]+\s+)?(?:σταθμό|κανάλι|εφημερίδα|emisora|station|chaîne|canal|cadena|"
    r"emittente|canale|radio|quotidien|diario|quotidiano)\s+)?"
    r"(?P<n>[A-ZÀ-ÝΑ-ΩΆ-Ώ][\w'’-]*(?:\s+(?:de l['’]|de la |du |des |de |di |del |dello |della |dei |degli |"
    r"dell['’]|d['’]|της |του |των )?[A-ZÀ-ÝΑ-ΩΆ-Ώ0-9][\w'’-]*){0,3})")  # "au Courrier de l'Ouest", "France 3 Côte d'Azur"
# Arabic-script media by their kind: "لصحيفة الصباح", "إذاعة موزاييك إف إم", "ڈان نیوز سے".
# (an agency only with a news word in its name: "الوكالة الوطنية للإعلام", not "وكالة الفضاء")
_AR_MEDIUM_KIND = re.compile(r"(?<!\S)(?:[وبل]|لل)?(?:ال)?(?:صحيفة|جريدة|إذاعة|قناة|موقع|مجلة|روزنامه|روزنامہ|رادیو|تلویزیون|"
                             r"وكالة(?=\s+(?:\S+\s+)?(?:ال|لل)?(?:أنباء|إعلام|الإخبارية)))\s+"
                             r"(?P<n>[^\s.،,:]+(?:\s+[^\s.،,:]+){0,3}?)(?=\s+(?:عن|(?:إن|أن|بأن)(?:ه|ها|هم|هما|هن|نا|ني)?|في|قوله|"
                             r"قولها|که|گفت|نوشت)(?!\S)|[،,.:]|$)")
# (the complementiser takes its subject's pronoun: "لقناة القاهرة الإخبارية إنها ...")
# "لوكالة الأنباء الأردنية (بترا)": an Arabic-script medium by its kind, known by its acronym.
_AR_BRACKETED = re.compile(r"(?<!\S)(?:[وبل]|لل)?(?:ال)?(?:وكالة|قناة|صحيفة|جريدة|إذاعة|خبرگزاری)"
                           r"\s+[^()،,.:\n]{2,40}?\s*\((?P<n>[\u0600-\u06FF][\u0600-\u06FF ]{1,14})\)")
# Turkish media told to in the dative: "Sözcü gazetesine verdiği demeçte".
# A Turkish medium told in the dative before the telling: "NTV'ye yaptığı değerlendirmede",
# "Habertürk'e konuşan".
# (one word holding a medium's word counts too: "Habertürk'e yaptığı açıklamada", "Haberglobal'e")
_TR_TOLD = re.compile(r"(?P<n>[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜ0-9]{1,5}(?:\s+(?:Haber|TV|Türk))?|[A-ZÇĞİÖŞÜ]\w*"
                      r"(?:\s+[A-ZÇĞİÖŞÜ]\w*)?\s+(?:Haber|TV|Radyo|FM|Ajansı|Postası|Gazetesi)|"
                      r"(?:Haber|[A-ZÇĞİÖŞÜ]\w*(?:haber|TV|radyo|gazete))\w*)['’](?:n|y)?[ae]\s+"
                      r"(?:yaptığı|yaptıkları|verdiği|verdikleri|konuşan|konuştu|açıkla|demeç|"
                      r"değerlendir)|"
                      # an interview is given to a medium, whatever its name: "Habertürk'e verdiği röportajda"
                      r"(?P<m>[A-ZÇĞİÖŞÜ]\w+(?:\s+[A-ZÇĞİÖŞÜ]\w+)?)['’](?:n|y)?[ae]\s+"
                      r"(?:verdiği|verdikleri)\s+(?:röportaj|demeç|mülakat|söyleşi)")
# A name in the dative between the speaker's comma and the quotation that a verb of saying
# closes: 'Kemal Uysal, T24'e "..." dedi': the one told, a medium unless a person or a hearer.
_TR_TOLD_QUOTE = re.compile(r"[,،]\s+(?P<n>[A-ZÇĞİÖŞÜ0-9]\w*(?:\s+[A-ZÇĞİÖŞÜ]\w*)?)['’](?:n|y)?[ae]\s+"
                            r"[\"“«][^\"”»\n]{2,400}[\"”»]\s+(?:dedi|demişti|söyledi|diye\s|ifade)")
# ... and the colon form: 'Deniz Arslan, Cumhuriyet'e konuştu: "..."' (one speaks to a paper,
# not to one lone name; a person's full name told stays none).
_TR_TOLD_COLON = re.compile(r"[,،]\s+(?P<n>[A-ZÇĞİÖŞÜ0-9]\w*)['’](?:n|y)?[ae]\s+konuştu\s*:\s*[\"“«]")
# ... or before a reported clause its verb of saying closes, perhaps after a comma: 'Aylin Kara
# da İskenderun Haber'e, belgelerin ... kontrol edileceğini anlattı' (a medium's own word in the name).
_TR_TOLD_CLAUSE = re.compile(r"(?P<n>[A-ZÇĞİÖŞÜ]\w*(?:\s+[A-ZÇĞİÖŞÜ]\w*)?\s+(?:Haber|TV|Radyo|FM|Ajansı|"
                             r"Postası|Gazetesi))['’](?:n|y)?[ae],?\s+[^.\n\"“”«»]{2,300}?"
                             r"(?:ğını|ğini|ğunu|ğünü|dığını|diğini)\s+(?:anlattı|söyledi|belirtti|"
                             r"açıkladı|kaydetti|ifade etti|dile getirdi|aktardı)")
_TR_HEARERS = frozenset(L.fold(w) for w in """Meclis TBMM Mahkeme Cumhurbaşkanı Başbakan Bakan
    Vali Valilik Savcılık Bakanlık Hükümet Komisyon Kurul""".split())
_TR_MEDIUM = re.compile(r"(?P<n>[A-ZÇĞİÖŞÜ][\w'’-]*(?:\s+[A-ZÇĞİÖŞÜ][\w'’-]*)?)\s+(?:gazetesi|"
                        r"televizyonu|kanalı|radyosu|sitesi|dergisi)(?:ne|na|n[ıi]n)?(?!\w)")
# A capitalised name told something right after a speech verb, in the dative of a
# masculine or feminine article: "a-t-il assuré au Progrès", "ha raccontato al Mattino",
# "δήλωσε στην Καθημερινή". Bodies that hear statements (parliaments, courts) are not media.
_CUE_TOLD = re.compile(
    r"(?:-t-(?:il|elle)\s+\w+é|\b(?:a|ont|ha|hanno)\s+\w+(?:é|ée|és|ato|ata|ito|uto|tto|tta)|"
    r"\b(?:δήλωσε|είπε|ανέφερε|τόνισε|εξήγησε|δήλωσαν|είπαν|μίλησε|μιλώντας|"
    r"σε δηλώσεις(?:\s+(?:του|της|τους))?))\s+"
    r"(?:au|à la|al|alla|allo|all['’]|στην|στον|στο)\s*(?P<n>[A-ZÀ-ÝΑ-Ω][\w-]*(?:\s+[A-ZÀ-ÝΑ-Ω][\w-]*){0,2})")
_HEARERS = frozenset(L.fold(w) for w in """Sénat Parlement Conseil Congrès Gouvernement Président
    Senato Parlamento Consiglio Governo Presidente Tribunal Tribunale Βουλή Κυβέρνηση Πρόεδρο
    Ministre Ministro Premier Pape Papa Camera Cámara Asamblea Assemblée Senado Congreso
    Corte Cour Juez Giudice Procura Fiscalía Policía Polizia Police""".split())
# Urdu spells a Latin acronym by its letters' names ("پی ٹی وی نیوز" is PTV News).
_UR_LETTERS = "اے|بی|سی|ڈی|ای|ایف|جی|ایچ|آئی|جے|کے|ایل|ایم|این|او|پی|کیو|آر|ایس|ٹی|یو|وی|ڈبلیو|وائی|زیڈ"
_UR_NEWS = re.compile(rf"(?<!\S)(?P<n>(?:(?:{_UR_LETTERS})\s+)*\S+\s+(?:نیوز|ٹی وی|اخبار))(?=\s+(?:سے|کو|نے|کے)(?!\S))")
# An Urdu agency no list knows, named by its kind before or after the name and then a relay
# postposition: "آن لائن خبر رساں ادارے کے مطابق", "خبر رساں ادارے آن لائن کے مطابق".
_UR_AGENCY_KIND = r"(?:خبر رساں ادارے|خبر رساں ادارہ|نیوز ایجنسی)"
_UR_AGENCY = re.compile(rf"(?:(?:(?<![\s\S])|(?<=\n)|(?<=۔\s)|(?<=،\s))(?P<n>[^\s،۔\n]+(?:\s+[^\s،۔\n]+)?)\s+{_UR_AGENCY_KIND}"
                        rf"|{_UR_AGENCY_KIND}\s+(?P<m>[^\s،۔\n]+(?:\s+[^\s،۔\n]+)?))"
                        rf"(?=\s+(?:کے مطابق|کے حوالے سے|نے|کو|سے)(?!\S))")
# Canonical names of generic channels; named platforms (Telegram, X) keep their own name.
_GENERIC_SOCIAL = re.compile(r"[a-zà-ÿçğışöü ]+|وسائل التواصل", re.I)


def is_medium(text: str, rules, a: int, b: int) -> bool:
    chunk = text[a:b]
    return bool(RELAY_RE.search(chunk) or AGENCY_RE.search(chunk)
                or rules.agency_words.search(chunk)
                or any(p.search(chunk) for _, p in rules.channels))


_KIND_KEYS = frozenset(L.fold(w) for w in L.MEDIUM_WORDS + L.AGENCY_WORDS)
_TITLE_NEXT = re.compile(r"\s+([A-ZÀ-ÝΑ-Ω][\w'’-]*(?:\s+[A-ZÀ-ÝΑ-Ω][\w'’-]*){0,2})")


def kind_then_named(text: str, sp: Speaker, via) -> tuple[Speaker, tuple]:
    """'Según informó el diario El País': the bare kind word was taken for the speaker; the
    title after it is the medium, and no relay of itself."""
    ws = (sp.name or "").split()
    if sp.entity is not None or sp.end is None or not 1 <= len(ws) <= 2 \
            or L.fold(ws[-1]) not in _KIND_KEYS or any(w[:1].isupper() for w in ws):
        return sp, via
    m = _TITLE_NEXT.match(text, sp.end)
    if m is None:
        return sp, via
    a, b = m.span(1)
    same = [v for v in via if v.start == a]
    return Speaker(same[0].entity if same else None, text[a:b], a, b), tuple(v for v in via if v.start != a)


def relayed_by(text: str, ms: int) -> bool:
    """'citado por la emisora Caracol Radio', 'μεταδίδει το πρακτορείο Ρόιτερς': the medium
    that passed the words on."""
    before = text[max(0, ms - 50):ms]
    return bool(re.search(rf"(?:{L.RELAY_WORDS}|μεταδίδει|μετέδωσε)\s+(?:[^\s,،.]+[\s.]+){{0,5}}$", before, re.I))


# The kind word alone before a lower-case adjective: "l'Agence régionale de santé", "la
# Agencia nacional de ...", a public body, not a news agency.
_BARE_KIND = re.compile(r"(?i)agence|agencia|agenzia|agency|πρακτορείο")
_LOWER_NEXT = re.compile(r"\s+[a-zà-ÿα-ω]")


_AR_KIND_GLUED = re.compile(r"(?<!\S)(?:و?ل|لل|و?ب)(?:ال)?(?:قناة|إذاعة|صحيفة|جريدة|وكالة)\s+$")


def agency_like(text: str, ms: int, me: int, ent: Entity, rules) -> bool:
    if _BARE_KIND.fullmatch(ent.name) and _LOWER_NEXT.match(text, me):
        return False
    if L.fold(ent.name) in L.AGENCY_KEYS or rules.agency_words.search(ent.name) \
            or MEDIA_SHAPE.search(ent.name):
        return True
    if _AR_KIND_GLUED.search(text, max(0, ms - 20), ms):
        return True  # "لقناة 2M", "لإذاعة موزاييك": the kind word carries the one told
    kinds = list(rules.agency_words.finditer(text, max(0, ms - 30), ms))
    # the kind word names this one ("la agencia de noticias EFE"), not one that only told
    # it ("Anadolu Ajansı muhabirine konuşan Ege Üniversitesi")
    between = text[kinds[-1].end():ms].split() if kinds else []
    if any(L.fold(w.strip(",.")) in L.AGENCY_KEYS for w in between):
        return False  # "a la agencia EFE don Ernesto Vidal": the kind word names EFE
    return bool(kinds) and len(between) <= 2 and \
        not re.search(r"[,،]|(?<!\w)(?:konuşan|yapan|veren|söyleyen|anlatan|değerlendiren)(?!\w)",
                      text[kinds[-1].end():ms])


_ACCOUNT = re.compile(r"(?:(?:cuenta|compte|account|Konto|profilo|hesab\w*|λογαριασμ\w*)\s+"
                      r"(?:de |en |su |on |auf |sur )?|\b(?:sur|su|en|auf|on|στο|على) |"
                      r"(?:red social|réseau social|social network|social|Netzwerk|πλατφόρμα|Plattform|plateforme|"
                      r"plataforma|piattaforma|platformu|منصة)\s+)$", re.I)


_AR_RELAY = re.compile(r"(?<!\w)و?نقل(?:ت)?\s+(?P<n>[^،,.]{3,40}?)\s+عن\s")
# (the relayer's holder named between commas is the one who passed it on: 'مراد حمدي')
_AR_RELAY_APPOSED = re.compile(r"(?<!\w)و?نقل(?:ت)?\s+[^،,.]{3,40}?[،,]\s*(?P<n>[^،,.]{3,30}?)\s*[،,]\s*عن\s")
_NAME_AFTER = re.compile(r"\s+([A-ZÀ-ÝΑ-Ω][\w-]+(?:\s+[A-ZÀ-ÝΑ-Ω][\w-]+)?)(?=[\s.,;:]|$)")


def last_agency(text: str, pos: int) -> str | None:
    """The agency last named before pos: 'cité par l'agence' points back to it."""
    found, at = None, -1
    for m in AGENCY_RE.finditer(text, max(0, pos - 1500), pos):
        found, at = m.group("n"), m.start()
    for m in _TOLD_NAME.finditer(text, max(0, pos - 1500), pos):
        if m.start("n") > at and MEDIA_SHAPE.search(m.group("n")):
            found, at = m.group("n"), m.start("n")  # "à La Presse canadienne", no list knows it
    return found


def _named_next(text: str, pos: int, index, speaker: Speaker) -> bool:
    nxt = pos + len(text[pos:pos + 3]) - len(text[pos:pos + 3].lstrip())
    return (speaker.start is not None and abs(speaker.start - nxt) <= 1) or \
        any(abs(ms - nxt) <= 1 for ms, _, _ in index.within(nxt - 1, nxt + 60))


# Platforms written in Arabic script: the name outlets share is the Latin one.
_PLATFORMS = {"ایکس": "X", "إكس": "X", "اکس": "X", "ٹوئٹر": "Twitter", "توییتر": "Twitter",
              "تويتر": "Twitter", "فیس بک": "Facebook", "فیسبوک": "Facebook", "فيسبوك": "Facebook",
              "تلگرام": "Telegram", "تيليغرام": "Telegram", "تلغرام": "Telegram", "تليغرام": "Telegram", "ٹیلی گرام": "Telegram",
              "اینستاگرام": "Instagram", "إنستغرام": "Instagram", "انسٹاگرام": "Instagram",
              "انستغرام": "Instagram", "فیس‌بوک": "Facebook", "ٹک ٹاک": "TikTok", "تيك توك": "TikTok",
              "تیک‌تاک": "TikTok", "یوٹیوب": "YouTube", "يوتيوب": "YouTube", "یوتیوب": "YouTube",
              "واٹس ایپ": "WhatsApp", "واتساب": "WhatsApp", "ٹویٹر": "Twitter"}
# A Persian adjective or possessive ending may follow ("کانال تلگرامی", "صفحه اینستاگرامش").
_PLATFORM_RE = re.compile(r"(?<!\S)(?:[وبل])?(%s)(?:ی|ش)?(?![^\s،,.:؛])" % "|".join(map(re.escape, _PLATFORMS)))


def as_via(sp: Speaker) -> Via:
    return Via(sp.entity, sp.name or "", sp.start, sp.end)


# A bare "site" is a web page only where something is published on it ("sur son site",
# "sul sito del Comune", "على موقعها", "در سایت"); elsewhere it is a place or a works.
_BARE_SITE = frozenset(("site", "sito", "موقع", "سایت"))
_ON_BEFORE = re.compile(r"(?<!\w)(?:sur|sul|sulla|nel|auf|en|on|على|في|در|روی|پر)"
                        r"(?:\s+\w+){0,2}\s+(?:\w+\s+)?$")


_REPORTER = re.compile(r"خبرنگار|صحف|صحاف|(?i:reporter|journalist|giornalist|periodist|muhabir|"
                       r"δημοσιογράφ)")


# A platform named right after a generic 'social media' and its account word.
_PLATFORM_NEXT = re.compile(r"\s+(?:[a-zçğıöşüà-ÿ]+\s+){0,2}(Twitter|X|Facebook|Telegram|Instagram|TikTok|"
                            r"YouTube|Bluesky|WhatsApp|Threads|LinkedIn)(?![\w])")
# A Turkish genitive and a role in the possessive after a name: "X'in CEO'su", "X'in Başkanı".
# (or the role right after the body's name: "Gazeteciler Cemiyeti Başkanı Nazlı Demirtaş")
_TR_OWNER = re.compile(r"(?:['’]n?[ıiuü]n)?\s+([^\W\d][\w]*?)(?:['’]?(?:s[ıiuü]|[ıiuü]))?(?!\w)")
_TITLE_FOLDS = frozenset(L.fold(t) for t in L.ALL_TITLES)
_NUMBERED = re.compile(r"\S+ \d{1,3}")
# France's public local radio, renamed from France Bleu in 2025, writes its brand in lower case
# before the region ("sur ici Provence", "au micro d'ici Alsace"); only after the words that
# put a speaker on air, as 'ici' is also the adverb 'here'.
_ICI_STATION = re.compile(r"(?<![\w-])(?:sur|à|au micro d['’]|sur l['’]antenne d['’]|sur les ondes d['’])\s*"
                          r"(?P<n>ici\s+[A-ZÀ-Ý][\w-]+(?:\s+[A-ZÀ-Ý][\w-]+){0,2})")
# A province's own channel is named by the network word and the place: "شبکه اصفهان".
_NETWORK_OF = re.compile(r"(?<!\S)شبکه\s+$")


# A medium no list knows in an according-phrase's slot, by its shape or its kind word before it:
# "Selon Le Progrès, la metteuse en scène a regretté ...", "Σύμφωνα με την εφημερίδα Η Φωνή της
# Θάσου, ο δήμαρχος ζήτησε ...". A person there ('Selon Marie Dupont') has no medium's shape.
_ACCORDING_SLOT = re.compile(
    r"(?<![\w-])(?i:selon|d['’]après|según|de acuerdo con|secondo|stando a|laut|σύμφωνα με)\s+"
    r"(?:(?:la|el|le|il|lo|der|die|das|dem|την|τον|το|τη)\s+)?"
    r"(?P<k>(?i:journal|quotidien|hebdomadaire|radio|chaîne|diario|periódico|emisora|cadena|canal|"
    r"giornale|quotidiano|emittente|settimanale|Zeitung|Sender|εφημερίδα|σταθμό|κανάλι)\s+)?"
    r"(?P<n>(?:(?:L['’]|Le |La |Les |El |Il |Lo |Der |Die |Das |Η |Ο |Το |Οι )\s*)?[A-ZÀ-ÝΑ-ΩΆ-Ώ][\w'’-]*"
    r"(?:\s+(?:de l['’]|de la |du |des |de |del |della |dello |dell['’]|di |d['’]|της |του |των )?"
    r"[A-ZÀ-ÝΑ-ΩΆ-Ώ0-9][\w'’-]*){0,3})(?=\s*[,،]|(?<=\w)\s+(?-i:[a-zäöüß]))")  # ('Laut X sagte')


# The Persian slot: "به گزارش شبکه خلیج فارس، فرماندار ... گفت": a medium's kind word after
# 'by the report of' names the medium, kind word and all, up to the comma.
_FA_ACCORDING_SLOT = re.compile(r"(?<!\S)به گزارش\s+(?P<n>(?P<k>شبکه|روزنامه|پایگاه خبری|سایت|"
                                r"رادیو|تلویزیون|هفته‌نامه|ماهنامه)\s+[^\s،,.]+(?:\s+[^\s،,.]+){0,2})"
                                r"\s*[،,]")


_FA_KIND_FIRST = re.compile(r"\s*(?:شبکه|روزنامه|پایگاه خبری|سایت|رادیو|تلویزیون|هفته‌نامه|ماهنامه)\s+\S")


_UR_KIND = re.compile(r"(?<!\S)(?:نیوز|ٹی وی|چینل|ریڈیو|اخبار|روزنامہ)(?!\S)")


def fa_medium_kind(text: str, a: int, b: int, lang: str = "fa") -> bool:
    """A Persian source phrase opening on a medium's kind word ('پایگاه خبری آفتاب'), an Urdu
    one holding one ('ڈان نیوز', 'سما ٹی وی')."""
    if lang == "ur":
        return bool(_UR_KIND.search(text, a, b))
    return bool(_FA_KIND_FIRST.match(text, a, b))


# 'As X reports' opening the sentence: "Wie die Allgäuer Rundschau berichtet, sagte ...", "Come
# riporta il Giornale di Vicenza, ...", "Comme le rapporte L'Écho, ..." (a medium by its shape).
_REPORTS_SLOT = re.compile(
    r"(?<![\w-])(?:[Ww]ie|[Cc]ome (?:riporta|riferisce|scrive)|[Cc]omme (?:le )?(?:rapporte|écrit|indique)|"
    r"[Cc]omo (?:informa|publica|recoge|informó|publicó))\s+(?:(?:der|die|das|il|la|l['’]|el|le)\s*)?(?P<k>)"
    r"(?P<n>(?:L['’]|Le |La |El |Il )?[A-ZÀ-ÝÄÖÜ][\w'’-]*(?:\s+(?:de l['’]|de la |du |des |de |del |della |"
    r"dell['’]|di |d['’])?[A-ZÀ-ÝÄÖÜ0-9][\w'’-]*){0,3})(?=\s+(?:berichtet|berichtete|meldet|meldete|"
    r"schreibt|schrieb)\b|\s*,)")


def find_vias(text, rules, index, s, e, speaker: Speaker, quoted, skip=()) -> tuple[Via, ...]:
    """Agencies, broadcasters and websites in the sentence, other than the speaker itself."""
    out: list[Via] = list()
    seen = {v.entity or v.name for v in skip}
    from .ml_phrases import asked_span  # (ml_phrases reads the entity step, which reads this)
    asked = asked_span(text, s, e)
    if asked is not None and _REPORTER.search(text, *asked):
        # "در پاسخ به پرسش خبرنگار ایسنا": a reporter's question at a briefing relays nothing
        # ('auf Nachfrage der dpa' does: the agency asked and carries the answer)
        quoted = list(quoted) + [asked]
    for ms, me, ent in index.within(s, e):
        if any(o <= ms < c for o, c in quoted) or ent.id == speaker.entity or ent.id in seen:
            continue
        if (ent.type == "ORG" or ent.type == "GPE" and (_NUMBERED.fullmatch(ent.name) or _NETWORK_OF.search(
                text, max(0, ms - 12), ms))) \
                and agency_like(text, ms, me, ent, rules):  # ('France 3' is a channel)
            owner = _TR_OWNER.match(text, me)
            if owner and (L.fold(owner.group(1)) in _TITLE_FOLDS or owner.group(1).isupper()
                          and owner.group().lstrip()[:1] in "'’"):
                continue  # "Al Waha Sports Holding'in CEO'su X": the speaker's employer
            if text[ms:me] in _PLACE_NAMED_AGENCIES and not _KIND_BEFORE.search(text, max(0, ms - 24), ms) \
                    and not _NETWORK_OF.search(text, max(0, ms - 12), ms):
                continue  # the province named like the agency ('شبکه فارس' is its channel)
            network = _NETWORK_OF.search(text, max(0, ms - 12), ms) if text[ms:me] in _PLACE_NAMED_AGENCIES else None
            if network is not None:  # its channel, not the agency: the network word and the place
                out.append(Via(None, text[network.start():me], network.start(), me))
                seen.add(ent.id)
                continue
            out.append(Via(ent.id, ent.name, ms, me))
            seen.add(ent.id)
    taken = [(v.start, v.end) for v in out]
    for m in AGENCY_RE.finditer(text, s, e):
        a, b = m.span("n")
        if any(o <= a < c for o, c in quoted) or any(x < b and a < y for x, y in taken):
            continue
        if speaker.start is not None and a < (speaker.end or 0) and speaker.start < b:
            continue
        if L.fold(m.group("n")) in {L.fold(x) for x in seen if x} or m.group("n") == speaker.name:
            continue
        if m.group("n") in _PLACE_NAMED_AGENCIES and not _KIND_BEFORE.search(text, max(0, a - 24), a):
            continue  # "مدیرکل فرهنگ و ارشاد اسلامی فارس": the province, not the Fars agency
        out.append(Via(None, m.group("n"), a, b))
        seen.add(m.group("n"))
        taken.append((a, b))
    for m in _MEDIUM_NAMED.finditer(text, s, e):
        a, b = m.span("n")
        if any(o <= a < c for o, c in quoted) or any(x < b and a < y for x, y in taken) \
                or not (text[a].isupper() or any(c.isupper() for c in text[a:b])):
            continue
        if speaker.start is not None and a < (speaker.end or 0) and speaker.start < b:
            continue
        out.append(Via(None, m.group("n"), a, b))
        taken.append((a, b))
    for m in _FA_ACCORDING_SLOT.finditer(text, s, e):  # the kind word and all its name's words
        a, b = m.span("n")
        if any(o <= a < c for o, c in quoted) or speaker.start is not None and a < (speaker.end or 0) \
                and speaker.start < b:
            continue
        out = [v for v in out if not (v.start is not None and a <= v.start < b)]
        taken = [(x, y) for x, y in taken if not a <= x < b]
        out.append(Via(None, m.group("n"), a, b))
        taken.append((a, b))
    for m in [*_ACCORDING_SLOT.finditer(text, s, e), *_REPORTS_SLOT.finditer(text, s, e)]:
        a, b = m.span("n")
        if any(o <= a < c for o, c in quoted) or any(x < b and a < y for x, y in taken) \
                or not (m.group("k") or MEDIA_SHAPE.search(m.group("n"))):
            continue
        if speaker.start is not None and a < (speaker.end or 0) and speaker.start < b:
            continue
        out = [v for v in out if not (v.start is not None and a <= v.start < b)]
        out.append(Via(None, m.group("n"), a, b))
        taken.append((a, b))
    for m in _ICI_STATION.finditer(text, s, e):  # "a déclaré sur ici Provence"
        a, b = m.span("n")
        if not any(o <= a < c for o, c in quoted) and not any(x < b and a < y for x, y in taken):
            out.append(Via(None, m.group("n"), a, b))
            taken.append((a, b))
    for m in _QUOTED_TITLE.finditer(text, s, e):
        a, b = m.span("n")
        if speaker.start is not None and a < (speaker.end or 0) and speaker.start < b:
            continue
        medium = quoted_medium(text, m.start(), m.end() - 1)
        channel = not medium and quoted_channel(text, m.start(), m.end() - 1)
        if channel and any(v.start is not None and m.start() - 30 <= v.start <= m.end() + 12 for v in out):
            continue  # "in der Sendung „X“ des RBB", 'جیو نیوز کے پروگرام "X"': its owner is the via
        if (medium or channel
                or _AR_KIND_END.search(text, max(0, m.start() - 12), m.start())) and \
                not any(x < b and a < y for x, y in taken):
            out.append(Via(None, m.group("n"), a, b))
            taken.append((a, b))
    _told_media(text, s, e, speaker, quoted, out, taken, index)
    if not out:
        for m in _ANAPHOR_RE.finditer(text, s, e):
            if any(o <= m.start() < c for o, c in quoted):
                continue
            parts = re.split(r"['’ ]", m.group())
            if len(parts) > 1 and parts[-1][:1].isupper():
                continue  # "La Agencia de Protección Ambiental": a name, not 'the agency'
            if _named_next(text, m.end(), index, speaker):
                continue  # "خبرگزاری مهر": the kind word of a medium named right after it
            prior = last_agency(text, m.start())
            if prior is not None:
                out.append(Via(None, prior, m.start(), m.end()))
                break
    relays = [*_AR_RELAY.finditer(text, s, e), *_AR_RELAY_APPOSED.finditer(text, s, e)]
    for m in relays:  # "ونقلت الوكالة X عن الوزير": X passed it on
        a, b = m.span("n")
        if not any(x < b and a < y for x, y in taken) and not any(o <= a < c for o, c in quoted):
            out.append(Via(None, m.group("n"), a, b))
            taken.append((a, b))
    for name, pat in rules.channels:
        for m in pat.finditer(text, s, e):
            if any(o <= m.start() < c for o, c in quoted) or name in seen:
                continue
            if any(x < m.end() and m.start() < y for x, y in taken):
                continue  # "صداوسیما" already named as a medium
            named = _NAME_AFTER.match(text, m.end(), e)
            if named and name != "social media":  # "televisione di Stato Rai": Rai
                if not any(x < named.end(1) and named.start(1) < y for x, y in taken):
                    out.append(Via(None, named.group(1), named.start(1), named.end(1)))
                seen.add(name)
                continue
            if speaker.start is not None and speaker.start <= m.start() < (speaker.end or 0):
                continue
            if any(0 <= x - m.end() <= 3 for x, _ in taken):
                seen.add(name)  # "ٹی وی چینل جیو نیوز": the kind word of the medium named next
                continue
            if name == "website" and m.group() in _BARE_SITE \
                    and not _ON_BEFORE.search(text[max(s, m.start() - 16):m.start()]):
                continue  # "la fermeture de son site de Rombas": a works, not a web page
            if name == "social media" and m.group() == "X" and not rules.statement.search(text, s, e) \
                    and not _ACCOUNT.search(text, max(s, m.start() - 20), m.start()) \
                    and not re.match(r"\s+(?:hesab|account|Account|Konto|λογαριασμ)", text[m.end():m.end() + 12]):
                continue
            label = name if name != "social media" or not m.group()[:1].isupper() else m.group()
            if name == "social media" and not _GENERIC_SOCIAL.fullmatch(m.group()):
                label = m.group()
            a, b = m.start(), m.end()
            named_next = _PLATFORM_NEXT.match(text, b, e) if label == "social media" else None
            if named_next is not None:  # "sosyal medya hesabı X'ten": the platform is named
                label, a, b = named_next.group(1), named_next.start(1), named_next.end(1)
            out.append(Via(None, label, a, b))
            seen.add(name)
    for m in _PLATFORM_RE.finditer(text, s, e):
        if not any(o <= m.start() < c for o, c in quoted):
            out = [v for v in out if v.name != "website"]  # "ویب سائٹ ایکس": the site is X
            out.append(Via(None, _PLATFORMS[m.group(1)], m.start(1), m.end(1)))
    out = [Via(v.entity, L.nominative(text, v.name, "ORG", v.start, "de"), v.start, v.end)
           if v.start is not None and v.name else v for v in _acronym_only(text, out)]
    out = [_kind_named_before(text, v) for v in out]
    out.sort(key=lambda v: abs((v.start or 0) - (speaker.start or v.start or 0)))
    if len(out) > 1:  # the medium that passed the words on is the outer link, however near
        out.sort(key=lambda v: v.start is not None and _relayer(text, v.start, v.end))
    return canonical_vias(out)


# A medium in the shape of a relay: "Anadolu Ajansı'nın aktardığına göre", "نقلتها وكالة".
_RELAYED_AFTER = re.compile(r"['’]?n[ıiuü]n\s+(?:aktardığına|bildirdiğine|haberine)")
_RELAYED_BEFORE = re.compile(r"(?<!\S)و?نقل(?:ت|ته|تها|ها)?\s+$")
# "به نقل از X": quoting X, which makes X the inner link, not the relayer.
_QUOTING_FA = re.compile(r"به نقل از\s+(?:\S+\s+){0,2}$")


# Agencies named like a province: only their kind word before them makes them the agency.
_PLACE_NAMED_AGENCIES = frozenset(("فارس",))
_KIND_BEFORE = re.compile(r"(?:خبرگزاری|وكالة|وكالة أنباء|وکالت|ایجنسی)\s*$")


def _relayer(text: str, a: int, b: int) -> bool:
    if _QUOTING_FA.search(text[max(0, a - 40):a]):
        return False  # "به گزارش ایسنا به نقل از ایرنا": the one quoted is the inner link
    return relayed_by(text, a) or bool(_RELAYED_AFTER.match(text, b)) \
        or bool(_RELAYED_BEFORE.search(text, max(0, a - 12), a)) \
        or bool(_ACCORDING_BEFORE.search(text, max(0, a - 40), a)) \
        or bool(_AIRED_AFTER.match(text, b))


# An Urdu or Persian medium that aired or printed the interview: "جسے اے پی پی نے نشر کیا",
# "که خبرگزاری فارس آن را منتشر کرد".
_AIRED_AFTER = re.compile(r"\s*(?:نے|آن را|آن‌را)?\s*(?:نشر|شائع|منتشر|بازنشر)\s*(?:کیا|کی|کرد|کرده)")


# A medium named by an according-phrase opening the sentence carried what its subject said to
# another: "Según la agencia EFE, el alcalde dijo a Radio Nacional ...": EFE is the outer link.
_ACCORDING_BEFORE = re.compile(r"(?:^|(?<=[\s\n]))(?i:según|selon|d['’]après|secondo|stando a|laut|"
                               r"σύμφωνα με|de acuerdo con|به گزارش|بحسب|حسب|وفقا ل|وفقاً ل)"
                               r"\s*(?:(?:la|el|le|l['’]|il|lo|der|die|das|dem|το|την|τον|"
                               r"agencia|agence|agenzia|Agentur|πρακτορείο|خبرگزاری|وكالة)\s*){0,3}$")


# An Arabic-script medium's kind right before a name in marks: 'قناة "القاهرة والناس"'.
_AR_KIND_END = re.compile(r"(?<!\S)(?:[وبل]|لل)?(?:ال)?(?:قناة|موقع|صحيفة|جريدة|مجلة|إذاعة|شبکه|روزنامه|"
                          r"چینل)\s*$")


_BARE_AGENCY = frozenset(L.fold(w) for w in """Agentur agence agencia agenzia ajans ajansı
    πρακτορείο وكالة الوكالة خبرگزاری ایجنسی""".split())


def _kind_named_before(text: str, v: Via) -> Via:
    """'sagte der Agentur', 'a dit à l'agence': the kind word alone is the agency named before."""
    if v.start is None or L.fold(v.name) not in _KIND_KEYS | _BARE_AGENCY:
        return v
    prior = last_agency(text, v.start)
    return Via(v.entity, prior, v.start, v.end) if prior else v


def _acronym_only(text: str, vias: list[Via]) -> list[Via]:
    """'der Austria Presse Agentur (APA)', "İhlas Haber Ajansı'na (İHA)": one medium, and its
    bracketed acronym is the name the outlets share."""
    starts = {v.start for v in vias if v.start is not None}
    keep = []
    for v in vias:
        if v.end is not None:
            m = _BRACKET_NEXT.match(text, v.end)
            if m and m.end() in starts:
                continue
        keep.append(v)
    return keep


_BRACKET_NEXT = re.compile(r"(?:['’]\w{1,4})?(?:\s+[a-zà-ÿ]+){0,2}\s*\(")


# German capitalises every noun: a lower-case word told something after a cue and its
# pronoun is a brand ("sagte er dem rbb", "sagte sie dem swr").
_DE_LOWER_BRAND = re.compile(r"(?:sagte|erklärte|betonte|kritisierte|warnte|bestätigte|berichtete)"
                             r"\s+(?:er|sie|es)\s+(?:dem|der)\s+(?P<n>[a-zäöü][a-zäöü0-9-]{1,11})"
                             r"(?=\s*[.,;!?]|\s+(?:in|im|am|zufolge)\b)")


# A German paper named by its adjectives alone, its noun ('Zeitung') left out: 'in der Frankfurter
# Allgemeinen:', 'sagte der Hessischen Allgemeinen', 'der Süddeutschen zufolge'. Every word is an
# adjective by its ending (-isch, -lich, -ig, -deutsch, 'allgemein', or a town's -er before the
# last), the last declined (-e, -en), and nothing follows but punctuation or 'zufolge'.
_DE_ADJ = r"(?:[A-ZÄÖÜ][a-zäöüß]*(?:isch|lich|ig|deutsch)|Allgemein)"
_DE_ADJ_PAPER = re.compile(rf"(?<![\w-])(?:der|die|dem)\s+(?P<n>(?:(?:{_DE_ADJ}en?|[A-ZÄÖÜ][a-zäöüß]+er)\s+){{0,2}}"
                           rf"{_DE_ADJ}en?)(?=\s*[:,.;]|\s+zufolge\b)")


# A kind word and one adjective of kind alone ('به تلویزیون محلی'): the medium is both words.
_KIND_START = re.compile(r"(?:[وبل]|لل)?((?:ال)?(?:صحيفة|جريدة|إذاعة|قناة|موقع|مجلة|روزنامه|روزنامہ|رادیو|"
                         r"تلویزیون))\s+$")


def _kind_with_adjective(text: str, a: int, b: int, name: str) -> tuple[tuple[int, int], str]:
    kind = _KIND_START.search(text, max(0, a - 16), a) if name in L.KIND_ADJECTIVES_ARABIC else None
    if kind is None:
        return (a, b), name
    return (kind.start(1), b), text[kind.start(1):b]


_CAP_ARTICLE = re.compile(r"L['’]|(?:Le|La|Les|El|Il|Lo|Der|Die|Das|Η|Ο|Το|Οι)\s+")


# Arabic 'told to' written with a drawn-out lām before a medium's kind: 'قال لـراديو البلد إن'
# (a person told has no kind word).
_AR_TOLD_TATWEEL = re.compile(r"(?<!\S)و?لـ\s*(?P<n>(?:راديو|إذاعة|قناة|صحيفة|جريدة|موقع|تلفزيون)"
                              r"(?:\s+[^\s،,.]+){1,3}?)(?=\s+(?:إن|أن|بأن)(?:ه|ها|هم)?(?!\S)|[،,.:])")


def _told_media(text, s, e, speaker: Speaker, quoted, out: list[Via], taken: list, index=None) -> None:
    """Media named after told-to and interviewed-by words, and Arabic-script media named by
    their kind, that no list knows."""
    found = [(m.span("n"), m.group("n")) for m in _TOLD_NAME.finditer(text, s, e)
             if MEDIA_SHAPE.search(m.group("n")) or L.fold(m.group("n")) in L.AGENCY_KEYS
             or m.group("k") and m.group("k").split()[-1] in ("εφημερίδα", "quotidien", "diario", "quotidiano")
             # the interview word may stand before the dative: "in un'intervista al Resto del Carlino"
             or _ASKED_BY.search(text, max(s, m.start() - 24), m.start("n"))]
    found += _told_after_telling(text, s, e, index)
    found += [(m.span("n"), m.group("n")) for m in _TR_TOLD_QUOTE.finditer(text, s, e)
              if L.fold(m.group("n").split()[0]) not in _TR_HEARERS and index is not None
              and any(h[2].type in ("ORG", "OTHER") for h in index.within(m.start("n"), m.end("n")))
              and not any(h[2].type == "PERSON" for h in index.within(m.start("n") - 1, m.end("n") + 1))]
    found += [(m.span("n"), m.group("n")) for m in _TR_TOLD_COLON.finditer(text, s, e)
              if L.fold(m.group("n")) not in _TR_HEARERS]
    found += [(m.span("n"), m.group("n")) for m in _CUE_TOLD.finditer(text, s, e)
              if L.fold(m.group("n").split()[0]) not in _HEARERS and not (index is not None and any(
                  h[2].type == "PERSON" for h in index.within(m.start("n"), m.end("n"))))]  # told a person
    found += [(m.span("n"), m.group("n")) if m.group("n") else (m.span("m"), m.group("m"))
              for pat in (_AR_BRACKETED, _AR_MEDIUM_KIND, _UR_NEWS, _TR_MEDIUM, _TR_TOLD, _UR_AGENCY,
                          _TR_TOLD_CLAUSE)
              for m in pat.finditer(text, s, e)]
    found = [_kind_with_adjective(text, a, b, name) for (a, b), name in found]
    found += [(m.span("n"), "ال" + m.group("n")) for m in _AR_TV.finditer(text, s, e)]
    found += [(m.span("n"), m.group("n")) for m in _DE_LOWER_BRAND.finditer(text, s, e)]
    found += [(m.span("n"), m.group("n")) for m in _DE_ADJ_PAPER.finditer(text, s, e)]
    found += [(m.span("n"), m.group("n")) for m in _AT_MICROPHONE.finditer(text, s, e)]
    found += [(m.span("n"), m.group("n")) for m in _PUBLISHED_BY.finditer(text, s, e)]
    found += [(m.span("n"), m.group("n")) for m in _CITED_LOWER.finditer(text, s, e)
              if L.fold(m.group("n")) not in L.ALL_FUNCTION_WORDS]
    found += [(m.span("n"), m.group("n")) for m in _FA_TOLD_NEWS.finditer(text, s, e)]
    found += [(m.span("n"), m.group("n")) for m in _FA_TOLD_BARE.finditer(text, s, e)
              if _fa_bare_medium(m.group("n")) and not (index is not None and any(
                  h[2].type in ("PERSON", "GPE") for h in index.within(m.start("n"), m.end("n"))))]
    found += [(m.span("n"), m.group("n")) for m in _UR_TALKING.finditer(text, s, e)
              if not m.group("n").endswith("وں") and m.group("n").split()[-1] not in _UR_NOT_MEDIA]
    found += [(m.span("n"), m.group("n")) for m in _ASKED_ON.finditer(text, s, e)]
    found += [(m.span("n"), m.group("n")) for m in _AR_TOLD_TATWEEL.finditer(text, s, e)]
    for k, ((a, b), name) in enumerate(found):
        acronym = _ACRONYM_LATER.match(text, b)
        if acronym:  # "Radio France internationale (RFI)": the acronym is the shared name
            found[k] = ((acronym.start(1), acronym.end(1)), acronym.group(1))
    for (a, b), name in found:
        if speaker.start is not None and a < speaker.start < b and text[a:speaker.start].strip():
            # "ha detto al Gazzettino Marco Bellin": the medium's name stops at the speaker's
            b = a + len(text[a:speaker.start].rstrip())
            name = text[a:b]
        shorter = [v for v in out if v.start is not None and (v.start == a or _CAP_ARTICLE.fullmatch(text, a, v.start))
                   and (v.end or 0) <= b and (v.start, v.end) != (a, b) and MEDIA_SHAPE.search(v.name or "")
                   and re.fullmatch(r"[\s\w'’-]*", text[v.end:b])]  # (and 'La Dépêche' for 'Dépêche')
        if shorter and not any(o <= a < c for o, c in quoted):  # "France 3 Pays" cut by the entity
            out[out.index(shorter[0])] = Via(shorter[0].entity, name, a, b)  # step: the told name
            taken[:] = [(x, b if x == a else y) for x, y in taken]  # runs on to its region
            continue
        if any(o <= a < c for o, c in quoted) or any(x < b + 3 and a < y for x, y in taken):
            continue  # "der Nachrichtenagentur dpa", "Austria Presse Agentur (APA)": named
        if speaker.start is not None and a < (speaker.end or 0) and speaker.start < b:
            continue
        if L.fold(name) in _KIND_KEYS:
            continue
        out.append(Via(None, name, a, b))
        taken.append((a, b))


# A verb of telling, the teller's name if it comes after the verb, then a capitalised name in
# the dative: "declaró a Onda Cero que", "ha dichiarato Rota alla Gazzetta dello Sport", "a
# confié Paul Martin au Télégramme". What a named body is told in the dative is an interview;
# people, places and bodies that hear statements (parliaments, courts) are not media.
_TELLING_DATIVE = re.compile(
    r"(?<![\w-])(?:dit|dite|déclaré|déclarée|confié|confiée|raconté|racontée|expliqué|assuré|indiqué|"
    r"affirmé|précisé|lancé|dijo|dice|declaró|declara|contó|cuenta|explicó|aseguró|afirmó|"
    r"indicó|señaló|relató|confesó|reconoció|detalló|manifestó|detto|dice|dichiarato|dichiara|"
    r"raccontato|racconta|spiegato|confidato|confida|assicurato|affermato|riferito|precisato|"
    r"parlato|parla|parlé|habló|hablado|"
    # more verbs of telling in the past: "precisó a Onda Cero que", "ha confermato a Rai News"
    r"precisó|apuntó|comentó|aclaró|añadió|agregó|admitió|advirtió|subrayó|insistió|lamentó|"
    r"reiteró|anticipó|adelantó|confirmó|sostuvo|aseveró|garantizó|prometió|"
    r"confirmé|souligné|ajouté|estimé|reconnu|annoncé|avoué|glissé|"
    r"confermato|sottolineato|annunciato|anticipato|aggiunto|ribadito|ammesso|garantito)"
    r"\s+(?:(?:(?:il|la|lo|l['’]|el|le)\s*[a-zà-ÿ]+\s+"  # "ha detto la sindaca Lucia Ferraro al Tirreno"
    r"(?:(?:di|de|del|della|du|de la)\s+[A-ZÀ-Ý][\w'’-]+\s*)?,?\s*)?"  # "il sindaco di Monghidoro, X, al ..."
    r"(?P<who>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2}),?\s+)?"
    r"(?P<dat>a|al|alla|allo|all['’]|à|au|à la|à l['’])\s*"
    r"(?P<n>[A-ZÀ-Ý][\w'’-]*(?:\s+(?:de l['’]|de la |del |della |dello |di |de |du )?"
    r"[A-ZÀ-Ý0-9][\w'’-]*){0,3})")


_DECLARED = re.compile(r"(?:déclar|declar|dichiar)", re.I)
_THEN_THAT = re.compile(r"\s+(?:que|qu['’]|che)\s")
# An inverted subject right after the one told: a role or an indefinite led by its article.
_ROLE_NEXT = re.compile(r"\s+(?:le|la|l['’]|el|il|lo|un|une|una|uno)\s*[a-zà-ÿ]")


def _told_after_telling(text: str, s: int, e: int, index) -> list:
    if index is None:
        return []
    out = []
    for m in _TELLING_DATIVE.finditer(text, s, e):
        a, b = m.span("n")
        # (one declares to a medium, not to a person: a name after 'declaró a' is a
        # broadcaster or paper however the entity step typed it, 'Onda Cero')
        kinds = ("GPE",) if _DECLARED.match(m.group()) else ("PERSON", "GPE")
        if m.group("dat") in ("al", "allo", "au") and " " in m.group("n"):
            kinds = ("GPE",)  # a masculine article before a full name: no person ('al Resto del
            # Carlino'; one tells 'a Marco Rossi', 'à Paul Martin')
        name = m.group("n")
        later = [h[0] for h in index.within(a + 1, b + 1) if h[2].type == "PERSON" and h[0] > a]
        if m.group("who") is None and later and text[a:later[0]].strip():
            b = a + len(text[a:later[0]].rstrip())  # "a confié à Ouest-France Mathilde Le
            name = text[a:b]  # Goff": the run holds the one told, then the inverted subject
        if m.group("who") is None and (later or _ROLE_NEXT.match(text, b)) and not any(
                h[2].type == "PERSON" and h[0] < b and a < h[1] for h in index.within(a - 1, b + 1)):
            kinds = ()  # the one told between the verb and its inverted subject is a medium,
            # whatever its name looks like ("à Ouest-France", "à La Voix du Nord le porte-parole")
        if kinds and _THEN_THAT.match(text, b) and not m.group("who"):
            # "precisó a Onda Cero que ...": a name told the words once and named nowhere else in
            # the article is the paper or station interviewing, however the entity step typed it
            kinds = tuple(k for k in kinds if k != "PERSON" or any(
                len(h[2].mentions) > 1 for h in index.within(a - 1, b + 1) if h[2].type == "PERSON"))
        if L.fold(name.split()[0]) in _HEARERS or any(
                h[2].type in kinds and h[0] < b and a < h[1] for h in index.within(a - 1, b + 1)):
            continue
        apposed = _PERSON_APPOSED.match(text, b)
        noun = apposed and (apposed.group(1) or apposed.group(2))
        if noun and not MEDIA_SHAPE.search(name) and L.fold(noun) not in _KIND_KEYS and not MEDIA_SHAPE.search(noun):
            continue  # "a déclaré à Marie Dupont, sa voisine, que": a person told, no medium
        out.append(((a, b), name))
    return out


# A person's apposition after the one told: a comma, a possessive or an article, a lower-case
# noun ('Marie Dupont, sa voisine,', 'Ana López, concejal,'); a medium's kind there ('Ouest-France,
# un quotidien régional') or a medium's shaped name keeps the medium.
_PERSON_APPOSED = re.compile(r",\s+(?:(?:sa|son|une|un|la|le|l['’]|su|una|un|la|el|sua|suo|il|"
                             r"seine|ihre|eine|ein|die|der)\s*([a-zà-ÿäöüß][\w-]+)|"
                             r"([a-zà-ÿäöüß][\w-]+)(?=\s*,))")  # (a bare noun only closed by a comma)


# A broadcaster's microphone or air: "au micro de France Bleu Besançon", "ai microfoni di Rai
# News", "a los micrófonos de Onda Cero", "am Mikrofon von Radio Bremen".
_AT_MICROPHONE = re.compile(r"(?:(?:au micro|à l['’]antenne|sur l['’]antenne|sur le plateau)\s+d(?:e\s+|['’])|"
                            r"(?:ai microfoni|al microfono)\s+d(?:i\s+|ell['’]|el\s+|ella\s+)|"
                            r"(?:a|ante) (?:los|el) micr[óo]fonos? de(?:l)?\s+|am Mikrofon (?:von|des|der)\s+)"
                            r"(?P<n>[A-ZÀ-Ý][\w'’-]*(?:\s+(?:d['’])?[A-ZÀ-Ý][\w'’-]*){0,3})")
# A text published or carried by a medium: "publié par Le Dauphiné libéré", "recogido por el
# canal CDN", "pubblicata dal Corriere del Ticino", "veröffentlicht in der Lausitzer Rundschau".
# A medium whose name is written in lower case, citing someone in an aside: "Le ministère, cité
# par franceinfo, a assuré".
_CITED_LOWER = re.compile(r"(?:citée?s?|relayée?s?|citad[oa]s?|citat[oaie])\s+(?:par|por|da)\s+"
                          r"(?P<n>[a-z][\w-]{3,})(?=\s*,)")
_PUBLISHED_BY = re.compile(
    r"(?:publiée?s?|diffusée?s?|relayée?s?|reprise?s?|citée?s?|publicad[oa]s?|difundid[oa]s?|recogid[oa]s?|"
    r"citad[oa]s?|pubblicat[oa]|diffus[oa]|ripres[oa]|citat[oaie]|veröffentlicht|verbreitet|zitiert)\s+"
    r"(?:par|por|da|dal|dalla|dallo|dall['’]|von|vom|in|im|bei)\s+"
    r"(?:(?:l['’]|le |la |les |el |los |il |lo |der |die |das |dem |den )?"
    r"(?:agence|agencia|agenzia|canal|chaîne|canale|cadena|diario|journal|periódico|quotidiano|"
    r"quotidien|hebdomadaire|semanario|settimanale|radio|site|sitio|sito)\s+)?"
    r"(?P<n>[A-ZÀ-ÝÄÖÜ][\w'’-]*(?:\s+(?:[A-ZÀ-ÝÄÖÜ][\w'’-]*|libérée?|del|de|du|della|der)){0,4})"
    r"(?=\s*[,.;]|\s+(?:et|y|e|und)\s)")
# Asked on a broadcaster whatever the case of its name: "interrogé sur franceinfo", "befragt
# vom rbb", "intervistato da Rai News".
_ASKED_ON = re.compile(r"(?:interrogée?s?|invitée?s?|interviewée?s?|intervistat[oaie]|"
                       r"entrevistad[oa]s?|befragt)\s+(?:sur|par|de|su|da|dal|en|por|von|vom|im|bei)\s+"
                       r"(?P<n>[^\W\d][\w-]{2,20})(?=\s*[,.;])")
# Persian told-to a medium named as news or TV: "به طلوع‌نیوز گفت", "با آریانانیوز گفت‌وگو".
# Urdu 'talking to X' right after the ergative subject: "... نے ڈان سے بات کرتے ہوئے کہا". A
# plural in the oblique ('صحافیوں سے', to journalists) or people talked to are no medium.
_UR_TALKING = re.compile(r"(?<=\sنے\s)(?P<n>[^\s،,.]+(?:\s+[^\s،,.]+){0,2}?)\s+سے\s+"
                         r"(?:بات\s*چیت|بات|گفتگو)\s+(?:کرتے ہوئے|میں)")
_UR_NOT_MEDIA = frozenset("میڈیا عوام ان اس ہم مجھ انہی رپورٹر صحافی نمائندے حکام".split())
# Persian 'told' with one bare word in its addressee slot ('یک پرستار ... به همشهری گفت که'): a
# singular noun with no determiner, no attached pronoun and no plural there is a name, and
# one that is no person, place, title or people word is the paper or station the words were
# told to; people told take a determiner, a plural or a pronoun ('به خبرنگاران', 'به همسرش').
_FA_TOLD_BARE = re.compile(r"(?<!\S)به\s+(?P<n>[^\s،,.:«»\"]{3,})\s+گفت(?:ه|ند|ه است)?(?![^\s.،:؛!؟])")
_FA_PEOPLE = frozenset("""او وی ما آنها ایشان شما مردم خبرنگار خبرنگاران رسانه رسانه‌ها همه
    دیگران مسئولان نمایندگان مجلس دولت وزیر رئیس مدیر پلیس دادگاه قاضی پزشک""".split())


def _fa_bare_medium(word: str) -> bool:
    if word in _FA_PEOPLE or word in _TITLE_FOLDS or L.fold(word) in _TITLE_FOLDS:
        return False
    return not word.endswith(("ان", "ها", "‌ها", "ش", "شان", "م", "مان", "تان"))


_FA_TOLD_NEWS = re.compile(r"(?<!\S)(?:به|با)\s+(?P<n>[^\s،,.]*(?:نیوز|تی‌وی)[^\s،,.]*)(?!\S)")
# A broadcaster named by its kind and its country or role, "للتلفزيون الأردني", "عبر التلفزيون
# الرسمي": the name is the phrase with its article, whatever preposition it took.
_AR_TV = re.compile(r"(?<!\S)(?:[وبف]?(?:ل|لل|ال))(?P<n>تلفزيون\s+ال[\u0600-\u06FF]+)")
_ACRONYM_LATER = re.compile(r"(?:\s+[a-zà-ÿ]+){0,2}\s*\(([A-ZÀ-Ý]{2,6})\)")
# Asked by, interviewed by: whoever asks the questions is a medium, whatever its name.
_ASKED_BY = re.compile(r"interv|entrevist|entretien|interrog|interpellat|befragt|sentit|Gespräch|συνέντευξ|"
                       r"declaraci|déclarations|dichiarazioni|Statement|Stellungnahme|"
                       r"microfoni", re.I)
_KIND_KEYS = frozenset(L.fold(w) for w in L.AGENCY_WORDS + L.MEDIUM_WORDS)


# ---------------------------------------------------------------- told to, relayed from

_ADDRESSEE = re.compile(
    r"(?:\bai microfoni d(?:i|el|ella|ello) |\bai microfoni dell['’]|"
    r"\bsur les ondes d(?:e |['’])|\bsur l['’]antenne d(?:e |['’])|\ben las ondas de |"
    r"\bà l['’]|\bà |\bau |\baux |\ba la |\bal |\bdem |\bder |\balla |\ba |\bστο |\bστην |\bبه |\bل|"
    r"\bpar l['’]|\bpar |\bpor la |\bpor el |\bpor |\bda |\bdall['’]|\bdalla |\bvon |\bبا |"
    r"\bعن |\bاز )(?:agence |agencia |agenzia |sender |τηλεοπτικό δίκτυο |τηλεοπτικό σταθμό |"
    r"ραδιοφωνικό σταθμό |εφημερίδα |πρακτορείο |خبرگزاری |وكالة |قناة |صحيفة |روزنامه |"
    r"هفته‌نامه |شبکه |"
    r"خبرنگار |cadena |chaîne |emittente )?$")
# Told to, marked after the name: Urdu 'رائٹرز کو بتایا', Persian 'را', Turkish dative
# "Anadolu Ajansı'na yaptığı açıklamada".
# A dative right after a verb: the medium after it was told ("ανέφερε στην ΕΡΤ"), it relays nothing.
TOLD_AFTER = re.compile(r"\s*(?:στην|στον|στο|στη|σε|à|au|aux|al|alla|allo|all['’]|dem|a la)\s")
DATIVE_AFTER = re.compile(r"\s*(?:کو|را)(?!\w)|['’](?:n|y)?[ae](?!\w)")
# A relay closing the sentence: "..., riferisce l'agenzia Adnkronos", "..., a rapporté l'AFP".
TRAILING_RELAY = re.compile(rf"[,،]\s*(?:(?:lo|la|le|l['’])\s*)?(?:{L.RELAY_WORDS}|rapporte|a rapporté|informa|informó|"
                            rf"berichtete|meldete|μεταδίδει|ανέφερε|"
                            rf"(?:حسبما|كما|وفق ما|وفقا لما|بحسب ما)\s+(?:أفادت|أفاد|ذكرت|ذكر|نقلت|"
                            rf"نقلته|أوردت|أوردته|ذكرته|أعلنت))\s+[^,،.]{{0,40}}[.!?]?$", re.I)
# "ونقلت وكالة X عن مسؤول محلي قوله إن": the words come from the one after عن.
# "عن" after the reported clause opened ("أفادت مصادر أن الحريق نجم عن ...") is its content.
AR_FROM = re.compile(r"(?:(?!\s(?:أن|إن|بأن)\s)[^،,.]){0,50}?\sعن\s")
AR_SAYING = re.compile(r"\s(?:قوله|قولها|قولهم|إن|أن)(?!\w)")
# The relayer named with its holder between commas: "ونقل الناطق باسم وزارة النقل، مراد حمدي،
# عن الوزير X قوله إن" (only after the verb of passing on, 'نقل').
AR_FROM_APPOSED = re.compile(r"[^،,.]{3,50}?[،,]\s*(?P<n>[^،,.]{3,30}?)\s*[،,]\s*عن\s")


def ar_relayed_from(text: str, cue, e: int):
    """Where the one whose words were passed on is named: after 'عن' ('نقلت X عن Y')."""
    m = AR_FROM.match(text, cue.end(), e)
    if m is None and re.match(r"و?نقل", cue.group()):
        m = AR_FROM_APPOSED.match(text, cue.end(), e)
    return m


# (the next three: read by ml_speakers on the subject after a cue)
# A told-to phrase right after an inverted cue, before the subject it hides.
TOLD_PP = re.compile(r"\s*(?:al|alla|allo|all['’]|a la|au|à la|à l['’]|a|à|dem|στο|στην|στον|"
                     r"ai microfoni d(?:i|el|ella|ello|ell['’]))\s*"
                     r"[A-ZÀ-ÝΑ-Ω][\w'’-]*(?:\s+[A-ZÀ-ÝΑ-Ω0-9][\w'’-]*)*(?=\s+\S)")
PLATFORM = re.compile(r"(?:Twitter|X|Facebook|Telegram|Instagram|TikTok|YouTube|Bluesky|"
                      r"WhatsApp|Threads|Mastodon|LinkedIn|Truth Social)")
# A platform set between an inverted cue and its subject: "en X", "sur son compte Instagram".
ON_PLATFORM = re.compile(r"\s*(?:en|sur|su|auf|on|via|über|στο|σε|μέσω)\s+(?:(?:su|sa|son|il suo|seinem|ihrem|la|el|il|"
                         r"le|το)\s+)?(?:(?:cuenta|compte|account|profilo|Konto|perfil|página|page|"
                         r"λογαριασμό)\s+(?:de\s+|di\s+|en\s+|sur\s+|auf\s+|στο\s+)?)?" + PLATFORM.pattern +
                         r"(?![\w-])")


def told_to(text: str, ms: int) -> bool:
    """'a affirmé à l'AFP', 'declaró a la agencia IRNA', 'به خبرگزاری ایرنا گفت': told to, not
    said by."""
    before = text[max(0, ms - 24):ms].lower()
    if re.search(r"[,،]\s*der\s+$", before):
        return False  # "Sein Verband, der Österreichische ...verband,": an apposition's article
    return bool(_ADDRESSEE.search(before))


__all__ = ["AGENCY_RE", "ON_PLATFORM", "PLATFORM", "TOLD_PP", "AR_FROM", "AR_SAYING", "DATIVE_AFTER", "TOLD_AFTER", "RELAY_RE", "TRAILING_RELAY",
           "agency_like", "as_via", "last_agency", "find_vias", "is_medium", "named_in_marks",
           "quoted_medium", "quoted_name", "relayed_by",
           "told_to"]
