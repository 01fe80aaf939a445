"""Session 14 (issue 3): non-English claims that no quotation was found for. Sentences written
for these tests."""
from ml_probe import one, quotes


def test_arabic_feminine_participle_after_a_comma_is_a_cue():
    # 'مؤكدة أنها ...' ("stressing that she ..."): the participle agrees with a woman speaker.
    text = ('بيروت — "لن نقبل بهذا الاتفاق"، قالت الوزيرة سلمى خوري، مؤكدة أنها '
            'ستعرضه على مجلس الوزراء الأسبوع المقبل.')
    q = one(text, "ar", "ستعرضه على مجلس الوزراء")
    assert q.speaker.name == "سلمى خوري"


def test_arabic_feminine_participle_without_comma_stays_an_adjective():
    # 'أنباء غير مؤكدة' is "unconfirmed news": no one says anything.
    text = "بيروت — تداولت مواقع محلية أنباء غير مؤكدة عن إغلاق المعبر الحدودي ليلا."
    assert list(quotes(text, "ar")) == []


def test_coordinated_that_clause_after_an_earlier_quotation_stops_at_the_next():
    # 'και ότι ... «...»': the second 'that' clause is the speaker's own words up to the
    # quotation it holds.
    text = ("ΠΕΙΡΑΙΑΣ — Ο πρόεδρος του σωματείου, Νίκος Σαββίδης, υποστήριξε ότι οι βάρδιες "
            "είναι «εξαντλητικές» και ότι οι εργαζόμενοι πληρώνονται πάντα με καθυστέρηση «δύο μηνών».")
    q = one(text, "el", "οι εργαζόμενοι πληρώνονται")
    assert text[q.start:q.end] == "οι εργαζόμενοι πληρώνονται πάντα με καθυστέρηση"
    assert q.speaker.name == "Νίκος Σαββίδης"


def test_coordinated_clause_ending_on_a_preposition_is_no_claim_of_its_own():
    # 'y que el agua venía de «...»': the quotation completes the clause; no claim is cut.
    text = ("SEVILLA — El alcalde, Pedro Lozano, dijo que la obra estaba «casi terminada» y "
            "que el agua venía de «una tubería rota».")
    assert all(not (text[q.start:q.end].startswith("el agua venía")) for q in quotes(text, "es"))


def test_arabic_glued_and_that_after_a_quotation():
    text = ('تونس — أكدت الوزارة في بيان أنها «تتابع الوضع عن كثب»، وأنها أرسلت فريقا '
            'طبيا إلى المدينة.')
    q = one(text, "ar", "أرسلت فريقا طبيا")
    assert text[q.start:q.end].startswith("أرسلت فريقا")


def test_french_aside_between_auxiliary_and_participle():
    text = ("LYON — Le maire de la commune a, lui, écrit sur son blog que la préfecture "
            "« oublie les villages ».")
    q = one(text, "fr", "oublie les villages")
    assert "maire" in q.speaker.name


def test_trailing_cue_with_how_told_phrase_before_that():
    # '..., tandis que X a précisé par courriel que ...': a second speaker's claim.
    text = ("QUÉBEC — Le syndicat a réclamé « une hausse immédiate », tandis que le porte-parole "
            "de la ville, Marc Tremblay, a précisé par courriel que le budget serait voté en juin.")
    q = one(text, "fr", "le budget serait voté")
    assert q.speaker.name == "Marc Tremblay"


def test_cue_ending_at_a_colon_introduces_unmarked_words():
    text = ("BERGAMO — Il sindaco del paese, Luigi Bonetti, ci spiega: senza il ponte le "
            "ambulanze impiegano mezz'ora in più.")
    q = one(text, "it", "senza il ponte")
    assert text[q.start:q.end] == "senza il ponte le ambulanze impiegano mezz'ora in più"
    assert q.speaker.name == "Luigi Bonetti"


def test_colon_after_a_non_speech_word_gives_no_claim():
    text = "BERGAMO — Il programma della giornata: visita al cantiere, pranzo e conferenza stampa."
    assert list(quotes(text, "it")) == []


def test_turkish_admitting_is_a_cue():
    text = ('ANKARA — Vali Kemal Aksoy, sığınma merkezlerinin kapasitesinin "çok sınırlı" '
            'olduğunu da kabul etti.')
    q = one(text, "tr", "çok sınırlı")
    assert q.speaker.name == "Kemal Aksoy"


def test_indefinite_speaker_after_a_short_opening_adverbial():
    # 'در همین حال، یک ...' ("meanwhile, an official ..."): the opener is not the subject.
    text = ("شیراز — جاده کوهستانی بسته شد. در همین حال، یک کارمند در اداره راه استان که نخواست نامش "
            "فاش شود، به خبرنگار ما گفت ماشین‌های برف‌روب تا صبح کار می‌کنند.")
    q = one(text, "fa", "ماشین‌های برف‌روب")
    assert q.speaker.name == "کارمند"


def test_turkish_speech_noun_with_light_verb_is_a_cue():
    text = ('İZMİR — Oda Başkanı Kemal Aydın, "Bu zam üreticiyi bitirir" değerlendirmesinde '
            'bulundu.')
    q = one(text, "tr", "Bu zam üreticiyi bitirir")
    assert q.speaker.name == "Kemal Aydın"


def test_urdu_passive_said_with_its_auxiliary():
    # 'بیان میں کہا گیا ہے کہ' ("it has been said in the statement that"): the auxiliary
    # between the passive and 'کہ' keeps the cue.
    text = "کراچی — بلدیہ کی جانب سے جاری بیان میں کہا گیا ہے کہ تمام نالے صاف کر دیے گئے ہیں۔"
    q = one(text, "ur", "تمام نالے صاف")
    assert "بلدیہ" in q.speaker.name
