"""Scores event typing, actors, targets and factuality on tests/data/events_gold.jsonl, a set of
news-style sentences written for this project; run directly to print the figures.

Sets: gold (default), --heldout, --fresh, --final, and --blind (events_blind.jsonl, written
before the rules it scores; --blind-dev = its odd lines, --blind-final = its even lines),
--probe (events_probe.jsonl, sentences written to find gaps and then fixed against);
--wire (events_wire.jsonl: long wire-copy sentences with datelines, reported speech, passives
and title-case headlines; --wire-dev = odd lines, --wire-final = even lines, scored once);
--wire2 (events_wire2.jsonl: written in session 4 before its fixes, in other writers' habits:
nominalisations, quotes that carry the event, appositions, lists of actors, several-agency
datelines; --wire2-dev = odd lines, --wire2-final = even lines, scored once at the end);
--wire3 (events_wire3.jsonl: written in session 5 before its fixes: regional and non-Western
outlets in translation, long attributions, event nouns in headlines, 'amid' clauses, several
actors, conditionals, 8 rows with no event and 6 off-topic rows; scored whole once, then
--wire3-dev = odd lines tuned on, --wire3-final = even lines scored once at the end);
--wire4 (events_wire4.jsonl: written in session 6 before its fixes: South/Southeast Asian,
African, Latin American and Eastern European copy in translation, long noun phrases as actors,
targets inside prepositional phrases, coordinated parties, passives with distant 'by' agents,
event nouns as subjects, speech reported inside reported speech, 9 rows with no event and 7
off-topic rows; scored whole once, then --wire4-dev = odd lines tuned on, --wire4-final = even
lines scored once at the end);
--wire5 (events_wire5.jsonl: written in session 6 before its fixes: Pacific, Central Asian,
Gulf and Caribbean copy, live-blog timestamps, 'Per X' and 'In a letter seen by' openings,
'will provide X with Y', title-case 'Voice Support For' headlines, opening participial clauses;
10 rows with no event, 5 of them off-topic copy using a PLOVER word in another sense and 5
political copy with no event: schedules, polls, biography, statistics; scored whole once:
first look type 0.800, all three 0.700, no-event 6/10, trigger recall 0.950; then one row's
gold was corrected, a ground-staff strike in airline copy, which the project's older sets count
as PROTEST, leaving 9 rows with no event);
--wire6 (events_wire6.jsonl: written in session 7 before its fixes: councils, unions, courts
and police in regional politics, firms against states, Pacific, Central Asian, Balkan and
Andean copy in translation, headlines, two-clause sentences, events told by nominalisation
('the expulsion of', "Tuesday's walkout"), quotes; all 16 types, 10 rows with no event (5
off-topic copy using a PLOVER word in another sense, 5 political copy with no event); scored
whole once: first look type 0.833, all three 0.700, actor 0.956, target 0.821, no-event 7/10,
trigger recall 0.900; then --wire6-dev = odd lines tuned on (0.800 / 0.600 -> 1.000 / 1.000),
--wire6-final = even lines scored once at the end of session 7: type 0.900, all three 0.900,
actor 1.000, target 1.000, factuality 1.000, no-event 3/5, trigger recall 0.960 (that half's
share of the first look: 0.867 / 0.800, no-event 2/5));
--wire7 (events_wire7.jsonl: 30 rows written in session 7 after wire6's dev fixes and before
its own: African and Middle Eastern copy, 'came under fire from', relative clauses, purpose
clauses, pledges, summons, disqualifications, 5 rows with no event; scored once: first look
type 0.633, all three 0.567, actor 0.941, target 0.800, no-event 4/5, trigger recall 0.680,
factuality 0.882; then tuned on whole);
--wire8 (events_wire8.jsonl: 30 rows written in session 7 after wire7's fixes and before its
own: East Asian and European copy, courts and pardons, maritime incidents, clauses opening
with 'After', water cannon, joint exercises, 5 rows with no event; scored once: first look
type 0.833, all three 0.733, actor 0.909, target 0.895, no-event 4/5, trigger recall 0.880,
factuality 1.000; then tuned on whole);
--wire9 (events_wire9.jsonl: 30 rows written in session 7 after wire8's fixes and before its
own: South Asian and Latin American copy, impeachment, recounts, 'according to' openings,
'the decision by X to', clashes, 5 off-topic rows using a PLOVER word in another sense
('demonstrated the portal', 'the fleet had been charged', 'sanctioned the budget'); scored
once: first look type 0.800, all three 0.800, actor 1.000, target 0.950, no-event 3/5,
trigger recall 0.920, factuality 1.000; then tuned on whole);
--wire10 (events_wire10.jsonl: 30 rows written in session 7 after wire9's fixes and before
its own: North American, European and Australian local and regulatory copy (fines on firms,
lawsuits by states, lockouts, appeals, pardons, court blocks, activists' stunts), 5 rows with
no event; scored once: first look type 0.733, all three 0.633, actor 1.000, target 0.824,
no-event 4/5, trigger recall 0.760, factuality 1.000; then tuned on whole);
--wire11 (events_wire11.jsonl: 25 rows written in session 7 after wire10's fixes and before
its own: 'the two sides', 'both countries', 'It said its forces', 'was met with', events as
objects of 'welcomed' and 'condemned', 5 rows with no event; scored once: first look type
0.840, all three 0.800, actor 0.947, target 1.000, no-event 4/5, trigger recall 0.950,
factuality 0.947; then one row set to the older sets' convention, diplomatic relations
restored as COOPERATE, and tuned on whole);
--wire12 (events_wire12.jsonl: 40 rows written in session 8 before its fixes: economic
coercion (tariffs, export controls, frozen assets), cyber operations, aid pledged and
delivered, ceasefire and hostage talks, activists arrested and sentenced, actors as a country
adjective ('Turkish jets struck') or a body's spokesman, events as subjects ('The strikes on
X killed'), negated and conditional events, all 16 types, 6 rows with no event (3 off-topic
copy using a PLOVER word in another sense, 3 political copy with no event); scored whole once:
first look type 0.925, all three 0.900, actor 1.000, target 0.955, no-event 6/6,
trigger recall 0.941, factuality 1.000; then --wire12-dev = odd lines tuned on,
--wire12-final = even lines scored once at the end of session 8: type 0.900, all three
0.900, actor 1.000, target 1.000, no-event 3/3, trigger recall 0.941 (that half's share of
the first look the same: the dev fixes neither reached nor hurt it));
--wire13 (events_wire13.jsonl: 25 rows written in session 8 after wire12's dev fixes and
before its own: idioms ('threw her weight behind', 'backed down', 'teamed up with'),
demonyms and plural bodies as actors ('Israelis marched', 'The Sahel juntas'), vetoes,
airlifts, demands with 'that' clauses, a body quit by name, events as subjects ('Rocket fire
from X struck', 'New U.S. sanctions on X took effect'), all 16 types, 5 rows with no event;
scored whole once: first look type 0.840, all three 0.840, actor 1.000, target 1.000, no-event 5/5,
trigger recall 0.850, factuality 1.000; then --wire13-dev = odd lines tuned on,
--wire13-final = even lines);
--wire14 (events_wire14.jsonl: 25 rows written in session 8 after wire13's dev fixes and
before its own: opening time clauses ('Hours after the polls closed'), titles before names
as actors, doers after 'by' in nominals ('the detention of X by military police'), 'moved to
impose', abbreviated bodies (IAEA, ASEAN), amnesties, call-ups, air strikes as subjects, cut
ties, walkouts, initialled treaties, all 16 types, 5 rows with no event; scored whole once:
first look type 0.920, all three 0.920, actor 1.000, target 0.929, no-event 5/5,
trigger recall 1.000, factuality 1.000; then --wire14-dev = odd lines tuned on,
--wire14-final = even lines);
--wire15 (events_wire15.jsonl: 25 rows written in session 8 after wire14's dev fixes and
before its own: '-led' and '-run' actors, lists of states, agentless passives, denials,
'reportedly', long appositions between actor and verb, 'handed over' ground, blacklists,
'break up a rally', 'working together', all 16 types, 5 rows with no event; scored whole
once: first look type 0.920, all three 0.840, actor 1.000, target 0.867, no-event 5/5,
trigger recall 0.900, factuality 0.944 (after it, one row's target set to the project's
reading of a count of members as the group: '14 members of a gang' -> gang); then
--wire15-dev = odd lines tuned on, --wire15-final = even lines);
--wire16 (events_wire16.jsonl: 25 rows written in session 8 after wire15's dev fixes and
before its own: opening participles ('Citing security concerns,', 'Facing a general
strike,'), a retreat told in a quote by 'we', a title-case summons, import bans, raids by
prosecutors, executions, 'stepped up intelligence sharing', all 16 types, 5 rows with no
event; scored whole once: first look type 1.000, all three 0.920, actor 1.000, target
0.867, no-event 5/5, trigger recall 1.000, factuality 0.950; then --wire16-dev = odd lines tuned on,
--wire16-final = even lines);
--wire17 (events_wire17.jsonl: 40 rows written in session 9 before its fixes, in habits away
from the earlier sets: border clashes, prisoner swaps, mediation offers, boycotts and
walkouts, expulsions of diplomats, drills and deployments, apologies, refugee aid, election
violence, sanctions eased; actors as a possessive ('Moscow's decision to expel'), a country
adjective or a body's spokesperson; events as subjects; negated, conditional and future
events; all 16 types, 6 rows with no event (3 off-topic copy using a PLOVER word in another
sense); scored whole once: first look type 0.925, all three 0.925, actor 1.000, target 1.000, no-event 5/6,
trigger recall 0.941, factuality 0.969; then --wire17-dev = odd lines tuned on (0.850 /
0.850 -> 1.000 / 0.950), --wire17-final = even lines scored once at the end of session 9:
type 1.000, all three 1.000, no-event 2/2 (the same with the session's starting code: the
first look's misses were all on the dev half));
--wire18 (events_wire18.jsonl: 30 rows written with wire17, same brief, all 16 types, 5 rows
with no event; held out in session 9: its rows and errors unread until the session's end;
first look type 0.933, all three 0.833, actor 0.917, target 0.933, no-event 4/5, trigger
recall 0.960, factuality 0.958; scored again at the end of session 9 with the end code and
with the starting code: both exactly the first look (the session's fixes neither reached nor
hurt it); its misses then read: a body's spokesman as doer ('A spokesman for the Chinese
embassy'), 'joint patrols' flown by a coordinated pair, 'provided emergency housing to',
a threat's aim inside 'impose ... on Lithuania', a campaign 'shot' on the streets);
--wire19 (events_wire19.jsonl: 40 rows written in session 10 before its fixes: maritime
incidents and ship seizures, arms deliveries, coups and juntas, humanitarian corridors,
tariffs and trade complaints, peace talks hosted by a third country, sanctions on named
people, hostage releases, police crackdowns, vetoes, parliament votes; actors as ministries,
titled leaders, militias, coalitions; all 16 types, 6 rows with no event (3 off-topic copy
using a PLOVER word in another sense); scored whole once, then --wire19-dev = odd lines tuned
on, --wire19-final = even lines scored once at the end); first look type 0.925, all three
0.850, target 0.889, no-event 4/5 (then one row, 'could close its border with Guyana if',
set from THREATEN to SANCTION/hypothetical, the convention below); dev 0.950 / 0.850 ->
1.000 / 0.950; --wire19-final scored once at the end: 0.900 / 0.850, the same as the
starting code (the dev fixes neither reached nor hurt it);
--wire20 (events_wire20.jsonl: 30 rows written with wire19 by the same brief, all 16 types,
5 rows with no event; held out in session 10 outside the repository, its rows and errors
unread until the end: first look type 0.833, all three 0.800, actor 0.955, no-event 3/5,
trigger recall 0.880; end code 0.833 / 0.833, actor 1.000; its misses then read: a ship
'boarded' and 'diverted', 'slapped anti-dumping duties', 'used water cannon against', a
central bank's rate 'meeting', a chess 'attack on the kingside');
--wire21 (events_wire21.jsonl: 30 rows written in session 11 before its fixes: election
disputes and recounts, energy cut-offs, fishing-rights clashes, militia raids across borders,
deportations, arms-control talks, peacekeeper withdrawals, student protests, court rulings,
embassy closures; actors as ministries, titled leaders, militias, coalitions, 'authorities
in X'; all 16 types, 5 rows with no event (2 off-topic copy using a PLOVER word in another
sense); scored whole once: first look type 0.933, all three 0.833, actor 0.917, target
0.933, no-event 4/5, trigger recall 0.960; then --wire21-dev = odd lines tuned on (0.867 /
0.733 -> 0.933 / 0.867), --wire21-final = even lines scored once at the end of session 11:
type 1.000, all three 0.933, target 0.857, no-event 3/3, the same as the starting code (the
dev fixes neither reached nor hurt it));
--wire22 (events_wire22.jsonl: 25 rows written with wire21 by the same brief, all 16 types,
4 rows with no event; held out in session 11 outside the repository, its rows and errors
unread until the end: first look type 0.840, all three 0.800, actor 1.000, target 0.923,
no-event 3/4, trigger recall 0.905; end code type 0.920, all three 0.840, target 0.867,
trigger recall 1.000; its misses then read: a raid verb by irregular fighters typed COERCE,
'the decision by Paris' welcomed (the doer after 'by' not lifted), a runner who 'withdrew
from the marathon', and three rows where the gold, not the code, left the project's
conventions: 'the Taiwanese embassy' closed (owner as target), a protest 'against a bill',
'X and Y signed' (each the other's counterpart));
--wire23 (events_wire23.jsonl: 30 rows written in session 12 before its fixes: water-sharing
disputes, hostage negotiations, naval incidents, trade retaliation, coups, refugee returns,
war-crimes indictments, mercenary raids, ceasefire violations, sports boycotts, journalists
detained; actors as ministries, adjectives ('Turkish warplanes'), titled leaders, coalitions,
'authorities in X', passives with 'by', nominals with a 'by' doer; datelines; denied, alleged,
future and threatened events; all 16 types, 5 rows with no event (2 off-topic copy using a
PLOVER word in another sense); scored whole once, then --wire23-dev = odd lines tuned on,
--wire23-final = even lines scored once at the end); first look type 0.867, all three 0.867,
actor 1.000, target 1.000, no-event 3/5, trigger recall 0.960 (every miss on the odd half);
then one row set to the project's 'X and Y agreed' convention (the second party the target);
dev 0.733 / 0.733 -> 1.000 / 1.000; --wire23-final scored once at the end: 1.000 / 1.000, no-event
1/1, as its share of the first look;
--wire24 (events_wire24.jsonl: 25 rows written with wire23 by the same brief, all 16 types,
4 rows with no event; held out in session 12 outside the repository, its rows and errors
unread until the end: first look type 0.760, all three 0.760, actor 1.000, target 1.000,
no-event 3/4, trigger recall 0.810; end code type 0.800, all three 0.760, target 0.929; its
misses then read: 'slapped a surtax of 100 percent on' (surtax no barrier word), warships
'shadowed' a survey vessel, 'the chef's tasting menu attacks the palate' (a possessive owner
keeps the menu a party's), 'allowed 600 families ... to return' (a permission as concession),
'ordered a standby force of 5,000 troops to prepare' (a readiness order), and two rows where
the gold left the project's conventions: a protest withdrawal's target set to the games left
(the code takes what is protested), 'X and Y signed' with no target);
--wire25 (events_wire25.jsonl: 30 rows written in session 13 before its fixes: fishing rights,
cyber attacks attributed to states, election observers expelled, border closures, arms
deliveries, third-state mediation, prisoner swaps, drone strikes, union strikes, embassy
protests, asset freezes; triggers as light verb + noun ('slapped levies on', 'issued a
warning to', 'struck a deal', 'threw his support behind'), phrasal verbs ('pulled out of',
'cracked down on', 'stood down'), rare verbs ('shelled', 'rebuffed', 'lambasted',
'impounded'); all 16 types, 5 rows with no event (2 off-topic copy using a PLOVER word in
another sense); scored whole once: first look type 0.833, all three 0.833, actor 1.000,
target 1.000, no-event 5/5, trigger recall 0.840; then tuned on whole through general
mechanisms (event_light.py): 1.000 / 1.000);
--wire26 (events_wire26.jsonl: 25 rows written with wire25 by the same brief, 4 rows with no
event; held out in session 13 outside the repository, its rows and errors unread until the
end: first look type 0.880, all three 0.880, actor 1.000, target 1.000, no-event 4/4, trigger
recall 0.905, factuality 0.895; end code exactly the same; its misses then read: an offer
'to host talks' (no event), a road 'blockaded' by separatist fighters typed PROTEST (the road
sense ignores an armed doer), 'gave the green light to the sale of' (the idiom unread), and
two factuality rows ('said it would pull ... out' hypothetical, 'pledged $300 million'
asserted, where the gold has future));
--wire27 (events_wire27.jsonl: 30 rows written in session 14 before its fixes: title-case
headlines ('Police Disperse Farmers' March'), targets as possessives and prepositional objects
('raided the offices of', 'imposed curbs on exports from'), coordinated actors and targets,
events inside relative clauses, 'offered to host talks', 'gave the green light to', road
blockades by armed groups and by protesters, sieges, hostage releases, ceasefire violations,
visa bans, military aid packages, apologies, amnesties; all 16 types, 5 rows with no event (2
off-topic copy using a PLOVER word in another sense); scored whole once: first look type
0.800, all three 0.767, actor 1.000, target 0.941, trigger recall 0.840, no-event 4/5; then
tuned on whole through general mechanisms (event_light.py, event_headlines.py): 1.000 /
1.000);
--wire28 (events_wire28.jsonl: 25 rows written with wire27 by the same brief, 4 rows with no
event; held out in session 14 outside the repository, its rows and errors unread until the
end: first look type 0.800, all three 0.800, actor 1.000, target 1.000, trigger recall 0.857,
no-event 3/4; end code type 0.920, all three 0.920, trigger recall 0.952, no-event 3/4; its
misses then read: 'offered to host a new round of talks' (the talks behind 'a round of'),
'Heavy rain laid siege to the coastal towns' (a weather doer's figurative siege));
--wire29 (events_wire29.jsonl: 30 rows written in session 15 before its fixes: events named
by nouns ('Norway's pledge of $40 million in flood aid', 'ordered the expulsion of'),
infinitives after 'agreed to' / 'threatened to' / 'offered to host the next round of talks',
passives with a 'by' agent, long subjects ('The foreign ministers of the three Baltic
states'), targets after 'on', 'over', 'against', second clauses after 'and', opening time
clauses ('After police fired tear gas at a funeral procession'); all 16 types, 6 rows with no
event (3 off-topic: a team's 'attack', a league's 'sanctions' on its clubs, a 'siege by
snowstorms'; a speech 'an attack on common sense', a parliament's seats, a summit's date);
scored whole once: first look type 0.800, all three 0.800, actor 1.000, target 1.000,
trigger recall 0.875, no-event 3/6; then tuned on whole through general mechanisms
(event_senses.py): 1.000 / 1.000, no-event 6/6; wire28 0.920 -> 1.000);
--wire30 (events_wire30.jsonl: 25 rows written with wire29 by the same brief, 5 rows with no
event; held out in session 15 outside the repository, its rows and errors unread until the
end: first look type 0.800, all three 0.720, actor 0.882, target 1.000, trigger recall 0.850,
no-event 3/5; end code type 0.840, all three 0.760, actor 0.889, trigger recall 0.900,
no-event 3/5; its misses then read: 'offered to send police officers to lead a security
mission' (an offer of forces), 'pelted with eggs by demonstrators' (verb unknown), 'its
forces ... and apologised' (the apology read inside the 'admitted that' clause: actor and
factuality), 'the withdrawal of its contingent' announced by Chad (actor the contingent),
'Artillery fire from the rebel positions' (the fire, not its source), 'Bayern's relentless
attack ... the Dortmund defence' (sport with no score or player word), 'a new report on the
border war' (a report's subject));
--wire31 (events_wire31.jsonl: 30 rows written in session 15, round 2, before its fixes:
phrasal verbs ('handed over', 'threw out', 'called off', 'turned down', 'rounded up'),
prefixed verbs ('re-established', 'reimposed'), forces or gear sent or offered to a state,
passives with a late 'by' agent, event nouns as time anchors ('After the summit in Kigali',
'During the ... minister's visit'); 6 rows with no event, 3 of them a scheduled or background
event noun ('ahead of the summit', 'during the ... visit', 'The report on the war'));
scored whole once: first look type 0.600, all three 0.567, trigger recall 0.750, no-event 1/6;
then tuned on whole through general mechanisms (event_background.py, event_transfer.py,
event_mishaps.py, a split 're-' and a verbless parse in event_context.py): 1.000 / 1.000,
no-event 6/6);
--wire32 (events_wire32.jsonl: 25 rows written with wire31 by the same brief, 5 with no event;
held out outside the repository, its rows and errors unread until the end: first look type
0.520, all three 0.480, trigger recall 0.750, no-event 1/5; end code type 0.680, all three
0.640, trigger recall 0.800, no-event 4/5; its misses then read: 're-opened their embassies'
(the base 'open' has no sense for embassies), state troops handing a base to a rival militia
(read as a transfer of authority), 'knocked the websites offline' and 'unblocked' (verbs
unknown), 'coastal patrol vessels' sent to Estonia (vessels counted as crew: MOBILIZE),
'called off its offensive on' (read as 'call on': REQUEST), 'sacks of rotten grain' dumped
(neither read through nor a protest missile), 'a report on the civil war's effects' (the war
one step below the report's subject), 'After the talks in Jeddah, Sudan's army accused' (the
actor read as the talks));
--wire33 (events_wire33.jsonl: 30 rows written in session 16 before its fixes: phrasal verbs
('broke up', 'took down', 'drove off', 'set free', 'locked up', 'called off', 'rounded up'),
two-object clauses ('handed Ukraine $4.5 billion', 'stripped 94 critics of their citizenship',
'a sit-in by students'), datelines, passives ('were pulled back', 'were locked up'); 8 rows with
no event of varied kinds (a habit: 'is held every February', a general truth: 'Sanctions rarely
change', a phrasal verb in another sense: 'knocked out power', 'called off 200 flights', an
earlier event recalled: 'the 1994 siege', a statistic, an event noun as a time anchor, a
supposition with no doer: 'A blockade of the strait would'); scored whole once: first look
type 0.667, all three 0.633, actor 0.938, target 1.000, trigger recall 0.727, no-event 4/8;
then tuned on whole through general mechanisms (plover_phrasal.py, event_nonews.py,
event_args): 1.000 / 1.000, no-event 8/8);
--wire34 (events_wire34.jsonl: 25 rows written with wire33 by the same brief, 6 with no event;
held out in session 16 outside the repository, its rows and errors unread until the end: first
look type 0.560, all three 0.520, actor 0.933, target 0.833, trigger recall 0.789, no-event 3/6;
end code type 0.800, all three 0.760, actor 0.944, target 0.929, trigger recall 0.947, no-event
5/6; its misses then read: 'broke up a march by ... supporters' (the parser made 'march' an
adverbial, so no object class holds), 'shut down the Colombian consulate' (the lexicon's 'shut
down' COERCE sense is tried before the missions' SANCTION), a dateline parse that made 'chased
away' a modifier of the vessels (no doer), 'sent Kyiv a further batch of Storm Shadow missiles'
('batch of' not read through for crewless gear: MOBILIZE), 'four northern municipalities' left
by police (not a ground word: read as a target), 'set fire to tyres ... to protest' (the
purpose clause does not make the fire a protest), 'in the months after the invasion' (a hostile
act as a time anchor in a statistic, left alone by design); after the general mechanisms of the
session's second events pass (gear sent in 'a batch of' to a state named first, a mission
'shut down' before the bare 'shut down', harm done by civilians 'to protest', 'were called
off' in the passive, an act refused not kept beside its refusal, a gathering the parser made
an adverbial after a particle): type 0.960, all three 0.880, trigger recall 1.000, no-event
5/6; left: the consulate's target (the code takes the mission's owner), 'chased away' under
a dateline misparse, the statistic's 'invasion');
--wire35 (events_wire35.jsonl: 25 rows written in session 16's factuality round before its
fixes, 5 with no event, a factuality mix: reported by agencies and officials, alleged
('reportedly', 'is accused of', 'is said to'), negated ('denied', 'did not', 'refused to
confirm'), hypothetical ('if', 'could'), future ('will', 'plans to', 'is due to'), asserted;
held out outside the repository, its rows and errors unread until the end: first look type
0.920, all three 0.840, actor 0.895, target 0.938, factuality 0.895, trigger recall 0.950,
no-event 5/5; end code exactly the same (the round's fixes neither reached nor hurt it); its
misses then read: 'will suspend ... if it fails to settle' (a condition on the trigger itself
is read as a threat's terms, so 'will' gives future; labelled hypothetical), 'will host talks'
('host' is no light verb, so the talks stay a given: reported, labelled future; and the talks'
parties taken as actor, not the host), 'is said to have expelled the head of the UN children's
agency' ('the head of' not read through to the agency: COERCE, not SANCTION by ruling (4)),
'is accused of ordering the killing of six priests' (no doer reached through 'ordering'),
'Japan gave Tonga two patrol boats' (gear given in a double object: no event));
--wire36 (events_wire36.jsonl: 30 rows written in session 17 before its fixes: nominal events
('the arrest of X by police', 'Tokyo's donation of two vessels to Manila'), light verbs with
event nouns ('staged a series of attacks', 'carried out air strikes', 'mounted a blockade',
'delivered a strongly worded rebuke', 'slapped visa restrictions'), passives with and without
agents, datelines, quotes reporting events, rare verbs ('pummelled', 'airlifted', 'rebuffed',
'reprimanded', 'cordoned off', 'massed'); 6 rows with no event of varied kinds (a striker's
shot, a fire drill, a museum 'stage', a firm's withdrawal of goods, disputes dated to an era,
'since the attacks began' in a statistic); scored whole once: first look type 0.800, all
three 0.733, actor 1.000, target 0.882, factuality 0.950, trigger recall 0.833, no-event 4/6;
then two rows set to the project's conventions ('the village of El Carmen' -> El Carmen, as
'the city of Kharkiv'; 'the expulsion ... was announced' asserted, as wire17's 'decision to
expel ... was announced'), and tuned on whole through general mechanisms (event_derive.py);
--wire37 (events_wire37.jsonl: 25 rows written with wire36 by the same brief, 5 with no event;
held out in session 17 outside the repository, its rows and errors unread until the end:
first look type 0.800, all three 0.760, actor 0.867, target 1.000, factuality 0.882, trigger
recall 0.850, no-event 4/5; end code exactly the same (the round's fixes neither reached nor
hurt it); its misses then read: 'staged a sit-in ... to demand' (no event), 'freed ...
schoolgirls in a raid on a forest camp' (the raid typed COERCE, its doer not reached through
'in a raid'), 'carried out a purge of' (no verb 'purge' to derive from), 'the delivery of flour'
(no -y nominalisation), 'the detention of ... by Malian security services' (the 'by' doer not
lifted), 'Rail strikes are a regular feature of' (a habit told by a predicate noun); and three
rows where the gold left the project's conventions: 'decision to recall ... was announced' and
'was confirmed by the foreign ministry' coded reported (wire17 codes an announced decision
asserted), '"We have suspended ...," the minister said' with no actor (wire16 gives the speaker));
then (session 17, second events pass) those three rows brought to the conventions (reported ->
asserted twice, as wire17's and wire36's announced acts; actor null -> minister) and the six
general misses fixed (a light verb's absorbed protest noun, a soldiers' raid on a held camp
as ASSAULT with the doer of the act it was the means of, 'purge' with people as objects and
its noun by zero derivation, nouns in -ery from their verb, a nominal's 'by' doer that is a
body named by a common noun, a habit told by a predicate noun): type 1.000, all three 1.000;
Rulings on gold conflicts (session 16), by the PLOVER codebook as the project uses it:
(1) a trip 'for a visit' or 'for a summit' is the meeting it is made for: CONSULT, its actor
the traveller, future when the trip is ('The president will travel to Japan next week for the
G7 summit': CONSULT/future, as 'travelled to Beijing for a two-day visit'); a meeting noun used
only to date something else stays none ('ahead of the summit'); (2) the target of a hosted
meeting is the parties who meet, not the meeting noun ('Turkey hosted talks between Russian
and Ukrainian delegations' -> delegations); (3) exercises or drills held jointly by two or more
parties are COOPERATE (the codebook's military cooperation), the first party the actor and the
other the target where both are named; one side's drills or exercises alone stay MOBILIZE
(a show of force). Rows brought to these: events_probe 'travel to Japan ... G7 summit' (none
-> CONSULT/future, actor president), events_gold 'Turkey hosted talks' (target talks ->
delegations), events_opened7 'South Korea and the United States began their annual joint
exercises' (MOBILIZE -> COOPERATE, target United States);
Rulings of the lead (session 16, second events pass), by the same codebook:
(4) expelling or ordering out observers, inspectors, monitors, peacekeepers or aid agencies
(their workers too) is SANCTION, as expelling diplomats is: CAMEO 166 'expel or withdraw'
(1661 peacekeepers, 1662 inspectors and observers, 1663 aid agencies), which PLOVER folds
into SANCTION; rounding up, detaining, deporting or expelling anyone else (journalists, an
imam, migrants, fishing boats) stays COERCE. Counted over every open events file: 1 row
SANCTION (opened13 'expelled 12 election observers', the thirteenth sealed set's writer), 2
COERCE (opened10 'Zimbabwe expelled a team of European election observers', wire25 'The
Nicaraguan government expelled a team of election observers'), both set to SANCTION; the
code reads plover_words.SENT_OUT (DIPLOMATS | OVERSEERS) wherever it read DIPLOMATS for an
expulsion ('expel', 'oust', 'kicked/threw/booted out', 'sent home', 'ordered ... out / to
leave', a deadline to leave, 'the expulsion of').
(5) a road, highway, port, crossing, square or building that protesters or a force block,
blockade or occupy is where the act happens, not the party it is directed at (the codebook's
target; a place is a location unless it stands for its owner or operator): target null,
unless the text names the owner the place stands for ('lifted the blockade on Yemen's main
port' -> Yemen, 'occupied the main building of the University of Chile' -> the university,
'the navy blockaded Ukrainian ports' -> Ukrainian ports)
or the place is a body's seat named as the body ('occupied the labour ministry', the written
seat convention of --opened8); towns and villages besieged, seized or cordoned off stay
targets (inhabited places, as in attacks). Counted before the ruling, rows whose trigger
blocks, blockades or occupies such a place: protesters 19 (place as target 4: gold
'Farmers blocked motorways', probe 'Hundreds of farmers blocked motorways', opened 'Polish
farmers' groups said they could blockade border crossings', wire2 'Thousands of farmers
from Punjab'; null 14: probe 1, opened3 1, opened8 1, opened10 1, opened12 1, opened13 1,
wire5 1, wire6 1, wire9 1, wire10 1, wire11 1, wire27 1, wire28 1, wire33 1; what is
protested 1: wire16 'contract'), forces 5 (place as target 4, all COERCE: opened12 'Rebel
fighters blockaded the highway', wire26 'Separatist fighters blockaded the road', wire27
'Gunmen ... blockaded the highway', wire28 'Armed men ... blockaded the road'; blind 'lifted
the blockade on Yemen's main port' port); the null reading holds 14 of 24. Rows brought to
it: the 8 place targets above -> null, blind 'Yemen's main port' port -> Yemen, wire9
'Chilean students occupied the main building of the University of Chile' null -> University
of Chile; the code drops such places (event_targets.held_places).
(6) police or troops firing tear gas, water cannon, rubber bullets or stun grenades at a crowd
is COERCE (CAMEO 175 'use tactics of violent repression', which PLOVER keeps under COERCE),
not ASSAULT: 14 open rows coded it COERCE, 1 ASSAULT (offtopic 'Riot police fired tear gas at
supporters who stormed the pitch in Buenos Aires'), brought to COERCE (lead, session 16).
Factuality rulings (session 16, round 4), by the README's order (negated > hypothetical >
future > alleged > reported > asserted) and the cues factuality.py reads; counts over every
open events file before the ruling, each row brought to it listed:
(7) an act agreed to ('X and Y agreed to share intelligence') is future, as one planned,
pledged or vowed is (factuality.FUTURE_MAKING), and future outranks reported ('..., officials
said'); the agreement itself ('agreed' as the trigger, AGREE) is asserted or reported. Rows
whose trigger is the act agreed to: future 3, asserted 4, reported 3 (wire4 'agreed to extend
its ban', where the ban is a given noun, stays reported); brought to future: probe 'The two
countries agreed to share', probe 'NATO allies agreed to deploy', wire 'The European Union
agreed on Thursday to impose', wire3 'has agreed to restore', opened4 'Kenya and Uganda
agreed to share', opened5 'Seoul and Tokyo agreed to resume', opened7 'India and Bangladesh
agreed to share'.
(8) 'would' in a clause reported by a past verb of saying ('said it would pull its troops
out') is the reported 'will' (the sequence of tenses): future; with a condition ('if',
'unless', 'once', inverted 'Should the talks fail') or as 'would have' it stays
hypothetical, and 'would not' negated. Unconditioned rows: future 3, hypothetical 1,
brought to future: probe 'The defence minister said more troops would be sent'
(factuality.backshifted).
(9) money or goods pledged ('pledged $300 million in humanitarian aid') is the AID act done
by pledging: asserted, reported when attributed; only an act pledged as a verb ('pledged to
send') is future (7). Rows: asserted 8, reported 4, future 2, brought to asserted: wire26
'South Korea pledged $300 million', opened5 'Japan Pledges $200 Million'.
(10) a report joined to a clause by 'and' ('..., and police said at least eight people were
killed') reports its own clause, not the one before (factuality._after_comma): rows asserted
1 (wire6 'Tuesday's walkout'), reported 1, brought to asserted: opened7 'Supporters of rival
candidates clashed in Kano'.
(11) 'reportedly' is alleged, also beside 'according to' (alleged outranks reported): 1 row,
wire15 'Iran has reportedly supplied Russia', reported -> alleged.
(12) an act the actor announces or says it is doing ('announced it was quitting ECOWAS with
immediate effect', 'said it was recalling its ambassador with immediate effect') is reported,
as any act told by a verb of saying (factuality.SPEECH lists 'announce' and 'declare'):
rows reported 1 (probe 'Algeria said it was recalling'), asserted 1, brought to reported:
wire17 'The Malian junta announced it was quitting'.
Ruling of the lead (session 17, issue 4):
(13) in 'X hosted / brokered / mediated talks between Y and Z' (and 'talks hosted by X'), the
event is CONSULT with the host as actor and the parties as targets (CAMEO's mediation codes
take the mediator as source actor; ruling (2) already makes the parties the target); the
hosting verb is the trigger where it is an event word of its own ('will mediate indirect
talks'), the talks noun folded into it, else the talks noun (event_hosting.host_as_actor).
The parties' own verb stays their event ('met in Almaty for talks hosted by Kazakhstan':
'met', actor the ministers). Rows brought to it: probe 'Egypt Hosts Talks Between Sudan's
Warring Factions' (actor Factions -> Egypt, target null -> Factions), wire11 'Egypt is
hosting a new round of indirect talks between Israel and Hamas' (Israel / Hamas -> Egypt /
Israel), wire19 'Qatar hosted a new round of talks between the Afghan Taliban and U.S.
envoys' (actor Taliban -> Qatar), wire20 'Negotiators ... held a third round of talks in
Doha, hosted by the Qatari foreign ministry' (Negotiators / null -> ministry / Negotiators);
already so: gold 'Turkey hosted talks', opened12 'Oman will mediate', wire35 'Egypt will
host talks'; tests/test_events_wire11.py's 'a host is no party' changed to the ruling.
Ruling of the lead (session 18, issue 4):
(14) an act told in the passive as announced, confirmed or declared by someone ('the
expulsions were announced by the foreign ministry', 'was confirmed by the army') follows (9)
and (12) by what the announcement is: where announcing performs the act itself (a sanction,
ban, recognition or pledge declared by the actor who announces it) the act is asserted (as
pledged money in (9)); where the announcement tells of an act done otherwise (troops
withdrawn, an attack carried out) it is reported, as any act told by a verb of saying (12).
Open rows of that shape (the act, or a decision to do it, the subject of a passive 'announced
/ confirmed / declared'), counted before the ruling: 6, all asserted; performed by announcing,
kept asserted (5): wire17 "Moscow's decision to expel two Moldovan journalists ... was
announced by the foreign ministry" (an expulsion order is made by declaring it), wire29
"Norway's pledge of $40 million ... was announced by its development minister", wire30
"Japan's pledge of emergency food aid ... was confirmed by the foreign ministry", wire36 'The
expulsion of two Dutch diplomats by Moscow was announced', wire37 "Mexico's decision to recall
its ambassador ... was announced by the foreign minister"; done otherwise, brought to
reported (1): wire37 'The detention of a French aid worker by Malian security services was
confirmed by the foreign ministry in Paris' (asserted -> reported). The code reads it in
factuality.told_by_announcement (ANNOUNCING, DECISION_NOUNS, PERFORMED_BY_SAYING); a
performed act announced by a party named otherwise than its doer ('The expulsion of three
diplomats by Moscow was confirmed by Ottawa') is told of, so reported (_other_announcer).
Left as labelled (the code differs): wire7 'Iranian hackers were behind a cyberattack ...,
officials alleged' (alleged; the code keeps an act whose doer is alleged a given, as with
'denied any role in'), opened4 'were detained ..., their lawyers said' (alleged; the code
reads 'said' as reported whoever speaks), wire30
'admitted that its forces had used ... and apologised' (the parser hangs 'apologised' inside
what is admitted).
--all scores every whole set in the repository in turn (totals, then misses; -v adds
argument misses): the before/after record for output-identical changes;
--file PATH scores any file of this shape (the summary alone goes to the lead: per-row lines
come before the JSON, so ``sed -n '/^{/,$p'`` keeps only the totals);
--opened (events_opened.jsonl: the first sealed set, written by another engineer, scored once
in session 3 and opened for tuning in session 4); --opened2 (events_opened2.jsonl: the second
sealed set, scored once in session 4 and opened for tuning in session 5); --opened3
(events_opened3.jsonl: the third, scored once in session 5, then opened); --opened4
(events_opened4.jsonl: the fourth, scored once in session 6 at type 0.90 / all three 0.78, then
opened); --opened5 (events_opened5.jsonl: the fifth, scored once in session 7 at type 0.90 / all
three 0.74, the session's starting code 0.90 / 0.78, then opened); --opened6 (events_opened6.jsonl:
the sixth, scored once in session 8 at type 0.96 / all three 0.88, no-event 6/7, the session's
starting code 0.92 / 0.86, then opened; its general causes fixed in session 9: 1.00 / 0.98,
no-event 7/7); --opened7 (events_opened7.jsonl: the seventh, scored once in session 9 at type
0.88 / all three 0.80, actor 0.974, target 0.903, no-event 6/7, the session's starting code the
same, then opened; its general causes fixed in session 9: 0.96 / 0.94, no-event 6/7);
--opened8 (events_opened8.jsonl: the eighth, written in session 10, scored once at the start
of session 11 at type 0.96 / all three 0.88, no-event 6/7, session 10's starting code the same,
then opened; its general causes fixed in session 11: 1.00 / 0.98, actor 1.000, target 0.972,
no-event 7/7; left as the project's conventions code them: 'travel bans on eleven members of
the Guinean junta' (the group: junta) and 'demonstrated outside the labour ministry' (a
protest at a body's seat aims at the body), where the writer coded members / no target);
--opened10 (events_opened10.jsonl: the tenth, written in session 12 by an engineer who tunes
nothing, 40 rows, 6 with no event; scored once in session 13 with that session's starting code
and again with its events code after the long-tail work (event_light.py): type 0.925, all three
0.85, actor 0.969, target 0.92, trigger recall 0.94, no-event 6/6 both times; then opened;
one general-fix pass in session 13, gold unedited: type 1.000, all three 0.975, actor 1.000,
target 0.963, trigger recall 1.000; left: 'a team of European election observers' coded
team, where the project reads through 'a team of' to observers);
--opened11 (events_opened11.jsonl: the eleventh, written in session 13 by an engineer who tunes
nothing, 40 rows, 6 with no event; scored once in session 14 with that session's starting code and
again with its end events code: type 0.875, all three 0.825, actor 1.000, target 0.88, trigger
recall 0.88, no-event 6/6 both times; then opened; one general-fix pass in session 14: type
1.000, all three 1.000, target 1.000, trigger recall 1.000, no-event 6/6, with one target
brought to the written seat convention (--opened8 above): the vigil 'outside the foreign
ministry' -> ministry);
--opened12 (events_opened12.jsonl: the twelfth, written in session 14 by an engineer who tunes
nothing, 40 rows, 6 with no event; scored once in session 15 with that session's starting code and
again with its end events code: type 0.850, all three 0.825, actor 1.000, target 0.957, trigger
recall 0.853, no-event 5/6 both times; then opened; one general-fix pass in session 15: type
0.975, all three 0.975, target 1.000, trigger recall 0.971, no-event 6/6 (quantifier heads
read through 'of', 'sanctioned the use of' as approval, a warning of the warner's own act
'if', debt cancelled as aid, 'joint' + gerund between states), with one target brought to the
written count-of-members convention (--opened8, --wire15): 'five members of a Russian hacking
group' -> group; left: hackers 'are said to have locked the control systems' (no sense, and
the parse hangs 'Hackers' under 'linked'));
--opened13 (events_opened13.jsonl: the thirteenth, written in session 15 by an engineer who tunes
nothing, 40 rows, 6 with no event; scored once in session 16 with that session's starting code
(3338166) and again with its end events code (f9bccdb): type 0.875, all three 0.850, actor 1.000,
target 0.929, factuality 1.000, trigger recall 0.971, no-event 4/6 both times; then opened;
one general-fix pass in session 16, gold unedited: type 0.975, all three 0.975, target 1.000,
trigger recall 1.000, no-event 6/6 (rounds fired as means, land and ice as nature, armoured
vehicles as a force, peacekeepers sent to a state as aid, a country left as ground, a venue
described by its meetings as no news); left: 'expelled 12 election observers' coded SANCTION,
where two older rows and the code have COERCE (only diplomats' expulsion is written as SANCTION));
--opened14 (events_opened14.jsonl: the fourteenth, written in session 16 by an engineer who
tunes nothing, 40 rows, 6 with no event; scored once in session 17 with that session's starting
code (ee03540): type 0.850, all three 0.825, actor 1.000, target 0.963, factuality 0.966, trigger
recall 0.853, no-event 5/6; and again after its first events round (a87ae0d): type 0.875, all
three 0.850, target 0.964, factuality 0.967, trigger recall 0.882, no-event 5/6; then opened;
one general-fix pass in session 17 (particle 'back' parsed an adverb, plural 'aids', part of a
penalty lifted, parades as shows of force, a protest noun absorbed into 'staged') with three
labels brought to written rulings (listed in tests/test_opened14.py): type 1.000, all three
1.000, target 1.000, factuality 1.000, trigger recall 1.000, no-event 6/6);
--opened15 (events_opened15.jsonl: the fifteenth, written in session 17 by an engineer who
tunes nothing, 40 rows, 6 with no event; scored once in session 18 with that session's starting
code (752353c): type 0.900, all three 0.850, actor 1.000, target 0.923, factuality 1.000, trigger
recall 0.941, no-event 4/6; then opened; one general-fix pass in session 18, gold unedited
(a device's capability, a hostile act attributed to a party, a refusal's addressee, systems
shut down by intruders, a kind of act a law reaches, a march to a seat, terrain as ground;
listed in tests/test_opened15.py): type 1.000, all three 1.000, target 1.000, trigger recall
1.000, no-event 6/6; with it one probe row brought to the written seat convention (--opened8,
--opened11): 'Hundreds of lawyers marched to the supreme court in Osla' target null -> court);
--opened16 (events_opened16.jsonl: the sixteenth, written in session 18 by an engineer who
tunes nothing, 40 rows, 6 with no event; scored once at the end of session 18 with that
session's starting and end code (identical): type 0.875, all three 0.800, actor 0.966, target
0.880, factuality 0.966, trigger recall 0.853, no-event 6/6; opened in session 19
(tests/test_opened16.py); one general-fix pass in session 19 (tests/test_events_s19.py: a 'to'
+ verb split from its verb by an adjunct read as its complement, 'traded accusations' mutual
through the light verb, a relative clause of holding naming captives, a reduced relative
misread as the main verb, bodies of states left by head word, lists and names exchanged as
information, a naval escort of shipping as AID, a visit's 'for talks with X' targeting X), with
one label brought to ruling 14 and the open files' majority ('Lithuania announced a visa ban'
reported -> asserted, as the 4 open 'X announced <sanction>' rows): type 1.000, all three
1.000, actor 1.000, target 1.000, factuality 1.000, trigger recall 1.000, no-event 6/6);
--opened17 (events_opened17.jsonl: the seventeenth, written in session 19 by an engineer who
tunes nothing, 40 rows, 6 with no event; scored once in session 19 with that session's
starting and end code (identical): type 0.875, all three 0.850, actor 0.967, target 0.923,
factuality 0.967, trigger recall 0.882, no-event 6/6; opened in session 20
(tests/test_opened17.py); one general-fix pass (tests/test_events_s20.py: 'were called up
... on Wednesday', envoys 'ordered to leave' in the passive, a state cutting the internet,
'let a convoy into', 'will grant an amnesty' future, 'walked out of talks with X', a headline's
'X, Y Sign'), with one label brought to the open files' majority (a walkout from talks
SANCTION -> REJECT, as blind 'walked out of the talks' and wire33 'called off peace talks':
2 REJECT, opened5 'pullout from the peace talks' 1 RETREAT, none SANCTION; the 2021
crosswalk files CAMEO 164 under SANCTION): type 1.000, all three 1.000, actor 1.000, target
1.000, factuality 1.000, trigger recall 1.000, no-event 6/6);
--opened18 (events_opened18.jsonl: the eighteenth, written in session 20 by an engineer who
tunes nothing, 40 rows, 6 with no event; scored once in session 20 with that session's
starting and end code (identical): type 0.825, all three 0.725, actor 0.968, target 0.893,
factuality 0.871, trigger recall 0.912, no-event 3/6; opened in session 21
(tests/test_opened18.py); its 15 failing rows read as 13 reading errors of ours, 1 convention
and 1 label; one general-fix pass (tests/test_events_s21.py: 'freed all of them', 'will no
longer back', 'could reimpose sanctions ... if', 'would ask X to host ... if', 'would be seized
and sold if', a threat aimed where its act is ('a strike against the government'), an
attack's relative clause with any verb of effect ('that froze the registry'), 'settled on the
terms', 'Negotiators for X and Y', airbags that 'deploy', 'under an embargo', an appeal 'a
fifth funded', a headline's 'X to <verb>', 'the supplies it had promised to hospitals'); two
labels brought to the conventions: a blockade lifted RETREAT -> CONCEDE (every other 'lifted'
row of the open files, 32, CONCEDE, blind's 'lifted the blockade on Yemen's main port' among
them; the 2021 crosswalk's RETREAT block also holds releases and eased sanctions, which the
open files and this writer code CONCEDE), and 'will extend its arms embargo ..., diplomats
said' future -> reported (ruling 7: an extended measure is a given noun, as wire4's 'agreed
to extend its ban'); end: type 1.000, all three 1.000, actor 1.000, target 1.000, factuality
1.000, trigger recall 1.000, no-event 6/6; no scored row of any other file moved);
--sealed (sealed/events_sealed.jsonl, the next sealed set, when one is written);
--offtopic (events_offtopic.jsonl: sport, business, science, weather, culture, court and
local copy, 45 sentences with no PLOVER event and 15 with one hidden in such copy; written in
session 4 before the domain-sense fixes, first look recorded in the test that floors it; then
tuned on); --offtopic-heldout (events_offtopic_heldout.jsonl: 18 + 6 more such sentences,
written after those fixes and scored once in session 4; its misses fixed in session 5, so
no longer held out);
--links scores within-article linking of mentions (Event.same_as) on events_links.jsonl
(--links --heldout: events_links_heldout.jsonl, written before the linking was tuned, its
errors read after the first round; --links --blind: events_links_blind.jsonl, never read).
A row whose type is null has no PLOVER event: it is right when no event is kept.

Conventions where the sets disagreed, settled in session 7 after the PLOVER codebook (whose
target is the party an act is directed at) and applied to every set:
- MOBILIZE: the forces moved, readied or tested have no target ('deployed 2,000 troops to
  Poland': target null); a mobilisation against a named adversary targets it ('deployed
  armoured units facing Armenian positions': Armenian).
- RETREAT: the ground left is no party ('withdrew from two villages': target null), nor are
  the forces pulled back or the arms laid down; the party the withdrawal benefits is the
  target when the text names it ('handing its bases to the national army': army; 'leaving
  them to a FARC faction': FARC); an organisation or pact quit stays the target ('quit the
  regional alliance'), as do those arms are handed to ('handed over weapons to monitors').
- 'expel the ambassador' (or any diplomat) is SANCTION, a diplomatic penalty, also when it
  is only threatened ('could expel the Ecuadorean ambassador').
- joint exercises or drills held by partners are COOPERATE (the codebook's military
  cooperation), with no target; drills one party stages around or against another are
  MOBILIZE, targeting that party ('drills around Taiwan': Taiwan), as a show of force is
  (settled in session 10, as the older sets already coded both).
- a prisoner swap's target is the prisoners released, as with 'released 33 hostages' (the
  object of the concession), not the counterpart (settled in session 10; one wire row that
  had the counterpart, 'swapped more than 200 prisoners' -> separatists, set to prisoners).
- a prisoner exchange or swap is CONCEDE, as the release of prisoners is (one probe row and
  one wire7 row had COOPERATE); a cyberattack is COERCE, as plover_lexicon codes it (one wire7
  row had ASSAULT). Both wire7 edits were made after its first look, which stands as recorded.

Matching: a gold event is found when a predicted event's trigger (or a means-noun folded into
it, or the light verb of an event noun: 'imposed' in 'imposed sanctions') covers the gold
trigger word (an absorbed noun read as its whole hyphenated word: 'sit-in' for the
token 'in', session 17); actor/target are right when a predicted argument phrase
contains the gold name (or the reverse); a gold null is right when nothing is predicted.
"""
from __future__ import annotations

import json
import pathlib
import sys
import time

GOLD = pathlib.Path(__file__).parent / "data" / "events_gold.jsonl"
HELDOUT = GOLD.with_name("events_heldout.jsonl")
FRESH = GOLD.with_name("events_fresh.jsonl")
FINAL = GOLD.with_name("events_final.jsonl")
BLIND = GOLD.with_name("events_blind.jsonl")
PROBE = GOLD.with_name("events_probe.jsonl")
WIRE = GOLD.with_name("events_wire.jsonl")  # long wire-copy sentences and title-case headlines
WIRE2 = GOLD.with_name("events_wire2.jsonl")  # other writers' habits: nominalisations, quotes
WIRE3 = GOLD.with_name("events_wire3.jsonl")  # translated regional copy, headlines, 'amid'
WIRE4 = GOLD.with_name("events_wire4.jsonl")  # long NP actors, PP targets, distant agents
WIRE5 = GOLD.with_name("events_wire5.jsonl")  # Pacific/Gulf copy, live blogs, no-event politics
WIRE6 = GOLD.with_name("events_wire6.jsonl")  # councils, unions, courts, firms vs states, nominals
WIRE7 = GOLD.with_name("events_wire7.jsonl")  # African and Middle Eastern copy, 'came under fire'
WIRE8 = GOLD.with_name("events_wire8.jsonl")  # East Asian and European copy, courts, maritime
WIRE9 = GOLD.with_name("events_wire9.jsonl")  # South Asian and Latin American copy, 'according to'
WIRE10 = GOLD.with_name("events_wire10.jsonl")  # North American, European, Australian local copy
WIRE11 = GOLD.with_name("events_wire11.jsonl")  # 'the two sides', 'It said', 'was met with'
WIRE12 = GOLD.with_name("events_wire12.jsonl")  # coercion, cyber, aid, hostages, 'Turkish jets'
WIRE13 = GOLD.with_name("events_wire13.jsonl")  # idioms ('threw its weight behind'), demonyms
WIRE14 = GOLD.with_name("events_wire14.jsonl")  # titles before names, 'by' nominals, 'moved to'
WIRE15 = GOLD.with_name("events_wire15.jsonl")  # '-led' actors, denials, 'reportedly', lists
WIRE16 = GOLD.with_name("events_wire16.jsonl")  # quotes, opening participles, raids, bans
WIRE17 = GOLD.with_name("events_wire17.jsonl")  # possessive actors, swaps, walkouts, drills
WIRE18 = GOLD.with_name("events_wire18.jsonl")  # written with wire17; held out in session 9
WIRE19 = GOLD.with_name("events_wire19.jsonl")  # ship seizures, arms deliveries, juntas, tariffs
WIRE20 = GOLD.with_name("events_wire20.jsonl")  # written with wire19; held out in session 10
WIRE21 = GOLD.with_name("events_wire21.jsonl")  # recounts, energy cut-offs, fishing, militias
WIRE22 = GOLD.with_name("events_wire22.jsonl")  # written with wire21; held out in session 11
WIRE23 = GOLD.with_name("events_wire23.jsonl")  # water disputes, hostages, coups, indictments
WIRE24 = GOLD.with_name("events_wire24.jsonl")  # written with wire23; held out in session 12
WIRE25 = GOLD.with_name("events_wire25.jsonl")  # light verbs, phrasal verbs, rare verbs, freezes
WIRE26 = GOLD.with_name("events_wire26.jsonl")  # written with wire25; held out in session 13
WIRE27 = GOLD.with_name("events_wire27.jsonl")  # title-case headlines, possessive/PP targets, sieges
WIRE28 = GOLD.with_name("events_wire28.jsonl")  # written with wire27; held out in session 14
WIRE29 = GOLD.with_name("events_wire29.jsonl")  # noun events, 'agreed to', passives, 'and' clauses
WIRE30 = GOLD.with_name("events_wire30.jsonl")  # written with wire29; held out in session 15
WIRE31 = GOLD.with_name("events_wire31.jsonl")  # phrasal/prefixed verbs, background event nouns
WIRE32 = GOLD.with_name("events_wire32.jsonl")  # written with wire31; held out in session 15
WIRE33 = GOLD.with_name("events_wire33.jsonl")  # phrasal verbs, no-event uses of event words
WIRE34 = GOLD.with_name("events_wire34.jsonl")  # written with wire33; held out in session 16
WIRE35 = GOLD.with_name("events_wire35.jsonl")  # factuality mix; held out in session 16
WIRE36 = GOLD.with_name("events_wire36.jsonl")  # nominal, light-verb, passive events, rare verbs
WIRE37 = GOLD.with_name("events_wire37.jsonl")  # written with wire36; held out in session 17
LINKS = GOLD.with_name("events_links.jsonl")  # whole articles, mentions of one happening
LINKS_HELDOUT = GOLD.with_name("events_links_heldout.jsonl")  # written before any tuning
LINKS_BLIND = GOLD.with_name("events_links_blind.jsonl")  # written after; never tuned on
OPENED = GOLD.with_name("events_opened.jsonl")  # first sealed set: scored once, then opened
OPENED2 = GOLD.with_name("events_opened2.jsonl")  # second sealed set: scored once, then opened
OPENED3 = GOLD.with_name("events_opened3.jsonl")  # third sealed set: scored once, then opened
OPENED4 = GOLD.with_name("events_opened4.jsonl")  # fourth sealed set: scored once, then opened
OPENED5 = GOLD.with_name("events_opened5.jsonl")  # fifth sealed set: scored once, then opened
OPENED6 = GOLD.with_name("events_opened6.jsonl")  # sixth sealed set: scored once, then opened
OPENED7 = GOLD.with_name("events_opened7.jsonl")  # seventh sealed set: scored once, then opened
OPENED8 = GOLD.with_name("events_opened8.jsonl")  # eighth sealed set: scored once, then opened
OPENED10 = GOLD.with_name("events_opened10.jsonl")  # tenth sealed set: scored once, then opened
OPENED11 = GOLD.with_name("events_opened11.jsonl")  # eleventh sealed set: scored once, then opened
OPENED12 = GOLD.with_name("events_opened12.jsonl")  # twelfth sealed set: scored once, then opened
OPENED13 = GOLD.with_name("events_opened13.jsonl")  # thirteenth sealed set: scored once, then opened
OPENED14 = GOLD.with_name("events_opened14.jsonl")  # fourteenth sealed set: scored once, then opened
OPENED15 = GOLD.with_name("events_opened15.jsonl")  # fifteenth sealed set: scored once, then opened
OPENED16 = GOLD.with_name("events_opened16.jsonl")  # sixteenth sealed set: scored once, then opened
OPENED17 = GOLD.with_name("events_opened17.jsonl")  # seventeenth sealed set: scored once, then opened
OPENED18 = GOLD.with_name("events_opened18.jsonl")  # eighteenth sealed set: scored once, then opened
OFFTOPIC = GOLD.with_name("events_offtopic.jsonl")  # non-political pages: mostly no event
OFFTOPIC_HELDOUT = GOLD.with_name("events_offtopic_heldout.jsonl")  # scored once
SEALED = GOLD.parent / "sealed" / "events_sealed.jsonl"  # written by another hand; scored once
SETS = {"--heldout": (HELDOUT, None), "--fresh": (FRESH, None), "--final": (FINAL, None),
        "--probe": (PROBE, None), "--blind": (BLIND, None), "--blind-dev": (BLIND, 1), "--blind-final": (BLIND, 0),
        "--wire": (WIRE, None), "--wire-dev": (WIRE, 1), "--wire-final": (WIRE, 0),
        "--wire2": (WIRE2, None), "--wire2-dev": (WIRE2, 1), "--wire2-final": (WIRE2, 0),
        "--wire3": (WIRE3, None), "--wire3-dev": (WIRE3, 1), "--wire3-final": (WIRE3, 0),
        "--wire4": (WIRE4, None), "--wire4-dev": (WIRE4, 1), "--wire4-final": (WIRE4, 0),
        "--wire5": (WIRE5, None),
        "--wire6": (WIRE6, None), "--wire6-dev": (WIRE6, 1), "--wire6-final": (WIRE6, 0),
        "--wire7": (WIRE7, None), "--wire8": (WIRE8, None), "--wire9": (WIRE9, None),
        "--wire10": (WIRE10, None), "--wire11": (WIRE11, None),
        "--wire12": (WIRE12, None), "--wire12-dev": (WIRE12, 1), "--wire12-final": (WIRE12, 0),
        "--wire13": (WIRE13, None), "--wire13-dev": (WIRE13, 1), "--wire13-final": (WIRE13, 0),
        "--wire14": (WIRE14, None), "--wire14-dev": (WIRE14, 1), "--wire14-final": (WIRE14, 0),
        "--wire15": (WIRE15, None), "--wire15-dev": (WIRE15, 1), "--wire15-final": (WIRE15, 0),
        "--wire16": (WIRE16, None), "--wire16-dev": (WIRE16, 1), "--wire16-final": (WIRE16, 0),
        "--wire17": (WIRE17, None), "--wire17-dev": (WIRE17, 1), "--wire17-final": (WIRE17, 0),
        "--wire18": (WIRE18, None),
        "--wire19": (WIRE19, None), "--wire19-dev": (WIRE19, 1), "--wire19-final": (WIRE19, 0),
        "--wire20": (WIRE20, None),
        "--wire21": (WIRE21, None), "--wire21-dev": (WIRE21, 1), "--wire21-final": (WIRE21, 0),
        "--wire22": (WIRE22, None),
        "--wire23": (WIRE23, None), "--wire23-dev": (WIRE23, 1), "--wire23-final": (WIRE23, 0),
        "--wire24": (WIRE24, None),
        "--wire25": (WIRE25, None), "--wire26": (WIRE26, None),
        "--wire27": (WIRE27, None), "--wire28": (WIRE28, None),
        "--wire29": (WIRE29, None), "--wire30": (WIRE30, None),
        "--wire31": (WIRE31, None), "--wire32": (WIRE32, None),
        "--wire33": (WIRE33, None), "--wire34": (WIRE34, None), "--wire35": (WIRE35, None),
        "--wire36": (WIRE36, None), "--wire37": (WIRE37, None),
        "--opened": (OPENED, None), "--opened2": (OPENED2, None), "--opened3": (OPENED3, None), "--opened4": (OPENED4, None), "--opened5": (OPENED5, None), "--opened6": (OPENED6, None), "--opened7": (OPENED7, None), "--opened8": (OPENED8, None), "--opened10": (OPENED10, None), "--opened11": (OPENED11, None), "--opened12": (OPENED12, None), "--opened13": (OPENED13, None), "--opened14": (OPENED14, None), "--opened15": (OPENED15, None), "--opened16": (OPENED16, None), "--opened17": (OPENED17, None), "--opened18": (OPENED18, None),
        "--offtopic": (OFFTOPIC, None),
        "--offtopic-heldout": (OFFTOPIC_HELDOUT, None), "--sealed": (SEALED, None)}


def load_gold(path: pathlib.Path = GOLD, half: int | None = None) -> list[dict]:
    """Rows of a set; ``half`` 1 keeps odd lines (1, 3, ...), 0 even lines."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [json.loads(line) for n, line in enumerate(lines, 1)
            if half is None or n % 2 == half]


def _kept(c) -> bool:
    """Whether build_events would keep a candidate, judged without entities: a vague
    trigger needs a doer that is a name."""
    from newsprism.analyze import events
    return not c.needs_agent or events._has_agent(c, ())


def kept_events(doc) -> list[str]:
    """'TYPE:trigger' for each candidate in a parsed Doc that build_events would keep."""
    from newsprism.analyze import events
    return [f"{c.type}:{c.tok.text}" for c in events.find_candidates(doc) if _kept(c)]


def candidate(nlp, text: str, word: str):
    """The first candidate in ``text`` whose trigger token reads ``word`` (for tests)."""
    from newsprism.analyze import events
    return next(c for c in events.find_candidates(nlp(text)) if c.tok.text == word)


def arg_phrases(c) -> tuple[list[str], list[str]]:
    """A candidate's actor and target phrases, each side expanded past the other's tokens."""
    from newsprism.analyze import events as ev
    acts = [p for t in ev._expand(c.actors, (c.tok, *c.targets)) for p in ev.phrases(t)]
    tgts = [p for t in ev._expand(c.targets, (c.tok, *c.actors)) for p in ev.phrases(t)]
    return acts, tgts


def _mention_words(doc, c) -> list[str]:
    """The words one event mention is told with: its trigger, the means-nouns folded into
    it and, for an event noun, the light verb that performs it ('imposed sanctions')."""
    from newsprism.analyze.event_context import _light_verb
    words = [doc.text[c.span.start:c.span.end], *(_hyphened(a) for a in c.absorbed)]
    light = _light_verb(c.tok) if c.kind == "noun" else None
    return words + ([light.text] if light is not None else [])


def _hyphened(tok) -> str:
    """A token with the hyphenated word it ends ('in' -> 'sit-in'), as the noun's own
    span reads it when it is the event."""
    doc, i = tok.doc, tok.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[
            i - 1].whitespace_:
        i -= 2
    return doc[i:tok.i + 1].text


def _covers(trigger: str, word: str) -> bool:
    w, t = word.lower(), trigger.lower()
    return t in w.split() or w in t


def _arg_ok(gold: str | None, phrases: list[str]) -> bool:
    if gold is None:
        return not phrases
    g = gold.lower()
    return any(g in p.lower() or p.lower() in g for p in phrases if p)


def score(nlp=None, verbose: bool = False, path: pathlib.Path = GOLD,
          half: int | None = None) -> dict:
    from newsprism.analyze import events, factuality, nlp as _nlp
    nlp = nlp or _nlp.load("en")
    rows = load_gold(path, half)
    t0 = time.perf_counter()
    docs = list(nlp.pipe([r["text"] for r in rows]))
    n = {"type": 0, "found": 0, "actor": 0, "actor_n": 0, "target": 0, "target_n": 0,
         "fact": 0, "none": 0, "none_n": 0, "all": 0}
    misses = []
    for r, doc in zip(rows, docs):
        cands = events.find_candidates(doc)
        if r["type"] is None:
            spurious = [f"{c.type}:{c.tok.text}" for c in cands if _kept(c)]
            n["none_n"] += 1
            n["none"] += not spurious
            n["type"] += not spurious
            n["all"] += not spurious
            if spurious:
                misses.append(("NONE", r["text"], f"spurious {spurious}"))
            continue
        hit = next((c for c in cands if any(
            _covers(t, r["trigger"]) for t in _mention_words(doc, c))), None)
        if hit is None:
            misses.append((r["type"], r["text"], "no event"))
            continue
        n["found"] += 1
        if hit.type == r["type"]:
            n["type"] += 1
        else:
            misses.append((r["type"], r["text"], f"typed {hit.type}"))
        actors = [p for t in events._expand(hit.actors, (hit.tok, *hit.targets))
                  for p in events.phrases(t)]
        targets = [p for t in events._expand(hit.targets, (hit.tok, *hit.actors))
                   for p in events.phrases(t)]
        if r["actor"] is not None:
            n["actor_n"] += 1
            n["actor"] += _arg_ok(r["actor"], actors)
        if r["target"] is not None:
            n["target_n"] += 1
            n["target"] += _arg_ok(r["target"], targets)
        # a sentence counts only when type, actor and target are all right (a null gold
        # argument is not scored), the figure a reader of one coded event cares about
        n["all"] += (hit.type == r["type"]
                     and (r["actor"] is None or _arg_ok(r["actor"], actors))
                     and (r["target"] is None or _arg_ok(r["target"], targets)))
        if verbose and (not _arg_ok(r["actor"], actors) or not _arg_ok(r["target"], targets)):
            misses.append((r["type"], r["text"], f"args {actors} -> {targets}"))
        fact = factuality.assess(hit.tok)[0]
        n["fact"] += fact == r["factuality"]
        if verbose and fact != r["factuality"]:
            misses.append((r["type"], r["text"], f"factuality {fact}"))
    total = len(rows)
    with_event = max(total - n["none_n"], 1)
    return {
        "sentences": total,
        "trigger_recall": n["found"] / with_event,
        "type_accuracy": n["type"] / total,
        "actor_accuracy": n["actor"] / max(n["actor_n"], 1),
        "target_accuracy": n["target"] / max(n["target_n"], 1),
        "factuality_accuracy": n["fact"] / max(n["found"], 1),
        "all_right": n["all"] / total,
        **({"no_event_rows": n["none_n"], "no_event_accuracy": n["none"] / n["none_n"]}
           if n["none_n"] else {}),
        "seconds": round(time.perf_counter() - t0, 2),
        "misses": misses,
    }


def score_entities(pipeline=None, path: pathlib.Path = GOLD, half: int | None = None) -> dict:
    """Actor/target correctness through the full pipeline (entity ids, as the contract gives
    them), over the gold rows whose actor/target is a name (capitalised mid-sentence or
    known to NER); a gold name is right when a predicted entity's name contains it."""
    from newsprism.analyze.pipeline import Pipeline
    from newsprism.records import Article
    pipeline = pipeline or Pipeline()
    rows = [r for r in load_gold(path, half) if r["type"] is not None]
    arts = [(Article(id=f"g{i}", text=r["text"]), None) for i, r in enumerate(rows)]
    n = {"actor": 0, "actor_n": 0, "target": 0, "target_n": 0}
    for r, a in zip(rows, pipeline.analyze_many(arts)):
        t = a.text
        hit = next((v for v in a.events if _covers(t[v.trigger.start:v.trigger.end],
                                                   r["trigger"])), None)
        for role in ("actor", "target"):
            gold = r[role]
            if not gold or not _is_name(gold, a):
                continue
            n[f"{role}_n"] += 1
            ids = (hit.actors if role == "actor" else hit.targets) if hit else ()
            names = [a.entity(i).name for i in ids if a.entity(i)]
            n[role] += any(gold.lower() in x.lower() or x.lower() in gold.lower() for x in names)
    return {"named_actors": n["actor_n"], "actor_accuracy": n["actor"] / max(n["actor_n"], 1),
            "named_targets": n["target_n"],
            "target_accuracy": n["target"] / max(n["target_n"], 1)}


def _is_name(gold: str, analysis) -> bool:
    """A gold argument is a name when the entities stage made an entity whose name holds it."""
    return any(gold.lower() in e.name.lower() or e.name.lower() in gold.lower()
               for e in analysis.entities)


def _ref_span(text: str, ref: str) -> tuple[int, int] | None:
    """'strike#2' -> the span of the third whole-word 'strike' (case-sensitive)."""
    import re
    word, _, k = ref.rpartition("#")
    hits = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]
    return hits[int(k)] if int(k) < len(hits) else None


def score_links(pipeline=None, path: pathlib.Path = LINKS) -> dict:
    """Within-article linking (Event.same_as) on events_links.jsonl: each gold cluster lists
    the trigger words ('word#k', k-th whole-word occurrence) of one happening; over the gold
    mentions the system found as events, pairwise precision / recall of 'same happening'."""
    from newsprism.analyze.pipeline import Pipeline
    from newsprism.records import Article
    import datetime as dt
    pipeline = pipeline or Pipeline()
    rows = load_gold(path)
    arts = [(Article(id=r["id"], text=r["text"]), dt.date.fromisoformat(r["published"]))
            for r in rows]
    n = {"tp": 0, "fp": 0, "fn": 0, "mentions": 0, "found": 0}
    errors = []
    for r, a in zip(rows, pipeline.analyze_many(arts)):
        found: dict[str, tuple[int, str]] = {}  # ref -> (gold cluster, predicted head)
        for g, cluster in enumerate(r["clusters"]):
            for ref in cluster:
                n["mentions"] += 1
                span = _ref_span(r["text"], ref)
                v = next((v for v in a.events if span and v.trigger.start <= span[0]
                          and span[1] <= v.trigger.end), None)
                if v is not None:
                    found[ref] = (g, v.same_as or v.id)
        n["found"] += len(found)
        refs = sorted(found)
        for i, x in enumerate(refs):
            for y in refs[i + 1:]:
                gold, pred = found[x][0] == found[y][0], found[x][1] == found[y][1]
                if gold and pred:
                    n["tp"] += 1
                elif pred:
                    n["fp"] += 1
                    errors.append((r["id"], "wrongly linked", x, y))
                elif gold:
                    n["fn"] += 1
                    errors.append((r["id"], "not linked", x, y))
    # no link predicted (or none to find) leaves the figure undefined, not zero
    p = n["tp"] / (n["tp"] + n["fp"]) if n["tp"] + n["fp"] else None
    rc = n["tp"] / (n["tp"] + n["fn"]) if n["tp"] + n["fn"] else None
    return {"articles": len(rows), "gold_mentions": n["mentions"], "found_mentions": n["found"],
            "pairs_linked_right": n["tp"], "pairs_linked_wrong": n["fp"],
            "pairs_missed": n["fn"], "link_precision": p if p is None else round(p, 3),
            "link_recall": rc if rc is None else round(rc, 3),
            "errors": errors}


if __name__ == "__main__":
    if "--links" in sys.argv:
        res = score_links(path=LINKS_HELDOUT if "--heldout" in sys.argv else
                          LINKS_BLIND if "--blind" in sys.argv else LINKS)
        for e in res.pop("errors"):
            print("  ", *e)
        print(json.dumps(res, indent=1))
        sys.exit(0)
    if "--all" in sys.argv:  # every whole set in the repository, totals and misses per set
        whole = [("--gold", GOLD)] + [(f, p) for f, (p, h) in SETS.items()
                                      if h is None and p != SEALED and p.exists()]
        for flag, p in whole:
            res = score(path=p, verbose="-v" in sys.argv)
            res.pop("seconds")
            print(flag, json.dumps({k: round(v, 3) if isinstance(v, float) else v
                                    for k, v in res.items() if k != "misses"}))
            for typ, text, why in res["misses"]:
                print(f"  {typ:<10} {why:<40} {text}")
        sys.exit(0)
    path, half = SETS.get(next((a for a in sys.argv if a in SETS), ""), (GOLD, None))
    if "--file" in sys.argv:  # any file of this shape, e.g. a held-out batch outside the repo
        path, half = pathlib.Path(sys.argv[sys.argv.index("--file") + 1]), None
    if "--entities" in sys.argv:
        print(json.dumps(score_entities(path=path, half=half), indent=1))
        sys.exit(0)
    res = score(verbose="-v" in sys.argv, path=path, half=half)
    for typ, text, why in res.pop("misses"):
        print(f"  {typ:<10} {why:<40} {text}")
    print(json.dumps(res, indent=1))
