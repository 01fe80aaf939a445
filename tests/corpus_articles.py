"""Short multilingual articles written for the corpus tests, with their gold stories.

Nine invented stories in eight languages, built around hard negatives: the same port on
the same night (a strike and a ferry fire), the same minister on the same day (a hospital
opening and a press conference on arrests), the same city on the same night (a drone strike
and a cargo-plane crash), the same port in one week (a grounded ship followed over four
days, and a ferry strike). All text was written for newsprism.
"""
from __future__ import annotations

# (id, story, language, outlet, published, title, text)
ARTICLES = [
    # --- A: dock strike at Valencia ---------------------------------------------------
    ("a-en-1", "valencia-strike", "en", "Harbour Times", "2024-03-05",
     "Dockworkers walk out at Valencia port over automation plans",
     "VALENCIA - Thousands of dockworkers at the port of Valencia stopped work on Tuesday "
     "in a 48-hour strike against plans to automate container terminals, the Coordinadora "
     "union said. Cranes stood idle and at least 40 ships waited offshore. \"We will not be "
     "replaced by software,\" union leader Marta Roig told reporters."),
    ("a-es-1", "valencia-strike", "es", "Diario del Puerto", "2024-03-05",
     "Huelga de estibadores paraliza el puerto de Valencia",
     "Los estibadores del puerto de Valencia iniciaron el martes una huelga de 48 horas "
     "contra la automatización de las terminales de contenedores, según el sindicato "
     "Coordinadora. Unos 40 buques esperan fondeados. \"No nos sustituirá un programa\", "
     "declaró la dirigente sindical Marta Roig."),
    ("a-fr-1", "valencia-strike", "fr", "Le Quotidien Maritime", "2024-03-06",
     "Grève des dockers à Valence contre l'automatisation",
     "Les dockers du port de Valence, en Espagne, ont cessé le travail mardi pour une grève "
     "de 48 heures contre l'automatisation des terminaux à conteneurs. Selon le syndicat "
     "Coordinadora, une quarantaine de navires attendent au large. La syndicaliste Marta "
     "Roig a dénoncé un projet qui menace des milliers d'emplois."),
    ("a-de-1", "valencia-strike", "de", "Hafenkurier", "2024-03-05",
     "Hafenarbeiter in Valencia streiken gegen Automatisierung",
     "Im Hafen von Valencia haben Tausende Hafenarbeiter am Dienstag einen 48-stündigen "
     "Streik begonnen. Die Gewerkschaft Coordinadora wehrt sich gegen Pläne, die "
     "Containerterminals zu automatisieren. Mindestens 40 Schiffe warten vor der Küste."),
    # --- B: ferry fire at Valencia, same night ----------------------------------------
    ("b-en-1", "valencia-ferry-fire", "en", "Coastal Wire", "2024-03-06",
     "Three dead as fire sweeps ferry moored in Valencia",
     "VALENCIA - Three crew members died and 11 passengers were injured when a fire broke "
     "out on the ferry Ciudad de Ibiza moored in Valencia late on Tuesday, the regional "
     "emergency service said. Firefighters fought the blaze in the engine room for four "
     "hours. The cause is under investigation."),
    ("b-es-1", "valencia-ferry-fire", "es", "Levante Noticias", "2024-03-06",
     "Tres muertos en el incendio de un ferri en Valencia",
     "Tres tripulantes murieron y once pasajeros resultaron heridos en el incendio que se "
     "declaró la noche del martes en la sala de máquinas del ferri Ciudad de Ibiza, atracado "
     "en Valencia. Los bomberos tardaron cuatro horas en sofocar las llamas, informaron los "
     "servicios de emergencia."),
    ("b-ar-1", "valencia-ferry-fire", "ar", "وكالة المتوسط", "2024-03-06",
     "ثلاثة قتلى في حريق عبارة بميناء فالنسيا",
     "لقي ثلاثة من أفراد الطاقم حتفهم وأصيب 11 راكبا في حريق اندلع مساء الثلاثاء في غرفة "
     "المحركات بعبارة سيوداد دي إيبيزا الراسية في ميناء فالنسيا الإسباني، بحسب خدمات "
     "الطوارئ. واستغرق إخماد الحريق أربع ساعات."),
    # --- C: minister opens a hospital in Mashhad --------------------------------------
    ("c-en-1", "mashhad-hospital", "en", "Tehran Tribune", "2024-05-10",
     "Health minister Karimi opens 600-bed hospital in Mashhad",
     "MASHHAD - Health Minister Nadia Karimi on Friday inaugurated a 600-bed teaching "
     "hospital in Mashhad, the largest built in eastern Iran in a decade. Karimi said the "
     "hospital would cut waiting times for cancer patients from across Khorasan province."),
    ("c-fa-1", "mashhad-hospital", "fa", "خبرگزاری شرق", "2024-05-10",
     "افتتاح بیمارستان ۶۰۰ تختخوابی در مشهد با حضور وزیر بهداشت",
     "نادیا کریمی، وزیر بهداشت، روز جمعه بیمارستان آموزشی ۶۰۰ تختخوابی مشهد را افتتاح کرد. "
     "به گفته کریمی این بیمارستان زمان انتظار بیماران سرطانی استان خراسان را کاهش می‌دهد."),
    ("c-fr-1", "mashhad-hospital", "fr", "Courrier d'Orient", "2024-05-11",
     "Iran : la ministre de la Santé inaugure un hôpital géant à Machhad",
     "La ministre iranienne de la Santé, Nadia Karimi, a inauguré vendredi à Machhad un "
     "hôpital universitaire de 600 lits, le plus grand de l'est du pays depuis dix ans. "
     "Il doit réduire l'attente des malades du cancer de la province du Khorassan."),
    # --- D: same minister, same day: arrests over fake medicines ----------------------
    ("d-en-1", "karimi-fake-drugs", "en", "Tehran Tribune", "2024-05-10",
     "Karimi: 12 arrested over counterfeit cancer drugs",
     "Health Minister Nadia Karimi told a news conference in Mashhad on Friday that police "
     "had arrested 12 people accused of selling counterfeit chemotherapy drugs to "
     "pharmacies in three provinces. \"These criminals played with the lives of patients,\" "
     "Karimi said, adding that 30,000 fake vials had been seized."),
    ("d-fa-1", "karimi-fake-drugs", "fa", "خبرگزاری شرق", "2024-05-10",
     "بازداشت ۱۲ نفر به اتهام فروش داروی تقلبی سرطان",
     "وزیر بهداشت در نشست خبری روز جمعه گفت پلیس ۱۲ نفر را به اتهام فروش داروهای "
     "شیمی‌درمانی تقلبی به داروخانه‌های سه استان بازداشت کرده است. نادیا کریمی افزود ۳۰ "
     "هزار ویال تقلبی توقیف شده است."),
    ("d-de-1", "karimi-fake-drugs", "de", "Nahost Nachrichten", "2024-05-11",
     "Iran: Zwölf Festnahmen wegen gefälschter Krebsmedikamente",
     "Die iranische Gesundheitsministerin Nadia Karimi hat am Freitag die Festnahme von "
     "zwölf Verdächtigen bekanntgegeben, die gefälschte Chemotherapie-Medikamente an "
     "Apotheken verkauft haben sollen. Rund 30.000 gefälschte Ampullen seien beschlagnahmt "
     "worden, sagte Karimi."),
    # --- E: earthquake near Izmir -----------------------------------------------------
    ("e-en-1", "izmir-quake", "en", "Aegean Post", "2024-06-02",
     "Magnitude 5.9 earthquake shakes Izmir, 4 killed",
     "IZMIR - A magnitude 5.9 earthquake struck off the Turkish coast near Izmir on Sunday "
     "morning, killing four people and damaging dozens of buildings, Turkey's disaster "
     "agency AFAD said. Tremors were felt on the Greek island of Samos."),
    ("e-tr-1", "izmir-quake", "tr", "Ege Haber", "2024-06-02",
     "İzmir'de 5,9 büyüklüğünde deprem: 4 kişi hayatını kaybetti",
     "AFAD, İzmir açıklarında pazar sabahı 5,9 büyüklüğünde bir deprem meydana geldiğini "
     "açıkladı. Depremde dört kişi hayatını kaybetti, onlarca bina hasar gördü. Sarsıntı "
     "Yunanistan'ın Sisam adasında da hissedildi."),
    ("e-el-1", "izmir-quake", "el", "Νέα του Αιγαίου", "2024-06-02",
     "Σεισμός 5,9 Ρίχτερ στη Σμύρνη – αισθητός στη Σάμο",
     "Σεισμός μεγέθους 5,9 βαθμών σημειώθηκε την Κυριακή το πρωί στα ανοιχτά της Σμύρνης, "
     "σύμφωνα με την τουρκική υπηρεσία AFAD. Τέσσερις άνθρωποι έχασαν τη ζωή τους. Η δόνηση "
     "έγινε αισθητή στη Σάμο."),
    ("e-it-1", "izmir-quake", "it", "Il Corriere Egeo", "2024-06-03",
     "Terremoto di magnitudo 5,9 a Smirne, quattro morti",
     "Un terremoto di magnitudo 5,9 ha colpito domenica mattina la costa turca al largo di "
     "Smirne, uccidendo quattro persone e danneggiando decine di edifici, secondo l'agenzia "
     "turca AFAD. La scossa è stata avvertita anche sull'isola greca di Samo."),
    # --- F: drone strike kills militia commander near Baghdad -------------------------
    ("f-en-1", "baghdad-drone", "en", "Gulf Monitor", "2024-08-14",
     "Drone strike kills militia commander Hadi al-Karbalai near Baghdad airport",
     "BAGHDAD - A drone strike on a convoy near Baghdad airport killed militia commander "
     "Hadi al-Karbalai and two bodyguards late on Tuesday, Iraqi security officials said. "
     "His group blamed the United States and vowed revenge for what it called a cowardly "
     "assassination."),
    ("f-ar-1", "baghdad-drone", "ar", "وكالة الرافدين", "2024-08-14",
     "مقتل القيادي هادي الكربلائي بغارة مسيرة قرب مطار بغداد",
     "قال مسؤولون أمنيون عراقيون إن غارة بطائرة مسيرة استهدفت موكبا قرب مطار بغداد مساء "
     "الثلاثاء وأدت إلى مقتل القيادي هادي الكربلائي واثنين من حراسه. وحمّلت جماعته الولايات "
     "المتحدة المسؤولية وتوعدت بالرد."),
    ("f-fr-1", "baghdad-drone", "fr", "Le Journal du Levant", "2024-08-14",
     "Irak : un chef de milice tué par un drone près de l'aéroport de Bagdad",
     "Le commandant de milice Hadi al-Karbalaï et deux de ses gardes du corps ont été tués "
     "mardi soir par une frappe de drone contre leur convoi près de l'aéroport de Bagdad, "
     "selon des responsables irakiens. Son groupe accuse les États-Unis."),
    ("f-ur-1", "baghdad-drone", "ur", "روزنامہ مشرق", "2024-08-15",
     "بغداد ہوائی اڈے کے قریب ڈرون حملے میں ملیشیا کمانڈر ہلاک",
     "عراقی سکیورٹی حکام کے مطابق منگل کی رات بغداد ہوائی اڈے کے قریب ایک قافلے پر ڈرون حملے "
     "میں ملیشیا کمانڈر ہادی الکربلائی اور ان کے دو محافظ ہلاک ہو گئے۔"),
    # --- G: cargo plane crash near Baghdad, same night --------------------------------
    ("g-en-1", "baghdad-cargo-crash", "en", "Gulf Monitor", "2024-08-14",
     "Cargo plane crashes on approach to Baghdad, four crew killed",
     "BAGHDAD - A cargo plane carrying medical supplies crashed in farmland while "
     "approaching Baghdad airport late on Tuesday, killing all four crew members, Iraq's "
     "civil aviation authority said. Officials said bad weather was the likely cause and "
     "ruled out an attack."),
    ("g-ar-1", "baghdad-cargo-crash", "ar", "وكالة الرافدين", "2024-08-14",
     "تحطم طائرة شحن قرب بغداد ومقتل طاقمها الأربعة",
     "أعلنت سلطة الطيران المدني العراقية أن طائرة شحن تحمل إمدادات طبية تحطمت في أرض زراعية "
     "أثناء اقترابها من مطار بغداد مساء الثلاثاء، ما أدى إلى مقتل أفراد طاقمها الأربعة. "
     "ورجح المسؤولون أن سوء الأحوال الجوية هو السبب."),
    ("g-de-1", "baghdad-cargo-crash", "de", "Nahost Nachrichten", "2024-08-15",
     "Frachtflugzeug stürzt bei Bagdad ab – vier Tote",
     "Ein Frachtflugzeug mit medizinischen Gütern ist am Dienstagabend beim Landeanflug auf "
     "den Flughafen Bagdad auf einem Feld abgestürzt. Alle vier Besatzungsmitglieder kamen "
     "ums Leben, teilte die irakische Luftfahrtbehörde mit. Als Ursache gilt schlechtes "
     "Wetter."),
    # --- H: a grounded freighter, followed over four days ----------------------------
    ("h-en-1", "kiel-grounding", "en", "Baltic Shipping News", "2024-09-02",
     "Freighter Marlin Star runs aground in Kiel Canal, blocking traffic",
     "KIEL - The 190-metre container ship Marlin Star ran aground in the Kiel Canal near "
     "Rendsburg on Monday after a steering failure, blocking one of the world's busiest "
     "artificial waterways, the German waterways authority said. About 30 ships were "
     "waiting at both ends."),
    ("h-de-1", "kiel-grounding", "de", "Nordkurier Online", "2024-09-03",
     "Bergung der Marlin Star im Nord-Ostsee-Kanal gescheitert",
     "Ein erster Versuch, das bei Rendsburg festgefahrene Containerschiff Marlin Star "
     "freizuschleppen, ist am Dienstag gescheitert. Der Nord-Ostsee-Kanal bleibt "
     "gesperrt, inzwischen stauen sich rund 50 Schiffe, teilte die Wasserstraßenverwaltung "
     "mit."),
    ("h-fr-1", "kiel-grounding", "fr", "Le Marin Européen", "2024-09-04",
     "Canal de Kiel : toujours bloqué, le Marlin Star résiste aux remorqueurs",
     "Le porte-conteneurs Marlin Star, échoué depuis lundi dans le canal de Kiel près de "
     "Rendsburg, n'a toujours pas pu être dégagé mercredi malgré l'arrivée de quatre "
     "remorqueurs supplémentaires. Une soixantaine de navires attendent."),
    ("h-es-1", "kiel-grounding", "es", "Noticias del Mar", "2024-09-05",
     "Reflotan el Marlin Star y se reabre el canal de Kiel",
     "Los remolcadores lograron el jueves reflotar el portacontenedores Marlin Star, "
     "encallado desde el lunes cerca de Rendsburg, y el canal de Kiel volvió a abrirse al "
     "tráfico tras cuatro días de bloqueo, informaron las autoridades alemanas."),
    # --- I: a ferry workers' strike in Kiel the same week ------------------------------
    ("i-en-1", "kiel-ferry-strike", "en", "Baltic Shipping News", "2024-09-04",
     "Kiel ferry crews strike over pay, Oslo and Gothenburg routes halted",
     "KIEL - Crews on ferries sailing from Kiel to Oslo and Gothenburg walked out on "
     "Wednesday in a 24-hour strike over pay, the Verdi union said, stranding about 3,000 "
     "passengers. The operators called the strike irresponsible."),
    ("i-de-1", "kiel-ferry-strike", "de", "Nordkurier Online", "2024-09-04",
     "Fährbesatzungen in Kiel streiken – Verbindungen nach Oslo gestrichen",
     "Die Besatzungen der Fähren von Kiel nach Oslo und Göteborg haben am Mittwoch einen "
     "24-stündigen Warnstreik begonnen. Verdi fordert mehr Lohn. Rund 3.000 Reisende "
     "sitzen fest."),
]


def gold() -> dict[str, str]:
    return {a[0]: a[1] for a in ARTICLES}
