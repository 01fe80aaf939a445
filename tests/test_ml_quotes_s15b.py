"""Session 15 (second non-English pass): the lead's continuation ruling (tests/data/README.md,
'Quote conventions settled in session 15') in the non-English quote path."""
from ml_probe import one


def test_speaker_named_again_inherits_no_medium():
    t = ("La ministra de Sanidad, Carmen Solís, dijo a la Cadena SER que «el plan está listo». "
         "La funcionaria añadió que «no habrá más retrasos». «Lo cumpliremos», añadió.")
    assert [v.name for v in one(t, "es", "el plan está listo").via] == ["Cadena SER"]
    # a role description names her again: no medium, nor for the bare quote going on from it
    assert one(t, "es", "no habrá más retrasos").via == ()
    assert one(t, "es", "Lo cumpliremos").via == ()
    t = ("Le maire, Jean Dupont, a déclaré à l'AFP que « la route restera fermée ». "
         "« Nous attendons les experts », a-t-il ajouté. L'élu a précisé que « rien n'est décidé ».")
    assert [v.name for v in one(t, "fr", "Nous attendons").via] == ["AFP"]
    assert one(t, "fr", "rien n'est décidé").via == ()


def test_the_same_anaphor_keeps_the_medium():
    t = ("Ο υπουργός Γιώργος Νικολάου δήλωσε στην ΕΡΤ ότι «η απόφαση είναι οριστική». "
         "Ο ίδιος τόνισε ότι «δεν θα υπάρξει αναβολή». Ο Νικολάου είπε ότι «όλα είναι έτοιμα».")
    q = one(t, "el", "δεν θα υπάρξει")
    assert q.speaker.name == "Γιώργος Νικολάου" and [v.name for v in q.via] == ["ΕΡΤ"]
    assert one(t, "el", "όλα είναι έτοιμα").via == ()


def test_german_present_klagt_is_a_cue_but_not_suing():
    t = ("„Seit Dienstag kommen nur noch halb so viele Kunden“, klagt Mehmet Aydın, der am "
         "Brückenkopf eine Bäckerei betreibt.")
    assert one(t, "de", "halb so viele").speaker.name == "Mehmet Aydın"


def test_arabic_preposition_after_the_verb_leaves_the_subject_dropped():
    t = ("وقال المدير العام للمؤسسة، كريم بوعلام، إن «المياه دخلت من فتحات التهوية». وأضاف في "
         "تصريح لوكالة الأنباء الجزائرية أن حركة القطارات ستستأنف جزئيا مساء الإثنين.")
    q = one(t, "ar", "حركة القطارات")
    assert q.speaker.name == "كريم بوعلام" and len(q.via) == 1 and "الأنباء الجزائرية" in q.via[0].name


def test_persian_imna_and_a_provincial_network():
    t = ("بخشی از خیابان در شرق اصفهان فرو ریخت.\n\nمریم نوروزی، معاون خدمات شهری، به ایمنا گفت "
         "لوله فاضلاب نشت کرده بود.\n\nرضا اکبری، کارشناس فرونشست، در گفت‌وگو با شبکه اصفهان "
         "گفت: «دشت اصفهان هر سال پایین می‌رود».")
    assert [v.name for v in one(t, "fa", "لوله فاضلاب").via] == ["ایمنا"]
    assert [v.name for v in one(t, "fa", "دشت اصفهان").via] == ["اصفهان"]


def test_french_ici_station_after_sur():
    t = ("« Le camping rouvrira quand les pompiers nous le diront », a déclaré sur ici Provence la "
         "maire, Sandrine Ollivier. Les gens vivent ici Monsieur le maire le sait.")
    q = one(t, "fr", "Le camping rouvrira")
    assert q.speaker.name == "Sandrine Ollivier" and [v.name for v in q.via] == ["ici Provence"]


def test_given_name_alone_joins_the_one_full_name():
    t = ("Matteo Santangelo è diventato Maestro Internazionale. «Ho aspettato solo per essere "
         "sicuro», racconta Matteo. Il padre, Marco Santangelo, ha detto che «si allena ogni giorno».")
    assert one(t, "it", "Ho aspettato").speaker.name == "Matteo Santangelo"
    assert one(t, "it", "si allena").speaker.name == "Marco Santangelo"


def test_italian_role_then_titled_name_in_apposition():
    t = ("«Ha una memoria normale», ha detto alla TGR Sicilia il suo allenatore, il maestro FIDE "
         "Salvo Di Mauro. Secondo lui, Matteo potrebbe vincere presto.")
    q = one(t, "it", "memoria normale")
    assert q.speaker.name == "Salvo Di Mauro" and [v.name for v in q.via] == ["TGR Sicilia"]


def test_turkish_yer_verdi_and_the_body_its_head_noun_names():
    t = ("Ankara Büyükşehir Belediyesi Ulaşım Dairesi Başkanı Serkan Aydemir zammı açıkladı. "
         "Belediye, X hesabından yaptığı paylaşımda \"Öğrenci ücretlerine zam yapılmadı\" "
         "ifadelerine yer verdi.")
    q = one(t, "tr", "zam yapılmadı")
    assert q.speaker.name == "Ankara Büyükşehir Belediyesi" and [v.name for v in q.via] == ["X"]


def test_arabic_spokesman_named_in_commas_passes_on_the_ministers_words():
    t = ("ونقل الناطق باسم وزارة النقل، مراد حمدي، عن الوزير عبد الحكيم زروقي قوله إن الوزارة "
         "فتحت تحقيقا في صيانة المضخات.")
    q = one(t, "ar", "فتحت تحقيقا")
    assert q.speaker.name == "عبد الحكيم زروقي" and [v.name for v in q.via] == ["مراد حمدي"]


def test_arabic_role_serving_a_body_with_glued_of():
    t = ("وقال المدير العام لمؤسسة مترو الجزائر، كريم بوعلام، إن «المياه دخلت من فتحات التهوية».")
    assert one(t, "ar", "المياه دخلت").speaker.name == "كريم بوعلام"


def test_arabic_long_subject_with_commas_before_an():
    t = ("وأوضح المكلف بالإعلام في المديرية العامة للحماية المدنية، الملازم الأول سفيان بلقاسمي، "
         "عبر أمواج الإذاعة الجزائرية، أن أعوان الحماية المدنية أجلوا 340 راكبا دون تسجيل أي إصابة.")
    q = one(t, "ar", "أجلوا 340 راكبا")
    assert q.speaker.name.endswith("سفيان بلقاسمي") and [v.name for v in q.via] == ["الجزائرية"]


def test_urdu_number_closing_a_name_an_genitive_owns():
    t = ("ریسکیو 1122 کے ترجمان نے ایکس پر جاری بیان میں کہا کہ بسنت کے دنوں میں شہر بھر میں 60 "
         "اضافی ایمبولینسیں تعینات ہوں گی۔")
    q = one(t, "ur", "اضافی ایمبولینسیں")
    assert q.speaker.name == "ریسکیو 1122 کے ترجمان" and [v.name for v in q.via] == ["X"]


def test_sources_inside_a_body_speak_as_the_sources():
    t = ("Στο ΑΠΕ-ΜΠΕ, κύκλοι του υπουργείου Οικονομικών ανέφεραν ότι το κόστος της συμφωνίας "
         "υπολογίζεται σε 410 εκατ. ευρώ.")
    q = one(t, "el", "το κόστος")
    assert q.speaker.name == "κύκλοι του υπουργείου Οικονομικών" and len(q.via) == 1


def test_italian_tg_bulletin_is_a_medium_in_an_according_phrase():
    t = ("Il prefetto, Alessandra Rizzo, ha convocato un tavolo. Secondo il Tg3 Piemonte, il "
         "prefetto ha promesso «risarcimenti rapidi».")
    q = one(t, "it", "risarcimenti rapidi")
    assert q.speaker.name == "Alessandra Rizzo" and [v.name for v in q.via] == ["Tg3 Piemonte"]
