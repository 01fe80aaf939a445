"""Language identification over the common news languages, and code normalisation."""
from __future__ import annotations

import pytest

from newsprism.read import detect_language
from newsprism.read.langid import NEWS_LANGUAGES, normalize_language

SAMPLES = {
    "en": "The mayor said on Thursday that the old bridge would reopen next week.",
    "fr": "Le maire a déclaré jeudi que le vieux pont rouvrirait la semaine prochaine.",
    "de": "Der Bürgermeister sagte am Donnerstag, die alte Brücke werde nächste Woche wieder geöffnet.",
    "es": "El alcalde dijo el jueves que el viejo puente volvería a abrir la próxima semana.",
    "it": "Il sindaco ha detto giovedì che il vecchio ponte riaprirà la prossima settimana.",
    "pt": "O prefeito disse na quinta-feira que a velha ponte será reaberta na próxima semana.",
    "nl": "De burgemeester zei donderdag dat de oude brug volgende week weer opengaat.",
    "tr": "Belediye başkanı perşembe günü eski köprünün gelecek hafta yeniden açılacağını söyledi.",
    "ru": "Мэр заявил в четверг, что старый мост снова откроется на следующей неделе.",
    "uk": "Мер заявив у четвер, що старий міст знову відкриють наступного тижня.",
    "ar": "قال رئيس البلدية يوم الخميس إن الجسر القديم سيعاد فتحه الأسبوع المقبل.",
    "fa": "شهردار روز پنجشنبه گفت که پل قدیمی هفته آینده دوباره باز خواهد شد.",
    "he": "ראש העיר אמר ביום חמישי כי הגשר הישן ייפתח מחדש בשבוע הבא.",
    "zh": "市长周四表示，这座旧桥将于下周重新开放。",
    "ja": "市長は木曜日、古い橋が来週再開すると述べた。",
    "ko": "시장은 목요일 오래된 다리가 다음 주에 다시 개통될 것이라고 말했다.",
    "el": "Ο δήμαρχος δήλωσε την Πέμπτη ότι η παλιά γέφυρα θα ανοίξει ξανά την επόμενη εβδομάδα.",
    "hi": "महापौर ने गुरुवार को कहा कि पुराना पुल अगले सप्ताह फिर से खुलेगा।",
}


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_detects_news_languages(code):
    assert code in NEWS_LANGUAGES
    assert detect_language(SAMPLES[code]) == code


def test_too_little_text_is_unknown():
    assert detect_language("") is None
    assert detect_language("12 34 -- !!") is None
    assert detect_language(None) is None


def test_long_text_is_sampled_not_read_whole():
    text = SAMPLES["fr"] + " " + " ".join([SAMPLES["fr"]] * 5000)
    assert detect_language(text) == "fr"


@pytest.mark.parametrize("given,code", [
    ("en-US", "en"), ("EN_gb", "en"), ("fre", "fr"), ("deu", "de"), ("English", "en"),
    ("iw", "he"), ("zh-Hant-TW", "zh"), ("", None), (None, None), ("??", None), (12, None),
])
def test_normalize(given, code):
    assert normalize_language(given) == code
