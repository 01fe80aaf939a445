"""Session 20, non-English pass on the opened seventeenth set: reading steps a careful reader
applies to any article, each with sentences written for these tests.

- A quotation left standing alone, then a sentence that points back at the words and names who
  said them ('Bu sözler, ... X'e ait', 'بهذه الكلمات لخّص X', 'X نے یہ بات ... کہی'):
  ml_words_back, called from ml_prior.after_orphans. The named one speaks the words before, and
  a pronoun after that is that person.
- A person or office holder speaking through a spokesperson left unnamed ('a fait savoir, par la
  voix de son porte-parole, que', 'tramite il suo portavoce'): the role word is the via, as a
  named spokesperson is (ml_through); a body speaking so has none.
- Persian: 'ادامه داد' (went on) before a colon, a quotation or 'که' is a verb of saying, a
  continuation as 'a-t-il poursuivi' (ml_lexicon); 'با این جمله ... حرف می‌زند' after a quotation
  in the same sentence ('with this sentence X talks of ...') attributes it to the subject before;
  'به گفته او' with no comma after it is 'according to him', the last speaker (ml_clauses).
- Words before a colon taken up by the object clitic of the cue after it ('...: lo ha spiegato in
  una nota X', '...: así lo ha anunciado este martes X', '... : c'est ce qu'a annoncé X'): the words
  before the colon are the claim, the subject after the verb speaks (ml_prior.said_after_colon);
  a one-word body name going on to the comma in joiners and capitals is taken whole.
- A quotation in the headline (first line, a blank line after, no full stop) with no cue of its
  own takes the speaker and vias of the body quotation sharing most of its words by five-letter
  stems, and points at it with same_as (ml_headline); no shared word or a tie between two
  speakers leaves it as found.
- Turkish: a one-word medium whose name holds a medium's word ('Habertürk'e yaptığı açıklamada',
  'Haberglobal'e') told in the dative before the telling is the via (ml_media._TR_TOLD).
- A speaker whose mention is a bracketed short form as written ('Toprak Mahsulleri Ofisi (TMO)')
  takes the full form even when its entity is named otherwise (ml_fullname.full_names).
- A recent report and its issuer ('Según el último boletín del organismo', "secondo l'ultimo
  bollettino dell'Arpal", 'selon le dernier bilan de l'agence'): a body noun pointing back is the
  body named last before, under the full form its bracketed short form gives; a capitalised
  issuer is named as written (ml_issuer.recent_report, called from ml_anaphora).
- A medium named after its kind word with a brand spelt from a lower-case letter and a capital
  inside ('im Radiosender hr-iNFO', 'la chaîne eNCA'): ml_media._MEDIUM_NAMED.
"""
from ml_probe import one, quotes


# ---------------------------------------------------------------- words pointed back at

def test_tr_these_words_belong_to_names_the_speaker():
    text = ('"Bu yıl çayı dalında bıraktık. Toplayacak işçi bulamadık." Bu sözler, Rize\'de '
            'otuz yıldır çay üreten Ayşe Demirci\'ye ait.')
    assert one(text, "tr", "Bu yıl çayı").speaker.name == "Ayşe Demirci"


def test_ar_with_these_words_the_subject_after_the_verb_speaks():
    text = ("«بعنا الماشية كلها لنشتري الماء. لم يبق لنا شيء». بهذه الكلمات وصف خالد المصري، "
            "وهو مزارع من الكرك، حال القرية بعد الجفاف.")
    assert one(text, "ar", "بعنا الماشية").speaker.name == "خالد المصري"


def test_ur_subject_said_this_thing_speaks_and_the_pronoun_after_is_them():
    text = ('"ہماری دکان تیسری بار ڈوبی ہے۔ اب ہم کہاں جائیں"۔ سکھر کے تاجر نذیر احمد نے یہ بات '
            'اپنی دکان کے باہر کھڑے ہو کر کہی۔\n\n'
            'انہوں نے کہا کہ انتظامیہ نے نالے کی صفائی نہیں کی۔')
    first = one(text, "ur", "ہماری دکان")
    assert first.speaker.name.endswith("نذیر احمد")
    assert one(text, "ur", "انتظامیہ نے").speaker.name.endswith("نذیر احمد")


def test_words_back_needs_the_pointing_words():
    # a sentence naming someone with no words pointing back leaves the quotation alone
    text = ('"Su yine kesildi. Üç gündür bekliyoruz." Mahalle muhtarı Kemal Aydın dün '
            'belediyeye gitti.')
    q = one(text, "tr", "Su yine")
    assert q.speaker.name != "Kemal Aydın"


# ---------------------------------------------------------------- spokesperson left unnamed

def test_fr_minister_through_unnamed_spokesperson_has_role_as_via():
    text = ("La ministre de la Santé a fait savoir, par la voix de son porte-parole, qu'elle "
            "attendait « des réponses rapides » de la direction de l'hôpital.")
    q = one(text, "fr", "des réponses")
    assert [v.name for v in q.via] == ["porte-parole"]


def test_it_mayor_through_unnamed_spokesperson_has_role_as_via():
    text = ("Il sindaco, tramite il suo portavoce, ha fatto sapere che la scuola "
            "resterà chiusa fino a lunedì.")
    q = one(text, "it", "la scuola")
    assert [v.name for v in q.via] == ["portavoce"]


def test_body_through_its_spokesperson_has_no_via():
    # a body's spokesperson is its own voice
    text = ("La société Nordival a fait savoir, par la voix de son porte-parole, que "
            "l'usine rouvrirait lundi.")
    q = one(text, "fr", "l'usine rouvrirait")
    assert [v.name for v in q.via] == []


def test_named_spokesperson_still_the_name():
    text = ("Il sindaco, tramite il portavoce Marco Rinaldi, ha fatto sapere che la scuola "
            "resterà chiusa fino a lunedì.")
    q = one(text, "it", "la scuola")
    assert [v.name for v in q.via] == ["Marco Rinaldi"]


# ---------------------------------------------------------------- brand with an inner capital

def test_de_station_brand_with_inner_capital_is_the_via():
    text = ("Bürgermeisterin Anke Roth kündigte Hilfe an. Im Radiosender hr-iNFO sagte sie: "
            "„Niemand muss in dieser Woche frieren.“")
    q = one(text, "de", "Niemand muss")
    assert [v.name for v in q.via] == ["hr-iNFO"]


def test_de_kind_word_before_lower_case_word_is_no_medium():
    text = "Der Sender zufolge sagte Anke Roth: „Wir bleiben geöffnet.“"
    q = one(text, "de", "Wir bleiben")
    assert all(v.name != "zufolge" for v in q.via)


# ---------------------------------------------------------------- Persian continuations

def test_fa_went_on_before_colon_continues_the_speaker_and_medium():
    text = ("تهران - رئیس اتحادیه نانوایان، مهدی رضایی، به ایسنا گفت: «آرد به اندازه کافی نمی‌رسد».\n\n"
            "وی ادامه داد: «اگر سهمیه اصلاح نشود، نانوایی‌ها تعطیل می‌شوند».")
    q = one(text, "fa", "اگر سهمیه")
    assert q.speaker.name == "مهدی رضایی"
    assert len(q.via) == 1


def test_fa_went_on_with_work_is_no_cue():
    text = "تهران - کارخانه با وجود قطعی برق به کار خود ادامه داد."
    assert quotes(text, "fa") == ()


def test_fa_with_this_sentence_talks_attributes_the_quote_before():
    text = ("مشهد - بازار خرما راکد است.\n\n"
            "«بیست سال است خرما می‌فروشم. چنین رکودی ندیده‌ام»؛ رضا کریمی، فروشنده بازار رضا، "
            "با این جمله از وضع امسال حرف می‌زند.")
    assert one(text, "fa", "بیست سال").speaker.name == "رضا کریمی"


def test_fa_according_to_him_without_comma_is_the_last_speaker():
    text = ("مشهد - رضا کریمی، فروشنده بازار، گفت: «فروش نصف شده است».\n\n"
            "به گفته او قیمت هر کیلو خرما امسال سه برابر شده است.")
    assert one(text, "fa", "قیمت هر کیلو").speaker.name == "رضا کریمی"


# ---------------------------------------------------------------- words taken up after a colon

def test_it_clitic_after_colon_takes_up_the_words_before():
    text = ("GENOVA – Il casello di Genova Ovest resterà chiuso fino a domenica per lavori urgenti: "
            "lo ha comunicato in una nota l'Agenzia per la Mobilità Ligure, dopo che ieri una "
            "fila di sei chilometri ha bloccato il traffico.")
    q = one(text, "it", "Il casello")
    assert q.speaker.name == "Agenzia per la Mobilità Ligure"
    assert text[q.end:q.end + 1] == ":" or "fila" not in text[q.start:q.end]


def test_es_asi_lo_after_colon_subject_after_the_verb():
    text = ("SEVILLA. — Los autobuses nocturnos dejarán de circular durante todo el mes de agosto: "
            "así lo ha anunciado este martes la concejala de Movilidad, Lucía Herrera.")
    assert one(text, "es", "Los autobuses").speaker.name == "Lucía Herrera"


def test_it_colon_without_taking_up_is_left_alone():
    # a colon that opens an explanation, no clitic of a verb of saying after it
    text = ("Il sindaco Paolo Neri ha detto che la strada riaprirà lunedì: i lavori sono "
            "quasi finiti.")
    assert all("Il sindaco" not in text[q.start:q.end] for q in quotes(text, "it"))


# ---------------------------------------------------------------- headline quotations

def test_it_headline_quote_takes_the_body_quote_speaker():
    text = ("Treni fermi a Bologna: «Guasto alla linea elettrica»\n\n"
            "BOLOGNA – La circolazione è sospesa da stamattina. Il direttore di Trenitalia, Marco Bassi, "
            "ha detto all'ANSA che «un guasto alla linea elettrica di contatto» ha fermato i treni.")
    q = one(text, "it", "Guasto alla linea")
    assert q.speaker.name == "Marco Bassi"
    assert [v.name for v in q.via] == ["ANSA"]
    assert q.same_as is not None


def test_tr_headline_quote_takes_the_body_quote_speaker():
    text = ('Çay üreticisinden tepki: "Emeğimizi karşılamıyor"\n\n'
            "RİZE - Çay fiyatı açıklandı. Rize Ziraat Odası Başkanı Mehmet Yılmaz, "
            '"Bu fiyat emeğimizi bile karşılamıyor. Bahçeler boş kalacak" dedi.')
    assert one(text, "tr", "Emeğimizi").speaker.name == "Mehmet Yılmaz"


def test_headline_quote_sharing_no_word_is_left_alone():
    text = ("Treni fermi a Bologna: «Una giornata nera»\n\n"
            "BOLOGNA – Il direttore di Trenitalia, Marco Bassi, ha detto che «i treni ripartiranno "
            "domani».")
    assert all(q.speaker.name != "Marco Bassi" for q in quotes(text, "it")
               if "giornata" in text[q.start:q.end])


# ---------------------------------------------------------------- Turkish one-word medium told

def test_tr_one_word_medium_holding_haber_told_in_dative_is_via():
    text = ("ANKARA - Zeytin fiyatı açıklandı. Üreticiler Birliği Başkanı Ahmet Kaya da "
            "Haberglobal'e yaptığı açıklamada hasadın geç başlayacağını belirtti.")
    q = one(text, "tr", "hasadın geç")
    assert [v.name for v in q.via] == ["Haberglobal"]


def test_tr_one_word_name_without_medium_word_told_is_no_via():
    text = ("ANKARA - Zeytin fiyatı açıklandı. Üreticiler Birliği Başkanı Ahmet Kaya da "
            "Meclis'e yaptığı sunumda hasadın geç başlayacağını belirtti.")
    q = one(text, "tr", "hasadın geç")
    assert [v.name for v in q.via] == []


# ---------------------------------------------------------------- short form as written

def test_short_form_as_written_is_read_back_to_full_form_whatever_its_entity_name():
    from newsprism.analyze.ml_fullname import full_names
    from newsprism.records import Quote, Speaker
    text = ("Çayda ÇAYKUR kararı\n\nRİZE - Çay İşletmeleri Genel Müdürlüğü (ÇAYKUR), yaş çay için "
            "kilogram başına 30 lira ödeyeceğini açıkladı.")
    at = text.index("(ÇAYKUR)") + 1
    claim = text.index("yaş çay")
    # the entity step took a headline word into the name; the mention is the bracketed form
    sp = Speaker("e1", "Çayda ÇAYKUR", at, at + len("ÇAYKUR"))
    q = Quote("q1", "indirect", claim, claim + 20, None, sp)
    assert full_names(text, "tr", (q,))[0].speaker.name == "Çay İşletmeleri Genel Müdürlüğü"


# ---------------------------------------------------------------- a recent report's issuer

def test_es_latest_bulletin_of_the_body_named_before_speaks_as_that_body():
    text = ("Vedas en la ría\n\nPONTEVEDRA. — La Agencia Gallega de Calidad Alimentaria (Acaga) "
            "mantiene la alerta en la costa. Según el último boletín del organismo, los niveles de "
            "biotoxina siguen «por encima del límite» en cuatro polígonos.")
    q = one(text, "es", "por encima del")
    assert q.speaker.name == "Agencia Gallega de Calidad Alimentaria"


def test_it_latest_bulletin_with_capitalised_issuer_is_named_as_written():
    text = ("Allerta meteo\n\nGENOVA – Secondo l'ultimo bollettino dell'Arpal, le piogge saranno "
            "«molto intense» fino a domani.")
    q = one(text, "it", "molto intense")
    assert q.speaker.name == "Arpal"


def test_bulletin_of_a_person_word_is_not_taken_to_a_body():
    # 'del portavoz' is no body noun: the report step leaves the phrase as it was
    text = ("Incendio en Cuenca\n\nCUENCA. — La Junta de Castilla-La Mancha activó el plan. Según "
            "el último parte del portavoz, el fuego está «estabilizado» desde el martes.")
    q = one(text, "es", "estabilizado")
    assert "Junta" not in q.speaker.name


def test_headline_work_title_in_marks_is_no_quote():
    text = ("Le film «Les Misérables Modernes» triomphe à Cannes\n\n"
            "CANNES — Le réalisateur Paul Martin a déclaré que « Les Misérables Modernes "
            "racontent ma banlieue ».")
    assert all(text[q.start:q.end] != "Les Misérables Modernes" for q in quotes(text, "fr"))
