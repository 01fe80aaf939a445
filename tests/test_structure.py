"""Structure detection: headline, standfirst, caption, dateline, byline and body paragraphs over
layouts that differ in order, spacing and presence of each part."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.analyze.structure import (caption_strength, dateline_end, detect_blocks,
                                         headline, is_byline, is_date_line, paragraph_spans)


def layout(text: str) -> list[tuple[str, str]]:
    """(kind, text) of every block; also checks that each block's span is its text."""
    out = []
    for b in detect_blocks(text):
        piece = text[b.start:b.end]
        assert piece and piece == piece.strip()
        out.append((b.kind, piece))
    return out


def kinds(text: str) -> list[str]:
    return [k for k, _ in layout(text)]


def test_seed_layout(seed_path):
    text = seed_path.read_text(encoding="utf-8")
    blocks = layout(text)
    assert [k for k, _ in blocks[:4]] == ["headline", "standfirst", "caption", "paragraph"]
    assert blocks[0][1].startswith("Killing of Iran's Soleimani")
    assert blocks[1][1].startswith("'The cowardly and craven assassination")
    assert blocks[2][1].startswith("Iranian women gather to mourn")
    assert blocks[2][1].endswith("February 09, 2020.")
    assert all(k == "paragraph" for k, _ in blocks[3:]) and len(blocks) == 10
    assert headline(text) == blocks[0][1]


WIRE = """Floods cut off mountain villages in northern Afghanistan

By SAMIRA HOTAK and DAVID ELLERY, Associated Press

KABUL, Afghanistan (AP) — Flash floods swept through three mountain valleys overnight, cutting off at least a dozen villages, a provincial spokesman said on Friday.

Rescue teams were trying to reach the area on foot because the only road had been washed away, he said.

(Reporting by Samira Hotak; Editing by Mark Dunne)
"""


def test_wire_layout_with_byline_dateline_and_credits():
    blocks = layout(WIRE)
    assert [k for k, _ in blocks] == ["headline", "byline", "dateline", "paragraph",
                                      "paragraph", "byline"]
    assert blocks[2][1] == "KABUL, Afghanistan (AP) —"
    assert blocks[3][1].startswith("Flash floods swept")


NO_HEADLINE = ("The regional parliament voted on Wednesday to close the coal-fired power station "
               "at Velm by 2030, two years earlier than planned, after a debate that lasted "
               "late into the night.\n"
               "Opposition members said the plan left the town's 900 workers without a future.\n"
               "The government promised a retraining fund, but gave no figure.\n")


def test_single_newlines_and_no_headline():
    assert kinds(NO_HEADLINE) == ["paragraph"] * 3


WRAPPED = """Council to plant 10,000 trees along the ring road

The city council approved a plan on Monday to plant ten thousand trees
along the ring road over the next five years, a project its backers say
will cut noise and summer heat in the neighbourhoods beside it.

Work will start in the autumn with the stretch between the river and the
railway station, where residents have complained longest about traffic
fumes, the council's environment committee said in a statement.

Critics on the council said the money would be better spent on buses
and cycle lanes, and that young trees would take a decade to make any
difference to the air.
"""


def test_hard_wrapped_lines_join_into_paragraphs():
    blocks = layout(WRAPPED)
    assert [k for k, _ in blocks] == ["headline", "paragraph", "paragraph", "paragraph"]
    assert blocks[1][1].startswith("The city council approved")
    assert blocks[1][1].endswith("in the neighbourhoods beside it.")
    assert len(paragraph_spans(WRAPPED)) == 4


CAPTION_FIRST = """A firefighter sprays water on a burning warehouse in the port of Ravena on Sunday. (Photo: Lena Brandt/Reuters)
Warehouse fire forces evacuation of port district
Hundreds of residents were moved out of the port district of Ravena on Sunday as a fire spread through a row of grain warehouses, the city's fire service said.
Smoke could be seen from the motorway 20 kilometres away.
"""


def test_caption_before_headline():
    assert kinds(CAPTION_FIRST) == ["caption", "headline", "paragraph", "paragraph"]


DATED = """Shipyard wins order for four ferries
Published: 14 March 2023 10:32 GMT
By Anna Kowalska
GDANSK, March 14 (Reuters) - The Baltic shipyard has won an order to build four electric ferries for a Norwegian operator, the company said on Tuesday, securing work for its 1,200 staff until 2027.
The contract is worth about 400 million euros, according to people familiar with the deal.
"""


def test_date_line_byline_and_reuters_dateline():
    blocks = layout(DATED)
    assert [k for k, _ in blocks] == ["headline", "dateline", "byline", "dateline",
                                      "paragraph", "paragraph"]
    assert blocks[3][1] == "GDANSK, March 14 (Reuters) -"


STANDFIRST = """Ministers split over plan to sell state airline

The finance ministry wants a buyer by the summer, but the transport minister says the airline is worth more kept in public hands

The government's plan to sell its 51% stake in the national airline has opened a rift in the cabinet, with two ministers publicly contradicting each other on Wednesday.

"We will not sell the family silver to balance one year's books," the transport minister told reporters.
"""


def test_unpunctuated_standfirst():
    assert kinds(STANDFIRST) == ["headline", "standfirst", "paragraph", "paragraph"]


LEAD_NOT_STANDFIRST = """Rail strike called off after late deal

Train drivers called off Thursday's strike after a late-night deal on pay, their union said.

The agreement still has to be approved by members in a ballot next month, and the union's leader said she would recommend it.
"""


def test_short_lead_stays_a_paragraph():
    assert kinds(LEAD_NOT_STANDFIRST) == ["headline", "paragraph", "paragraph"]


def test_sentences_that_look_like_cues_are_body():
    text = ("Bridge repairs finish early\n\n"
            "By Tuesday, the river had dropped far enough for crews to remove the last of the "
            "temporary supports, the highways agency said.\n\n"
            "BREAKING: a second crossing is expected to reopen by the weekend, officials said.\n\n"
            "The agency thanked residents for their patience during the works.\n")
    assert kinds(text) == ["headline", "paragraph", "paragraph", "paragraph"]


def test_one_paragraph_and_empty_text():
    assert kinds("Just one short line") == ["paragraph"]
    assert detect_blocks("") == ()
    assert detect_blocks(" \n\n\t ") == ()


def test_whitespace_is_trimmed_from_blocks():
    text = "   Headline of a story here  \n\n\t  The first paragraph of the body, much longer " \
           "than the headline above it, ends here.   \n\n  Another paragraph follows it.  \n"
    blocks = layout(text)
    assert blocks[0] == ("headline", "Headline of a story here")
    assert blocks[1][1].endswith("ends here.")


def test_cue_helpers():
    assert is_byline("By Jane Doe")
    assert is_byline("BY JANE DOE | REUTERS")
    assert is_byline("By Maria José da Silva and Tom O'Brien, Staff Writers")
    assert not is_byline("By Monday the water had gone.")
    assert not is_byline("By the time police arrived, the crowd had gone home and the square "
                         "was empty. Officers said no arrests were made.")
    assert is_date_line("Updated 9:15 AM ET, Fri March 3, 2023")
    assert is_date_line("2023-03-03")
    assert not is_date_line("March was the wettest month")
    assert dateline_end("BAGHDAD (AP) — Iraqi forces said") == len("BAGHDAD (AP) —")
    assert dateline_end("NEW YORK — The city") == len("NEW YORK —")
    assert dateline_end("Kabul, Afghanistan (CNN) — Talks") == len("Kabul, Afghanistan (CNN) —")
    assert dateline_end("EXCLUSIVE — The minister") == 0
    assert dateline_end("The minister (right) — smiling") == 0
    assert caption_strength("Rescuers search the rubble in Antakya. REUTERS/Umit Bektas") == 2
    assert caption_strength("The mayor opens the new market hall, Feb. 3, 2024.") == 1
    assert caption_strength("The mayor said the hall would open on Feb. 3, 2024.") == 0


_alphabet = st.sampled_from(list("ab Z.\n\n\t\"'—-(),:") + ["By ", "CITY (AP) — ", "Photo: X",
                                                          ", May 1, 2020."])


@settings(max_examples=150, deadline=None)
@given(st.lists(_alphabet, max_size=60).map("".join))
def test_blocks_are_ordered_disjoint_trimmed_spans(text):
    last_end = 0
    for b in detect_blocks(text):
        assert last_end <= b.start < b.end <= len(text)
        piece = text[b.start:b.end]
        assert piece == piece.strip() and piece
        last_end = b.end


def test_seed_rearranged(seed_path):
    """The same article with parts dropped, moved or packed with single newlines."""
    paras = seed_path.read_text(encoding="utf-8").split("\n\n")
    head, pull, caption, body = paras[0], paras[1], paras[2], paras[3:]
    assert kinds("\n".join(paras))[:4] == ["headline", "standfirst", "caption", "paragraph"]
    assert kinds("\n\n".join([pull, caption] + body))[:3] == ["standfirst", "caption",
                                                               "paragraph"]
    assert kinds("\n\n".join([head, caption] + body))[:3] == ["headline", "caption",
                                                               "paragraph"]
    moved = kinds("\n\n".join([head, pull, body[0], caption] + body[1:]))
    assert moved[:4] == ["headline", "standfirst", "paragraph", "caption"]
    assert kinds("\n\n".join(body)) == ["paragraph"] * len(body)


def test_datelines_across_scripts_and_styles():
    cases = {
        "Paris, 13 février (Reuters) - Le gouvernement a annoncé": "Paris, 13 février (Reuters) -",
        "МОСКВА, 13 фев — Президент заявил": "МОСКВА, 13 фев —",
        "بغداد (رويترز) - قال مسؤولون": "بغداد (رويترز) -",
        "كرمان — لقي 32 شخصاً على الأقل حتفهم": "كرمان —",
        "سانت أورسو — أعلنت جمعية الصليب الأحمر": "سانت أورسو —",
        "PORTSMOUTH, N.H. — He may be an underdog": "PORTSMOUTH, N.H. —",
        "HEMPSTEAD, N.Y., Sept. 26 (UPI) — Police": "HEMPSTEAD, N.Y., Sept. 26 (UPI) —",
        "NEW DELHI (PTI): The court said": "NEW DELHI (PTI):",
    }
    for para, dateline in cases.items():
        assert para[:dateline_end(para)] == dateline
    for not_dateline in ("TAPPER: Do you think so?", "Obama (D) — A senator", "UPDATE: x",
                         "Smith (R-Tex.) — The senator", "Then — after a pause — he left",
                         "قال المتحدث باسم الوزارة — في بيان"):
        assert dateline_end(not_dateline) == 0


def test_credit_lines_are_captions():
    text = ("Storm floods coastal towns\n\nImage caption, Waves broke over the sea wall at "
            "Tresk on Sunday\n\nIMAGE SOURCE, AFP via Getty Images\n\nThe storm flooded "
            "hundreds of homes along the coast overnight, the coastguard said on Monday.\n\n"
            "More rain is forecast for the week.\n")
    assert kinds(text) == ["headline", "caption", "caption", "paragraph", "paragraph"]


def test_indented_typewriter_paragraphs():
    text = ("Village hall saved by volunteers\n\n"
            "    Volunteers have raised enough money to repair the roof of the village hall at\n"
            "Ashby, which had been closed since a storm damaged it last winter, the parish\n"
            "council said on Friday.\n"
            "    The hall will reopen in the spring with a dance, organisers said, and a new\n"
            "kitchen paid for by the county council's community fund this autumn is planned.\n")
    blocks = layout(text)
    assert [k for k, _ in blocks] == ["headline", "paragraph", "paragraph"]
    assert blocks[1][1].endswith("council said on Friday.")


def test_wrapped_paragraphs_without_blank_lines_end_at_short_lines():
    text = ("The port authority said on Tuesday that the new container terminal would open\n"
            "in March, a year later than planned, because of delays in delivering cranes\n"
            "from the manufacturer.\n"
            "Shipping lines had been told to expect the change, a spokeswoman said, and\n"
            "none had cancelled their bookings for the coming season so far this year.\n")
    spans = paragraph_spans(text)
    assert [text[s:e].split()[0] for s, e in spans] == ["The", "Shipping"]
    assert kinds(text) == ["paragraph", "paragraph"]


def test_top_matter_without_by_and_agency_only_dateline():
    text = ("Ministers split over plan to sell state airline\n\n"
            "The finance ministry wants a buyer by the summer, but the transport minister "
            "disagrees\n\n"
            "Anna Kowalska in Warsaw\n\n"
            "Last Modified: Wed, 15 Mar 2023 10:32:00 GMT\n\n"
            "(Reuters) - The government's plan to sell its stake in the national airline has "
            "opened a rift in the cabinet, two ministers said on Wednesday.\n\n"
            "Fighting in Gaza was not discussed, officials said.\n")
    assert kinds(text) == ["headline", "standfirst", "byline", "dateline", "dateline",
                           "paragraph", "paragraph"]
    assert layout(text)[4][1] == "(Reuters) -"


PORTAL = """Iran vows revenge as mourners fill Tehran streets
Hundreds of thousands turned out for the funeral procession, chanting against the United States.
By Times Staff
13 February 2020, 3:45 pm
Mourners carry posters of the slain commander in Tehran, Iran, February 13, 2020. (AP Photo/Vahid Salemi)
Hundreds of thousands of mourners filled the streets of Tehran on Thursday as the coffin passed through the city centre, state television reported.
The crowd chanted slogans against the United States and Israel, and officials repeated calls for revenge.
"""

BRACKETS = """Parliament votes to expel foreign troops

The non-binding resolution was passed after a session boycotted by two blocs.

Lawmakers attend an emergency session of parliament in the capital [Stringer/Reuters]

Parliament has passed a resolution calling for the expulsion of foreign troops from the country, two days after a drone strike in the capital.

The vote is not binding on the government, but the caretaker prime minister had asked for it.

The sanctions were lifted in March, officials said. [Reuters]
"""

CREDIT_BELOW = """A woman holds a portrait during a rally in the capital on Friday.
Photo: Lena Brandt / AFP
Crowds rally in the capital after the general's death
Crowds gathered in the city centre after Friday prayers to denounce the killing, chanting slogans and burning flags.
The rally was broadcast live on state television.
"""


def test_portal_layouts():
    assert kinds(PORTAL) == ["headline", "standfirst", "byline", "dateline", "caption",
                             "paragraph", "paragraph"]
    assert kinds(BRACKETS) == ["headline", "standfirst", "caption", "paragraph", "paragraph",
                               "paragraph"]
    assert kinds(CREDIT_BELOW) == ["caption", "caption", "headline", "paragraph", "paragraph"]
    text = "(CNN) — The minister said Tuesday that talks would resume.\n\nMore follows.\n"
    assert layout(text)[:2] == [("dateline", "(CNN) —"),
                                ("paragraph", "The minister said Tuesday that talks would resume.")]


def test_short_dated_lead_is_not_a_headline():
    text = ("Police arrested three men on Saturday.\n\nThe men, aged 19 to 24, were held after "
            "a raid on a flat in the city centre, a police spokesman said, adding that cash "
            "was seized.\n")
    assert kinds(text) == ["paragraph", "paragraph"]
    text = text.replace("Police arrested three men on Saturday.", "Police arrest three men.")
    assert kinds(text) == ["headline", "paragraph"]
