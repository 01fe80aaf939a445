"""Set metaphors and idioms of opinion copy that judge whatever they are said of ('a gravy
train', 'smoke and mirrors', 'a race to the bottom'); reads an article's text only.

framing.py asks one thing: ``idiom_spans(text)``, the (start, end, technique) of each idiom.
The list is this project's own, written for the framing stage: figures of waste and greed,
neglect and failure, deceit, heavy-handed power, doom, and contempt for a group. Each entry
is one regex with a rare anchor word; an entry runs only when its anchor is in the text, so
an article pays one substring test per entry. Idioms with a common literal sense ('a car
crash', 'a tinderbox' in wildfire copy, 'snowflakes', 'dinosaurs', 'a lame duck' as the US
term) are left out; the few kept with a literal sense carry a guard (``_LITERAL``).
"""
from __future__ import annotations

import functools
import re

# Inflected forms of the verbs the idioms start with.
_V = {
    "bury": r"(?:bury|buries|buried|burying)",
    "drag": r"(?:drag|drags|dragged|dragging)",
    "pull": r"(?:pull|pulls|pulled|pulling)",
    "cook": r"(?:cook|cooks|cooked|cooking)",
    "sell": r"(?:sell|sells|sold|selling)",
    "rattle": r"(?:rattl(?:e|es|ed|ing))",
    "sling": r"(?:sling|slings|slung|slinging)",
    "fiddle": r"(?:fiddl(?:e|es|ed|ing))",
    "fall": r"(?:fall|falls|fell|fallen|falling)",
    "bleed": r"(?:bleed|bleeds|bled|bleeding)",
    "milk": r"(?:milk|milks|milked|milking)",
    "line": r"(?:line|lines|lined|lining)",
    "have": r"(?:have|has|had|having)",
    "play": r"(?:play|plays|played|playing)",
    "rule": r"(?:rule|rules|ruled|ruling)",
    "strike": r"(?:strike|strikes|struck|striking)",
    "hold": r"(?:hold|holds|held|holding)",
    "suck": r"(?:suck|sucks|sucked|sucking)",
    "drain": r"(?:drain|drains|drained|draining)",
    "eat": r"(?:eat|eats|eating|eaten|ate)",
    "gnaw": r"(?:gnaw|gnaws|gnawing|gnawed)",
    "throw": r"(?:throw|throws|threw|thrown|throwing)",
    "turf": r"(?:turf|turfs|turfed|turfing)",
    "kick": r"(?:kick|kicks|kicked|kicking)",
}
_POSS = r"(?:its|their|his|her|our|your|my|the)"
_SLOT = r"(?:\s+[\w'’-]+){0,3}?"
_LEFT = r"(?:left|leave|leaves|leaving)(?: \w+)?"

# (anchor, pattern, technique): the anchor is a lowercase substring every match holds.
IDIOMS: tuple[tuple[str, str, str], ...] = (
    # spread told as fire
    ("wildfire", r"(?:spread(?:s|ing)?|ripp(?:ed|ing)|tear(?:s|ing)|rac(?:ed|es|ing)|"
                 r"mov(?:ed|es|ing)) (?:\w+ ){0,2}like wildfire", "metaphor"),
    # waste and greed
    ("gravy", r"gravy[- ]trains?", "loaded_language"),
    ("cash cow", r"cash cows?", "loaded_language"),
    ("print money", r"licen[cs]e to print money", "loaded_language"),
    ("money pit", r"money pits?", "loaded_language"),
    ("white elephant", r"white elephants?", "loaded_language"),
    ("gold-plated", r"gold-plated (?:pensions?|perks?|contracts?|deals?|salar(?:y|ies)|"
                    r"expenses|scheme|schemes|refit|headquarters|hq|offices?)", "loaded_language"),
    ("for the boys", r"jobs for the boys", "loaded_language"),
    ("sweetheart", r"sweetheart (?:deals?|contracts?|arrangements?)", "loaded_language"),
    ("slush fund", r"slush funds?", "loaded_language"),
    ("robbery", r"(?:daylight|highway) robbery", "loaded_language"),
    ("golden goodbye", r"golden goodbyes?", "loaded_language"),
    ("pockets", _V["line"] + r" " + _POSS + r" (?:own )?pockets", "loaded_language"),
    ("milk", _V["milk"] + r" (?:taxpayers|the taxpayer|the system|the public(?: purse)?)",
     "loaded_language"),
    ("feather", r"feather(?:s|ed|ing)? " + _POSS + r" (?:own )?nests?", "loaded_language"),
    ("fire sale", r"fire[- ]sales?", "loaded_language"),
    ("family silver", r"(?:(?:sell|sells|sold|selling|flog|flogs|flogged|flogging) (?:off )?)?"
                      r"the family silver", "loaded_language"),
    ("smash-and-grab", r"smash[- ]and[- ]grab", "loaded_language"),
    ("grab", r"(?:land|cash|power|money)[- ]grabs?", "loaded_language"),
    ("cowboy", r"cowboy (?:builders?|traders?|landlords?|firms?|operators?|plumbers?|outfits?"
               r"|companies|company|contractors?|employers?)", "name_calling"),
    # neglect and failure
    ("feet", _V["drag"] + r" " + _POSS + r" feet", "loaded_language"),
    ("basket", r"basket[- ]cases?", "loaded_language"),
    ("dumpster fire", r"dumpster fires?", "loaded_language"),
    ("clown", r"clown (?:shows?|cars?)|circus of clowns", "loaded_language"),
    ("amateur hour", r"amateur hour", "loaded_language"),
    ("fit for purpose", r"not fit for purpose", "loaded_language"),
    ("deck", r"rearrang(?:e|es|ed|ing) the deck ?chairs", "loaded_language"),
    ("horror show", r"horror shows?", "loaded_language"),
    ("living hell", r"(?:a )?living hell|hell on earth", "loaded_language"),
    ("flatlin", r"flatlin(?:e|es|ed|ing)", "loaded_language"),
    ("life support", r"on life support", "loaded_language"),
    ("sinking ship", r"sinking ships?", "loaded_language"),
    ("basket", r"(?:going )?to hell in a hand ?basket", "loaded_language"),
    ("to rot", _LEFT + r" to rot", "loaded_language"),
    ("to fend", _LEFT + r" to fend for themselves", "loaded_language"),
    ("to their fate", _LEFT + r" to their fate", "loaded_language"),
    ("to starve", _LEFT + r" to starve", "loaded_language"),
    ("hands", r"(?:sit|sits|sat|sitting) on " + _POSS + r" hands", "loaded_language"),
    ("sand", _V["bury"] + r" " + _POSS + r" heads? in the sand", "loaded_language"),
    ("the can", r"(?:kick|kicks|kicked|kicking) the can down the road", "loaded_language"),
    (" it up", r"liv(?:e|es|ed|ing) it up", "loaded_language"),
    ("from hell", r"(?:\w+ )?from hell", "loaded_language"),
    ("single-handedly", r"single-handedly", "exaggeration"),
    ("wheel", r"asleep at the wheel", "loaded_language"),
    ("in the cold", r"(?:left|leave|leaves|leaving|frozen|froze) out in the cold",
     "loaded_language"),
    ("to power", r"cl(?:ing|ings|ung|inging) (?:on )?to power", "loaded_language"),
    ("trough", r"snouts? in the trough", "loaded_language"),
    ("nanny", r"nanny[- ]state", "loaded_language"),
    ("burns", _V["fiddle"] + r" while \w+ burns", "loaded_language"),
    ("fiddl", _V["fiddle"] + r" " + _POSS + r" (?:own )?(?:expenses|books|figures|accounts|"
              r"numbers|taxes|tax return|claims|results)", "loaded_language"),
    # anchored on 'fate': under the anchor 'to their fate' the other possessives never fired
    ("fate", r"(?:abandon(?:s|ed|ing)?|left|leave|leaves|leaving) to (?:its|their|his|"
                      r"her|our|your) fate", "loaded_language"),
    ("lifeblood", r"(?:" + _V["suck"] + "|" + _V["drain"] + r"|squeez\w+) "
                  r"the lifeblood (?:out of|from)", "loaded_language"),
    ("away at", "(?:" + _V["eat"] + "|" + _V["gnaw"] + ") away at",
     "loaded_language"),
    ("drunk on", r"drunk on power", "loaded_language"),
    ("to the bank", r"laugh(?:s|ed|ing)? all the way to the bank", "loaded_language"),
    ("thinly", r"thinly[- ](?:veiled|disguised)", "loaded_language"),
    ("scot", r"scot[- ]free", "loaded_language"),
    ("box-tick", r"box-ticking", "loaded_language"),
    ("flip-flop", r"flip-flop(?:s|ped|ping|per|pers)?", "loaded_language"),
    ("envy of", r"(?<=the )envy of (?:the world|the planet|the globe|europe|the west|all)",
     "loaded_language"),
    ("street", "(?:" + _V["throw"] + "|" + _V["turf"] + "|" + _V["kick"] + ")"
               r"(?: [\w'’-]+){1,3}? (?:onto|on to|out on|into) the streets?",
     "loaded_language"),
    ("petard", r"hoist (?:by|with) " + _POSS + r" own petard", "loaded_language"),
    # deceit
    ("smoke and mirrors", r"smoke and mirrors", "loaded_language"),
    ("sleight", r"sleight of hand", "loaded_language"),
    ("wool", _V["pull"] + r" the wool over" + _SLOT + r" eyes", "loaded_language"),
    ("bait", r"bait[- ]and[- ]switch", "loaded_language"),
    ("spin", r"spin[- ]doctors?", "name_calling"),
    ("books", _V["cook"] + r" the books", "loaded_language"),
    ("hatchet job", r"hatchet jobs?", "loaded_language"),
    ("smear campaign", r"smear campaigns?", "loaded_language"),
    ("kangaroo court", r"kangaroo courts?", "loaded_language"),
    ("show trial", r"show trials?", "loaded_language"),
    ("paid for", r"bought and paid for", "loaded_language"),
    ("in the pocket of", r"in the pocket of", "loaded_language"),
    ("useful idiot", r"useful idiots?", "name_calling"),
    ("shill", r"(?:paid )?shills?", "name_calling"),
    ("publicity stunt", r"(?:cheap )?publicity stunts?", "loaded_language"),
    ("pr stunt", r"pr stunts?", "loaded_language"),
    ("whistle", r"dog[- ]whistles?(?: politics)?", "loaded_language"),
    ("virtue signal", r"virtue[- ]signall?(?:ing|ers?|s)?", "loaded_language"),
    ("pearl", r"pearl[- ]clutching", "loaded_language"),
    ("navel", r"navel[- ]gazing", "loaded_language"),
    ("grandstanding", r"grandstanding", "loaded_language"),
    ("posturing", r"posturing", "loaded_language"),
    ("point", r"(?:political )?point[- ]scoring", "loaded_language"),
    ("mud", r"mud[- ]sling(?:ing|er|ers)|" + _V["sling"] + r" mud", "loaded_language"),
    (" pup", _V["sell"] + r" (?:us |them |voters |the public )?a pup", "loaded_language"),
    # heavy-handed power
    ("iron fist", r"(?:with an |an )?iron fist", "loaded_language"),
    ("iron grip", r"iron grip", "loaded_language"),
    ("stranglehold", r"stranglehold", "loaded_language"),
    ("police state", r"police states?", "loaded_language"),
    ("reign of terror", r"reign of terror", "loaded_language"),
    ("bully", r"bully[- ]boys?(?: tactics)?", "name_calling"),
    ("strong", r"strong-?arm(?:ed|ing)?(?: tactics)?", "loaded_language"),
    ("twisting", r"arm[- ]twisting", "loaded_language"),
    ("sab", r"sab(?:re|er)[- ]rattling|" + _V["rattle"] + r" (?:its|their|his|her) sab(?:re|er)s?",
     "loaded_language"),
    ("roost", _V["rule"] + r" the roost", "loaded_language"),
    # hyperbole of size and speed
    ("proportions", r"of (?:historic|epic|biblical|gargantuan|mammoth|titanic|monumental|"
                    r"staggering|apocalyptic|catastrophic) proportions", "exaggeration"),
    # the word alone, its context in a lookbehind ('went into freefall', 'set to rocket')
    ("free", r"(?:(?<=in )|(?<=into )|(?<=a ))free[- ]?fall", "loaded_language"),
    ("rocket", r"(?:(?<=to )|(?<=will )|(?<=could )|(?<=would )|(?<=may )|(?<=might ))"
               r"(?:sky)?rocket|(?:sky)?rocket(?:ed|ing)", "loaded_language"),
    # humiliation and hardship told as a blow
    ("egg on", r"egg on (?:his|her|their|its|my|our|your) faces?", "loaded_language"),
    ("in the teeth", r"kick in the teeth", "loaded_language"),
    ("beggar", r"beggar(?:s|ed|ing)? belief", "loaded_language"),
    ("pips", r"until the pips squeak", "loaded_language"),
    ("hostage", _V["hold"] + r"(?: [\w'’]+){1,3}? hostage", "loaded_language"),
    # force and stealth in policy
    ("trail of destruction", r"trails? of (?:destruction|devastation|havoc|misery|chaos)",
     "loaded_language"),
    ("slap on the wrist", r"slaps? on the wrist", "loaded_language"),
    ("killing field", r"killing fields?", "loaded_language"),
    ("expense", r"at (?:the )?(?:taxpayers?['’]?|taxpayer['’]s) expense",
     "loaded_language"),
    ("luxury", r"(?:in )?the lap of luxury|(?:four|five)-star luxury", "loaded_language"),
    ("hurl", r"hurl(?:s|ed|ing)? (?:abuse|insults|slurs)", "loaded_language"),
    ("himself to", r"help(?:s|ed|ing)? (?:himself|herself|themselves|itself) to",
     "loaded_language"),
    ("hoover", r"hoover(?:s|ed|ing)? up", "loaded_language"),
    ("licen", r"licen[cs]es? to (?:pollute|steal|cheat|kill|lie|exploit|plunder|bully|abuse|"
              r"poison|discriminate|spy|rob)", "loaded_language"),
    ("wrecking ball", r"wrecking[- ]balls?", "loaded_language"),
    ("the axe", r"(?:wield|wields|wielded|wielding|took|take|takes|taking) the axe",
     "loaded_language"),
    ("ram", r"(?:ram|rams|rammed|ramming)(?: [\w'’]+){1,4}? through", "loaded_language"),
    ("wagons", r"circl(?:e|es|ed|ing) the wagons", "loaded_language"),
    ("sleepwalk", r"sleepwalk(?:s|ed|ing)? into", "loaded_language"),
    ("above", r"punch(?:es|ed|ing)? above (?:its|their|his|her|our|your) weight",
     "loaded_language"),
    ("breaking point", r"(?:at|to|past|beyond) breaking point", "loaded_language"),
    ("tidal wave", r"tidal waves?(?= of)", "exaggeration"),
    ("drown", r"drown(?:s|ed|ing)? in (?:paperwork|debt|red tape|bureaucracy|"
                    r"complaints|bills|admin|forms|regulation|rules|work)", "loaded_language"),
    # doom
    ("perfect storm", r"perfect storm", "loaded_language"),
    ("death spiral", r"death spirals?", "loaded_language"),
    ("race to the bottom", r"race to the bottom", "loaded_language"),
    ("slippery slope", r"slippery slope", "loaded_language"),
    ("iceberg", r"tip of the iceberg", "loaded_language"),
    ("recipe for disaster", r"recipe for (?:disaster|chaos)", "loaded_language"),
    ("powder keg", r"powder[- ]kegs?", "loaded_language"),
    ("house of cards", r"house of cards", "loaded_language"),
    ("bomb", r"(?:ticking )?time[- ]?bombs?", "loaded_language"),
    ("brink", r"(?:pushed|pushing|pushes|push|driven|drove|driving|drive|teeter(?:ing|s|ed)?)"
              + _SLOT + r" (?:to|on) the brink", "loaded_language"),
    ("knees", r"(?:(?:bring|brings|brought|bringing)(?: [\w'’]+){1,3}? )?(?:on|to) "
              r"(?:its|their|his|her|our) knees", "loaded_language"),
    # contempt for a group
    ("keyboard warrior", r"keyboard warriors?", "name_calling"),
    ("armchair", r"armchair (?:generals?|critics?|experts?|warriors?|pundits?)", "name_calling"),
    ("champagne socialist", r"champagne socialists?", "name_calling"),
    ("luvvies", r"luvvies", "name_calling"),
    ("chattering classes", r"chattering class(?:es)?", "name_calling"),
    ("metropolitan elite", r"metropolitan elites?", "name_calling"),
    ("loony", r"loony (?:left|right|fringe)", "name_calling"),
    ("foil", r"tin[- ]?foil[- ]hat(?:s|ted)?", "name_calling"),
    ("earther", r"flat[- ]earthers?", "name_calling"),
    ("yes-m", r"yes-m[ae]n", "name_calling"),
    ("jobsworth", r"jobsworths?", "name_calling"),
    ("busybod", r"busybod(?:y|ies)", "name_calling"),
    ("has-been", r"has-beens?", "name_calling"),
    ("ivory", r"ivory[- ]towers?", "loaded_language"),
    ("snake", r"snake[- ]oil(?: salesm[ae]n)?", "loaded_language"),
)
# Literal uses a guard word in the sentence reveals ('on life support' of a patient).
_LITERAL = {
    "life support": ("patient", "patients", "hospital", "doctors", "ventilator", "intensive",
                     "icu", "coma", "baby", "wife", "husband", "daughter", "mother", "father",
                     "surgeon", "surgeons", "ward", "wards"),
    "iceberg": ("ship", "titanic", "glacier", "antarctic", "arctic", "sea ice"),
    "street": ("litter", "rubbish", "bottles", "bins", "stones", "leaflets", "paint", "ball",
               "debris", "bricks"),
    "away at": ("rust", "acid", "termite", "erosion", "the sea", "waves", "damp", "corrosion",
                "moth", "beetle", "rot", "water", "tide", "salt", "tumour", "tumor", "bacteria"),
    "knees": ("fell", "dropped", "kneel", "knelt", "pray", "injur", "surgery", "players"),
    "posturing": ("yoga", "spine", "dancer"),
    "shill": ("shilling", "shillings"),
    "bomb": ("explosive", "detonat", "bomb squad", "defused", "device"),
    "house of cards": ("netflix", "series", "episode", "season"),
    # a literal raid on a shop, a plunge from the sky, a launch into space
    "smash-and-grab": ("jewel", "shop window", "store", "thieves", "robbers", "burglar",
                       "raiders", "stolen", "van"),
    "free": ("parachut", "skydiv", "jump", "plane", "aircraft", "astronaut", "orbit"),
    # a real hostage-taking
    "hostage": ("gunman", "gunmen", "kidnap", "captor", "abduct", "militant", "rescued",
                "released", "ransom", "hijack", "siege", "armed", "terrorist",
                "pirates", "held captive", "rebel", "insurgent", "fighters", "troops",
                "captive", "gang", "hostages", "prison", "inmates"),
    "himself to": ("food", "cake", "buffet", "biscuit", "sandwich", "drink", "helping",
                   "plate", "fridge"),
    "hoover": ("dust", "crumbs", "carpet", "floor", "vacuum"),
    "wrecking ball": ("demolition", "crane", "demolish"),
    "ram": ("car", "vehicle", "truck", "lorry", "van", "ship", "vessel", "boat", "gate"),
    "breaking point": ("tensile", "stress test", "steel", "cable", "rope"),
    "tidal wave": ("tsunami", "earthquake", "coast", "metres high", "meters high"),
    "rocket": ("launch", "missile", "space", "nasa", "orbit", "fired", "engine", "booster"),
}


@functools.lru_cache(maxsize=None)
def _compiled(pattern: str) -> re.Pattern:
    """One idiom's regex, compiled the first time its anchor is seen: compiling all of them
    at once cost more than a whole pass of the framing stage over the demo articles."""
    return re.compile(rf"(?<![\w-]){pattern}(?![\w-])", re.IGNORECASE)


def _sentence(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    hi = min((i for i in (text.find(".", end), text.find("\n", end)) if i >= 0), default=len(text))
    return text[lo:hi].lower()


def _guarded(sentence: str, guard) -> bool:
    """Whether a guard word begins a word of the sentence ('injur' in 'injured'); a guard
    of two words is looked for as written."""
    words = re.findall(r"[a-z]+", sentence)
    return any(g in sentence if " " in g else any(w.startswith(g) for w in words)
               for g in guard)


def _title_case(match: str) -> bool:
    """A capitalised idiom mid-text is a title ('House of Cards'), not a figure."""
    words = [w for w in re.split(r"[\s-]+", match) if len(w) > 3]
    return len(words) > 1 and all(w[0].isupper() for w in words)


@functools.lru_cache(maxsize=1)
def _anchor_pattern() -> re.Pattern:
    """One pass finds every anchor: a letter-tree regex of them all (a substring test per
    entry cost more than the rest of the module), inside a lookahead so that an anchor
    starting within another anchor's match is still seen."""
    from .framing import _tree_regex  # framing imports this module at load
    return re.compile("(?=(" + _tree_regex({anchor for anchor, _, _ in IDIOMS}) + "))")


def idiom_spans(text: str) -> list[tuple[int, int, str]]:
    """Each listed idiom in ``text`` that its literal guard does not rule out."""
    present = set(_anchor_pattern().findall(text.lower()))
    if not present:
        return []
    out = []
    for anchor, pattern, technique in IDIOMS:
        if anchor not in present:
            continue
        for m in _compiled(pattern).finditer(text):
            if _title_case(m.group()) and m.start() > 0 and text[m.start() - 2:m.start()] != ". ":
                continue
            guard = _LITERAL.get(anchor)
            if guard and _guarded(_sentence(text, m.start(), m.end()), guard):
                continue
            out.append((m.start(), m.end(), technique))
    return out


__all__ = ["idiom_spans", "IDIOMS"]
