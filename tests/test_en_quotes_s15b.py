"""Session 15 late round (issue 3), English quote attribution: general fixes found on the -e3
batch of quotes_gold_late.jsonl, each tested on sentences written for this file."""
from __future__ import annotations

from test_quotes_s10 import pipe, quote  # noqa: F401  (the shared fixture and helper)


def test_a_title_serving_a_named_body_before_the_name(pipe):
    # mentions._portfolio_office / _inner_titles: 'Chairman of the [X Commission Name]', the
    # tagger's one ORG run holds the body and the name; the name starts after the body word
    text = ("Chairman of the National Ports Authority Tendai Moyo told reporters that the "
            "berths would reopen \"within a week\". \"The cranes are safe,\" Moyo said.")
    assert quote(pipe, text, "within a week")[0] == "Tendai Moyo"
    assert quote(pipe, text, "cranes are safe")[0] == "Tendai Moyo"
    text = ("Director of the State Fire Service K.Batbold said the blaze had started \"in the "
            "boiler room\".")
    assert quote(pipe, text, "boiler room")[0] == "K.Batbold"
