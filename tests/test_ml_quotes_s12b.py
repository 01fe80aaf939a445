"""Session 12 fix pass on the ninth sealed non-English quote set (opened9): general patterns,
each on sentences written here about invented events."""
from ml_probe import one, quotes


def test_de_pronoun_after_comma_opens_the_words_not_the_subject():
    # 'erklärte, er sehe ...': 'er' is the reported clause's subject; the speaker is the
    # apposed name before the cue, even after an earlier quote with no speaker
    text = ("Auf Facebook teilte der Verein mit, die Halle werde „im Frühjahr wieder offen“ sein.\n\n"
            "Der Insolvenzverwalter, der Chemnitzer Anwalt Jörg Albrecht, erklärte, er sehe "
            "„keinen Grund zur Sorge“.")
    q = one(text, "de", "keinen Grund")
    assert q.speaker.name.endswith("Jörg Albrecht")  # (the descriptor may stay in front)


def test_it_name_apposed_after_a_relative_clause():
    text = ("La frana ha bloccato la provinciale per sei ore.\n\n"
            "Il pastore che per primo ha dato l'allarme, Sergio Bellini, ha detto: «Ho visto la "
            "montagna muoversi e ho chiamato i vigili».")
    q = one(text, "it", "Ho visto la montagna")
    assert q.speaker.name == "Sergio Bellini"


def test_it_fronted_medium_before_a_dropped_subject():
    # 'Ai microfoni del X ha poi aggiunto che il Comune ...': the one who spoke before, not
    # the subject of the clause reported
    text = ("L'assessora ai trasporti, Giulia Ferri, ha scritto su Facebook che la linea è "
            "«una priorità». Ai microfoni di Radio Norba ha poi aggiunto che il Comune "
            "chiederà i fondi «entro la fine dell'anno».")
    q = one(text, "it", "entro la fine")
    assert q.speaker.name == "Giulia Ferri"
    assert [v.name for v in q.via] == ["Radio Norba"]


def test_it_subject_after_a_fronted_medium_is_kept():
    text = "In un'intervista a Repubblica il sindaco Paolo Conti ha detto che «la città è pronta»."
    q = one(text, "it", "la città è pronta")
    assert q.speaker.name == "Paolo Conti"


def test_ur_bare_role_takes_up_the_person_given_it():
    # 'X کو ... چیئرمین منتخب کر لیا' then 'نو منتخب چیئرمین نے ... کہا': X
    text = ("کراچی — ہاکی فیڈریشن کی جنرل کونسل نے ہفتے کو ہونے والے اجلاس میں طارق محمود کو دو سال "
            "کے لیے صدر منتخب کر لیا۔\n\nنو منتخب صدر نے اجلاس کے بعد کہا: \"ہم نوجوان کھلاڑیوں "
            "پر توجہ دیں گے۔\"")
    q = one(text, "ur", "ہم نوجوان")
    assert q.speaker.name == "طارق محمود"


def test_ar_preposition_held_open_by_tatweel_is_not_in_the_name():
    text = "وطالبت جمعية حماية المستهلك بـ«تحقيق فوري» في ارتفاع الأسعار."
    q = one(text, "ar", "تحقيق فوري")
    assert q.speaker.name == "جمعية حماية المستهلك"


def test_es_acronym_medium_then_the_speaker_after_the_cue():
    text = ("El club anunció en Instagram que el partido se jugará «a puerta cerrada».\n\n"
            "«Vi cómo se caía la grada», contó a la emisora RNE Marta Ibáñez, vecina del barrio.")
    q = one(text, "es", "Vi cómo")
    assert q.speaker.name == "Marta Ibáñez"
    assert [v.name for v in q.via] == ["RNE"]


def test_it_claim_before_an_inverted_cue_whose_subject_has_a_relative_clause():
    # the 'che' after 'la società X,' is a relative pronoun, not the words said
    text = ("Il ponte resterà chiuso fino a lunedì, ha fatto sapere la società Strade Alpine, "
            "che gestisce la tratta.")
    q = one(text, "it", "Il ponte resterà chiuso")
    assert q.speaker.name.startswith("Strade")
    assert "gestisce" not in text[q.start:q.end]


def test_it_object_before_che_is_not_taken_for_a_subject():
    text = "Il Comune ha approvato ieri sera il nuovo piano, che dal 1° aprile chiuderà al traffico il centro."
    assert all(q.speaker.name != "il nuovo piano" for q in quotes(text, "it"))


def test_de_two_reported_clauses_before_a_closing_cue():
    text = ("„Das Wetter hat uns die Saison verdorben“, sagte Betreiber Lukas Hahn der dpa. Der Lift "
            "bleibe vorerst geschlossen, die Saisonkarten würden erstattet, fügte er hinzu.")
    q = one(text, "de", "Der Lift bleibe")
    assert q.speaker.name == "Lukas Hahn"
    assert [v.name for v in q.via] == ["dpa"]


def test_de_konjunktiv_after_a_comma_is_no_relative_clause():
    text = ("Wie die Agentur berichtete, forderte der Landrat Peter Kühn, die Gemeinden müssten "
            "schneller bauen können.")
    assert any("Gemeinden müssten" in text[q.start:q.end] for q in quotes(text, "de"))


def test_fa_clause_after_and_following_a_partly_quoted_claim():
    text = ("به گزارش خبرگزاری ایرنا، رضا کریمی، عضو هیئت مدیره باشگاه، گفت قرارداد «بیش از حد "
            "گران بود» و هیئت مدیره دو بار با آن مخالفت کرده بود.")
    q = one(text, "fa", "هیئت مدیره دو بار")
    assert q.speaker.name == "رضا کریمی"
    assert text[q.start:q.end] == "هیئت مدیره دو بار با آن مخالفت کرده بود"


def test_fa_and_with_its_own_cue_is_no_second_claim_of_the_first():
    text = "علی رضایی گفت این طرح «شکست خورده است» و وزیر نیز اعلام کرد که بودجه کافی نیست."
    assert not any(text[q.start:q.end].startswith("وزیر نیز") for q in quotes(text, "fa"))


def test_de_fronted_medium_then_an_inverted_description_of_the_firm():
    # 'Auf Instagram kündigte das Unternehmen an, ...': Instagram is the medium, the subject
    # follows the verb, and 'das Unternehmen' is the firm introduced as one (the chain), not
    # the court named after it
    text = ("Die fränkische Modekette Lindhorst hat beim Amtsgericht Nürnberg Insolvenz beantragt.\n\n"
            "„Wir kämpfen um jede Filiale“, sagte Geschäftsführerin Anja Roth dem BR.\n\n"
            "Auf Instagram kündigte das Unternehmen an, der Betrieb werde „in vollem Umfang "
            "weitergeführt“.")
    q = one(text, "de", "in vollem Umfang")
    assert q.speaker.name == "Lindhorst"
    assert [v.name for v in q.via] == ["Instagram"]


def test_a_via_naming_the_printing_outlet_is_dropped_when_the_outlet_is_given():
    from newsprism.analyze.ml_entities import find_entities
    from newsprism.analyze.ml_quotes import find_quotes
    text = ("لاہور کے صدر رانا اکرم نے روزنامہ میدان سے گفتگو میں کہا: \"ہم نے میرٹ پر ووٹ دیا۔\"\n\n"
            "کپتان بابر علی نے جیو نیوز سے گفتگو میں کہا: \"ہم تیار ہیں۔\"")
    ents = find_entities(None, text, "ur")
    plain = find_quotes(None, text, "ur", ents)
    own = find_quotes(None, text, "ur", ents, outlet="روزنامہ میدان")
    assert [[v.name for v in q.via] for q in own][1:] == [[v.name for v in q.via] for q in plain][1:]
    assert not any("میدان" in v.name for q in own for v in q.via)


def test_another_paper_sharing_a_word_with_the_outlet_stays_a_via():
    from newsprism.analyze.ml_quotes import _not_the_outlet
    from newsprism.records import Quote, Speaker, Via
    q = Quote("q1", "direct", 0, 5, None, Speaker(None, "X", None, None), (Via(None, "الصباح"),))
    assert _not_the_outlet((q,), "الصباح المغاربي")[0].via == q.via
    assert _not_the_outlet((q,), "صحيفة الصباح")[0].via == ()


def test_announcing_verb_with_a_that_clause_gives_only_the_quoted_part():
    # a mixed quote's span is its quoted part; 'ανακοίνωσε ότι ...' is no announced object
    text = "Ο δήμαρχος ανακοίνωσε ότι τα σχολεία θα μείνουν κλειστά «μέχρι νεωτέρας»."
    assert [text[q.start:q.end] for q in quotes(text, "el")] == ["μέχρι νεωτέρας"]
    text = "La ACP pidió en un comunicado que se investigue «quién decidió el recorrido»."
    assert [text[q.start:q.end] for q in quotes(text, "es")] == ["quién decidió el recorrido"]
