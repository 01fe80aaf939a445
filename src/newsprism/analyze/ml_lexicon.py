"""Word lists and inflection tables (written for newsprism) for rule-based non-English analysis.
Inputs: none; ml_entities and ml_quotes read these tables (fr, es, de, it, tr, el, ar, fa, ur).
"""
from __future__ import annotations

import functools
import re
import unicodedata

LATIN_CASED = frozenset({"fr", "es", "de", "it", "tr", "el", "pt", "nl"})
ARABIC_SCRIPT = frozenset({"ar", "fa", "ur"})


def _words(s: str) -> frozenset[str]:
    return frozenset(w for w in s.split() if w)


@functools.lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Case- and accent-free key, so 'Téhéran', 'TÉHÉRAN' and 'Teheran' meet."""
    s = s.replace("ı", "i").replace("İ", "I")
    s = unicodedata.normalize("NFKD", s.casefold())
    return "".join(c for c in s if not unicodedata.combining(c)).replace("\u200c", "")


# Lower-case words that begin sentences capitalised but never start a name; also function words
# that may not sit inside a name. Per language, merged for mixed-language text.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "fr": _words("""le la les l un une des du de d au aux à a et ou mais donc or ni car ce cet
        cette ces son sa ses leur leurs notre nos votre vos mon ma mes il elle ils elles on nous
        vous je tu qui que quoi dont où selon pour par sur sous dans avec sans entre vers chez
        après avant depuis pendant lors malgré contre plus moins très tout tous toute toutes
        plusieurs certains certaines quelques aucun aucune chaque autre autres même si ne pas
        cela ceci ça c y en est sont était ont avait été lundi mardi mercredi jeudi vendredi
        samedi dimanche hier aujourd demain mais ainsi alors aussi encore déjà toujours enfin
        puis cependant pourtant toutefois néanmoins face outre dès voici voilà""")
        | _words("""janvier février mars avril mai juin juillet août septembre octobre
        novembre décembre m mme mm monsieur madame cet bilan"""),
    "es": _words("""el la los las lo un una unos unas y o e u pero ni que quien quienes cual
        cuyo de del al a en con sin por para según sobre tras entre hacia hasta desde durante
        ante bajo contra este esta estos estas ese esa esos esas aquel su sus nuestro nuestra
        mi mis tu él ella ellos ellas nosotros se le les no sí muy más menos todo todos toda
        todas varios varias algunos algunas cada otro otra otros otras también ya aún además
        sin embargo así es son fue era ha han había lunes martes miércoles jueves viernes
        sábado domingo ayer hoy mañana enero febrero marzo abril mayo junio julio agosto
        septiembre octubre noviembre diciembre miles cientos""")
        | _words("sr sra don doña"),
    "de": _words("""der die das den dem des ein eine einer eines einem einen und oder aber
        doch sondern denn als wie wenn ob dass weil da nach vor seit bei mit von zu zum zur aus
        auf an am im in um über unter gegen ohne für durch bis während laut trotz wegen es er
        sie wir ihr ich du man sein seine seiner ihre ihren ihrem unser dieser diese dieses
        diesem jener jede jeder alle viele mehrere einige kein keine nicht auch noch schon nur
        so dann damit dort hier heute gestern morgen montag dienstag mittwoch donnerstag
        freitag samstag sonntag januar februar märz april mai juni juli august september
        oktober november dezember ist sind war waren hat haben hatte wird werden wurde
        mindestens rund etwa nun zudem bislang allerdings dagegen dessen deren beide beiden
        drei zwei vier fünf zehn noch bereits inzwischen beim vom zur ins ans aufs""")
        | _words("herr frau dr prof"),
    "it": _words("""il lo la i gli le un uno una e o ma né che chi cui di del dello della dei
        degli delle a al allo alla ai agli alle da dal dalla dai in nel nella nei negli nelle
        su sul sulla con per tra fra secondo dopo prima durante contro senza verso presso
        questo questa questi queste quello quella suo sua suoi sue loro nostro lui lei noi voi
        non più meno molto tutto tutti tutta tutte alcuni alcune ogni altro altri anche già
        ancora però così è sono era ha hanno aveva lunedì martedì mercoledì giovedì venerdì
        sabato domenica ieri oggi domani gennaio febbraio marzo aprile maggio giugno luglio
        agosto settembre ottobre novembre dicembre l dell all nell sull un quando dove""")
        | _words("sig signor signora dott"),
    "tr": _words("""bir bu şu o ve veya ile ama fakat ancak için gibi kadar göre karşı sonra
        önce beri daha en çok az her hiç bazı birçok tüm bütün hem de da ki ise mi ne bu da
        dün bugün yarın pazartesi salı çarşamba perşembe cuma cumartesi pazar ocak şubat mart
        nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık olay saldırıda saldırı
        yarı resmi ayrıca öte yandan""")
        | _words("bay bayan sayın"),
    "el": _words("""ο η το οι τα τον την του της των τους τις ένας μια μία ένα και ή αλλά όμως
        που ότι πως να θα δεν μη με σε στο στη στην στον στα στις στους από για προς κατά
        μετά πριν χωρίς μέχρι ως σύμφωνα αυτός αυτή αυτό αυτοί αυτές αυτά αυτού αυτής όλοι
        όλες όλα κάθε πολλοί πολλές περισσότεροι περισσότερες λίγοι τουλάχιστον περίπου ακόμη
        ήδη επίσης είναι ήταν έχει έχουν είχε χθες σήμερα αύριο δευτέρα τρίτη τετάρτη πέμπτη
        παρασκευή σάββατο κυριακή ιανουάριος φεβρουάριος μάρτιος απρίλιος μάιος ιούνιος
        ιούλιος αύγουστος σεπτέμβριος οκτώβριος νοέμβριος δεκέμβριος εκεί εδώ όπου όταν
        καθώς ενώ μπροστά κατά""")
        | _words("κ κος κα"),
}
ALL_FUNCTION_WORDS = frozenset().union(*FUNCTION_WORDS.values())

# Lower-case particles allowed inside a Latin-script name: "Quai d'Orsay", "Abu Mahdi al-Muhandis".
NAME_PARTICLES = _words("""de du la le del di da dos das van von der den ter bin ibn
    al el ben abu abou ebu bint""")

# Role words placed before a name; the name that follows is a PERSON and the role itself is not
# part of the name ("le ministre Jonas Reiter", "Verkehrsministerin Elena Varga").
TITLES: dict[str, frozenset[str]] = {
    "fr": _words("""président présidente ministre premier ministre porte-parole général
        générale ayatollah guide directeur directrice maire gouverneur gouverneure docteur
        député députée sénateur sénatrice chef ambassadeur ambassadrice commandant colonel
        secrétaire juge procureur pape roi reine prince princesse cheikh imam m mme dr
        professeur ingénieure ingénieur responsable candidat candidate commissaire préfet
        préfète pédiatre médecin chirurgien chirurgienne économiste avocat avocate chercheur
        chercheuse analyste défenseur défenseure syndicaliste militant militante"""),
    "es": _words("""presidente presidenta ministro ministra primer portavoz general director
        directora alcalde alcaldesa gobernador gobernadora doctor doctora diputado diputada
        senador senadora jefe jefa embajador embajadora comandante coronel secretario
        secretaria juez fiscal papa rey reina príncipe ayatolá líder sr sra dr candidato
        candidata consejero consejera comisario comisaria defensor defensora funcionario
        funcionaria economista abogado abogada investigador investigadora
        analista activista dirigente legislador legisladora parlamentario parlamentaria"""),
    "de": _words("""präsident präsidentin minister ministerin kanzler kanzlerin sprecher
        sprecherin general generalin direktor direktorin bürgermeister bürgermeisterin
        gouverneur abgeordnete abgeordneter senator chef chefin botschafter botschafterin
        kommandeur oberst sekretär richter papst könig königin prinz ajatollah führer
        revolutionsführer herr frau dr prof politologe politologin kandidat kandidatin
        landrat landrätin bezirkshauptmann bezirkshauptfrau landeshauptmann landeshauptfrau
        geschäftsführer geschäftsführerin
        amtsinhaber amtsinhaberin präsidenten kanzlers ministers sprechers kommandeurs"""),
    "it": _words("""presidente ministro ministra premier portavoce generale direttore
        direttrice sindaco sindaca governatore deputato deputata senatore senatrice capo
        ambasciatore ambasciatrice comandante colonnello segretario segretaria giudice papa
        re regina principe ayatollah leader dottor dottore dottoressa sig candidato
        candidata assessore commissario prefetto garante economista avvocato avvocata
        ricercatore ricercatrice analista attivista dirigente parlamentare"""),
    "tr": _words("""cumhurbaşkanı başbakan bakan bakanı sözcü sözcüsü sözcüsü general
        generali komutan komutanı müdür müdürü başkan başkanı vali valisi milletvekili
        büyükelçi albay sekreter sekreteri hakim papa kral kraliçe prens ayetullah lider dr adayı aday
        genel ekonomist profesör prof doktor avukat uzman"""),
    "el": _words("""πρόεδρος πρωθυπουργός υπουργός υφυπουργός εκπρόσωπος εκπρόσωπο στρατηγός
        διευθυντής διευθύντρια δήμαρχος κυβερνήτης βουλευτής γερουσιαστής αρχηγός πρέσβης
        διοικητής συνταγματάρχης γραμματέας δικαστής πάπας βασιλιάς πρίγκιπας κ κα δρ
        προέδρου υπουργού πρωθυπουργού εκπροσώπου πρόεδρο υπουργό πρωθυπουργό δήμαρχο
        διευθυντή περιφερειάρχης περιφερειάρχη αντιπεριφερειάρχης σεισμολόγος σεισμολόγο
        καθηγητής καθηγήτρια καθηγητή υφυπουργό αρχηγό βουλευτή γιατρός οικονομολόγος
        δικηγόρος αναλυτής"""),
}
ALL_TITLES = frozenset().union(*TITLES.values())
# German writes role and qualifier as one word: "Regierungssprecherin", "US-Außenminister".
TITLE_SUFFIXES = ("minister", "ministerin", "sprecher", "sprecherin", "präsident", "präsidentin",
                  "präsidenten", "kanzler", "kanzlerin",
                  "chef", "chefin", "führer", "führerin", "kandidat", "kandidatin", "rechtler",
                  "rechtlerin", "kommandeur", "direktor", "direktorin", "bürgermeister",
                  "bürgermeisterin", "botschafter", "ökonom", "ökonomin", "experte", "expertin",
                  "bakanı", "sözcüsü", "başkanı", "komutanı", "rätin", "leiter", "leiterin",
                  "vorsitzender", "vorsitzende", "beauftragter", "beauftragte")

# A word with one of these stems makes the name an organisation.
ORG_STEMS = tuple(fold(w) for w in """ministère ministerio ministero ministerium bakanlığı
    bakanlık υπουργείο υπουργεί parti partido partei agence agencia agenzia agentur ajans
    πρακτορείο armée ejército esercito armee ordusu forces fuerzas forze streitkräfte
    gardiens guardianes guardiani garde garden muhafızları commission comisión commissione
    kommission komisyonu επιτροπή université universidad università universität üniversitesi
    πανεπιστήμιο croix-rouge cruz roja croce rossa kreuz kızılay union unión unione
    gewerkschaft sendika banque banco banca bank bankası τράπεζα conseil consejo consiglio
    konsey συμβούλιο gouvernement gobierno governo regierung hükümet κυβέρνηση police policía
    polizia polizei polis αστυνομία airlines airways institut instituto istituto enstitüsü
    verband verein forum behörde amt kurumu autorité autoridad autorità tribunal tribunale
    gericht mahkemesi parlement parlamento parlament meclis βουλή organisation organización
    organizzazione organisation örgütü οργανισμός fondation fundación fondazione stiftung
    vakfı protection protección protezione zivilschutz προστασί λιμενικ unicef onu fuerza forza
    force front frente fronte cephesi alliance allianz alianza alleanza ittifakı groupe grupo
    gruppo gruppe grubu mouvement movimiento movimento bewegung hareketi ferries lines güvenlik
    müdürlüğü başkanlığı komutanlığı hilfswerk oms nato otan who pentagone pentágono pentagono pentagon kongress
    congrès congreso congresso hachd hezbollah hamas kommando generalstab
    luftfahrtbehörde politecnico polytechnique politécnico polytechnikum sistema système
    hospital hôpital ospedale krankenhaus klinikum""".split())
ORG_SUFFIXES_DE = ("gruppe", "werk", "allianz", "ministerium", "kommission", "partei", "verband", "behörde", "amt",
                   "forum", "gesellschaft", "bank", "institut", "gericht", "stab", "kammer",
                   "gewerkschaft", "regierung", "agentur", "garden", "kräfte",
                   # supervisors, advice centres, councils, services: "Finanzaufsicht BaFin",
                   # "Verbraucherzentrale Hessen", "Landeselternrat", "Wetterdienst"
                   "aufsicht", "zentrale", "rat", "dienst", "direktion", "verwaltung", "stiftung")

# Capitalised common words that are not names in these languages (headline words, months
# in German, nationalities used as nouns are left to the type step).
COMMON_CAPS = frozenset(fold(w) for w in """Nach Vor Bei Laut Die Der Das Den Dem Des Ein Eine
    Noch Auch Kritik Beweise Juristen Kritiker Teheran Präsident Gewerkschaft Regierung
    Staatsfernsehen Bundesregierung Bundeswehr Opposition Wahlbeteiligung Lage Angriff État Etat
    Estado Stato Staat Devlet Başkent Halkımız Kalabalık Seçim Gobierno Gouvernement Governo Parlamento Parlement
    Angaben Hochrechnungen Schätzungen Informationen Erkenntnissen Hause Ansicht Meinung
    Auffassung Darstellung Einschätzung Aussage Aussagen Berichten Medienberichten""".split())

# Countries and capitals (and a few regions) often in the news, per script. Keys are folded.
PLACES_LATIN = """Iran Irán Irak Iraq Iraq Syrie Siria Syrien Suriye Liban Líbano Libano Libanon
    Lübnan Turquie Turquía Turchia Türkei Türkiye Égypte Egipto Egitto Ägypten Mısır Israël
    Israel Israele İsrail Palestine Palestina Palästina Filistin Gaza Jordanie Jordania
    Giordania Jordanien Ürdün Yémen Yemen Jemen Qatar Katar Koweït Kuwait Arabie Saoudite
    Arabia Saudita Suudi Afghanistan Afganistán Afganistan Pakistan Pakistán Inde India
    Indien Hindistan Chine China Cina Çin Russie Rusia Russia Russland Rusya Ukraine Ucrania
    Ucraina Ukrayna États-Unis Estados Unidos Stati Uniti USA ABD Amérique América America
    Amerika Royaume-Uni Reino Unido Regno Unito Großbritannien İngiltere Londres London Londra
    France Francia Frankreich Fransa Allemagne Alemania Germania Deutschland Almanya Italie
    Italia Italien İtalya Espagne España Spagna Spanien İspanya Grèce Grecia Griechenland
    Yunanistan Canada Canadá Kanada Japon Japón Giappone Japan Japonya Europe Europa Avrupa
    Afrique África Africa Afrika Téhéran Teherán Teheran Tahran Bagdad Bagdag Baghdad Bağdat
    Damas Damasco Damaskus Şam Beyrouth Beirut Beirut Le Caire El Cairo Il Cairo Kairo Kahire
    Riyad Ankara Istanbul Estambul İstanbul Kaboul Kabul Islamabad Moscou Moscú Mosca Moskau
    Moskova Kiev Kyiv Kiew Kiev Washington Paris París Parigi Berlin Berlín Berlino Rome Roma
    Rom Madrid Athènes Atenas Atene Athen Atina Ottawa Pékin Pekín Pechino Peking Pekin
    Jérusalem Jerusalén Gerusalemme Jerusalem Kudüs Doha Dubaï Dubái Dubai Kerman Kermán
    Kirman Mashhad Machhad Meşhed Qom Ahvaz Suez Süveyş Montréal Toronto Bruxelles Bruselas
    Bruxelles Brüssel Brüksel Genève Ginebra Ginevra Genf Cenevre Vienne Viena Vienna Wien
    Viyana New York Nueva York Chypre Chipre Cipro Zypern Kıbrıs Leipzig Verona Edmonton
    Londres Oslo Stockholm Varsovie Varsovia Varsavia Warschau Varşova Lisbonne Lisboa""".split()
PLACES_MULTI_LATIN = ("Arabie saoudite", "Arabia Saudita", "Saudi-Arabien", "Suudi Arabistan",
                      "Le Caire", "El Cairo", "Il Cairo", "New York", "Nueva York", "États-Unis",
                      "Estados Unidos", "Stati Uniti", "Royaume-Uni", "Reino Unido",
                      "Regno Unito", "Corée du Sud", "Corea del Sur", "Hong Kong")
PLACES_GREEK = """Ιράν Ιράκ Συρία Λίβανος Λιβάνου Λίβανο Τουρκία Τουρκίας Αίγυπτος Αιγύπτου
    Ισραήλ Παλαιστίνη Γάζα Ιορδανία Υεμένη Κατάρ Αφγανιστάν Πακιστάν Ινδία Κίνα Κίνας Ρωσία
    Ρωσίας Ουκρανία Ουκρανίας ΗΠΑ Αμερική Βρετανία Γαλλία Γαλλίας Γερμανία Γερμανίας Ιταλία
    Ιταλίας Ισπανία Ελλάδα Ελλάδας Καναδάς Ιαπωνία Ευρώπη Ευρώπης Αφρική Τεχεράνη Βαγδάτη
    Δαμασκός Βηρυτός Βηρυτού Κάιρο Άγκυρα Κωνσταντινούπολη Καμπούλ Μόσχα Κίεβο Ουάσινγκτον
    Λονδίνο Παρίσι Βερολίνο Ρώμη Μαδρίτη Αθήνα Αθήνας Οτάβα Πεκίνο Ιερουσαλήμ Κύπρος Κύπρο
    Κύπρου Θεσσαλονίκη Σουέζ Βρυξέλλες""".split()
PLACES_ARABIC = """إيران العراق سوريا سورية لبنان تركيا مصر السعودية إسرائيل فلسطين غزة الأردن
    اليمن قطر الكويت البحرين عمان الإمارات أفغانستان باكستان الهند الصين روسيا أوكرانيا
    أمريكا أميركا الولايات المتحدة بريطانيا فرنسا ألمانيا إيطاليا إسبانيا اليونان كندا
    اليابان أوروبا أفريقيا طهران بغداد دمشق بيروت القاهرة الرياض أنقرة إسطنبول كابول
    إسلام آباد موسكو كييف واشنطن لندن باريس برلين روما مدريد أثينا أوتاوا بكين القدس الدوحة
    دبي كرمان مشهد قم الأهواز السويس تل أبيب حلب الموصل البصرة أربيل النجف كربلاء""".split()
PLACES_PERSIAN = """ایران عراق سوریه لبنان ترکیه مصر عربستان اسرائیل فلسطین غزه اردن یمن قطر
    کویت بحرین عمان امارات افغانستان پاکستان هند چین روسیه اوکراین آمریکا امریکا انگلیس
    بریتانیا فرانسه آلمان ایتالیا اسپانیا یونان کانادا ژاپن اروپا آفریقا تهران بغداد دمشق
    بیروت قاهره ریاض آنکارا استانبول کابل اسلام‌آباد مسکو کی‌یف واشنگتن لندن پاریس برلین رم
    مادرید آتن اتاوا پکن قدس دوحه دبی کرمان مشهد قم اهواز شیراز اصفهان تبریز شهریار سوئز""".split()
PLACES_URDU = """ایران عراق شام سوریہ لبنان ترکی مصر سعودی اسرائیل فلسطین غزہ اردن یمن قطر
    کویت بحرین عمان امارات افغانستان پاکستان بھارت ہندوستان چین روس یوکرین امریکہ برطانیہ
    فرانس جرمنی اٹلی اسپین یونان کینیڈا جاپان یورپ افریقہ تہران بغداد دمشق بیروت قاہرہ ریاض
    انقرہ استنبول کابل اسلام آباد کراچی لاہور پشاور کوئٹہ ماسکو کیف واشنگٹن لندن پیرس برلن
    روم میڈرڈ ایتھنز بیجنگ یروشلم دوحہ دبئی""".split()
PLACES_MULTI_ARABIC = ("الولايات المتحدة", "إسلام آباد", "تل أبيب", "اسلام آباد",
                       "الإمارات العربية المتحدة", "ایالات متحده", "سعودی عرب")

# Common nouns that head an organisation's own name ("Caracol Radio", "Unidad Nacional",
# "Istituto Nazionale ...", "Deutsche Bahn"), in every cased language; folded.
ORG_HEAD_WORDS = frozenset(fold(w) for w in """radio radyo ραδιόφωνο tv télévision televisión
    televisione fernsehen televizyon τηλεόραση canal kanal kanalı cadena chaîne rete sender
    channel unidad unité unità einheit birliği ένωση instituto institut istituto institute
    enstitüsü ινστιτούτο partido partito partei parti partisi κόμμα sindicato syndicat
    sindacato sendikası confédération confederación confederazione konföderasyonu federación
    fédération federazione federasyonu asociación association associazione verein derneği
    σύνδεσμος diario periódico journal quotidien zeitung gazetesi εφημερίδα quotidiano giornale
    presse prensa stampa bahn post werke konzern holding corporación corporation compañía
    compagnie compagnia empresa entreprise impresa şirketi société sociedad società
    gesellschaft ajansı kurulu kurumu başkanlığı müdürlüğü bakanlığı genelkurmay secretaría
    secrétariat segreteria sekretariat dirección direction direzione direktion fiscalía
    procura parquet staatsanwaltschaft savcılığı εισαγγελία defensoría ombudsman bureau
    oficina ufficio büro office cámara chambre camera kammer odası senado sénat senato senat
    ayuntamiento mairie comune rathaus belediyesi δήμος alcaldía fundación guardia
    gendarmerie gendarmería carabinieri bomberos pompiers vigili feuerwehr itfaiyesi
    πυροσβεστική jandarma
    junta xunta generalitat diputación cabildo préfecture prefettura questura""".split())
# Trade nouns opening a firm's name ("Boulangeries Delcourt", "Transportes Ruiz"): ORG heads.
TRADE_NOUNS = frozenset(fold(w) for w in """boulangerie boulangeries pâtisseries boucheries
    brasseries laboratoires établissements transports ateliers chantiers panaderías bodegas
    talleres transportes laboratorios panifici pasticcerie officine cantieri laboratori trasporti
    bäckerei bäckereien brauerei werkstätten fırınları""".split())
ORG_HEAD_WORDS = ORG_HEAD_WORDS | TRADE_NOUNS
# Lower-case class nouns standing before an organisation's name in apposition.
ORG_CLASS = frozenset(fold(w) for w in """emisora cadena canal periódico diario partido sindicato
    grupo empresa compañía movimiento coalición station chaîne journal quotidien parti syndicat
    groupe société entreprise mouvement coalition emittente rete quotidiano giornale partito
    sindacato gruppo società azienda movimento coalizione sender zeitung partei gewerkschaft
    konzern unternehmen bewegung bündnis κόμμα εφημερίδα σταθμός κανάλι όμιλος fédération
    federación federazione verband association asociación associazione agence agencia agenzia
    fondation fundación fondazione stiftung""".split())

# News agencies and broadcasters, every script; an agency is ORG and, near a cue, a 'via'.
AGENCIES = """AFP AP Reuters IRNA ISNA Tasnim Tesnim Fars Mehr dpa DPA ANSA EFE Anadolu AA TASS
    Xinhua SANA WAFA MENA KUNA CNN BBC Bloomberg Europa-Press APA ANA-MPA AMNA TRT NTV CNN-Türk
    Interfax RIA Kyodo Yonhap IRIB İHA APP PTI SPA QNA INA NNA ORF SRF
    RFI Ansa TASS ΕΡΤ ΣΚΑΪ Adnkronos Televisa Telemundo ZDF ARD Rai WDR NDR MDR SWR RBB RTL BFM
    LCI RTBF RTS RSI RTVE TVE RTP Télam Telam Notimex Belga ANP Lusa Keystone-SDA SDA KNA epd
    AGI LaPresse Agerpres BTA HINA Tanjug MTI PAP ČTK DHA ANKA Sputnik Euronews Mediaset
    Antena3 LaSexta Deutschlandfunk franceinfo""".split() + [
    "إرنا", "إسنا", "تسنيم", "فارس", "مهر", "رويترز", "فرانس برس", "أسوشيتد برس", "الأناضول",
    "سانا", "وفا", "الجزيرة", "العربية", "ایرنا", "ایسنا", "تسنیم", "مهر", "رویترز",
    "فرانس پرس", "آسوشیتدپرس", "ایسنا", "صداوسیما", "رائٹرز", "اے ایف پی", "اے پی", "رائٹرز",
    "Ρόιτερς", "ΑΠΕ", "ΑΠΕ-ΜΠΕ", "Reuters", "اے پی پی", "واع", "وكالة الأنباء العراقية",
    "واس", "بی بی سی", "بی بی سی اردو", "جیو نیوز", "وكالة المغرب العربي للأنباء", "قنا", "كونا", "ایسنا", "ایلنا", "ایبنا", "ایمنا", "Αθηναϊκό-Μακεδονικό Πρακτορείο Ειδήσεων"]
AGENCY_KEYS = frozenset(fold(a) for a in AGENCIES)
# Words before "فارس" that make it the province or the gulf, not the Fars agency.
# "Wie die Polizei mitteilte, ...": the word opening a fronted as-clause, and the adverbials
# that end its subject ("Wie die Stadt [am Montag] mitteilte").
AS_OPENERS = frozenset("Wie Comme Como Come Όπως".split())
AS_ADVERBIAL = re.compile(r"\s(?:am|im|bei|auf|in|gestern|heute|bereits|lundi|mardi|ayer|hoy|"
                          r"ieri|oggi|lunedì|martedì|χθες|σήμερα)\s")
# Persian words that go on describing a role, never a name after it: adjectives of office
# ("فرمانده انتظامی شهر", "مدیر ارشد") and the bodies a role heads ("رئیس اتحادیه ...").
FA_ROLE_BODIES = frozenset("""اتحادیه انجمن کانون اداره بنیاد مجمع باشگاه حزب هیئت هیأت
    کمیسیون کمیته صنف اتاق موزه بیمارستان دانشکده""".split())
FA_ROLE_WORDS = FA_ROLE_BODIES | frozenset("""انتظامی نظامی ارشد عالی اجرایی عامل سابق پیشین
    جدید موقت""".split())
FA_PLACE_BEFORE = ("استان", "استاندار", "استانداری", "هواشناسی", "خلیج", "دانشگاه", "پلیس",
                   "دادگستری")
MULTI_AGENCIES = ("Al Jazeera", "Al-Jazeera", "Al Arabiya", "Associated Press", "France Presse",
                  "France-Presse", "Europa Press", "Press TV", "Anadolu Ajansı",
                  "France 24", "Deutsche Welle")
# An agency named by its kind alone ("cité par l'agence", "الوكالة"): the one last named.
AGENCY_ANAPHORS = (r"l['’]agence|la agencia|l['’]agenzia|all['’]agenzia|die Agentur|der Agentur|ajans|"
                   r"(?:σ)?το πρακτορείο|الوكالة|خبرگزاری|ایجنسی")  # ('στο': 'to the', 'all'': 'to the')
# A medium named in the clause that introduces someone else's words: "X'in aktardığına göre",
# "citing state TV"; these words make the phrase a channel, never a speaker.
RELAY_WORDS = (r"aktardığına|bildirdiğine|yayımladığı|verdiği bilgiye|haberine|cit[ée]e?s? par|"
               r"citad[oa]s? por|citat[oaie]|zitiert|nach einem Bericht|riferisce|riporta|"
               r"به نقل از|کی رپورٹ|intervistat[oaie] da(?:l|lla|i|gli)?|entrevistad[oa]s? por|"
               r"interviewée?s? par|befragt von|interrogée?s? par|rapporté(?:e|s|es)? par|"
               r"relayé(?:e|s|es)? par|recogid[oa]s? por|riportat[oaie] da|wiedergegeben von")

# Words naming an agency or broadcaster before its name: "l'agence IRNA", "وكالة إسنا".
AGENCY_WORDS = ("agence", "agencia", "agenzia", "Nachrichtenagentur", "ajansı", "πρακτορείο",
                "Sender", "chaîne", "cadena", "emittente")
# Kinds of media, named before their name ("la emisora Caracol Radio", "dem Sender ZDF").
MEDIUM_WORDS = ("emisora", "radio", "chaîne", "station", "emittente", "televisione",
                "Zeitung", "Fernsehsender", "Radiosender", "diario", "periódico", "journal",
                "quotidien", "quotidiano", "giornale", "gazetesi", "kanalı", "εφημερίδα",
                "σταθμός", "σταθμό", "κανάλι", "δίκτυο")
AGENCY_WORDS_ARABIC = ("وكالة", "وكالات", "خبرگزاری", "خبر رساں ادارے", "ایجنسی", "قناة",
                       "إذاعة", "صحيفة", "جريدة", "روزنامه", "روزنامہ",
                       "شبکه", "تلفزيون", "تلویزیون", "رادیو", "ریڈیو")
# Adjectives that only say what kind of medium it is ('تلویزیون محلی', 'رادیو دولتی', 'القناة
# الرسمية'): after a kind word they make a generic medium with it, not a medium's name.
KIND_ADJECTIVES_ARABIC = frozenset("""محلی دولتی ملی سراسری استانی رسمی خصوصی محلية المحلية
    الرسمية الحكومية الرسمي الحكومي المحلي الوطنية الوطني مقامی سرکاری""".split())

# Arabic-script role words; the name follows them ("الرئيس دونالد ترامب", "سردار قاسم سلیمانی").
TITLES_ARABIC = frozenset("""الرئيس الرئيسة رئيس رئيسة الوزير الوزيرة وزير وزيرة المتحدث
    المتحدثة متحدث الناطق القائد قائد الجنرال الفريق اللواء العميد العقيد الشيخ الإمام
    الأمير الملك المرشد آية الدكتور السيد السيدة المسؤول محافظ حاكم النائب السفير
    المدير مدير نائب زعيم الزعيم المبعوث المستشار المديرة مديرة الناشط الناشطة ناشط ناشطة
    المتحدثة الناطقة رئيسة المسؤولة الأمين الأمينة العضو عضو المحامي المحامية الباحث الباحثة
    سردار سرلشکر سرتیپ سرهنگ آیت‌الله حجت‌الاسلام وزیر سخنگوی سخنگو رئیس فرمانده رهبر
    استاندار شهردار فرماندار بخشدار دهدار دادستان سفیر مدیر دکتر شهید سرکار نماینده معاون دبیر آقای خانم سرپرست
    وزیراعظم وزیر اعظم صدر ترجمان کرنل جنرل میجر کیپٹن ڈاکٹر سفیر گورنر ڈائریکٹر چیئرمین
    سربراہ مسٹر مولانا سردار اعلیٰ اعلی
    منسق منسقة المنسق المنسقة نقيب النقيب مفوض المفوض الخبير خبير الأستاذ أستاذ المهندس
    المدرب مدرب محامي محامية وكيل وكيلة""".split())
# (the last line: Arabic role nouns of occupation, coordinators, union heads, commissioners,
# experts, professors, engineers, coaches, so that "منسق الوقفة، سامر الخطيب،" names Samer;
# an undersecretary, 'وكيل وزارة الزراعة بالفيوم، X،', is a role as a director is)
# Words between a role and a name that belong to the role: "المتحدث باسم الحشد الشعبي".
ROLE_LINKS = frozenset("""باسم لـ ل باسمه کے کی کل ارشد""".split())
FIRST_NAMES_ARABIC = frozenset("""محمد أحمد علي حسن حسين قاسم عادل كريم جواد حميد مهدي أبو
    عبد عبدالله عمر خالد سعيد يوسف إبراهيم مصطفى محمود جمال طارق فؤاد هادي نوري مقتدى
    إسماعيل دونالد جو مايك جون بيتر ديفيد مايكل دانيال ماريا آنا إيمانويل أنطونيو فلاديمير بشار رجب نبيه سعد ميشال نجيب
    محمد علی حسن حسین قاسم جواد حمید مهدی ابو عبد اسماعیل ابراهیم مصطفی محمود حسن سید
    روح‌الله ابراهیم مسعود عباس جعفر رضا فرید مهدی امیر
    عمران نواز شہباز آصف بلاول مریم عارف پرویز ادریس
    هيثم فاروق سامي سمير ناصر وليد رامي زياد هشام عماد نبيل إلياس أنور كمال صلاح عصام مروان
    ماجد باسم فيصل سلمان حمزة أيمن أسامة نادر شريف رياض رشيد توفيق يحيى موسى عيسى سليم غسان
    وائل منير لطفي الطاهر الحبيب المنصف ليلى سلمى فاطمة عائشة مريم زينب نور هدى سارة رانيا منى
    هالة أمل سعاد نادية دينا ريم لينا رشا سهى خديجة أسماء سميرة نجلاء هند
    احمد اسد ندیم فرحان عمر علی خالد طارق فیصل زاہد شاہد ساجد راشد حامد جاوید نوید سلیم
    شیریں فرزانہ نادیہ عائشہ فاطمہ ثنا حنا صبا رضوان عثمان بلال حمزہ
    زهرا سارا فاطمه زینب نرگس لیلا مینا الهام شیرین پروین نسرین سمیرا مهسا نازنین آزاده
    فرزانه سیما ندا معصومه طاهره اعظم محسن بهرام کاوه داریوش سعید مجید وحید بابک پیمان
    کامران فرهاد مرتضی مجتبی منصور یاسر حمیدرضا شہزاد اسلم اکرم شاہد نعیم وسیم غلام""".split())
# Persian compound first names are written as one word: "محمدحسن", "علیرضا", "امیرحسین".
FIRST_NAMES_ARABIC = FIRST_NAMES_ARABIC | frozenset(
    a + b for a, tails in (("محمد", "حسن حسین رضا علی مهدی جواد باقر صادق تقی کاظم امین هادی اسماعیل"),
                           ("علی", "رضا اکبر اصغر"), ("امیر", "حسین علی رضا محمد"),
                           ("غلام", "رضا حسین علی رسول عباس مصطفیٰ مصطفی محمد"))
    for b in tails.split())
ORG_WORDS_ARABIC = ("وزارة", "حزب", "جيش", "هيئة", "منظمة", "جمعية", "وكالة", "مجلس", "الحرس",
                    "فيلق", "حركة", "الشرطة", "الأمم", "مكتب", "شركة", "جامعة", "لجنة", "اتحاد",
                    "وزارت", "سازمان", "سپاه", "ارتش", "شورای", "مجلس", "خبرگزاری", "جمعیت",
                    "دانشگاه", "شرکت", "نیروی", "تنظیم", "جماعت",
                    "بینک", "بانک", "المصرف", "البنك", "قوات", "برنامج", "مفوضية", "صندوق",
                    "مرکز", "مركز", "ستاد", "استانداری", "فرمانداری", "شهرداری",
                    "سفارة", "السفارة", "قنصلية", "بعثة", "سفارت", "سفارتخانه", "سفارتخانہ")
# Bodies named by one word ("the police", "the government"): ORG without a complement.
ORG_SINGLE_ARABIC = frozenset("""الحكومة الشرطة الجيش البرلمان پلیس پولیس دولت ارتش حکومت فوج
    فضائیہ پارلیمنٹ آتش‌نشانی شهرداری فرمانداری استانداری دادستانی البلدية
    النيابة""".split())  # (Persian offices in -ی: the fire service, the town hall, the governor's)
# Function and time words of Arabic, Persian and Urdu that end a name.
STOP_ARABIC = frozenset("""في من إلى الى على عن أن إن أنه إنه التي الذي الذين قد كان كانت
    لم لا ما مع بعد قبل خلال أمس اليوم يوم صباح مساء فجر ظهر ليل هذا هذه ذلك تلك كما أيضا
    حتى عند منذ بين حول ضد أمام خلال عقب لدى وسط بأن وأن وإن أو ثم بل غير كل بعض عدة نحو أي وهو وهي هو هي هم
    قوله قولها قولهم قولهما پیش‌بینی کرده هشدار
    قال قالت أعلن أعلنت أكد أكدت أضاف أضافت صرح صرحت ذكر ذكرت أشار أشارت وقال وقالت وأعلن
    وأكد وأضاف وذكرت بحسب وفقا حسب نقلا مؤكدا مضيفا مشيرا الذي الجمعة السبت الأحد الاثنين
    الثلاثاء الأربعاء الخميس
    در به از که را با این آن و برای تا هم نیز اما یا بر پس پیش روز دیروز امروز فردا است
    بود شد کرد گفت گفته اعلام کرد کردند خود وی او ایشان چند یک دو سه هر همه به‌عنوان عنوان
    شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه صبح شب بامداد شامگاه قرار نخواهد
    میں سے کو کا کی کے نے پر اور یا لیکن کہ یہ وہ ہے ہیں تھا تھی تھے گیا گئی کیا کہا بتایا کہتے کہتی کہتا
    مطابق بھی تک ساتھ بعد پہلے آج کل دن جمعے جمعہ ہفتہ اتوار پیر منگل بدھ جمعرات تنها نیز همچنین ولی هنوز""".split())
CONJ_PREFIXES = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "لل")

# Speech cues. Each entry: regex (case-insensitive, matched on word boundaries).
CUES: dict[str, tuple[str, ...]] = {
    "fr": (r"(?:a(?:-t-(?:il|elle))?|avait(?:-(?:il|elle))?)(?: (?:toutefois|aussi|également|encore|ensuite|enfin|"
           r"pourtant|cependant|néanmoins|déjà|notamment|par ailleurs|de son côté|de leur côté|"
           r"pour sa part|pour leur part|quant à (?:lui|elle)|lui aussi|elle aussi|de nouveau)|"
           # an aside between auxiliary and participle: "a, lui, écrit", "a, selon elle, dit"
           r",(?: [^\s,.;:«»]+){1,3},)? (?:décrété|"
           r"ordonné|demandé|exhorté|plaidé|regretté|critiqué|rapporté|déclaré|dit|affirmé|annoncé|ajouté|indiqué|expliqué|"
           r"précisé|estimé|souligné|assuré|confié|raconté|dénoncé|averti|prévenu|reconnu|pointé|"
           r"martelé|jugé|qualifié|appelé|promis|réclamé|salué|rappelé|poursuivi|insisté|fait savoir|"
           r"répondu|démenti|nié|accusé|menacé|lancé|écrit|tweeté|confirmé|admis|conclu|"
           r"fustigé|déploré|évoqué|signalé|relevé|observé|noté|mis en garde|fait valoir|"
           r"répliqué|rétorqué|soutenu|réaffirmé|réitéré|concédé|détaillé|garanti|proposé|"
           r"suggéré|avancé|prédit|commenté|résumé|glissé|lâché|répété|alerté|exigé|reproché|"
           r"recommandé|préconisé|conseillé|réagi|justifié|exprimé|"
           # an estimate of a figure is a claim: "a évalué ses pertes à « ... »", "a chiffré"
           r"évalué|chiffré)",
           r"(?:ont|avaient)(?:,(?: [^\s,.;:«»]+){1,3},)? (?:déclaré|dit|affirmé|annoncé|indiqué|expliqué|estimé|rapporté|raconté|"
           r"dénoncé|assuré|confirmé|précisé|salué|jugé|averti|demandé|réclamé|souligné|"
           r"reconnu|qualifié|critiqué|appelé|exigé|fustigé|déploré|regretté|signalé|noté|"
           r"martelé|réaffirmé|fait valoir|mis en garde|prévenu)",
           r"s['’]est (?:félicitée?|réjouie?|inquiétée?|dite?|déclarée?|montrée?|voulue?|"
           r"défendue?|engagée?|indignée?)",
           r"se (?:dit|disent|félicite|félicitent|réjouit|réjouissent|déclare|montre|veut)",
           r"témoigne|témoignent|a témoigné|ont témoigné|confie|confient|"
           r"a approuvé|ont approuvé",
           r"s['’](?:inquiète|inquiètent|alarme|alarment|indigne|indignent|interroge|"
           r"interrogent)",
           r"(?:déclare|dit|affirme|annonce|rapportent|ajoute|indique|explique|précise|estime|estiment|"
           r"craint|craignent|redoute|redoutent|assurent|préviennent|prévoit|prévoient|"
           r"souligne|assure|juge|dénonce|avertit|rapporte|affirment|déclarent|accuse|"
           r"déplore|regrette|prévient|rappelle|reconnaît|admet|confie|raconte|insiste|"
           r"martèle|réclame|exige|jugent|dénoncent|déplorent|regrettent|soulignent|"
           r"rappellent|expliquent|précisent|indiquent|ajoutent|reconnaissent|réclament|"
           r"exigent|demande|demandent|avait déclaré|avait affirmé|avait annoncé|"
           r"poursuit|enchaîne|renchérit|conclut|répond|rétorque|réplique|tonne|s['’]emporte|"
           r"pense|pensent|croit|croient|soupire|sourit|s['’]agace|s['’]amuse|"
           # the present of a feature's summing-up: "Jean-Luc, docker depuis 31 ans, résume : « ... »"
           r"résume|résument|tranche|tranchent|avoue|avouent|s['’]exclame)",
           # the present with its subject pronoun after it: "poursuit-elle", "ajoute-t-il"
           r"(?:ajoute|explique|précise|poursuit|estime|souligne|assure|affirme|déclare|dit|"
           r"confie|raconte|reconnaît|insiste|martèle|rappelle|prévient|tranche|lance|glisse|"
           r"lâche|résume|conclut|regrette|déplore|dénonce|note|observe|indique|répond|rétorque|"
           r"réplique|renchérit|enchaîne|sourit|soupire|commente|avoue|admet|juge|promet|"
           r"s['’]agace|s['’]emporte|s['’]amuse|s['’]inquiète)-(?:t-)?(?:il|elle|ils|elles|on)",
           r"(?:a|ont) fait savoir", r"(?:a|ont) fait état",
           # verbs that say only right after the quotation they close ('« ... », lance un
           # grutier'): elsewhere 'lance un plan', 'glisse sur', 'souffle le vent'
           r"(?:(?<=[»\"”],\s)|(?<=[»\"”]\s,\s)|(?<=[»\"”],\u00a0))(?:lance|lancent|glisse|glissent|lâche|"
           r"lâchent|souffle|soufflent|ironise|ironisent|grince|peste|s['’]insurge|s['’]insurgent)(?!\w)",
           r"avai(?:en)?t-(?:il|elle|ils|elles) (?:plaidé|déclaré|dit|affirmé|expliqué|estimé|"
           r"assuré|indiqué|ajouté|souligné|prévenu|averti|lancé|martelé|insisté)",
           r"ajoutant|précisant|soulignant|assurant|estimant|expliquant",
           # the imperfect of a second, simultaneous claim: "tandis que X assurait que ..."
           r"assurait|assuraient|affirmait|affirmaient|estimait|estimaient|indiquait|"
           r"indiquaient|expliquait|soutenait|soutenaient|déclarait|jugeait|faisait valoir"),
    "es": (r"replicó|replicaron|contestó|contestaron|"  # a reply is a verb of saying
           r"aseguraba|aseguraban|afirmaba|afirmaban|sostenía|sostenían|explicaba|"
           r"señalaba|indicaba|insistía|advertía",
           r"(?:dijo|afirmó|(?<!se )declaró|aseguró|anunció|añadió|agregó|explicó|indicó|señaló|"
           r"advirtió|informó|precisó|subrayó|destacó|reconoció|denunció|lamentó|calificó|"
           r"sostuvo|manifestó|respondió|negó|admitió|confirmó|prometió|habló|criticó|"
           r"acusó|amenazó|insistió|apuntó|pidió|escribió|decretó|ordenó|consideró|estimó|alertó|reiteró|"
           r"detalló|recordó|expresó|advirtieron|aseguraron|señalaron|explicaron|indicaron|"
           r"sostuvieron|estimaron|consideraron|consideran|anunciaron|anuncian|publicó|publicaron|calcula|afirma|dice|asegura|explica|advierte|"
           r"sostiene|considera|estima|dijeron|afirmaron|informaron|denunciaron|reveló|"
           r"comentó|aclaró|enfatizó|remarcó|puntualizó|matizó|sentenció|concluyó|agregaron|"
           # a study's finding is its authors' claim: "encontraron en un estudio que ..."
           r"concluyeron|encontraron|encontró|constataron|constató|comprobaron|comprobó|"
           r"añadieron|destacaron|subrayaron|reconocieron|admitieron|señala|indica|apunta|"
           r"destaca|subraya|reconoce|lamenta|denuncia|critica|exige|reclama|aseguran|"
           r"señalan|indican|sostienen|estiman|opinó|valoró|celebró|alertaron|reportó|"
           r"precisaron|confirmaron|negaron|respondieron|reclamó|exigió|insistieron|aprobó|"
           r"atribuyó|atribuyeron|"
           r"aprobaron)",
           r"ha(?:n)? (?:dicho|afirmado|declarado|asegurado|anunciado|explicado|señalado|indicado|"
           r"advertido|subrayado|reconocido|denunciado|pedido|confirmado|destacado|defendido|"
           r"insistido|criticado|lamentado|recordado|admitido|negado|apuntado|precisado|aclarado|"
           r"añadido|agregado|considerado|estimado|calificado|alertado|reiterado|manifestado|"
           r"expresado|sostenido|respondido|replicado|contestado|comentado|valorado|exigido|"
           r"reclamado|avisado|atribuido|relatado|contado)",
           # verbs of belief report a view as much as verbs of saying
           r"cree|creen|opina|opinan|piensa|piensan",
           # the present plural: "Fuentes sindicales denuncian que ..."
           r"dicen|afirman|explican|advierten|apuntan|destacan|subrayan|reconocen|lamentan|"
           r"denuncian|critican|exigen|reclaman|añaden|agregan|responden|admiten|recuerdan|"
           r"insisten|alertan|piden|precisan|aclaran|calculan|prevén|temen",
           r"añadiendo|asegurando|señalando|explicando|subrayando|contó|relató|resume|resumió|relata|"
           r"contaba|relataba|decía|comentaba|lamentaba|recordaba|situó|situaron|cifró|cifraron|"
           r"recuerda|zanja|zanjó|añade|agrega|responde|admite|concluye|sentencia|remata|"
           r"se quejó|se quejaron|se queja|se quejan|se lamentó|se lamentaron|"
           r"aclara|matiza|comenta|insiste|recalca|replica|contesta|puntualiza|prosigue"),
    "de": (r"gab(?=[^.!?\n]{1,60}\sbekannt\b)|gaben(?=[^.!?\n]{1,60}\sbekannt\b)|"
           # having it conveyed: "ließ über seinen Sprecher ausrichten, ...", "lässt mitteilen"
           r"(?:ließ|ließen|lässt|lassen)(?=[^.!?\n,]{0,80}\s(?:ausrichten|mitteilen|verlauten|wissen)\s*[,:])",
           # a separable verb of answering: "hielt ihm die Fraktionschefin ... entgegen"
           r"hielt(?:en)?(?=[^.!?\n]{1,90}\sentgegen\b)|wies(?:en)?(?=[^.!?\n]{1,90}\szurück\b)",
           r"(?:sagte|sagten|erklärte|erklärten|betonte|warnte|meldete(?!\s+sich)|meldeten(?!\s+sich)|berichtete|"
           r"berichteten|fügte|räumte|kündigte|nannte|sprach|bestätigte|bestritt|forderte|"
           r"entgegnete|entgegneten|konterte|konterten|erwiderte|erwiderten|"
           r"kritisierte|drohte|versicherte|teilte|schrieb|twitterte|erläuterte|hieß|heißt es|"
           r"bezifferte|bezifferten|schätzte|schätzten|"
           r"verkündete|bezeichnete|befürchtet|befürchtete|meinte|behauptete|sagt|erklärt|"
           r"betont|warnt|meldet(?!\s+sich)|berichtet|kritisiert|fordert|rechnet|rechnete|erwartet|"
           r"erwartete|verlangte|versprach|geht davon aus|ging davon aus|warf|warfen|"
           r"beklagte|beklagt|klagte(?!\s+(?:gegen|vor|auf)\s)|klagt(?!\s+(?:gegen|vor|auf)\s)|klagten(?!\s+(?:gegen|vor|auf)\s)|lobte|mahnte|appellierte|rief|riefen|riet|rieten|rät|empfahl|empfahlen|"
           # the stance shown, as French 's'est montrée': "zeigte sich „fassungslos“"
           r"zeigte sich|zeigten sich|zeigt sich|zeigen sich|"
           r"empfiehlt|resümierte|bilanzierte|betonten|warnten|forderten|kritisierten|"
           r"bestätigten|erläuterten|hieß es|gab an|gaben an|gab bekannt|teilten|ergänzte|"
           r"unterstrich|beteuerte|bekräftigte|widersprach|dementierte|äußerte|äußerten|"
           r"schilderte|vermutet|vermutete|glaubt|glaubte|hofft|hoffte|befürchten|warnen|"
           r"fordern|verlangen|verlangt|verlangten|kritisieren|sagen|erklären|betonen|berichten|mitgeteilt|gesagt|"
           r"angekündigt|bestätigt|gewarnt|gefordert|berichtet|bekanntgegeben|bekannt gegeben|"
           r"eingeräumt|erzählte|erzählten|erzählt|ergänzt|fügt|räumt|meint|schildert|"
           r"entgegnet|kontert|erwidert|versichert|findet|finden|reagierte|reagierten|"
           # the verb last in a clause: "wie das Unternehmen mitteilte"
           r"mitteilte|mitteilten|bekanntgab|bekanntgaben|angab|angaben|ankündigte|hinzufügte|"
           r"einräumte|klarstellte|(?:kommt|kam|kommen|kamen)(?: \w+){0,3} zu(?:m| dem) Schluss)",
           # ('so' only after a comma or a quotation: ", so der Sprecher", not "so hoch wie nie")
           r"(?:(?<=[,“\"]\s)so|laut|nach (?:(?:seinen|ihren) )?Angaben|zufolge|nach Hochrechnungen|nach Schätzungen|"
           r"nach Informationen|nach Erkenntnissen|nach Einschätzung|nach Ansicht|"
           r"nach Auffassung)"),
    "it": (r"parla di|parlano di|(?<=ha )parlato di|"
           # a characterisation in quoted words: 'i giudici definiscono la posizione «...»'
           r"definisce|definiscono|ha definito|hanno definito|"  # 'parla di «una decisione inaccettabile»'
           r"assicurava|assicuravano|affermava|affermavano|sosteneva|sostenevano|"
           r"spiegava|spiegavano|diceva|dicevano|avvertiva|avvertivano",
           # (the hearsay conditional too: 'avrebbe detto ai compagni')
           r"(?:ha|avrebbe) (?:(?:poi|anche|inoltre|quindi|infine|già|invece|però|pure|subito) )?"
           r"(?:detto|dichiarato|affermato|annunciato|aggiunto|spiegato|sottolineato|"
           r"assicurato|raccontato|precisato|riferito|denunciato|ammesso|confermato|"
           r"avvertito|espresso|definito|ribadito|chiesto|promesso|negato|lasciato intendere|"
           r"reso noto|parlato|scritto|osservato|stimato|ricordato|garantito|annunciato|"
           r"approvato|commentato|"
           r"ammonito|evidenziato|rimarcato|commentato|replicato|risposto|insistito|rivelato|"
           r"confidato|criticato|attaccato|accusato|lamentato|auspicato|segnalato|scandito|"
           r"fatto notare|fatto sapere|concluso|invitato|esortato)",
           r"(?:hanno|avrebbero) (?:(?:poi|anche|inoltre|quindi|infine|già|invece|però|pure|subito) )?"
           r"(?:detto|dichiarato|affermato|annunciato|riferito|raccontato|denunciato|"
           r"ammesso|confermato|accolto|precisato|spiegato|sottolineato|assicurato|chiesto|"
           r"avvertito|reso noto|fatto sapere|criticato|evidenziato|segnalato|replicato|"
           r"lamentato|ricordato)",
           r"(?:dice|afferma|dichiara|spiega|sostiene|sostengono|sottolinea|avverte|stima|"
           r"stimano|ritiene|ritengono|teme|temono|prevede|prevedono|fa sapere|fanno sapere|"
           r"ha ordinato|ha decretato|"
           r"riferisce|secondo|conferma|annuncia|denuncia|chiede|ricorda|assicura|precisa|"
           r"aggiunge|osserva|ammette|racconta|riferiscono|spiegano|affermano|dicono|"
           r"dichiarano|avvertono|sottolineano|chiedono|denunciano|confermano|annunciano|"
           r"conclude|replica|risponde|prosegue|incalza|rincara|crede|credono|pensa|pensano|"
           r"confida|confidano)",
           r"aggiungendo|sottolineando|spiegando|precisando|ha fatto sapere|hanno fatto sapere|"
           r"ha scritto|ha comunicato|hanno comunicato",
           # verbs that say only right after the quotation they close ('«...», protesta un
           # tifoso'): elsewhere 'la protesta dei tifosi', 'attacca il manifesto'
           r"(?:(?<=[»\"”],\s)|(?<=[»\"”]\s,\s))(?:protesta|protestano|sbotta|sbottano|attacca|"
           r"attaccano|tuona|tuonano|ironizza|ironizzano|si sfoga|si sfogano|sospira|commenta|"
           r"commentano|lamenta|lamentano|rilancia|taglia corto)(?!\w)"),
    "tr": (r"(?:diye\s+(?:[a-zçğıöşü]+\s+)?[a-zçğıöşü]+(?:d[ıiuü]|t[ıiuü])(?:lar)?(?!\w)|"
           # a post or a reaction named as the object of its verb: '"..." paylaşımını yaptı'
           r"(?:paylaşımını|mesajını|mesajı|notunu|yorumunu|tepkisini|"
           r"tweetini|gönderisini)\s+(?:yaptı|paylaştı|verdi|gösterdi|düştü|attı|yayımladı)|"
           r"diyor|diyorlar|paylaşımında bulundu|paylaştı|yanıt verdi|karşılık verdi|cevap verdi|dedi|açıkladı|söyledi|ileri sürdü|öne sürdü|belirtti|bildirdi|bildirildi|açıklandı|duyuruldu|ifade etti|duyurdu|kaydetti|"
           r"vurguladı|iddia etti|uyardı|diye konuştu|aktardı|istedi|dile getirdi|"
           r"ifadelerini kullandı|ifadesini kullandı|şeklinde konuştu|hesapladı|tahmin etti|"
           r"öngördü|sözlerini kullandı|savundu|nitelendirdi|uyarısında bulundu|"
           r"uyarıda bulundu|öne sürdü|hatırlattı|bilgisini verdi|"
           r"açıklamasında|göre|diledi|belirttiler|söylediler|açıkladılar|dediler|"
           r"ifade ettiler|bildirdiler|vurguladılar|uyardılar|kaydettiler|duyurdular|"
           r"aktardılar|anlattı|değerlendirdi|yorumladı|ekledi|sözlerine ekledi|"
           r"çağrısında bulundu|çağrı yaptı|talep etti|eleştirdi|yalanladı|doğruladı|"
           r"teyit etti|bilgi verdi|haber verdi|yazdı|belirtildi|ifade edildi|kaydedildi|denildi|"
           r"hatırlatıldı|vurgulandı|aktarıldı|"  # the passives of 'hatırlattı', 'vurguladı', 'aktardı'
           r"çağırdı|çağırdılar|belirterek|vurgulayarak|ifade ederek|söyleyerek|kaydederek|"
           r"hatırlatarak|teşekkür etti|teşekkür ettiler|"
           # admitting and denying: '"..." olduğunu kabul etti'
           r"kabul etti|kabul ettiler|itiraf etti|reddetti|reddettiler|"
           # a speech noun with a light verb: '"..." değerlendirmesinde bulundu' (made the
           # assessment), '"..." ifadelerine yer verildi' (the words were given room)
           r"(?:değerlendirmesinde|değerlendirmede|yorumunda|yorumda|eleştirisinde|talebinde|"
           r"açıklamada) bulundu(?:lar)?|ifadelerine yer ver(?:il)?di|ifadesine yer ver(?:il)?di)",),
    "el": (r"(?:(?:έκανε|έκαναν|κάνει|κάνουν) λόγο,(?: [^\s,.;:«»]+){1,6}, για|έκανε λόγο για|έκαναν λόγο για|κάνει λόγο για|κάνουν λόγο για|χαιρέτισε|χαιρέτησε|χαιρέτισαν|χαιρέτησαν|κάνοντας λόγο για|προτείνουν|προτείνει|πρότεινε|πρότειναν|δήλωσε|είπε|ανακοίνωσε|τόνισε|πρόσθεσε|υπογράμμισε|ανέφερε|δήλωσαν|είπαν|"
           r"ανέφεραν|ανακοίνωσαν|εξήγησε|προειδοποίησε|υποστήριξε|επεσήμανε|διευκρίνισε|"
           r"παραδέχθηκε|αρνήθηκε|σημείωσε|μετέδωσε|έγραψε|σύμφωνα με|εκτίμησε|κάλεσε|"
           r"ζήτησε|υποσχέθηκε|επισήμανε|ξεκαθάρισε|όπως είπε|όπως δήλωσε|όπως ανέφερε|"
           r"κατήγγειλε|κατήγγειλαν|εξήγησαν|υποστήριξαν|τόνισαν|προειδοποίησαν|επεσήμαναν|"
           r"εκτιμά|εκτιμούν|δηλώνει|λέει|λένε|αναφέρει|αναφέρουν|τονίζει|σημειώνει|εξηγεί|"
           r"υποστηρίζει|προειδοποιεί|επισημαίνει|ισχυρίζεται|ισχυρίστηκε|απάντησε|"
           r"διαβεβαίωσε|επιβεβαίωσε|διέψευσε|γνωστοποίησε|ενημέρωσε|αποκάλυψε|περιέγραψε|"
           r"επανέλαβε|κατέληξε|υπενθύμισε|σχολίασε|κατηγόρησε|κατηγόρησαν|κατηγορεί|"
           r"προσθέτοντας|τονίζοντας|σημειώνοντας|χαρακτήρισε|λέγοντας|μεταδίδει|"
           # the gerunds of asking and warning before quoted words: "χαιρέτισε ..., ζητώντας
           # ωστόσο «...»" (a demand in the writer's words, 'ζητώντας μείωση ...', reports none)
           r"(?:ζητώντας|προειδοποιώντας|επισημαίνοντας|υπογραμμίζοντας|καλώντας)(?=[^.!;«»\n]{0,60}«)|"
           r"συμπληρώνει|συμπλήρωσε|προσθέτει|απαντά|καταλήγει|διευκρινίζει|υπογραμμίζει|"
           r"παραδέχεται|επιμένει|"
           # the present plural: "Περιβαλλοντικές οργανώσεις ... προειδοποιούν ότι"
           r"προειδοποιούν|τονίζουν|σημειώνουν|υποστηρίζουν|δηλώνουν|εξηγούν|επισημαίνουν|"
           r"καταγγέλλουν|ζητούν|υπογραμμίζουν|ισχυρίζονται|απαντούν)",),
    "ar": (r"(?:و|ف)?(?:قال|قالت|أعلن|أعلنت|صرح|صرّح|صرحت|أكد|أكّد|أكدت|أضاف|أضافت|ذكر|"
           r"ذكرت|تعهد|تعهدت|أوضح|أوضحت|أشار(?:ت)?(?:\s+إلى)?|أفاد|انتقد|انتقدت|معتبرا|معتبرة|معتبرين|أفادت|نقل|نقلت|اعتبر|اعتبرت|وصف|وصفت|زعم|"
           r"زعمت|حذر|حذّر|حذرت|نفى|نفت|أدان|أدانت|تابع|تابعت|يقول|تقول|يرى|مضيفا|مضيفاً|"
           # participles agree with the subject; after a comma they are circumstantial ('...،
           # مؤكدة أنها', "stressing that"); without one 'مؤكدة' is the adjective "confirmed"
           r"(?<=[،,]\s)(?:مضيفة|مؤكدة|مضيفين|مشيرين|موضحين|مشددين|منوهة|منوها|محذرة|محذرا)|"
           r"مشيرا|مشيراً|مشيرة|مؤكدا|مؤكداً|مؤكدين|أكدوا|قالوا|أعلنوا|ذكروا|أوضحوا|"
           r"أشاروا|رأى|رأت|لفت|لفتت|شدد|شددت|بين|بيّن|بينت|كشف|كشفت|أبلغ|أبلغت|طالب|"
           r"طالبت|دعا|دعت|ناشد|ناشدت|رجح|رجحت|توقع|توقعت|اتهم|اتهمت|ندد|نددت|استنكر|"
           r"استنكرت|أقر|أقرت|اعترف|اعترفت|لافتا|لافتة|موضحا|موضحة|مشددا|مشددة|قائلا|قائلة|"
           r"كتب|كتبت|رد|ردت|ردّ|ردّت|غرد|غردت|علق|علّق|علقت|علّقت|(?<!عدم )نشر|(?<!عدم )نشرت|"
           # the present tells features and interviews: "وتضيف الشابة أنها ..."
           r"يضيف|تضيف|يؤكد|تؤكد|يوضح|توضح|يشير|تشير|يعتبر|تعتبر)",
           r"(?:بحسب|حسب|وفقا ل|وفقاً ل|وفق|نقلا عن|نقلاً عن|وبحسب)"),
    "fa": (r"(?:"
           # the present perfect of the light-verb cues, before their past ('وعده داد' would
           # take 'وعده داده است' short and leave a word cut): 'وزارت نیرو وعده داده است ...'
           r"(?:وعده|هشدار|توضیح|خبر|گزارش|پاسخ|قول) داده(?:\u200cاند| است|\u200cاست)|"
           r"(?:اعلام|تأکید|تاکید|ادعا|تصریح|بیان|عنوان|اظهار|اضافه|خاطرنشان|اعتراف|تکذیب|تایید|"
           r"تأیید|توصیف) کرده(?:\u200cاند| است|\u200cاست)|"
           r"پاسخ داد|جواب داد|گفته‌اند|گفته است|گفته‌است|گفته بود|اعلام کرده‌اند|اعلام کرده است|"
           r"تأکید کرده‌اند|تاکید کرده‌اند|هشدار داده‌اند|گفت|گفته|گفتند|اعلام کرد|اعلام کردند|اعلام|افزود|وعده داد|قول داد|تاکید کرد|تأکید کرد|"
           r"اظهار داشت|خواند|خواندند|دانست|نوشت|ادعا کرده‌اند|ادعا کرد|هشدار داد|"
           r"معتقدند|معتقد است|خواستار شد|خواست|خواستند|پیش‌بینی کرده است|پیش‌بینی کرد|"
           r"پیش‌بینی کرده|هشدار داده است|تصریح کرد|بیان کرد|عنوان کرد|اظهار کرد|"
           r"اضافه کرد|یادآور شد|خاطرنشان کرد|توضیح داد|مدعی شد|اعتراف کرد|تکذیب کرد|"
           r"تایید کرد|تأیید کرد|گزارش داد|خبر داد|می‌گوید|می‌گویند|اعلام شد|توصیف کرد|"
           r"توصیف کردند|وعده داده است|وعده داد|وعده دادند|"
           # going on with words (only before a colon, a quotation or 'که': 'به کار خود ادامه
           # داد' goes on with work): 'وی ادامه داد: «...»', as 'a-t-il poursuivi', 'وتابع:'
           r"ادامه داد(?:ند)?(?=\s*:|\s*[«\"]|\s+که\s)|"
           # the words just quoted taken up by 'with this sentence' and a verb of talking:
           # '«...»؛ X، ...، با این جمله از ... حرف می‌زند' (X said them)
           r"با (?:این|همین) (?:جمله|جملات|سخن|سخنان|کلمات|حرف‌ها|عبارت)(?=[^.!?۔\n«»]{0,80}"
           r"(?:حرف|سخن) (?:می\u200cزند|می\u200cزنند|می زند|زد|زدند))|"
           # reading out a message (its author speaks, ml_read_out): 'پیام X را قرائت کرد'
           r"قرائت کرد|قرائت کردند)",
           r"(?:به گزارش|به گفته|به نوشته|بر اساس|طبق|از قول)"),
    "ur": (r"(?:(?:مؤقف|موقف) اختیار کیا(?! گیا)(?: ہے| تھا)?|کہتے ہیں|کہتی ہیں|کہتا ہے|کہتی ہے|"
           # (a stated position, a filing's; the present of a feature: 'غلام رسول کہتے ہیں')
           r"پڑھ کر سنایا|پڑھ کر سنائی|"  # (a message read out: its author speaks, ml_read_out)
           r"یقین دلایا|یقین دہانی کرائی|نے کہا|نے بتایا|کہا|بتایا|بتائی|کہی|نے خبردار کیا|خبردار کیا|نے اعلان کیا|اعلان کیا|نے دعویٰ کیا|نے تصدیق کی|"
           r"تصدیق کی|نے تردید کی|تردید کی|نے الزام لگایا|کا کہنا ہے|کا کہنا تھا|کا مزید کہنا تھا|"
           r"کا مزید کہنا ہے|اعلان کر دیا|"
           r"نے لکھا|لکھا|حکم (?:بھی )?دیا|اپیل کی|نے اپیل کی|مطالبہ کیا|زور دیا|پیش گوئی کی|پیشگوئی کی|مشورہ دیا|"
           r"نے واضح کیا|واضح کیا|نے تسلیم کیا|تسلیم کیا|نے انکشاف کیا|انکشاف کیا|دعویٰ کیا|"
           r"نے یقین دلایا|یقین دہانی کرائی|نے اعتراف کیا|الزام عائد کیا|"
           # the passive with its auxiliary: 'بیان میں کہا گیا ہے کہ'
           r"(?:بتایا|کہا) گیا (?:ہے|تھا)|بتایا گیا|کہا گیا|"
           r"قرار دیا|قرار دے دیا|نے جواب دیا|جواب دیا|یہ کہنا تھا|یہ کہنا ہے|نے رپورٹ کیا|"
           r"رپورٹ کیا)",
           r"(?:کے مطابق|کی رپورٹ کے مطابق|بقول)"),
}
# Cues that name a source right after them ("selon X", "laut X", "بحسب X").
# Verbs of answering a question put: briefings and press conferences report speech with them.
_ANSWER = {
    "de": r"antwortete|antworteten|antwortet",
    "tr": r"yanıtladı|cevapladı",
    "el": r"απαντούν",
    "ar": r"(?:و|ف)?(?:أجاب|أجابت)",
    # a shout, an opening line, a judge's remarks, a petition's stated position
    "ur": r"ریمارکس دیے|ریمارکس دیئے|مؤقف اختیار کیا گیا ہے|موقف اختیار کیا گیا ہے",
    # a document's words, its issuer named beside it ('si legge nel documento, firmato dal ...')
    "it": r"si legge|si leggeva|ha esordito|esordisce|ha gridato|grida",
    "es": r"contesta|se lee|puede leerse|gritó|exclamó|clamó",
    "fr": r"répond|peut-on lire|on peut lire",
}
# Verbs of describing what one saw, as cues only after the quotation they close ('«...»,
# περιγράφει η κάτοικος'); before a colon their subject is the colon's ('Une vendeuse décrit
# la scène : «...»').
_DESCRIBE = r"(?<=[»”\"“],\s)(?:" + "|".join("""décrit raconte describe relata descrive racconta
    beschreibt schildert anlatıyor περιγράφει διηγείται αφηγείται cuenta erzählt narra confie confida""".split()) + ")"
# ('cuenta', 'narra' and 'confie' are nouns or other verbs elsewhere: 'la cuenta', 'se confie à')
# A verb of saying in the infinitive after one that limits or stresses it: 'se limitó a decir',
# 'a tenu à rappeler', 'ha voluto ribadire'.
_SAY_INF = {
    "es": r"(?:se limitó|se limitaron|quiso|quisieron|se apresuró|se apresuraron) a? ?(?:decir|señalar|"
          r"afirmar|asegurar|explicar|recordar|insistir|subrayar|aclarar|dejar claro)",
    "it": r"(?:ha voluto|hanno voluto|ha tenuto a|hanno tenuto a|si è limitat[oa] a|si sono limitati a) "
          r"(?:dire|precisare|sottolineare|ribadire|ricordare|spiegare|chiarire)",
    "fr": r"(?:s['’]est content[ée]e? de|s['’]est born[ée]e? à|a tenu à|ont tenu à|a voulu|ont voulu) "
          r"(?:dire|rappeler|préciser|souligner|affirmer|expliquer|insister)",
}
CUES = {k: v + ((_ANSWER[k],) if k in _ANSWER else ()) + ((_SAY_INF[k],) if k in _SAY_INF else ())
        + (_DESCRIBE,) for k, v in CUES.items()}

ACCORDING = {
    "fr": r"selon|d'après|à en croire|a-t-on appris(?: \w+)? (?:auprès d[eu]|auprès des|auprès d'|de source)|"
    r"apprend-on (?:auprès d[eu]|auprès des|auprès d')", "es": r"según|de acuerdo con|a decir de|a juicio de", "de": r"laut|nach (?:(?:seinen|ihren) )?Angaben|zufolge|nach Hochrechnungen|nach Schätzungen|"
    r"nach Informationen|nach Erkenntnissen|nach Einschätzung|nach Ansicht|nach Auffassung|"
    r"hieß es (?:aus|im|beim|vom|von)(?: de[mnrs])?",
    "it": r"secondo quanto (?:riferisce|riferito da|riporta|riportato da|scrive|scritto da|"
    r"appreso da|reso noto da|comunicato da|annunciato da)|secondo|stando a|si apprende da", "tr": r"göre", "el": r"σύμφωνα με|κατά", "ar":
    r"بحسب|حسب|وفقا ل|وفقاً ل|نقلا عن|نقلاً عن|وبحسب|وحسب|ووفقا ل", "fa": r"به گزارش|به گفته|به نوشته|بر اساس|از قول|طبق اعلام|بنا بر اعلام|بنابر اعلام|"
    r"براساس اعلام|به اعلام",
    "ur": r"کے مطابق|بقول",
}
ACCORDING["el"] = r"σύμφωνα με"
# "Pour le procureur, Julien Marchetti, cette version « ... »": 'for' a role set off by a comma
# is 'in the view of' that role (a beneficiary, 'une lettre pour le maire.', has no comma)
_VIEW_ROLES = (r"procureure?|ministre|maire|présidente?|préfète?|directeur|directrice|avocate?|"
               r"porte-parole|juge|secrétaire|économiste|expert|experte|fiscal|fiscala|ministra?|"
               r"alcaldesa?|president[ae]|director[a]?|abogad[oa]|portavoz|juez|jueza|procuratore|"
               r"procuratrice|sindac[oa]|president[ea]|direttore|direttrice|avvocat[oa]|portavoce|giudice")
_VIEW_OF = {"fr": r"[Pp]our(?=\s+(?:le|la|l['’])\s*(?:%s)\b[^,.;«»\n]{0,60},)",
            "es": r"[Pp]ara(?=\s+(?:el|la)\s+(?:%s)\b[^,.;«»\n]{0,60},)",
            "it": r"[Pp]er(?=\s+(?:il|la|l['’])\s*(?:%s)\b[^,.;«»\n]{0,60},)"}
for _k, _v in _VIEW_OF.items():
    ACCORDING[_k] += "|" + _v % _VIEW_ROLES
# Complementisers opening an indirect quote.
# (Italian reports its speaker's own act with 'di' and a past infinitive: 'ha detto di aver
# chiesto un incontro', 'ha spiegato di essere stato informato'.)
THAT = {"fr": r"qu'|que", "es": r"que", "de": r"dass|daß",
        "it": r"che|di(?= (?:aver|avere|essere|esser|non aver|non essere|averlo|averla)\b)", "tr": r"ki",
        "el": r"ότι|πως", "ar": r"(?:أن|إن|بأن)(?:ه|ها|هم|هما|هن|نا|ني)?", "fa": r"که", "ur": r"کہ"}
# Pronouns that, as the subject of a cue, point back to the last speaker.
PRONOUNS = frozenset("""il elle ils elles lui él ella ellos ellas er sie lui lei loro o αυτός
    αυτή او وی ایشان هو هي وہ انہوں انھوں ان""".split())
# Channels through which words reach the outlet ("in a statement on its website", "state TV").
CHANNELS = {
    "website": r"site(?: officiel| internet| web)?|sitio web|página web|Website|Webseite|"
               r"Internetseite|sito(?: web| ufficiale)?|internet sitesi|ιστοσελίδα|موقع|سایت|"
               r"ویب سائٹ",
    "state TV": r"télévision d'État|télévision publique|televisión estatal|televisión pública|"
                r"Staatsfernsehen|staatlichen Fernsehen|televisione di Stato|"
                r"televisione statale|devlet televizyonu\w*|κρατική τηλεόραση|"
                r"التلفزيون الرسمي|التلفزيون الإيراني|التلفزيون الحكومي|تلویزیون دولتی|"
                r"للتلفزيون الرسمي|للتلفزيون الإيراني|للتلفزيون الحكومي|"
                # a province's centre, its name perhaps with a compass adjective ('مرکز
                # آذربایجان شرقی', 'مرکز خراسان رضوی')
                r"(?:صداوسیما|صدا و سیما)(?:ی(?: مرکز [^\s.،]+(?: (?:شرقی|غربی|شمالی|جنوبی|رضوی))?)?)?|"
                r"سرکاری ٹی وی",
    "TV channel": r"ٹی وی چینل|چینل|chaîne de télévision|canal de televisión|canal de TV|"
                  r"Fernsehsender|canale televisivo|canale tv|televizyon kanalı|"
                  r"τηλεοπτικό σταθμό|τηλεοπτικό κανάλι|قناة تلفزيونية|شبکه تلویزیونی",
    "social media": r"Twitter|X|Facebook|Telegram|Instagram|TikTok|YouTube|Bluesky|WhatsApp|"
                    r"LinkedIn|Threads|Mastodon|Truth Social|"
                    r"sui social|nei social|sui social network|"
                    r"réseaux sociaux|redes sociales|sosyal medya|"
                    r"sozialen Medien|social media|وسائل التواصل",
}
STATEMENT_WORDS = (r"communiqué|comunicado|Erklärung|Mitteilung|comunicato|nota|açıklama|"
                   r"décret|decreto|Verordnung|απόφαση|karar|قرار|مرسوم|بخشنامه|rapport|"
                   r"rapporto|informe|Bericht|έκθεση|rapor|تقرير|"
                   r"ανακοίνωση|بيان|بیانیه|پیام|بیان")


def cue_regex(language: str) -> re.Pattern[str]:
    """One alternation of the cue phrases of ``language``, longest first."""
    parts = CUES.get(language, ())
    body = "|".join(f"(?:{p})" for p in parts) or r"(?!x)x"
    # a zero-width non-joiner binds Persian words ("گفت‌وگو" is no "گفت")
    return re.compile(rf"(?<![\w\u200c-])(?:{body})(?![\w\u200c-])", re.IGNORECASE)


# Masculine articles and role words in the accusative or genitive: the name after them is
# inflected ("τον υπουργό Κωνσταντίνο Μαυρίδη" names Κωνσταντίνος Μαυρίδης).
_EL_MASC_OBLIQUE = re.compile(r"(?:(?<!\w)τον|υπουργό|πρόεδρο|δήμαρχο|πρωθυπουργό|εκπρόσωπο|"
                              r"διευθυντή|βουλευτή|αρχηγό|υφυπουργό)\s+(?:[^\s,.]+\s+)?$")
_EL_MASC_ENDINGS = (("ου", "ος"), ("ού", "ός"), ("ο", "ος"), ("ό", "ός"), ("η", "ης"),
                    ("ή", "ής"), ("α", "ας"), ("ά", "άς"))
# German adjectives in the dative or genitive before a feminine head: "der Deutschen Presse-
# Agentur" is the Deutsche Presse-Agentur, "der Neuen Zürcher Zeitung" the Neue Zürcher Zeitung.
_DE_OBLIQUE = re.compile(r"\b(?:der|dem|des|den)\s+[„«\"“]?\s?$", re.I)
_DE_MASCULINE = ("rundfunk", "funk", "sender", "kurier", "anzeiger", "spiegel", "merkur", "bote",
                 "beobachter", "verband", "rat", "dienst", "bund")
_DE_NEUTER = ("fernsehen", "blatt", "amt", "institut", "ministerium", "werk", "zentrum")
_DE_FEMININE = ("agentur", "zeitung", "post", "presse", "bahn", "bank", "kammer", "partei",
                "union", "kommission", "ung", "heit", "keit", "schaft", "ion", "rundschau", "welle")


def nominative(text: str, name: str, typ: str, start: int, lang: str) -> str:
    """The name in the nominative when its only full form stands in an oblique case."""
    before = text[max(0, start - 30):start]
    words_ = name.split()
    articles = re.findall(r"(?<!\w)(?:τον|την|της|του|η|ο)(?!\w)", before)
    feminine = bool(articles) and articles[-1] in ("την", "της", "η")  # "την υπουργό Μαρίνα ..."
    if lang == "el" and typ == "PERSON" and _EL_MASC_OBLIQUE.search(before) and len(words_) >= 2 \
            and not feminine:
        out = []
        for w in words_:
            for old, new in _EL_MASC_ENDINGS:
                if w.endswith(old) and len(w) > 3:
                    w = w[:-len(old)] + new
                    break
            out.append(w)
        return " ".join(out)
    if lang == "el" and typ == "ORG" and re.search(r"(?:του|της)\s+$", before):
        return greek_nominative(name)  # "απόφαση του υπουργείου X": το υπουργείο X
    if lang == "de" and typ == "ORG" and len(words_) >= 2 and _DE_OBLIQUE.search(before) \
            and words_[0].endswith("en") and words_[0][:1].isupper():
        head = words_[-1].lower()
        ending = "" if head.endswith(_DE_FEMININE) else "r" if head.endswith(_DE_MASCULINE) \
            else "s" if head.endswith(_DE_NEUTER) and not _DE_OBLIQUE.search(before).group() \
            .lower().startswith("den") else None
        if ending is None:
            return name
        return " ".join(w[:-1] + ending if w.endswith("en") and w[:1].isupper()
                        and k < len(words_) - 1 else w for k, w in enumerate(words_))
    return name



# Greek bodies named in the genitive ("του υπουργείου", "της Γραμματείας"): the nominative.
_EL_GENITIVE_ORG = (("είου", "είο"), ("ούτου", "ούτο"), ("ισμού", "ισμός"), ("είας", "εία"),
                    ("ίας", "ία"), ("ωσης", "ωση"), ("ησης", "ηση"), ("ής", "ή"))


def greek_nominative(name: str) -> str:
    """'υπουργείου Κλιματικής Κρίσης' -> 'υπουργείο Κλιματικής Κρίσης': the head only."""
    head, _, rest = name.partition(" ")
    for old, new in _EL_GENITIVE_ORG:
        if head.endswith(old) and len(head) > len(old) + 2:
            return (head[:-len(old)] + new + (" " + rest if rest else ""))
    return name


# Words opening a place's name ("Puerto Montt", "Sankt Gallen"); ml_entities folds them.
PLACE_PREFIX_WORDS = """port puerto porto hafen mont monte san santa
    sant saint sainte sankt lac lago río rio cap cabo île isla isola""".split()

# A ministry's name, and the portfolios listed after it: ", A, B y C", closed by 'and'.
MINISTRY_WORD = re.compile(r"(?i)ministerio|minist[eè]re|ministero|ministerium|consejer[ií]a|"
                           r"conseller[ií]a|departamento|secretar[ií]a|assessorato|υπουργείο")
PORTFOLIO_LIST = re.compile(r"(?:, [A-ZÀ-ÝΑ-Ω][\w-]*(?: [A-ZÀ-ÝΑ-Ω][\w-]*)?)*,? "
                            r"(?:y|e|et|und|and|και|ve) [A-ZÀ-ÝΑ-Ω][\w-]*(?: [A-ZÀ-ÝΑ-Ω][\w-]*)?"
                            r"(?![\w-]| [A-ZÀ-ÝΑ-Ω])")

# Heads of a body's name that a person's name never starts with (ml_entities).
ORG_HEAD_NAMES = """ministère ministerio ministero ministerium υπουργεί
    bakanlığı commission comisión commissione autorité autoridad autorità banque banco banca
    université universidad università""".split()

# German noun endings: a run of capitalised words ending so is nouns, not a name.
GERMAN_NOUN_ENDS = ("ung", "heit", "keit", "schaft", "tion", "nen", "men", "ern", "chen", "zeit",
                    "tum", "nis", "ler", "ten")

# Nouns for a place before its name ("la ville de", "provincia di").
PLACE_NOUN_WORDS = """province région ville capitale commune provincia
    región ciudad capital città regione comune provinz stadt hauptstadt region port puerto porto
    hafen ili kenti şehri επαρχία πόλη περιοχή""".split()


__all__ = [
    "PLACE_PREFIX_WORDS", "MINISTRY_WORD", "PORTFOLIO_LIST", "ORG_HEAD_NAMES", "GERMAN_NOUN_ENDS",
    "PLACE_NOUN_WORDS",
    "LATIN_CASED", "ARABIC_SCRIPT", "FUNCTION_WORDS", "ALL_FUNCTION_WORDS", "NAME_PARTICLES",
    "TITLES", "ALL_TITLES", "TITLE_SUFFIXES", "ORG_STEMS", "ORG_SUFFIXES_DE", "COMMON_CAPS",
    "PLACES_LATIN", "PLACES_MULTI_LATIN", "PLACES_GREEK", "PLACES_ARABIC", "PLACES_PERSIAN",
    "PLACES_URDU", "PLACES_MULTI_ARABIC", "AGENCIES", "AGENCY_KEYS", "FA_PLACE_BEFORE", "MULTI_AGENCIES",
    "AS_OPENERS", "AS_ADVERBIAL", "FA_ROLE_BODIES", "FA_ROLE_WORDS",
    "AGENCY_WORDS", "AGENCY_WORDS_ARABIC", "TITLES_ARABIC", "ROLE_LINKS", "FIRST_NAMES_ARABIC",
    "ORG_WORDS_ARABIC", "ORG_SINGLE_ARABIC", "STOP_ARABIC", "CONJ_PREFIXES", "CUES", "ACCORDING",
    "THAT", "PRONOUNS", "CHANNELS", "STATEMENT_WORDS", "fold", "cue_regex", "nominative",
    "greek_nominative", "ORG_HEAD_WORDS", "ORG_CLASS", "TRADE_NOUNS",
]


# --- quote-finding patterns shared with ml_quotes ---
DE_PARTICIPLE = re.compile(r"mitgeteilt|gesagt|angekündigt|bestätigt|gewarnt|gefordert|"
                           r"bekannt ?gegeben|eingeräumt")
DE_PERFECT_AUX = re.compile(r"(?<!\w)(?:hat|haben|hatte|hatten)(?!\w)")

# Attitude verbs in the infinitive after a speech verb and its hearer ("a confié au Courrier
# de l'Ouest redouter ...", "aseguró a Efe temer ..."): the infinitive's clause was said.
INFINITIVE_AFTER = re.compile(
    r"(?:\s+(?:à|au|aux|a|al)\s+[^,.;«»\"“”]{1,50}?)?\s+(?P<v>(?:ne (?:pas|plus) |n['’]|no )?"
    r"(?:craindre|redouter|vouloir|espérer|souhaiter|regretter|compter|ignorer|s['’]attendre|"
    r"être|avoir|pouvoir|devoir|temer|esperar|querer|desconocer|ignorar|lamentar|tener)(?![\w-]))")

# Demands whose object is what is asked for ("réclame la démission du maire").
DEMAND = re.compile(r"(?:(?:a|ont) )?(?:demandé|réclamé|exigé)|demande|demandent|réclame|"
                    r"réclament|exige|exigent|(?:ha|hanno) chiesto|chiede|chiedono|pidió|"
                    r"pidieron|pide|piden|reclamó|exigió|reclama|"
                    # a criticism or a complaint names what it is about in its object
                    r"(?:(?:a|ont) )?(?:critiqué|dénoncé|déploré)|criticó|criticaron|denunció|"
                    r"denunciaron|lamentó|(?:ha|hanno) (?:criticato|denunciato|lamentato)", re.I)
DEMAND_OBJECT = re.compile(r"\s+(?:l['’]|le |la |les |un |une |des |du |el |los |las |il |lo |"
                           r"gli |una |uno )(?=\w)")
# A French cue word after a determiner is a noun: "la demande", "l'annonce", "une déclaration".
FR_DETERMINER_BEFORE = re.compile(r"(?:(?<![\w-])(?:la|une|cette|sa|leur|les|des|ses|leurs)\s+|"
                                  r"(?<![\w-])[lL]['’])$")
