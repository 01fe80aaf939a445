"""Session 18, non-English quotes: mechanisms from the opened fifteenth set's misses and the
late file's (sentences written for these tests, none copied from an evaluation file).

- A programme, podcast, show, column or blog named in quotation marks after its kind word
  ('Im Podcast „X“', 'dans l'émission « X »', 'nella rubrica «X»') is a name, not quoted words,
  and the medium the words passed through: a via (ml_marked_names.quoted_channel); when its
  owner broadcaster is named beside it ('in der Sendung „X“ des RBB'), the owner stays the via.
- A day or part of the day after a demonstrative between an inverted cue and its subject
  ('informó este martes el organismo', 'a précisé ce matin la préfecture') is a time, like
  'el martes' (ml_subjects.TIME_LEAD).
- A subject set off before an aside of passing through ('Il ministro, tramite il portavoce X,
  ha fatto sapere', 'La ministra, a través de su portavoz X, aseguró', 'Die Bischöfin ließ über
  ihren Sprecher X mitteilen'): the subject speaks and the spokesperson is the via, even where
  the speaker step first took the spokesperson's name (ml_through).
- Urdu: a pronoun marked with the ergative 'نے' is the subject wherever a phrase of setting or
  channel puts it in the clause ('ٹی وی سے گفتگو میں انہوں نے کہا'): the last speaker
  (ml_speakers._ur_pronoun_subject).
- A dateline whose place ends with a full stop ('MADRID. — La ...'): the dash opens no words of
  the sentence after it (ml_quotes._find).
- A participle of citing or interviewing inside the subject clause ('Fuentes ... citadas por
  Europa Press señalaron', 'des experts cités par X ont estimé') ends the subject; one opening
  the sentence ('Entrevistada en el programa «X» de Y, la congresista Z explicó') is an aside
  before it; 'Selon X, Y, interrogée par Z, « ... »' takes Z as via (ml_speakers, ml_quotes).
- An according-phrase opening the sentence with a capitalised title ('D'après Le Journal des
  Causses, l'éleveur X a évalué ...', 'Según La Gaceta del Sur, el alcalde X dijo que') is the
  via of the clause's own speaker, known medium or not; a person's name there is not
  (ml_according.opening_relay). French 'a évalué', 'a chiffré' (an estimate) are cues.
- Persian: a phrase of talking to a medium ('در گفت‌وگو با صدا و سیمای X') holds no subject: the
  words before it do (set off by a comma or not); and the split verb 'X خواستار Y شد' (X called
  for Y) reports Y (ml_fa_split).
- The first of two coordinated that-clauses before quoted words ('afirmó que X y que «Y»') is a
  claim too (ml_and_that). A firm's name opening on an agency's ('firma Anadolu Raylı
  Sistemler') is one name, not an agency told and a person.
- Urdu: 'X کی جانب سے جاری بیان میں کہا گیا ہے کہ ...' (a statement issued on behalf of X): X
  speaks (ml_asides.ur_on_behalf).
- Turkish: a comma that sets off a relative clause about the subject, closed by its name ('eski
  başkanı, bugün ... üyesi olan Mehmet Arslan da ...'), does not end the subject: the particle
  after the name does (ml_content).
- A number closing a body's name after its kind word ('die Organisation Aktion 2030') belongs to
  the name, not a count ('2030 Mitglieder') (ml_bounds.body_number).
"""
from ml_probe import one, quotes


def _vias(q):
    return [v.name for v in q.via]


# ---------------------------------------------------------------- programmes named in marks

def test_de_podcast_title_in_marks_is_a_via_not_a_quote():
    text = ("Im Podcast „Wetterlage“ sagte die Klimaforscherin Petra Sommer, die Sommer würden "
            "trockener. „Das merken wir an jedem Brunnen“, fügte sie hinzu.")
    q = one(text, "de", "die Sommer würden")
    assert q.speaker.name.endswith("Petra Sommer")
    assert _vias(q) == ["Wetterlage"]
    assert not any(text[x.start:x.end] == "Wetterlage" for x in quotes(text, "de"))


def test_de_programme_title_in_marks_is_a_via():
    text = "In der Sendung „Stadtgespräch“ sagte Bürgermeister Otto Keller, die Brücke bleibe zu."
    assert _vias(one(text, "de", "die Brücke bleibe")) == ["Stadtgespräch"]


def test_fr_podcast_title_in_marks_is_a_via():
    text = ("Dans le podcast « Terre Ferme », la ministre Claire Dubois a affirmé que la réforme "
            "serait votée avant l'été.")
    q = one(text, "fr", "la réforme serait")
    assert _vias(q) == ["Terre Ferme"]


def test_de_programme_of_a_named_broadcaster_keeps_the_broadcaster():
    text = ("In der Sendung „Abendschau“ des RBB räumte der Senator Jan Vogt ein, die Ausschreibung "
            "habe sich verzögert.")
    assert _vias(one(text, "de", "die Ausschreibung")) == ["RBB"]


# ---------------------------------------------------------------- time after an inverted cue

def test_es_demonstrative_day_between_cue_and_subject():
    text = ("La Agencia Estatal de Meteorología (Aemet) ha activado la alerta roja en cuatro "
            "provincias por lluvias torrenciales, informó este martes el organismo.")
    q = one(text, "es", "ha activado la alerta")
    assert q.speaker.name == "Agencia Estatal de Meteorología"


def test_es_dateline_with_full_stop_opens_no_quote():
    text = ("MADRID. — La Agencia Estatal de Meteorología (Aemet) ha activado la alerta roja en "
            "cuatro provincias, informó este martes el organismo.")
    q = one(text, "es", "ha activado la alerta")
    assert text[q.start:q.end].startswith("La Agencia")
    assert q.speaker.name == "Agencia Estatal de Meteorología"


# ---------------------------------------------------------------- through a spokesperson

def test_it_subject_before_through_aside_speaks_spokesperson_is_via():
    text = ("Il presidente della Regione, tramite il portavoce Marco Bellini, ha fatto sapere che "
            "la giunta si riunirà domani.")
    q = one(text, "it", "la giunta si riunirà")
    assert q.speaker.name == "presidente della Regione"
    assert _vias(q) == ["Marco Bellini"]


def test_es_subject_before_a_traves_de_su_portavoz():
    text = ("La ministra de Sanidad, a través de su portavoz Lucía Martín Ortega, aseguró que el "
            "plan se aprobará en enero.")
    q = one(text, "es", "el plan se aprobará")
    assert q.speaker.name == "ministra de Sanidad"
    assert _vias(q) == ["Lucía Martín Ortega"]


def test_de_subject_let_it_be_said_through_spokesman():
    text = "Die Bischöfin ließ über ihren Sprecher Tobias Brandt mitteilen, sie werde an der Feier teilnehmen."
    q = one(text, "de", "sie werde an der Feier")
    assert q.speaker.name == "Bischöfin"
    assert _vias(q) == ["Tobias Brandt"]


def test_fr_spokesperson_quoted_in_own_name_stays_speaker():
    text = "Le porte-parole du gouvernement, Julien Marchand, a indiqué que le budget serait voté lundi."
    assert one(text, "fr", "le budget serait").speaker.name == "Julien Marchand"


# ---------------------------------------------------------------- Urdu pronoun after a setting

def test_ur_pronoun_after_channel_phrase_is_last_speaker():
    text = ('صوبائی وزیر تعلیم احمد علی شاہ نے کہا: "اسکول اگلے ہفتے کھل جائیں گے۔" '
            'ڈان نیوز سے گفتگو میں انہوں نے کہا کہ اساتذہ کی تنخواہیں بڑھائی جائیں گی۔')
    q = one(text, "ur", "اساتذہ کی تنخواہیں")
    assert q.speaker.name == "احمد علی شاہ"
    assert _vias(q) == ["Dawn News"]


def test_ur_named_subject_after_channel_phrase_still_speaks():
    text = ('صوبائی وزیر تعلیم احمد علی شاہ نے کہا: "اسکول اگلے ہفتے کھل جائیں گے۔" '
            'ڈان نیوز سے گفتگو میں وزیر صحت نادیہ خان نے کہا کہ اسپتالوں میں دوائیں موجود ہیں۔')
    assert one(text, "ur", "اسپتالوں میں").speaker.name == "نادیہ خان"


# ---------------------------------------------------------------- asides of citing and interviewing

def test_es_sources_cited_by_a_medium_speak_the_medium_relays():
    text = ("Fuentes de la investigación citadas por Europa Press señalaron que el incendio comenzó "
            "en la cocina.")
    q = one(text, "es", "el incendio comenzó")
    assert q.speaker.name == "Fuentes de la investigación"
    assert _vias(q) == ["Europa Press"]


def test_fr_experts_cites_par_medium_speak():
    text = "Des experts cités par Le Parisien ont estimé que la digue ne tiendrait pas l'hiver."
    q = one(text, "fr", "la digue ne tiendrait")
    assert q.speaker.name == "Des experts"


def test_es_interviewed_participle_opening_leaves_the_subject_after_it():
    text = ("Entrevistado el lunes en el programa «La Mañana» de RTVE, el diputado socialista por "
            "Cádiz Andrés Molina Ruiz explicó que su grupo intentará frenar la reforma.")
    q = one(text, "es", "su grupo intentará")
    assert q.speaker.name.endswith("Andrés Molina Ruiz")
    assert _vias(q) == ["RTVE"]


def test_fr_according_to_with_interviewed_by_medium_is_a_via():
    text = ("La compagnie a annulé trois traversées. Selon son directeur, Marc Olivieri, interrogé "
            "par Nice-Matin, « les navires repartiront lundi ».")
    q = one(text, "fr", "les navires repartiront")
    assert q.speaker.name == "Marc Olivieri"
    assert _vias(q) == ["Nice-Matin"]


# ---------------------------------------------------------------- an opening according-phrase as relay

def test_fr_opening_according_title_relays_the_subjects_words():
    text = ("D'après Le Journal des Causses, l'éleveur Paul Berthier a évalué ses pertes à « plus de "
            "trente brebis ». Il a ajouté : « Le loup revient chaque nuit. »")
    q = one(text, "fr", "plus de trente")
    assert q.speaker.name == "Paul Berthier"
    assert _vias(q) == ["Le Journal des Causses"]
    assert _vias(one(text, "fr", "Le loup revient")) == ["Le Journal des Causses"]


def test_es_opening_segun_title_relays_indirect_words():
    text = "Según La Gaceta del Sur, el alcalde Tomás Herrera dijo que el puerto abrirá en mayo."
    q = one(text, "es", "el puerto abrirá")
    assert q.speaker.name == "Tomás Herrera"
    assert _vias(q) == ["La Gaceta del Sur"]


def test_fr_opening_according_role_is_no_title():
    text = "Selon le maire, l'éleveur Paul Berthier a déclaré : « Le loup revient chaque nuit. »"
    assert _vias(one(text, "fr", "Le loup revient")) == []


# ---------------------------------------------------------------- Persian talk phrases, split demands

def test_fa_medium_talked_to_is_not_the_subject():
    text = ("مدیرکل راه و شهرسازی استان فارس نیز در گفت‌وگو با صدا و سیمای مرکز فارس اعلام کرد که "
            "جاده کازرون تا فردا بسته می‌ماند.")
    assert one(text, "fa", "جاده کازرون").speaker.name == "مدیرکل راه و شهرسازی استان فارس"


def test_fa_subject_set_off_before_talk_phrase_with_object_first_verb():
    text = "سخنگوی شرکت آب و فاضلاب، در گفت‌وگو با شبکه خبر صدا و سیما، کمبود بارش را عامل اصلی بحران دانست."
    q = one(text, "fa", "کمبود بارش")
    assert q.speaker.name == "سخنگوی شرکت آب و فاضلاب"
    assert text[q.start:q.end].startswith("کمبود بارش")


def test_fa_split_demand_with_named_subject_and_medium():
    text = ("نماینده کازرون در مجلس، احمد رضایی، نیز در گفت‌وگو با خبرگزاری ایرنا خواستار بازگشایی "
            "فوری جاده شد.")
    q = one(text, "fa", "بازگشایی فوری")
    assert q.speaker.name == "احمد رضایی"
    assert _vias(q) == ["IRNA"]


def test_fa_split_demand_after_according_phrase_is_the_bodys():
    text = "به گزارش خبرگزاری ایسنا، انجمن صنفی رانندگان نیز خواستار بازگشایی فوری جاده شد."
    q = one(text, "fa", "بازگشایی فوری")
    assert q.speaker.name == "انجمن صنفی رانندگان"
    assert _vias(q) == ["ISNA"]


def test_fa_present_perfect_promise_after_according_phrase():
    text = "به گزارش صداوسیما، وزارت نیرو وعده داده است سهمیه گاز نیروگاه‌های شیراز افزایش یابد."
    q = one(text, "fa", "سهمیه گاز")
    assert q.speaker.name == "وزارت نیرو"
    assert _vias(q) == ["IRIB"]
    assert text[q.start:q.end].startswith("سهمیه گاز")


def test_ar_undersecretary_with_place_and_name_set_off_names_the_person():
    text = ('من جهته، صرح وكيل وزارة الصحة بالمنيا، خالد عبد الرحمن، لصحيفة الأهرام بأن '
            '"الدراسة ستبدأ في موعدها".')
    q = one(text, "ar", "الدراسة ستبدأ")
    assert q.speaker.name == "خالد عبد الرحمن"


def test_tr_firm_named_like_an_agency_is_one_name():
    text = "Yüklenici firma Anadolu Raylı Sistemler, sinyal parçalarının yurt dışından geç geldiğini açıkladı."
    q = one(text, "tr", "sinyal parçalarının")
    assert q.speaker.name == "Anadolu Raylı Sistemler"
    assert _vias(q) == []


def test_it_agency_told_then_person_still_splits():
    text = "Ha detto all'agenzia Adnkronos Marta Menegus che il ponte resterà chiuso."
    q = one(text, "it", "il ponte resterà")
    assert q.speaker.name == "Marta Menegus"
    assert _vias(q) == ["Adnkronos"]


# ---------------------------------------------------------------- coordinated that-clauses

def test_es_first_of_two_that_clauses_before_quoted_words_is_a_claim():
    text = ('La naviera, Trasmed Sur, afirmó en un comunicado que había cancelado todas las salidas '
            'y que colaboraría "en todo lo que haga falta".')
    q = one(text, "es", "había cancelado")
    assert text[q.start:q.end] == "había cancelado todas las salidas"
    assert q.speaker.name == "Trasmed Sur"
    assert one(text, "es", "en todo lo que").speaker.name == "Trasmed Sur"


def test_fr_first_that_clause_et_que():
    text = ("Le préfet a indiqué que les routes resteraient fermées jusqu'à lundi et que la situation "
            "était « sous contrôle ».")
    assert text[one(text, "fr", "les routes").start:one(text, "fr", "les routes").end] == \
        "les routes resteraient fermées jusqu'à lundi"


def test_single_that_clause_with_quoted_end_adds_nothing():
    text = "La portavoz declaró a la Cadena SER que la multa llega «tres años tarde»."
    assert len(quotes(text, "es")) == 1


def test_ur_statement_issued_on_behalf_of_a_body_is_its():
    text = ("کراچی — شہر میں بارش جاری ہے۔ واٹر بورڈ کی جانب سے جاری پریس ریلیز میں کہا گیا ہے کہ "
            "تمام پمپنگ اسٹیشن فعال ہیں۔")
    assert one(text, "ur", "پمپنگ اسٹیشن").speaker.name == "واٹر بورڈ"


def test_tr_relative_clause_after_comma_keeps_the_subject_to_its_name():
    text = ('Dernek Başkanı Ayşe Yıldırım, "Sözler değil, sonuçlar görmek istiyoruz" dedi.\n\n'
            'Derneğin eski başkanı, bugün Köln Belediye Meclisi üyesi olan Mehmet Arslan da sosyal '
            'medya hesabından yaptığı paylaşımda, sorunun yıllardır çözülemediğini yazdı.')
    q = one(text, "tr", "sorunun yıllardır")
    assert text[q.start:q.end] == "sorunun yıllardır çözülemediğini"
    assert q.speaker.name == "Mehmet Arslan"


def test_de_number_closing_a_bodys_name_is_part_of_it():
    text = ("Die Flächenversiegelung sei mitschuldig an der Katastrophe, schrieb die Organisation "
            "Aktion 2030 auf Facebook.")
    q = one(text, "de", "Flächenversiegelung")
    assert q.speaker.name == "Organisation Aktion 2030"
    assert _vias(q) == ["Facebook"]


def test_de_open_question_is_no_konjunktiv_claim():
    text = ("„Wir helfen sofort“, sagte eine Sprecherin des Ministeriums der dpa. Ob es "
            "Soforthilfen geben werde, ließ sie offen.")
    assert not any("Soforthilfen" in text[q.start:q.end] for q in quotes(text, "de"))
    text = "„Wir helfen sofort“, sagte eine Sprecherin des Ministeriums der dpa. Es werde Soforthilfen geben."
    assert one(text, "de", "Soforthilfen").speaker.name.startswith("eine Sprecherin")
