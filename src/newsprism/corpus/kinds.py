"""Kinds of happening a news lead reports (a crash, a strike, a flood, an opening), in the ten
languages newsprism reads, as language-free keys for story clustering.

Input is the title and opening of an article; output is a set of kind keys such as
"crash" or "labour_strike". Two reports that share people, place and day but lead with
different kinds of happening (a drone strike and a cargo-plane crash over one city) tell
different stories; the embedding alone often cannot see it across languages.
"""
from __future__ import annotations

import re
import unicodedata

# Each kind lists word beginnings per language, accents and case folded (see ``fold``).
# A stem matches at the start of a word, so inflections follow ("arrest" -> "arrested");
# a stem starting with "*" may also sit inside a word, for compounding languages
# ("*streik" in "Hafenstreik"). Arabic-script stems also match after the proclitics
# w-/b-/l-/f-/k- and the article al-. Words shared by many kinds (attack, killed, dead)
# are left out: they tell nothing about which happening it was.
_LEXICON: dict[str, dict[str, tuple[str, ...]]] = {
    "air_attack": {
        "en": ("drone", "airstrike", "air strike", "air raid", "missile", "rocket attack",
               "shelling", "bombing", "bombard", "shot down", "shoot down", "shooting down"),
        "fr": ("drone", "frappe aerien", "frappes aerien", "frappe de drone", "frappe americ",
               "frappe israel", "frappe russe", "frappe militaire", "missile", "roquette",
               "bombarde", "raid aerien", "abattu"),
        "de": ("*drohne", "*luftangriff", "*rakete", "*bombard", "*beschuss", "*abschuss",
               "abgeschossen"),
        "es": ("dron", "misil", "bombarde", "ataque aereo", "cohete", "derrib"),
        "it": ("drone", "missil", "raid", "bombardament", "razzo", "razzi", "abbatt"),
        "tr": ("insansiz hava", "siha", "fuze", "hava saldiri", "bombala", "dusurul"),
        "el": ("drone", "πυραυλ", "αεροπορικη επιδρομη", "επιδρομη", "βομβαρδ", "καταρριψ"),
        "ar": ("مسير", "طائره مسير", "غاره", "صاروخ", "قصف", "اسقاط"),
        "fa": ("پهپاد", "موشک", "حمله هوایی", "بمباران", "سرنگون"),
        "ur": ("ڈرون", "میزائل", "فضائی حمل", "بمباری", "مار گرای"),
    },
    "crash": {
        "en": ("crash", "plane went down", "derail", "collided", "collision"),
        "fr": ("ecrase", "ecrasement", "crash", "deraill", "collision", "s'est abim"),
        "de": ("*absturz", "abgesturzt", "sturzt", "stürzt", "*entgleis", "*zusammenstoss",
               "*kollision"),
        "es": ("estrell", "siniestr", "accidente aereo", "descarril", "colision"),
        "it": ("precipit", "schiant", "incidente aereo", "deragli", "collisione"),
        "tr": ("ucak kazasi", "kazasi", "kazada", "carpisma",
               "raydan", "ucak dus", "dusen ucak", "ucagi dus", "helikopter dus"),
        "el": ("συντριβ", "κατεπεσε", "πτωση αεροσκαφ", "εκτροχιασ", "συγκρουσ"),
        "ar": ("تحطم", "سقوط طائره", "سقوط الطائره", "اصطدام", "خروج قطار"),
        "fa": ("سقوط", "خروج قطار", "تصادف"),
        "ur": ("گر کر تباہ", "تباہ ہو", "ٹکرا", "طیارہ گر", "طیارے کو حادث", "حادثے کا شکار",
               "ہیلی کاپٹر حادث", "طیارہ حادث"),
    },
    "quake": {
        "en": ("earthquake", "quake", "tremor", "aftershock", "magnitude"),
        "fr": ("seisme", "tremblement de terre", "sism", "replique", "magnitude"),
        "de": ("*erdbeben", "*beben", "nachbeben", "magnitude"),
        "es": ("terremoto", "sismo", "seism", "replica", "magnitud"),
        "it": ("terremoto", "sism", "scossa", "scosse", "magnitudo"),
        "tr": ("deprem", "sarsinti", "buyuklugunde"),
        "el": ("σεισμ", "μετασεισμ", "ριχτερ"),
        "ar": ("زلزال", "زلازل", "هزه ارضيه", "ريختر"),
        "fa": ("زلزله", "زمین لرزه", "زمینلرزه", "ریشتر", "پس لرزه"),
        "ur": ("زلزل", "ریکٹر", "آفٹر شاک"),
    },
    "flood": {
        "en": ("flood", "flash flood", "landslide", "mudslide", "torrential", "monsoon"),
        "fr": ("inondation", "crue", "glissement de terrain", "pluies torrentielles"),
        "de": ("*hochwasser", "*uberschwemm", "*flut", "*erdrutsch", "*unwetter"),
        "es": ("inundacion", "riada", "crecida", "deslizamiento", "aluvion", "deslizamiento de tierra"),
        "it": ("alluvion", "inondazion", "esondaz", "frana", "nubifragi"),
        "tr": ("sel ", "sel felaketi", "su baskin", "heyelan", "taskin"),
        "el": ("πλημμυρ", "κατολισθ", "νεροποντ"),
        "ar": ("فيضان", "فيضانات", "سيول", "انزلاق", "امطار غزيره", "غمر"),
        "fa": ("سیل ", "سیلاب", "رانش زمین", "طغیان"),
        "ur": ("سیلاب", "لینڈ سلائیڈ", "طغیانی"),
    },
    "fire": {
        "en": ("blaze", "wildfire", "forest fire", "bushfire", "fire broke", "caught fire",
               "fire swept", "fire sweeps", "fire tore", "fire raged", "fire raging",
               "flames", "burned", "burnt", "on fire"),
        "fr": ("incendi", "feu de foret", "flammes", "brule", "en feu"),
        "de": ("*waldbrand", "*grossbrand", "*großbrand", "*schiffsbrand", "flammen",
               "abgebrannt", "verbrannt", "in brand ger", "in brand gesetzt", "brand ", "brand,", "brand:", "brandes", "*brandkatastroph", "*brandursache"),
        "es": ("incendi", "llamas", "quema"),
        "it": ("incendi", "fiamme", "rogo"),
        "tr": ("yangin", "alev"),
        "el": ("πυρκαγι", "φωτια", "φλογ"),
        "ar": ("حريق", "حرائق", "نيران", "اشتعال"),
        "fa": ("آتش", "حریق"),
        "ur": ("آگ", "آتشزدگی"),
    },
    "explosion": {
        "en": ("explosion", "blast", "exploded", "detonat"),
        "fr": ("explosion", "deflagration", "explose"),
        "de": ("*explosion", "explodiert", "*detonation"),
        "es": ("explosion", "estallido", "exploto", "deflagracion"),
        "it": ("esplosion", "deflagrazion", "esplos", "scoppio"),
        "tr": ("patlama", "patladi", "infilak"),
        "el": ("εκρηξ", "εξερραγ"),
        "ar": ("انفجار", "انفجر", "تفجير"),
        "fa": ("انفجار", "منفجر"),
        "ur": ("دھماک", "دھماکے"),
    },
    "stampede": {
        "en": ("stampede", "crowd crush", "crush at", "crowd surge"),
        "fr": ("bousculade", "mouvement de foule"),
        "de": ("*massenpanik", "gedrange", "gedränge"),
        "es": ("estampida", "avalancha humana"),
        "it": ("calca", "ressa"),
        "tr": ("izdiham",),
        "el": ("ποδοπατ", "συνωστισμ"),
        "ar": ("تدافع",),
        "fa": ("ازدحام", "ازدحام جمعیت"),
        "ur": ("بھگدڑ",),
    },
    "shipping": {
        "en": ("aground", "grounding", "grounded", "ran into the breakwater", "capsiz",
               "shipwreck", "sank", "sinking", "refloat", "blocks the canal", "blockage",
               "breakwater", "salvage", "adrift", "drifting", "taken in tow", "in tow",
               "engine failure"),
        "fr": ("echou", "chavir", "naufrage", "coule", "renfloue", "bloque le canal",
               "a la derive", "en panne", "remorqu", "avarie"),
        "de": ("auf grund", "*havari", "*bergung", "gekentert", "*kenter", "gesunken",
               "*untergang", "*freigeschleppt", "manovrierunfahig",
               "manövrierunfähig", "treibt", "abgeschleppt", "*schlepper"),
        "es": ("encall", "naufrag", "hundi", "zozobr", "reflot", "a la deriva",
               "averia", "remolc"),
        "it": ("incagli", "naufragi", "affond", "capovol", "disincagli", "avaria",
               "alla deriva", "rimorchi"),
        "tr": ("karaya otur", "batti", "batan", "alabora", "mahsur", "tikadi", "tikandi",
               "arizalan", "suruklen", "yedege"),
        "el": ("προσαραξ", "προσεκρουσ", "ναυαγ", "βυθισ", "αποκολλησ", "μπλοκαρ",
               "ακυβερνητ", "ρυμουλκ", "μηχανικη βλαβη"),
        "ar": ("جنوح", "جنحت", "غرق", "تعويم", "جانحه", "عطل"),
        "fa": ("به گل نشست", "گل نشستن", "غرق", "واژگون", "سرگردان", "یدک"),
        "ur": ("ڈوب", "الٹ گئ", "خرابی", "بہتا"),
    },
    "labour_strike": {
        "en": ("on strike", "walkout", "walk out", "walked out", "strikers",
               "industrial action", "stoppage", "picket", "dockworkers' strike",
               "general strike", "strike over pay", "strike enters", "rail strike",
               "train strike", "dock strike", "port strike", "transport strike",
               "workers' strike", "teachers' strike", "strike halts", "strike by",
               "national strike", "nationwide strike", "called a strike"),
        "fr": ("greve", "grevist", "debrayage", "arret de travail"),
        "de": ("*streik", "*arbeitsniederlegung", "*ausstand", "warnstreik"),
        "es": ("huelga", "huelguist"),
        "it": ("sciopero", "scioperi", "sciopera"),
        "tr": ("grev",),
        "el": ("απεργ", "στασεις εργασιας"),
        "ar": ("اضراب", "مضرب"),
        "fa": ("اعتصاب",),
        "ur": ("ہڑتال",),
    },
    "protest": {
        "en": ("protest", "demonstrat", "marched", "march through", "rally", "rallies",
               "riot", "clashes"),
        "fr": ("manifest", "protest", "defile", "emeute", "heurts"),
        "de": ("*protest", "*demonstr", "*kundgebung", "*krawall", "ausschreitung"),
        "es": ("protest", "manifest", "disturbio", "enfrentamiento", "marcharon"),
        "it": ("protest", "manifestaz", "manifestant", "corteo", "scontri"),
        "tr": ("protesto", "eylem", "gosteri", "yuruyus", "arbede", "catisma"),
        "el": ("διαδηλ", "διαμαρτυρ", "επεισοδι", "συγκρουσεις"),
        "ar": ("احتجاج", "مظاهر", "تظاهر", "محتج", "اشتباك"),
        "fa": ("اعتراض", "تظاهرات", "تجمع", "معترض", "راهپیمایی", "درگیری"),
        "ur": ("احتجاج", "مظاہر", "ریلی", "جھڑپ"),
    },
    "opening": {
        "en": ("inaugurat", "unveil", "ribbon", "opens", "opened", "opening"),
        "fr": ("inaugur", "mise en service"),
        "de": ("*eroffn", "*eröffn", "*einweih", "eingeweiht", "*inbetriebnahme"),
        "es": ("inaugur", "apertura", "puesta en marcha"),
        "it": ("inaugur", "apertura", "taglio del nastro"),
        "tr": ("acilis", "acti", "hizmete", "acildi"),
        "el": ("εγκαιν", "ανοιξε", "παραδοθηκε"),
        "ar": ("افتتاح", "افتتح", "دشن", "تدشين"),
        "fa": ("افتتاح", "گشایش", "بهره برداری", "بهرهبرداری"),
        "ur": ("افتتاح",),
    },
    "arrest": {
        "en": ("arrest", "detain", "custody", "raid on", "charged with", "seized"),
        "fr": ("arrest", "interpell", "garde a vue", "inculp", "saisi"),
        "de": ("*festnahm", "festgenommen", "*verhaft", "*razzia", "angeklagt",
               "beschlagnahm"),
        "es": ("detenid", "detencion", "arrest", "redada", "imputad", "incaut"),
        "it": ("arrest", "fermat", "fermo", "blitz", "indagat", "sequestr"),
        "tr": ("gozalti", "tutukla", "yakalan", "el konul"),
        "el": ("συλληψ", "συνελαβ", "συνεληφθ", "κατασχεσ"),
        "ar": ("اعتقال", "اعتقل", "القبض", "توقيف", "احتجاز", "ضبط"),
        "fa": ("بازداشت", "دستگیر", "توقیف"),
        "ur": ("گرفتار", "حراست", "چھاپ"),
    },
    "office": {
        "en": ("resign", "quits", "steps down", "stepped down", "appoint",
               "sworn in", "sacked", "ousted", "interim minister"),
        "fr": ("demission", "demet", "nomme", "nomination", "limoge", "limogeage",
               "interim"),
        "de": ("*rucktritt", "*rücktritt", "zuruckgetreten", "zurückgetreten", "tritt zuruck",
               "ernenn", "*entlass", "vereidigt", "kommissarisch", "*ubergangs"),
        "es": ("dimision", "dimite", "dimitio", "renunci", "nombra", "nombramiento", "destitu",
               "cesad", "interino"),
        "it": ("dimission", "dimette", "dimesso", "nomina", "nominat", "rimoss", "ad interim"),
        "tr": ("istifa", "gorevden al", "atandi", "atama", "vekaleten", "gecici bakan"),
        "el": ("παραιτ", "διορισ", "αποπομπ", "ορκιστ", "υπηρεσιακ"),
        "ar": ("استقال", "استقاله", "تعيين", "اقاله"),
        "fa": ("استعفا", "کناره گیری", "کناره گرفت", "برکنار", "منصوب", "انتصاب", "سرپرست"),
        "ur": ("استعف", "مستعفی", "برطرف", "تقرر", "عبوری"),
    },
    "discovery": {
        "en": ("discover", "uncover", "unearth", "excavat", "archaeolog", "find of"),
        "fr": ("decouv", "exhum", "fouille", "archeolog", "mis au jour"),
        "de": ("*entdeck", "*ausgrab", "freigelegt", "*archaolog", "*archäolog", "*fundstuck",
               "*fundstelle"),
        "es": ("descubr", "hallazgo", "excava", "arqueolog", "desenterr"),
        "it": ("scopert", "scopri", "scav", "ritrovament", "archeolog"),
        "tr": ("kesf", "kazi", "arkeolo", "gun yuzune"),
        "el": ("ανακαλυ", "ανασκαφ", "αρχαιολογ", "ευρημα", "ηρθε στο φως"),
        "ar": ("اكتشاف", "اكتشف", "تنقيب", "حفريات", "اثري", "اثريه"),
        "fa": ("کشف", "کاوش", "حفاری", "باستان"),
        "ur": ("دریافت", "کھدائی", "آثار قدیمہ"),
    },
    "storm": {
        "en": ("storm", "hurricane", "cyclone", "typhoon", "tornado", "gale", "blizzard"),
        "fr": ("tempete", "ouragan", "cyclone", "typhon", "tornade"),
        "de": ("*sturm", "*orkan", "*hurrikan", "*zyklon", "*taifun", "*tornado"),
        "es": ("tormenta", "huracan", "ciclon", "tifon", "tornado"),
        "it": ("tempesta", "bufera", "uragano", "ciclone", "tifone", "tromba d'aria"),
        "tr": ("firtina", "kasirga", "hortum", "tayfun"),
        "el": ("καταιγιδ", "θυελλ", "τυφων", "κυκλων", "ανεμοστροβιλ"),
        "ar": ("عاصفه", "اعصار", "زوبعه"),
        "fa": ("طوفان", "گردباد"),
        "ur": ("طوفان", "سمندری طوفان", "آندھی"),
    },
    "shooting": {
        "en": ("shooting", "gunman", "gunmen", "gunfire", "opened fire", "shot dead"),
        "fr": ("fusillade", "tireur", "coups de feu", "abattu par balle", "tue par balle"),
        "de": ("*schusse", "*schüsse", "*schutze", "*schütze", "erschossen", "*schiesserei"),
        "es": ("tiroteo", "pistolero", "disparos", "abatido a tiros", "balacera"),
        "it": ("sparatoria", "spari", "colpi d'arma", "ucciso a colpi"),
        "tr": ("silahli saldiri", "ates acti", "silahla vurul", "kursun"),
        "el": ("πυροβολ", "ενοπλη επιθεση"),
        "ar": ("اطلاق نار", "اطلاق النار", "رصاص"),
        "fa": ("تیراندازی", "گلوله"),
        "ur": ("فائرنگ", "گولی"),
    },
    "kidnap": {
        "en": ("kidnap", "abduct", "hostage", "taken captive"),
        "fr": ("enlev", "kidnapp", "otage", "rapt"),
        "de": ("*entfuhr", "*entführ", "*geisel", "verschleppt"),
        "es": ("secuestr", "rehen", "raptad"),
        "it": ("rapit", "sequestrat", "ostagg"),
        "tr": ("kacirildi", "kacirilan", "kacirma", "rehin"),
        "el": ("απαγωγ", "απηχθ", "ομηρ"),
        "ar": ("اختطاف", "خطف", "رهائن", "رهينه"),
        "fa": ("آدم ربایی", "ربوده", "گروگان"),
        "ur": ("اغوا", "یرغمال"),
    },
    "court": {
        "en": ("trial", "verdict", "sentenced", "acquitted", "convicted", "judge", "court ", "court's", "courts"),
        "fr": ("tribunal", "verdict", "condamne", "acquitte", "proces de", "proces du", "le proces"),
        "de": ("*gericht", "verurteilt", "freigesprochen", "urteil", "*gerichtsverfahren", "*strafprozess"),
        "es": ("tribunal", "veredicto", "condenad", "absuelt", "sentencia"),
        "it": ("tribunale", "processo a", "verdetto", "condannat", "assolt", "sentenza"),
        "tr": ("mahkeme", "hapis cezasi", "beraat", "yargilan"),
        "el": ("δικαστηρι", "δικη", "ετυμηγορ", "καταδικ", "αθωω"),
        "ar": ("محكمه", "محاكمه", "ادانه", "براءه"),
        "fa": ("دادگاه", "محاکمه", "محکوم", "تبرئه"),
        "ur": ("عدالت", "مقدم"),
    },
    "sanctions": {
        "en": ("sanction", "embargo", "tariff"),
        "fr": ("sanction", "embargo", "droits de douane"),
        "de": ("*sanktion", "*embargo", "*zoll", "*zölle"),
        "es": ("sancion", "embargo", "arancel"),
        "it": ("sanzion", "embargo", "dazi"),
        "tr": ("yaptirim", "ambargo", "gumruk vergisi"),
        "el": ("κυρωσ", "εμπαργκο", "δασμ"),
        "ar": ("عقوبات", "حظر تجاري", "رسوم جمركيه"),
        "fa": ("تحریم", "تعرفه"),
        "ur": ("پابندیاں", "ٹیرف"),
    },
    "collapse": {
        "en": ("collapse", "caved in", "cave-in"),
        "fr": ("effondr", "ecroul"),
        "de": ("*einsturz", "eingesturzt", "eingestürzt"),
        "es": ("derrumb", "colaps", "desplom"),
        "it": ("crollo", "crollat", "croll"),
        "tr": ("coktu", "cokme", "gocuk"),
        "el": ("καταρρευσ", "καταρρευσε"),
        "ar": ("انهيار", "انهار"),
        "fa": ("ریزش", "فروریخت", "آوار"),
        "ur": ("منہدم", "گر گئ"),
    },
    "election": {
        "en": ("election", "vote", "ballot", "polls", "runoff", "re-election", "turnout"),
        "fr": ("election", "scrutin", "vote", "urnes", "second tour", "reelection"),
        "de": ("*wahl", "*stichwahl", "*abstimmung", "wahlbeteiligung"),
        "es": ("eleccion", "elecciones", "comicios", "votacion", "urnas", "reeleccion"),
        "it": ("elezion", "voto", "ballottaggio", "urne", "rielezion"),
        "tr": ("secim", "oy ", "sandik", "ikinci tur"),
        "el": ("εκλογ", "ψηφοφορ", "καλπ", "επανεκλογ"),
        "ar": ("انتخاب", "اقتراع", "تصويت", "صناديق"),
        "fa": ("انتخابات", "رای گیری", "صندوق های رای"),
        "ur": ("انتخاب", "الیکشن", "ووٹ", "پولنگ"),
    },
    "agreement": {
        "en": ("agreement", "accords", "peace accord", "treaty", "pact", "signed",
               "sign ", "trade deal", "peace deal", "reached a deal", "signed a deal", "deal to", "deal on"),
        "fr": ("accord", "traite", "pacte", "signe"),
        "de": ("*abkommen", "*vertrag", "*vereinbarung", "unterzeichn", "*pakt"),
        "es": ("acuerdo", "tratado", "pacto", "firma"),
        "it": ("accordo", "trattato", "patto", "firma"),
        "tr": ("anlasma", "antlasma", "mutabakat", "imza"),
        "el": ("συμφωνι", "συνθηκη", "υπογραφ", "υπεγραψ"),
        "ar": ("اتفاق", "اتفاقيه", "معاهده", "توقيع"),
        "fa": ("توافق", "قرارداد", "پیمان", "امضا"),
        "ur": ("معاہد", "دستخط"),
    },
    "epidemic": {
        "en": ("vaccin", "immunis", "immuniz", "outbreak", "epidemic", "pandemic", "cholera",
               "malaria", "measles"),
        "fr": ("vaccin", "epidemie", "pandemie", "cholera", "paludisme", "rougeole"),
        "de": ("*impf", "*epidemie", "*pandemie", "cholera", "malaria", "*masern"),
        "es": ("vacun", "epidemia", "pandemia", "brote", "colera", "malaria", "sarampion"),
        "it": ("vaccin", "epidemia", "pandemia", "focolaio", "colera", "malaria", "morbillo"),
        "tr": ("asi kampanya", "asilama", "salgin", "kolera", "sitma", "kizamik"),
        "el": ("εμβολ", "επιδημ", "πανδημ", "χολερ", "ελονοσ", "ιλαρ"),
        "ar": ("لقاح", "تطعيم", "وباء", "تفشي", "كوليرا", "ملاريا", "حصبه"),
        "fa": ("واکسن", "همه گیری", "وبا", "مالاریا", "سرخک"),
        "ur": ("ویکسین", "ویکسی", "وبا", "ملیریا", "خسرہ"),
    },
    "ban": {
        "en": ("ban on", "bans", "banned", "banning", "prohibit", "outlaw"),
        "fr": ("interdi", "prohib"),
        "de": ("*verbot", "verboten", "untersagt"),
        "es": ("prohib", "veto", "vetar"),
        "it": ("divieto", "vieta", "vietat", "proibi"),
        "tr": ("yasak",),
        "el": ("απαγορ",),
        "ar": ("حظر", "يحظر"),
        "fa": ("ممنوع",),
        "ur": ("پابندی", "ممنوع"),
    },
    "cyber": {
        "en": ("cyber", "ransomware", "hacker", "hacked", "malware"),
        "fr": ("cyber", "rancongiciel", "ransomware", "pirat informatique", "piratage"),
        "de": ("*cyber", "*hacker", "*ransomware", "*erpressersoftware", "*schadsoftware",
               "gehackt"),
        "es": ("ciber", "ransomware", "hacker", "pirata informatic", "secuestro de datos"),
        "it": ("cyber", "attacco informatic", "ransomware", "hacker", "pirati informatic"),
        "tr": ("siber", "fidye yazilim", "hacker", "bilgisayar korsan"),
        "el": ("κυβερνο", "λυτρισμικ", "χακερ", "ransomware"),
        "ar": ("سيبراني", "قرصن", "فديه", "برمجيات خبيثه", "اختراق", "هجوم الكتروني", "هجوم سيبراني"),
        "fa": ("سایبری", "باج افزار", "هکر"),
        "ur": ("سائبر", "ہیکر", "رینسم ویئر", "تاوان"),
    },
    "funeral": {
        "en": ("funeral", "memorial", "commemorat", "vigil"),
        "fr": ("funerail", "obseques", "commemor", "memorial"),
        "de": ("*trauerfeier", "*trauerzug", "*gedenk", "*beerdigung", "*begrabnis"),
        "es": ("funeral", "conmemor", "memorial"),
        "it": ("funeral", "commemor", "memoriale"),
        "tr": ("cenaze", "anma"),
        "el": ("κηδει", "μνημοσυν", "μνημει"),
        "ar": ("تشييع", "جنازه", "تابين", "نصب تذكاري"),
        "fa": ("تشییع", "مراسم یادبود", "یادبود"),
        "ur": ("جنازہ", "جنازے", "یادگار"),
    },
}


def fold(text: str) -> str:
    """Lower case without accents, Turkish dotless i and Greek final sigma unified, Arabic
    hamza-carrying alefs and taa marbuta read as their plain letters."""
    s = unicodedata.normalize("NFD", text.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    for a, b in (("ı", "i"), ("ς", "σ"), ("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ة", "ه"),
                 ("ى", "ي"), ("ی", "ي"), ("ك", "ک"), ("\u200c", " "), ("’", "'")):
        s = s.replace(a, b)
    return s


def _pattern(stems: tuple[str, ...], lang: str) -> re.Pattern:
    assert isinstance(stems, tuple), f"{lang}: stems must be a tuple"
    parts = []
    for stem in stems:
        inner = stem.startswith("*")
        st = fold(stem.lstrip("*"))
        if lang == "ar":
            # proclitics and the article may be glued to the word
            parts.append(r"(?<![^\W\d_])(?:[وبلفك]?ال|[وبلفك])?" + re.escape(st))
        elif inner:
            parts.append(re.escape(st))
        else:
            parts.append(r"(?<![^\W\d_])" + re.escape(st))
    return re.compile("|".join(parts))


# Set phrases whose words belong to another kind: "opened fire" is shooting and "opened
# an investigation" no opening. They are rewritten before stems are matched.
_PHRASES = ((re.compile(r"\b(?:open|opens|opened|opening) fire\b"), "gunfire"),
            (re.compile(r"\b(?:open|opens|opened|opening) (?:an? |the )?(?:investigation|inquiry|"
                        r"probe|case|talks)\b"), "inquiry"))

_PATTERNS: dict[str, list[tuple[str, re.Pattern]]] = {}
for _kind, _by_lang in _LEXICON.items():
    for _lang, _stems in _by_lang.items():
        _PATTERNS.setdefault(_lang, []).append((_kind, _pattern(_stems, _lang)))
_ANY = [(k, p) for pats in _PATTERNS.values() for k, p in pats]


# Happenings that follow many others (an arrest after a fire, a funeral after a crash, a
# resignation after a scandal): a lead that names one of these beside another kind is
# telling a development of that other story.
SECONDARY = frozenset({"arrest", "funeral", "office"})


def primary(kinds) -> frozenset[str]:
    """The kinds that say which happening a story is about: the non-secondary ones when
    there are any, else all."""
    main = frozenset(k for k in kinds if k not in SECONDARY)
    return main or frozenset(kinds)


def kinds_in(text: str, language: str | None = None) -> frozenset[str]:
    """The kinds of happening ``text`` names, read with its language's stems (every
    language's when the language is unknown)."""
    if not text:
        return frozenset()
    s = fold(text)
    for pattern, word in _PHRASES:
        s = pattern.sub(word, s)
    pats = _PATTERNS.get((language or "").split("-")[0].lower(), _ANY)
    return frozenset(k for k, p in pats if p.search(s))


def headline_kinds(title: str | None, body: str, language: str | None = None
                   ) -> frozenset[str]:
    """The kinds of the happening a report is about: the headline's when it names one
    that is not a mere follow-up, else those of the headline and first sentence. A lead
    sentence often names an earlier happening as its setting ("hours after the air
    strike on the depot, a helicopter crashed"); the headline names the news itself."""
    own = kinds_in(title or "", language)
    if own - SECONDARY:
        return own
    return kinds_in(head_text(title, body), language)


def lead_paragraph(body: str, chars: int = 700, least: int = 200) -> str:
    """The opening paragraph (with the next ones while it is shorter than ``least``
    characters), at most ``chars``: where a report says what happened. A closing "in a
    separate incident the same night ..." paragraph falls within a few hundred characters
    of a short report's start, and must not count as what the report leads with."""
    text = body.strip()
    out = ""
    for para in re.split(r"\n\s*\n", text):
        out = f"{out}\n\n{para}" if out else para
        if len(out) >= least:
            break
    return out[:chars]


def head_text(title: str | None, body: str, chars: int = 260) -> str:
    """The title and the lead's first sentence: where a report says what happened, before
    background and earlier events come in."""
    text = body.strip()
    if title and text.startswith(title.strip()):
        text = text[len(title.strip()):].lstrip()
    # a full stop in the first few characters ends an abbreviation or a dateline
    cut = re.search(r"[.!?\u061f\u06d4](?:\s|$)", text[15:chars])
    first = text[:15 + cut.end()] if cut else text[:chars]
    return f"{title}\n{first}" if title else first


__all__ = ["SECONDARY", "kinds_in", "headline_kinds", "lead_paragraph", "head_text", "fold",
           "primary"]
