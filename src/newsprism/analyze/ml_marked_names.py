"""Names written in quotation marks: a medium's title after a told-to article ('sagte er der
„Süddeutschen Zeitung“', 'a-t-il déclaré au « Monde »') and a body's, ship's or programme's
name after its kind ('منظمة "إيكوبيس"', 'die Initiative „Rettet den Wald“'): the marks hold a
name, not words. Moved out of ml_media (session 17), unchanged."""
from __future__ import annotations

import re

from ..records import Speaker

# A paper or programme named in quotation marks after a told-to article: "sagte er der
# „Süddeutschen Zeitung“", "a-t-il déclaré au « Monde »", "ha detto al «Corriere della Sera»".
_TITLE_BEFORE = re.compile(r"(?:\b(?:der|dem|des|die|au|à|al|alla|allo|a|in|im|en|nel|στην|στο|to|told)"
                           r"|Zeitung|Magazin|diario|journal|quotidiano|giornale|periódico)\s*$")
_QUOTED_TITLE = re.compile(r"[„«\"“]\s?(?P<n>[^„«»\"“”\n]{2,40}?)\s?[“»\"”]")


def quoted_medium(text: str, o: int, c: int) -> bool:
    """The marks o..c hold a medium's title, not words: capitalised, at most four words, right
    after a told-to article."""
    inner = text[o + 1:c].strip(" \u00a0")
    toks = inner.split()
    if not toks or len(toks) > 4 or not toks[0][:1].isupper() or inner[-1:] in ".!?":
        return False
    if not all(w[:1].isupper() or w.lower() in ("della", "del", "de", "di", "des", "la", "el")
               for w in toks):
        return False
    return bool(_TITLE_BEFORE.search(text[max(0, o - 14):o]))


# A body's kind, then its name in quotation marks: 'منظمة "إيكوبيس"', 'die Initiative „Rettet
# den Wald“', 'l'association « Vivre ici »'. The marks hold a name, not words.
_BODY_KIND = re.compile(r"(?:منظمة|جمعية|حركة|مبادرة|مؤسسة|سازمان|انجمن|کمپین|تنظیم|Organisation|"
                        r"Initiative|Verein|Bündnis|association|collectif|mouvement|organización|"
                        r"asociación|plataforma|movimiento|associazione|comitato|movimento|"
                        r"οργάνωση|κίνημα|πρωτοβουλία|derneği|platformu|girişimi|"
                        # a party or faction: 'η δημοτική παράταξη «Καβάλα Μπροστά»'
                        r"παράταξη|παράταξης|κόμμα|κόμματος|σύλλογος|συλλόγου|partido|parti|"
                        r"partito|Partei|coalición|coalition|coalizione|colectivo|"
                        # a ship or an operation named in marks: "du ferry « Île de Sein »"
                        r"πλοίου|πλοίο|σκάφους|σκάφος|navire|bateau|ferry|buque|barco|ferri|nave|"
                        r"traghetto|Schiff|Fähre|gemisi|السفينة|سفينة|کشتی|opération|operación|"
                        r"operazione|Operation|επιχείρηση|επιχείρησης|operasyonu|عملية|عملیات|"
                        # a programme: 'in der Sendung „Brandenburg aktuell“', 'برنامه «نگاه»'
                        r"Sendung|émission|programme|programa|programma|program\w*|εκπομπή|"
                        r"εκπομπής|برنامج|برنامه|پروگرام|"
                        # a podcast, a show, a series or a column by its title: 'Im Podcast
                        # „Auf Sendung“', 'dans le podcast « Les Matins »', 'nella rubrica «...»'
                        r"[Pp]odcast\w{0,4}|pódcast|Talkshow|Show|show|Serie|série|serie|σειρά|"
                        r"Kolumne|rubrique|rubrica|columna|Newsletter|newsletter|Blog|blog|"
                        r"Videoblog|vlog|Dokumentation|documentaire|documental|documentario|"
                        r"ντοκιμαντέρ|dizisi|belgeseli|پادکست|بودكاست|"
                        # a medium's kind: 'لموقع "مصراوي"', 'قناة "القاهرة والناس"'; in the Latin
                        # scripts _TITLE_BEFORE already reads the told-to article before a title
                        r"ل?(?:قناة|موقع|صحيفة|جريدة|مجلة|إذاعة)|شبکه|روزنامه|هفته‌نامه|سایت|"
                        r"چینل|اخبار|"
                        # an account or page by its name: 'حساب ... يحمل اسم "عين بنغازي"'
                        r"(?:يحمل|تحمل) اسم|باسم|به نام|کے نام)\s*$", re.I)


def quoted_name(text: str, o: int, c: int) -> bool:
    """The marks o..c hold the name of the body whose kind is written just before them."""
    inner = text[o + 1:c].strip()
    if inner[:1].lower() != inner[:1].upper() and not inner[:1].isupper():
        return False  # a cased script capitalises a name: 'le mouvement « incompréhensible »'
    return 1 <= len(inner.split()) <= 4 and not re.search(r"[.!?،,:;]", inner) \
        and bool(_BODY_KIND.search(text[max(0, o - 20):o]))


# The kinds of _BODY_KIND that are themselves channels: a programme, podcast, show, column or
# blog named in marks carried the words ('Im Podcast „Auf Sendung“ sagte X, ...'), so it is a
# via where an association or a ship named in marks is not.
_CHANNEL_KIND = re.compile(r"(?:Sendung|émission|programme|programa|programma|program\w*|εκπομπή|"
                           r"εκπομπής|برنامج|برنامه|پروگرام|[Pp]odcast\w{0,4}|pódcast|Talkshow|"
                           r"Show|show|Kolumne|rubrique|rubrica|columna|Newsletter|newsletter|Blog|"
                           r"blog|Videoblog|vlog|پادکست|بودكاست)\s*$")


def quoted_channel(text: str, o: int, c: int) -> bool:
    """The marks o..c hold the title of a programme, podcast, column or blog named by its kind
    just before them: a medium the words passed through."""
    return bool(_CHANNEL_KIND.search(text, max(0, o - 20), o)) and quoted_name(text, o, c)


def named_in_marks(text: str, sp: Speaker) -> Speaker:
    """'وكتبت منظمة "إيكوبيس الشرق الأوسط"': the speaker is the name in the marks after its kind."""
    if sp.end is None or not sp.name:
        return sp
    m = _QUOTED_TITLE.match(text, sp.end + len(text[sp.end:]) - len(text[sp.end:].lstrip()))
    if m is None or m.start() - sp.end > 2 or not quoted_name(text, m.start(), m.end() - 1):
        return sp
    return Speaker(None, m.group("n"), m.start("n"), m.end("n"))


__all__ = ["named_in_marks", "quoted_channel", "quoted_medium", "quoted_name"]
