"""Session 10's non-English quote fixes, each on sentences written for these tests (not taken
from the evaluation batches): Arabic role appositions and unrelated roles, national agencies'
long Arabic names, Persian platform adjectives, German 'so X weiter' and town-adjective papers."""
from __future__ import annotations

from newsprism.analyze.ml_canon import canonical_medium
from newsprism.analyze.pipeline import analyze
from newsprism.records import Article
from tests.ml_probe import one


def test_arabic_role_then_apposed_name_speaks():
    t = ("وقال منسق الحملة، وليد الحسيني، لقناة المملكة: \"سنواصل جمع التبرعات حتى نهاية الشهر\".\n\n"
         "وأضاف الحسيني أن \"المتطوعين جاهزون للعمل في كل المحافظات\".")
    q = one(t, "ar", "سنواصل جمع التبرعات")
    assert q.speaker.name == "وليد الحسيني"
    q = one(t, "ar", "المتطوعين جاهزون")
    assert q.speaker.name == "وليد الحسيني"


def test_arabic_new_role_is_not_the_person_quoted_before():
    t = ("\"لم نتلق أي تعويض حتى الآن\"، قال سالم الدوري، أحد المزارعين المتضررين.\n\n"
         "وكتب السفير البريطاني على منصة إكس أن بلاده \"تتابع الوضع باهتمام\".")
    q = one(t, "ar", "تتابع الوضع باهتمام")
    assert q.speaker.name != "سالم الدوري"
    assert "السفير" in (q.speaker.name or "")


def test_arabic_national_agencies_long_names():
    assert canonical_medium("وكالة الأنباء الأردنية") == "Petra"
    assert canonical_medium("لوكالة الأنباء القطرية") == "QNA"
    assert canonical_medium("وكالة أنباء الشرق الأوسط") == "MENA"
    assert canonical_medium("الشرق الأوسط") is None  # a region, and a newspaper's name


def test_arabic_told_agency_by_long_name_is_no_speaker():
    t = ("وقال مسؤول في وزارة الزراعة، طلب عدم ذكر اسمه، لوكالة الأنباء الكويتية (كونا) إن "
         "المخزون يكفي لثلاثة أشهر.")
    q = one(t, "ar", "المخزون يكفي")
    assert q.speaker.name != "KUNA" and [v.name for v in q.via] == ["KUNA"]


def test_persian_platform_adjective_is_the_via():
    t = "سخنگوی شهرداری، نرگس احمدی، در صفحه اینستاگرامی خود نوشت که «پل تا پایان ماه بازگشایی می‌شود»."
    q = one(t, "fa", "پل تا پایان ماه")
    assert [v.name for v in q.via] == ["Instagram"]


def test_german_so_x_weiter_keeps_the_interview_medium():
    t = ("Die Bürgermeisterin, Petra Lang, sprach im WDR von einem „guten Tag für die Stadt“.\n\n"
         "„Wir haben lange darauf gewartet“, so Lang weiter.")
    q = one(t, "de", "Wir haben lange darauf gewartet")
    # The session-15 ruling (tests/data/README.md): 'so Lang weiter' names her again, a new
    # attribution with no medium (this test pinned the WDR before the ruling); a pronoun
    # continuation keeps it.
    assert q.speaker.name == "Petra Lang" and q.via == ()
    q = one(t.replace("so Lang weiter", "fügte sie hinzu"), "de", "Wir haben lange darauf gewartet")
    assert q.speaker.name == "Petra Lang" and [v.name for v in q.via] == ["WDR"]


def _analysed(text, lang):
    return analyze(Article(id="s10", text=text, language=lang)).quotes


def test_german_dative_after_the_name_is_told_not_said():
    """The subject after the cue ends at a dative article: 'sagte X dem Y' told Y; a paper
    named by its town's adjective ('Münchner Merkur') is a medium."""
    for paper in ("Münchner Merkur", "Tagesspiegel", "Mannheimer Morgen"):
        t = f"Berlin. Der Bau verzögert sich.\n\n„Das Projekt kommt zu spät“, sagte Jonas Keller dem {paper}."
        (q,) = _analysed(t, "de")
        assert q.speaker.name == "Jonas Keller" and [v.name for v in q.via] == [paper]


def test_spanish_regional_government_is_a_body_and_its_role_goes_to_the_apposed_name():
    t = ("Sevilla — Las urgencias se llenan.\n\n"
         "La consejera de Sanidad de la Xunta de Galicia, Lucía Varela Pazos, pidió calma a la "
         "población. La consejera añadió que los hospitales tienen «camas de reserva».")
    qs = [q for q in _analysed(t, "es") if "camas de reserva" in t[q.start:q.end]]
    assert qs and qs[0].speaker.name == "Lucía Varela Pazos"


def test_inverted_subject_of_a_street_is_the_person_not_the_street():
    t = "Roma – Chiude il mercato.\n\n«Qui non passa più nessuno», dice una fioraia di via Garibaldi."
    (q,) = _analysed(t, "it")
    assert q.speaker.name != "Garibaldi" and "fioraia" in (q.speaker.name or "")


def test_persian_this_was_said_by_a_name_with_apposition():
    t = ("تهران — بازار امروز شلوغ بود.\n\n"
         "«قیمت‌ها هر روز بالاتر می‌رود»، این را مهدی کاظمی، فروشنده پارچه در بازار، گفت.")
    (q,) = _analysed(t, "fa")
    assert q.speaker.name == "مهدی کاظمی"


def test_german_by_her_account_is_the_one_just_quoted():
    t = ("Köln. Die Tarifrunde ist vorbei.\n\n„Wir sind zufrieden“, sagte Betriebsrätin Anna "
         "Brandt dem WDR. Der Vertrag bringt nach ihren Angaben drei freie Tage mehr im Jahr.")
    qs = [q for q in _analysed(t, "de") if "drei freie Tage" in t[q.start:q.end]]
    assert qs and qs[0].speaker.name == "Anna Brandt" and [v.name for v in qs[0].via] == ["WDR"]


def test_persian_role_goes_on_over_its_adjective_and_body():
    for role in ("رئیس انجمن صنفی نانوایان", "فرمانده انتظامی استان"):
        t = f"شیراز — نان گران شد.\n\n{role} به خبرگزاری ایسنا گفت: «قیمت آرد دو برابر شده است.»"
        (q,) = _analysed(t, "fa")
        assert q.speaker.name == role and [v.name for v in q.via] == ["ISNA"]


def test_arabic_role_then_told_medium_is_no_name():
    t = ("عمّان — قرار قضائي.\n\nوقالت المحامية لقناة رؤيا إن موكلتها \"ستطعن في القرار\" أمام "
         "محكمة التمييز.")
    (q,) = _analysed(t, "ar")
    assert q.speaker.name == "المحامية" and [v.name for v in q.via] == ["رؤيا"]


def test_german_advising_verb_is_a_cue():
    t = "Kiel. Es wird heiß.\n\n„Meiden Sie die Mittagssonne“, riet Ärztin Jana Paulsen im NDR."
    (q,) = _analysed(t, "de")
    assert (q.speaker.name or "").endswith("Jana Paulsen") and [v.name for v in q.via] == ["NDR"]


def test_platform_between_inverted_cue_and_role_subject():
    t = "Lille — Grève.\n\n« Le mouvement est terminé », a annoncé sur X le syndicat des cheminots."
    (q,) = _analysed(t, "fr")
    assert q.speaker.name == "le syndicat des cheminots" and [v.name for v in q.via] == ["X"]


def test_persian_pronoun_after_a_role_quoted_at_a_briefing():
    t = ("تهران — تجمع.\n\nسخنگوی وزارت نیرو در نشست خبری هفتگی گفت: «سد تا پاییز آبگیری می‌شود.» "
         "وی افزود: «هیچ روستایی تخلیه نخواهد شد.»")
    qs = _analysed(t, "fa")
    assert [q.speaker.name for q in qs] == ["سخنگوی وزارت نیرو"] * 2


def test_french_quote_split_by_a_cue_with_a_role_and_a_full_stop():
    t = ("Nancy — Le tram.\n\n« La ligne rouvrira lundi, a promis le maire. Les bus resteront en "
         "renfort toute la semaine. »")
    qs = _analysed(t, "fr")
    assert len(qs) == 2 and all(q.speaker.name == "le maire" for q in qs)
    assert t[qs[1].start:qs[1].end].startswith("Les bus")


def test_broadcaster_named_with_news_is_no_person():
    t = ("Bari – Il porto.\n\nIl sindaco, parlando a Telenorba News, ha definito il progetto "
         "«una svolta per la città».")
    (q,) = _analysed(t, "it")
    assert q.speaker.name.startswith("Il sindaco") and [v.name for v in q.via] == ["Telenorba News"]


def test_german_fronted_as_clause_names_its_subject_without_wie():
    t = "Bonn. Die Bäder.\n\nWie die Stadtverwaltung am Montag mitteilte, bleiben alle Bäder bis Freitag geschlossen."
    (q,) = _analysed(t, "de")
    assert q.speaker.name == "die Stadtverwaltung"


def test_urdu_minister_with_portfolio_is_a_role_not_a_name():
    t = 'لاہور — نہر کی صفائی۔\n\nصوبائی وزیر آبپاشی نے ریڈیو پاکستان کو بتایا کہ "کام دو ہفتوں میں مکمل ہوگا"۔'
    (q,) = _analysed(t, "ur")
    assert q.speaker.name == "صوبائی وزیر آبپاشی"


def test_arabic_definite_source_goes_on_with_the_source_quoted_before():
    t = ("بغداد — سرقة.\n\nوأفاد مصدر في وزارة النقل لوكالة الأنباء العراقية بأن \"الرحلات ستستأنف غدا\". "
         "وأضاف المصدر أن المطار \"لم يتضرر\".")
    qs = _analysed(t, "ar")
    assert [q.speaker.name for q in qs] == ["مصدر في وزارة النقل"] * 2


def test_spanish_segun_dijo_a_medium_is_the_one_just_quoted():
    t = ("Cádiz — Huelga.\n\n«Hemos firmado», anunció la alcaldesa, Rocío Marín. Según dijo a Canal "
         "Sur Radio, los autobuses «saldrán a las seis».")
    qs = _analysed(t, "es")
    q = [q for q in qs if "saldrán" in t[q.start:q.end]][0]
    assert q.speaker.name == "Rocío Marín" and [v.name for v in q.via] == ["Canal Sur Radio"]


def test_adverb_opening_a_cue_is_no_subject():
    t = ("Lecce – Calcio.\n\nL'allenatore, Marco Greco, ha detto: «Abbiamo giocato bene». "
         "Poi ha aggiunto: «Il campionato è lungo».")
    qs = _analysed(t, "it")
    assert [q.speaker.name for q in qs] == ["Marco Greco"] * 2


def test_greek_platform_between_cue_and_subject():
    t = "Βόλος — Απεργία.\n\n«Η απεργία συνεχίζεται», ανακοίνωσε μέσω Facebook το σωματείο των λιμενεργατών."
    (q,) = _analysed(t, "el")
    assert q.speaker.name == "το σωματείο των λιμενεργατών" and [v.name for v in q.via] == ["Facebook"]
