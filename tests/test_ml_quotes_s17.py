"""Session 17: non-English quote mechanisms built on a frame's argument slots, each fixing rows
of more than one writer's file (sentences written for these tests)."""
from ml_probe import one


def test_de_letter_quoted_is_its_authors():
    text = ("ROSTOCK — In einem gemeinsamen Brief an den Landtag fordern 120 Fischer aus Vorpommern "
            "eine Entschädigung für die Fangpause.\n\n„Ohne Hilfe verkaufen wir im Herbst unsere "
            "Kutter“, heißt es in dem Schreiben.")
    q = one(text, "de", "Ohne Hilfe")
    assert q.speaker.name == "120 Fischer"


def test_de_petition_author_keeps_genitive():
    text = ("In einer Petition an die Stadt verlangen die Eltern der Grundschule Süd einen Zebrastreifen. "
            "„Unsere Kinder laufen jeden Morgen zwischen Lastwagen“, heißt es in der Petition.")
    q = one(text, "de", "Unsere Kinder")
    assert q.speaker.name == "Eltern der Grundschule Süd"


def test_de_document_without_author_sentence_left_alone():
    text = "„Die Frist ist abgelaufen“, heißt es in dem Schreiben."
    q = one(text, "de", "Die Frist")
    assert q.speaker.name is None


def test_ur_petition_quoted_is_the_filers():
    text = ("کراچی — ماہی گیروں کی تنظیم فشر فوک فورم نے سندھ ہائی کورٹ میں درخواست دائر کی ہے۔\n\n"
            "درخواست میں کہا گیا ہے کہ \"سمندر میں شکار پر پابندی غیر قانونی ہے\"۔")
    q = one(text, "ur", "سمندر میں شکار")
    assert q.speaker.name.endswith("فشر فوک فورم")


def test_ur_letter_quoted_is_the_writers():
    text = ("لاہور — کسان اتحاد نے وزیر اعلیٰ کو ایک خط لکھا ہے۔\n\n"
            "خط میں کہا گیا ہے کہ \"گندم کی قیمت فوری طور پر بڑھائی جائے\"۔")
    q = one(text, "ur", "گندم کی قیمت")
    assert q.speaker.name == "کسان اتحاد"


def test_ar_announced_object_after_a_body_with_its_seat():
    text = "أعلنت الشركة الوطنية للنقل في ولاية صفاقس تعليق رحلات الحافلات بين المدن حتى إشعار آخر."
    q = one(text, "ar", "تعليق رحلات")
    assert text[q.start:].startswith("تعليق رحلات")
    assert q.speaker.name.startswith("الشركة الوطنية للنقل")


def test_ar_announced_object_of_a_definite_head_no_list_knows():
    text = "أعلنت المحكمة الإدارية بالعاصمة إلغاء نتائج الانتخابات البلدية في الدائرة الثالثة."
    q = one(text, "ar", "إلغاء نتائج")
    assert text[q.start:].startswith("إلغاء نتائج")


def test_ar_article_word_is_no_verbal_noun():
    # 'الدار' has the shape of if'al only with its article: the object opens on 'إغلاق'
    text = "أعلنت السلطات المحلية في الدار البيضاء إغلاق سوق الخضر مؤقتا بعد الحريق."
    q = one(text, "ar", "سوق الخضر")
    assert text[q.start:].startswith("إغلاق")


def test_fa_bare_name_told_is_a_medium():
    text = "یک راننده اتوبوس در پایانه غرب به آفتاب‌یزد گفت که سوخت کافی به جایگاه‌ها نرسیده است."
    q = one(text, "fa", "سوخت کافی")
    assert [v.name for v in q.via] == ["آفتاب‌یزد"]


def test_fa_bare_name_told_after_the_quote():
    text = "«کرایه تاکسی دو برابر شده است»، یک مسافر در میدان آزادی به شرق گفت."
    q = one(text, "fa", "کرایه تاکسی")
    assert [v.name for v in q.via] == ["شرق"]


def test_fa_people_told_are_no_medium():
    for told in ("خبرنگاران", "همکارانش", "مردم"):
        text = f"یک کارمند شهرداری به {told} گفت که قطار شهری دیر حرکت کرده است."
        q = one(text, "fa", "قطار شهری")
        assert q.via == (), told


def test_place_in_an_indefinite_description_is_not_the_speaker():
    text = "« Nous avons dormi dans la voiture », a raconté un retraité venu de Montélimar."
    q = one(text, "fr", "dormi dans la voiture")
    assert q.speaker.name == "retraité"


def test_description_with_origin_participle_cut_to_its_head():
    text = "«Llevamos tres días sin luz», contó una vecina originaria de Cuenca."
    q = one(text, "es", "tres días sin luz")
    assert q.speaker.name == "vecina"


def test_employer_after_a_description_is_left_alone():
    text = "« La grève continue », a affirmé un porte-parole de Renault."
    q = one(text, "fr", "La grève continue")
    assert "porte-parole" in q.speaker.name


def test_de_name_in_relative_clause_of_indefinite_description():
    text = ("Die Feuerwehr suchte den ganzen Tag nach Bruno Keller. Eine Nachbarin, die Bruno Keller am Morgen "
            "gesehen hatte, sagte dem SWR: „Er wirkte ganz ruhig.“")
    q = one(text, "de", "ganz ruhig")
    assert q.speaker.name == "Nachbarin"


def test_tr_body_and_possessed_noun_with_bracketed_short_form():
    text = ("Ankara Su ve Kanalizasyon İdaresi (ASKİ) yetkilileri ise Sabah gazetesine yaptıkları "
            "açıklamada, suyun akşam saatlerinde geleceğini bildirdi.")
    q = one(text, "tr", "suyun akşam")
    assert q.speaker.name == "Ankara Su ve Kanalizasyon İdaresi (ASKİ) yetkilileri"


def test_tr_body_people_told_an_agency_with_its_short_form():
    text = ("Tarım İl Müdürlüğü yetkilileri, Demirören Haber Ajansı'na (DHA) yaptıkları açıklamada "
            "fidanların ücretsiz dağıtılacağını söyledi.")
    q = one(text, "tr", "fidanların")
    assert q.speaker.name == "Tarım İl Müdürlüğü yetkilileri"


def test_tr_person_subject_untouched():
    text = "Ahmet Kaya, Demirören Haber Ajansı'na (DHA) yaptığı açıklamada fidanların ücretsiz dağıtılacağını söyledi."
    q = one(text, "tr", "fidanların")
    assert q.speaker.name == "Ahmet Kaya"


def test_fragment_in_a_named_subjects_sentence_is_theirs():
    text = "Éleveuse à Saugues depuis vingt ans, Josiane Rivière n'avait « jamais connu un été pareil »."
    q = one(text, "fr", "jamais connu")
    assert q.speaker.name == "Josiane Rivière" and q.cue is None


def test_fragment_after_a_surname_subject():
    text = ("Il sindaco di Ostuni, Paolo Neri, ha chiesto aiuto alla Regione. "
            "Neri punta a riaprire la strada «entro Natale».")
    q = one(text, "it", "entro Natale")
    assert q.speaker.name.endswith("Neri")


def test_name_in_marks_after_its_kind_is_no_fragment():
    text = "Marie Dupont a lancé l'opération « Plage propre » samedi."
    from ml_probe import quotes
    assert not [q for q in quotes(text, "fr") if "Plage" in text[q.start:q.end]]
