"""Measured floors on the project's labelled sets for boilerplate (QF5xx) and short
leftovers, traps and native copy (QF4xx), so that a regression fails.

The figures are what the engine measured when they were written, rounded down
(ceilings on false-alarm rates: as measured). They are not the issue's
targets; raise them when a change measures better, never lower them to make a
change pass. The held-out sets are never used to tune anything: their floors
only record what was measured on them. Span-level floors for QF4xx live in
``tests/test_fragments.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import evaluate_boilerplate
import evaluate_leftovers

BOILERPLATE = {
    # set: (recall of all boilerplate lines, per-kind recall floor, clean-paragraph alarm
    # ceiling, clean lines removed by remove_boilerplate)
    # en-106 and en-107 were written after the vocabulary of site furniture was set,
    # in wordings it had not seen, and left as they were measured (3 of 8 found);
    # en-109 to en-131 and fr-022 to pt-022 likewise keep the lines no general signal
    # reached (``Did you spot a mistake? Let us know``, a newsletter called a bulletin):
    # 862 of 875. The ninth round (written whole before anything ran on it) was
    # found 51 of 78 (development) and 21 of 41 (held out) before the rules made
    # from its development half, 74 and 24 after: 975 of 988 and 110 of 134, the
    # held-out credits 10 of 16. The tenth round (sites of other kinds: regional
    # papers, broadcasters, sports and business sites, agencies, city halls) was found
    # 39 of 83 and 20 of 34 before the rules made from its development half, with 3
    # clean list lines of one held-out article flagged and removed, and 64 and 21
    # after, the 3 lines unchanged (the held-out set is not tuned on): 1,040 of
    # 1,071 and 134 of 168. The eleventh round (what an extraction tool copies from a
    # whole page: menus, player and gallery text, polls, comment tools) was found 53
    # of 76 and 31 of 40 before the rules made from its development half, with 2 clean
    # list lines of one held-out article flagged, and 74 and 32 after, the 2 lines
    # unchanged: 1,115 of 1,147 and 169 of 208 (the rules of the round also took the
    # earlier held-out rounds from 134 to 137). The twelfth round (English machine
    # translations with their labels translated word for word) was found 65 of 86 and
    # 27 of 37 before the rules made from its development half, and 80 and 27 after;
    # those rules took the earlier held-out rounds from 169 to 174: 1,195 of 1,233 and
    # 201 of 245. The thirteenth round (sites of every kind, Russian-language ones
    # among them, written as a random sample of the web would show them) was found 100
    # of 142 and 67 of 74 before the rules made from its development half, with 3
    # clean arrow-led list lines of the development half flagged, and 136 and 67 after,
    # none flagged; those rules took the earlier rounds from 1,195 to 1,200 and from
    # 201 to 203: 1,336 of 1,375 and 270 of 319. The fourteenth (what extraction
    # tools and feeds leave: weather boxes, live blogs' clocks, counters, tags, ad
    # markings, channel invitations, kickers after layout marks) was found 115 of 153
    # and 66 of 79 before the rules made from its development half, none of its clean
    # lines flagged, and 151 and 68 after; those rules took the earlier rounds from
    # 270 to 276 held out: 1,488 of 1,528 and 344 of 398 (kickers 0.916: two of the
    # round's, a topic before a spaced colon and one before a dash, read as datelines).
    # The fifteenth (regional and national sites outside the big markets, small
    # sites of every kind) was found 101 of 147 and 56 of 76 before the rules made
    # from its development half, with 3 clean lines of opening hours flagged, and 137
    # and 62 after, none flagged; those rules took the earlier rounds from 344 to 346
    # held out: 1,629 of 1,675 and 408 of 474 (kickers 0.904: topics before a dash or
    # a colon stay unread, as datelines and headlines' topics take the same shapes).
    # The sixteenth (broadcasters, magazines, live tickers, financial pages, press
    # offices, parties, unions, churches, reader letters) was found 89 of 146 and 36
    # of 69 before the rules made from its development half, with 1 clean line of each
    # half flagged, and 129 and 47 after, the held-out line unchanged; those rules took
    # the earlier rounds from 1,629 to 1,630 and from 408 to 409: 1,759 of 1,821 and
    # 456 of 543 (kickers 0.88). The seventeenth (a random sample of ordinary sites
    # of eleven countries, in the five families real pages leave most) was found 102
    # of 150 and 61 of 78 before the rules made from its development half, none of
    # its clean lines flagged, and 132 and 62 after; those rules took the earlier
    # rounds from 1,759 to 1,760 and from 456 to 458: 1,892 of 1,971 (0.960) and 520
    # of 621 (kickers 0.86: topics before a dash, glued colons, places in capitals).
    # The eighteenth (local broadcasters, sports and market pages, tabloids, regional
    # portals, aggregators, what extraction tools leave) and the nineteenth (ordinary
    # sites and their sections: opinion, obituaries, weather, courts, health, consumer
    # advice) were found 42 of 75 and 54 of 89 (development), 24 of 48 and 24 of 41
    # (held out) before the rules made from their development halves, none of their
    # clean lines flagged, and 66, 76, 26 and 25 after; those rules took the earlier
    # rounds from 520 to 522 held out: 2,034 of 2,135 (0.953) and 573 of 710 (0.807).
    # Their writers were asked for kickers that name a place or a topic (``LUGANO -``,
    # ``Justice: in Angers…``), shapes the earlier rounds label as a headline's own
    # (``Lyon : le tunnel…``, ``Health: waiting times…``) and the classifier leaves:
    # kickers 0.818 in development, 0.618 held out. The twentieth (whole pages as a
    # reader's copy or an extraction tool leaves them: menus, top bars, author cards,
    # comment sections, footers) and the twenty-first (live blogs, galleries, wire
    # pages, magazine reviews with prices and affiliate notes), whose writers were told
    # that a place or topic opening a headline is part of it, were found 46 of 68 and
    # 46 of 85 (development), 22 of 43 and 19 of 32 (held out) before the rules made
    # from their development halves, none of their clean lines flagged, and 64, 73, 26
    # and 20 after; those rules took the earlier rounds from 573 to 575 held out:
    # 2,172 of 2,288 (0.949) and 621 of 785 (0.791; furniture 0.691, kickers 0.655).
    # The twenty-second and twenty-third (English only: ordinary articles of many
    # sites, as an aggregator or a translation service fetches them) were found 59 of
    # 83 and 58 of 79 (development) and 35 of 43 and 35 of 46 (held out, 1 clean
    # paragraph flagged) before the rules made from their development halves, and 78,
    # 75, 35 and 35 after (none flagged: a label phrase, ``costs money``, no longer
    # counts alone, and no phrase counts in a line that reports somebody's words); those
    # rules took the earlier rounds from 621 to 623 held out: 2,326 of 2,450 (0.949) and
    # 693 of 874 (0.793). A twenty-fourth round is clean articles only, their short
    # first and last lines full of labels' words in their news meaning: 3 of its 164
    # development lines were flagged as first measured (a channel's name, a translation
    # service in news), none after those phrases were narrowed, which lost one held-out
    # line (692 of 874); 1 of its 83 held-out lines, a headline, was flagged and still
    # is: 7 clean lines of the held-out set removed. A twenty-fifth, clean articles in
    # the six languages written after that change: 0 of 184 and 0 of 95 lines flagged.
    # A twenty-sixth (ordinary articles, English only) was found 68 of 78 (1 clean
    # paragraph flagged: a newsletter's words in reported news) and 31 of 43 as first
    # measured, and 77 (none flagged) and 31 after the rules made from it and from an
    # author's note under opinion pieces; those rules took the earlier held-out lines
    # from 692 to 698: 2,407 of 2,528 (0.952) and 729 of 917 (0.795).
    # The thirty-fourth to thirty-seventh rounds (2026-12-02) added 481 development lines,
    # found 429 after their rules: 3,387 of 3,612 (0.938) and 1,162 of 1,451 (0.801).
    # The thirty-eighth and thirty-ninth (2026-12-02) were found 185 of 239 and 103 of
    # 125 as first measured, 232 and 106 after: 3,625 of 3,851 (0.941) and 1,273 of
    # 1,576 (0.808). The fortieth: 104 of 126 and 56 of 68 as first measured, 114 and
    # 56 after: 3,739 of 3,977 (0.940) and 1,329 of 1,644 (0.808). The forty-first: 70
    # of 86 and 46 of 58, 79 and 46 after: 3,818 of 4,063 and 1,376 of 1,702 (0.808).
    # The forty-second (whole pages): 122 of 169 and 60 of 85, 134 and 60 after: 3,952
    # of 4,232 (0.934) and 1,436 of 1,787 (0.804). The forty-third: 100 of 113 and 47 of
    # 54, 109 and 47 after: 4,065 of 4,345 (0.936) and 1,484 of 1,841 (0.806). The
    # forty-fourth (kickers and notices): 90 of 126 and 38 of 63, 101 and 38 after: 4,167
    # of 4,471 (0.932) and 1,523 of 1,904 (0.7999). The forty-fifth to forty-eighth
    # (pages' heads and feet; untranslated pages of each country; a day's sample of forty
    # sites; labels glued or oddly translated), as first measured: 87 of 143, 113 of 151,
    # 89 of 114 and 92 of 103 development lines, 50 of 67, 43 of 55, 43 of 49 and 41 of
    # 49 held-out lines; after their rules: 4,616 of 4,982 (0.927) and 1,713 of 2,124
    # (0.806). Kickers fall to 0.783: the new rounds put a place in capitals before the
    # headline with a full stop or a dash, which the set keeps as a dateline elsewhere
    # (``PARIS. The council votes…``), so no rule reads it as a kicker. Twelve more
    # rounds (45-56, see the data's README) were written blind; with the rules made from
    # their development halves: 5,511 of 5,983 (0.921) and 2,169 of 2,683 (0.808), the
    # fifty-first's held-out half bringing one clean headline flagged as first measured.
    # Eight more (57-64) as first measured: 777 of 966 development and 370 of 478
    # held-out lines; with the rules made from their development halves: 6,427 of 6,949
    # (0.925) and 2,589 of 3,161 (0.819), 5 clean held-out lines flagged (8 before).
    # Twelve more (65-76, 2026-12-03), as first measured: see the data's README; with the
    # rules made from the development halves of 65-72: 7,442 of 8,078 (0.921) and 3,065 of
    # 3,716 (0.825). One development caption that ends with its credit (``Imagen de
    # archivo de un andén… EFE/…``) is taken whole: its opening reads as the credit's label;
    # so is one headline after a page's label in capitals and a bar (``UPDATED | Fire
    # in…``), which reads as the label of a line of furniture. The seventy-third to
    # seventy-sixth rounds, written after those rules: 7,894 of 8,627 (0.915) and 3,319
    # of 4,026 (0.824). Sixteen more (77-92, 2026-12-03), written in four waves, each
    # measured first with the rules as they stood (see the data's README): 1,564 of
    # 2,047 development and 782 of 1,034 held-out lines; with the rules made from their
    # development halves, 9,685 of 10,675 (0.907) and 4,141 of 5,060 (0.818). The new
    # development lines are found less often than the old (1,759 of 2,047), so the
    # recall of the whole set falls. One more development headline loses its label to a
    # second pass (``AUTO | Test: …``: ``Test:`` is a review's label once ``AUTO |`` is
    # gone), and one held-out headline after ``FOTOS:`` is taken as a photo credit's
    # names, as it was with the rules at the start of the stop. Four more (93-96): 479 of
    # 585 development and 253 of 301 held-out lines as first measured; with the rules made
    # from their development halves, 10,195 of 11,260 (0.905) and 4,401 of 5,361 (0.821).
    # Two held-out headlines of the ninety-sixth round lose their label to a second pass
    # as first measured (``PHOTOS: See…``, ``UNDERSTAND: What changes…``: the held-out set
    # is not tuned on). Four more (97-100): 474 of 560 development and 213 of 247
    # held-out lines as first measured; after the rules made from their development
    # halves, all sets: 10,703 of 11,820 (0.906) and 4,618 of 5,608 (0.823). Two held-out
    # list items of the ninety-ninth round under an arrow are taken as teasers as first
    # measured, and go with them. Eight more (101-108, in two waves): 407 of 557 and 235
    # of 311, then 408 of 529 and 210 of 276 as first measured; after the rules made from
    # their development halves, all sets: 11,743 of 12,907 (0.910) and 5,121 of 6,196
    # (0.827). One held-out paragraph of the hundred-and-seventh round (a club's
    # subscribers get a registration link before the others, in German) is flagged as a
    # newsletter's call, with the rules at the start of that stop as well, and removed
    # with it: the held-out ceilings record it (1 of 5,212 clean paragraphs). Eight more
    # (109-116, in two waves): 615 of 722 and 303 of 352, then (with the first wave's
    # rules) 532 of 654 and 282 of 334 as first measured; after the rules made from their
    # development halves, all sets: 13,099 of 14,284 (0.917) and 5,772 of 6,882 (0.839).
    # Four more (117-120): 524 of 645 and 268 of 328 as first measured; after their
    # rules, all sets: 13,688 of 14,931 (0.917) and 6,046 of 7,210 (0.839), against 13,395
    # and 5,966 with the rules at the start of the stop.
    # One held-out paragraph of the hundred-and-tenth round (customers get a monthly
    # newsletter of their consumption) is flagged as a newsletter's call, with the rules
    # at the start of that stop as well, and removed with it: 2 of 5,746 clean
    # paragraphs. One development kicker of the hundred-and-fourteenth round
    # (``UPDATED | Landslide…``) is removed with its bar, as an earlier one is.
    "development": (0.90, 0.78, 0.0, 4),
    "held-out": (0.80, 0.60, 0.0004, 12),
}
LEFTOVERS = {
    # set: (short-leftover recall, clean English flag-rate ceiling, native flag-rate ceiling)
    # 140 of 174 short leftovers; 0 of 710 clean paragraphs (the set grew by 268,
    # then 35 traps of new shapes; 45, then 14 of them flagged before the rules for
    # titles, names, letters, loanwords and dishes, then for borrowings; then 227
    # traps in five parts, 25 of them flagged by the rules before them; then 180 dense
    # traps written before anything ran on them, 36 flagged before the rules for them
    # and 10 after; then 120 traps of wire copy and features, 9 flagged before the rules
    # for them and 1 after; then 60 more, 9 before and 5 after; then 120 more, 17
    # before and 9 after: 25 of 1,510; then 60 of ordinary foreign-desk copy, 1 before
    # and 0 after, while rare unaccented words added 3: 28 of 1,570. Short leftovers:
    # 65 more spans written before anything ran on them, 42 found before the rules for
    # them and 51 after: 194 of 239; then 65 more, 45 before and 53 after, and German
    # compounds German lists too: 256 of 304; then German words with ß, three letters
    # after a marker, headings no list has, German compounds after a number and
    # datelines: 262 of 304; then 41 more spans of regional copy with datelines, 29
    # found before the rules for them and 33 after: 292 of 345. Clean: 40 traps of
    # regional copy with datelines, street names and local terms, 9 flagged before
    # and 7 after, while ``The préfet`` after a dateline's dash counts as after
    # ``the``: 37 of 1,610; then 40 traps of titles of works and offices and of cheers,
    # 7 flagged before the rules for them and 4 after: 41 of 1,650; then 40 with a
    # shared word joined only in its neighbour's language; 293 of 345 spans; then 120
    # paragraphs of ordinary news and features, 3 flagged before the rules for them
    # and 1 after: 41 of 1,770; then 40 traps of names and glosses, 2 before and 1
    # after: 42 of 1,810. Short leftovers: 42 spans of words MT engines do not know,
    # 31 found before the rules for them and 33 after: 326 of 387; with ``in`` taken
    # into a phrase of its language: 328 of 387; then sections' names as headings, a
    # title before a full name, and no name's walk back over a day or an English modal:
    # 334 of 387. Then three batches written before anything ran on them: 40 traps of
    # titles of works, 9 flagged before the rules for them and 3 after; 40 of greetings,
    # slogans and speech kept in the original, 18 before and 13 after: 58 of 1,890; and
    # 42 spans of ordinary national news, 21 found before and 34 after: 368 of 429;
    # with German compounds read without an article and places' names left alone,
    # 57 of 1,890 and 375 of 429; then 40 paragraphs of ordinary wire copy, 3 flagged
    # before and 2 after, and 42 spans of regional news, 37 found before and 38 after:
    # 59 of 1,930 and 413 of 471; then, with English words run together and English
    # capitals after ``the`` left alone, 58 of 1,930; then 40 paragraphs of culture,
    # food, festival, wine and sport writing, 5 flagged before the rules made from
    # their batch and 2 after: 60 of 1,970; then 40 of travel, food, arts and sport
    # journalism and correspondents' reports, 8 before and 8 after (bare local words:
    # the mairie, the Ordnungsamt, the hermandades), while dishes named by their style
    # cleared one of the batch before: 67 of 2,010. Short leftovers: 42 spans of
    # economy, health, schools, farming and court news, 37 found before the rules
    # made from their batch and 38 after: 451 of 513; then 40 paragraphs of music,
    # opera, books, film, design, fashion, feasts and correspondents' copy, 6 flagged
    # before the rules made from their batch (titles after a determiner, in
    # apposition or ending a from-to run; exclamations quoted in the narrative) and 2
    # after, while those rules cleared one earlier paragraph: 67 of 2,050; and 42
    # spans of culture, food, feasts, sport and science news, 34 found before those
    # rules and 34 after: 485 of 555; then 40 paragraphs of ordinary international
    # news, 4 flagged before the rules made from their batch (a word after an English
    # possessive, a phrase glossed between dashes) and 2 after, while those rules
    # cleared one earlier paragraph: 68 of 2,090; then 40 paragraphs of sport,
    # business, science, media and transport news, none flagged as first measured: 68
    # of 2,130; then 80 paragraphs of ordinary daily news (5 flagged before the rules
    # made from their batch, 2 after, while those rules cleared one earlier paragraph):
    # 69 of 2,210; then 80 of titles, greetings and slogans kept on purpose (6 flagged
    # before the rules made from their batch, 3 after): 72 of 2,290; then 80 of the four
    # kinds from six languages (2 before, 0 after): 72 of 2,370; 80 of daily news (4
    # before, 0 after): 72 of 2,450; 80 of features and food pages (19 before, 10
    # after): 82 of 2,530; 80 of foreign-desk copy in British quotes (20 before, 6
    # after, while those rules cleared one earlier paragraph): 86 of 2,610; 80 of regional
    # news abroad (7 before, 3 after, one earlier cleared): 88 of 2,690; and 40 spans of
    # regional and
    # national news with many names, 30 found before any rule made from them: 515 of
    # 595; then 44 more of regional and foreign coverage, 30 found before the rules
    # made with them and 31 after: 546 of 639). Clean: reported speech and subtitles
    # kept on purpose, 71 of 3,010; 80 traps of regional and foreign coverage (6
    # before, 2 after): 73 of 3,090; 80 of politics and institutions (3 before and
    # after): 76 of 3,170; 43 short leftovers, a third German, 27 before and 38 after
    # the fixed expressions: 585 of 682; 80 traps of culture, sport and everyday life
    # (11 before, 5 after): 81 of 3,250; 43 short leftovers (33 before and after): 618
    # of 725; 80 traps of breaking news and wire copy (11 before, 7 after): 88 of 3,330;
    # 80 of everyday local news abroad (9 before, 7 after): 95 of 3,410 (0.028); 44 short
    # leftovers (31 found, no rule made from them): 649 of 769 (0.844); 80 of science
    # and health (9 before, 6 after): 101 of 3,490 (0.029); 43 short leftovers (32
    # before, 34 after): 687 of 812 (0.846); 320 traps of food and travel, courts,
    # schools and history, business and farming (27 as first measured, 22 after): 123
    # of 3,810 (0.032); 176 short leftovers (122 found as first measured, 123 after):
    # 810 of 988 (0.820); 640 traps of politics, arts, sport, local administration,
    # weather, migration, transport and profiles (53 flagged as first measured): 157 of
    # 4,450 (0.035); 358 short leftovers (253 found as first measured): 1,075 of 1,346
    # (0.799); 640 traps of health, economy, regional offices, lifestyle, food, courts,
    # sport and local news (42 flagged as first measured): 189 of 5,050 (0.037); 354
    # short leftovers (289 found as first measured): 1,364 of 1,690 (0.807). Later stops
    # grew both sets in blind batches (the data READMEs give each as first measured); at
    # the end of the stop of rounds 109-120: 219 of 9,250 clean paragraphs (0.024) and
    # 3,162 of 3,816 short leftovers (0.829), against 252 and 3,129 with the rules at
    # its start
    "development": (0.79, 0.039, 0.0),
    # 3 of the first 113 clean paragraphs, 17 of the 90 held-out traps of the dense
    # batch (24 before its rules), 3 of the 60 of wire copy and features (3 before),
    # 5 of 30 more (6 before), 7 of 60 more (7 before) and 0 of 30 of ordinary
    # foreign-desk copy (0 before): 35 of 383. Short leftovers: 38 of the first 53,
    # 24 of 35 spans held out from the batch above (24 before its rules), then, with
    # rare unaccented words read by their letters, 40 and 25 of them; and 28 of 35
    # spans of the next batch (25 before): 93 of 123. Then, with datelines read as
    # names, 30 of those 383 clean paragraphs and 93 of those 123 spans; and a batch
    # of regional copy: 4 of 20 clean paragraphs (4 before its rules), 14 of 22
    # spans (13 before): 34 of 403 and 107 of 145; then 20 traps of titles and cheers,
    # 5 flagged before the rules for them and 5 after, while those rules lost one held-out
    # span: 39 of 423 and 106 of 145; then a shared word joins a span only in its
    # neighbour's language (``the local mairie``), which left one more held-out span
    # found only in part: 105 of 145; then 60 paragraphs of ordinary news and features,
    # 2 flagged before the rules for them and 2 after: 41 of 483; then 20 traps of
    # names and glosses (1 before, 1 after) and 24 spans of words MT engines do not
    # know (15 before, 15 after): 42 of 503 and 120 of 169; then, with the rules for
    # sections' names, titles before names, words chanted, sung or prayed and lists of
    # titles, 40 of 503 and 122 of 169; then 20 traps of titles of works (4 flagged
    # before the rules made from their batch, 4 after), 20 of greetings, slogans and
    # speech (8 before, 8 after) and 21 spans of ordinary national news (12 found
    # before, 12 after): 52 of 543 and 134 of 190; then, with German compounds read
    # without an article, prizes' titles and short accented words, 50 of 543 and 137
    # of 190; and 20 paragraphs of ordinary wire copy (1 flagged before the rules made
    # from their batch, 1 after) and 20 spans of regional news (12 found before, 12
    # after): 51 of 563 and 149 of 210; then 20 paragraphs of culture, food, festival,
    # wine and sport writing (7 flagged before the rules made from their batch, 6
    # after), while those rules cleared one earlier paragraph: 56 of 583; then 20 of
    # travel, food, arts and sport journalism (8 before the rules made from their
    # batch, 8 after): 64 of 603; and 21 spans of economy, health, schools, farming
    # and court news (19 found before the rules made from their batch, 19 after):
    # 168 of 231; then 20 of music, opera, books, film, design, fashion and feasts (7
    # flagged before the rules made from their batch, 6 after), while those rules
    # cleared one earlier paragraph: 69 of 623; and 22 spans of culture, food, feasts,
    # sport and science news (14 before, 14 after): 182 of 253; then 20 of ordinary
    # international news (4 flagged before the rules made from their batch, 4 after),
    # while those rules cleared one earlier paragraph: 72 of 643; and 20 spans of
    # regional and national news with many names (17 found): 199 of 273; and 20
    # paragraphs of sport, business, science, media and transport news (2 flagged):
    # 74 of 663; then 40 paragraphs of ordinary daily news (none flagged before or
    # after the rules made from their batch): 74 of 703; then 40 of titles, greetings
    # and slogans (none flagged before or after): 74 of 743; then 40 of the four kinds
    # from six languages (2 flagged as first measured): 76 of 783; 40 of daily news (5):
    # 81 of 823; 40 of features and food pages (9): 90 of 863; then, with straight single
    # quotes read as quotation marks, 88 of 863; and 40 of foreign-desk copy in British
    # quotes (14 flagged as first measured, 7 after the rules made from their batch):
    # 95 of 903; then, with a quotation's first part read with the whole, 94 of 903 (and
    # one held-out fragment fewer found, 890 of 975); and 40 of regional news abroad (2
    # flagged as first measured): 96 of 943; then 106 of 1,103; reported speech kept on
    # purpose: 90 of 1,103; 40 of regional and foreign coverage (4 as first measured):
    # 93 of 1,143 (0.081); short leftovers 214 of 294; 40 of politics and institutions
    # (4 as first measured): 97 of 1,183; short leftovers 229 of 315; 40 of culture,
    # sport and everyday life (8 as first measured): 103 of 1,223 (0.084); short
    # leftovers 244 of 337; 40 of breaking news and wire copy (5 as first measured):
    # 108 of 1,263 (0.086); 40 of everyday local news abroad (5 as first measured):
    # 113 of 1,303 (0.087); short leftovers 258 of 358 (0.721); 40 of science and health
    # (5 as first measured): 117 of 1,343 (0.087); short leftovers 274 of 379 (0.723);
    # 160 of food and travel, courts, schools and history, business and farming (14 as
    # first measured): 129 of 1,503 (0.086); short leftovers 343 of 465 (0.738); 320 of
    # politics, arts, sport, local administration, weather, migration, transport and
    # profiles (31 as first measured): 153 of 1,823 (0.084); short leftovers 475 of 644
    # (0.738); at the end of the stop of rounds 109-120: 191 of 4,223 (0.045) and 1,488
    # of 1,878 (0.792), against 219 and 1,478 with the rules at its start
    "held-out": (0.70, 0.09, 0.0),
}


@pytest.mark.parametrize("heldout", [False, True], ids=["development", "held-out"])
def test_boilerplate_floors(heldout: bool) -> None:
    result = evaluate_boilerplate.evaluate(heldout=heldout)
    recall_floor, kind_floor, alarm_ceiling, removed_ceiling = BOILERPLATE[str(result["set"])]
    recall = result["recall"]
    assert isinstance(recall, dict)
    assert recall["all"]["recall"] >= recall_floor
    for kind in evaluate_boilerplate.KINDS:
        assert recall[kind]["recall"] >= kind_floor, kind
    assert result["clean_paragraph_alarm_rate"] <= alarm_ceiling
    removed = result["removed_clean_lines"]
    assert isinstance(removed, int) and removed <= removed_ceiling


def test_site_folder_floors() -> None:
    lines = evaluate_boilerplate.evaluate_folder(40)["lines"]
    assert isinstance(lines, dict)
    assert lines["footer"]["rate"] == 1.0
    for label in ("body", "dateline", "shared"):
        assert lines[label]["flagged"] == 0, label


@pytest.mark.parametrize("heldout", [False, True], ids=["development", "held-out"])
def test_leftover_floors(heldout: bool) -> None:
    result = evaluate_leftovers.evaluate(heldout=heldout)
    recall_floor, clean_ceiling, native_ceiling = LEFTOVERS[str(result["set"])]
    short = result["short"]
    native = result["native"]
    assert isinstance(short, dict) and isinstance(native, dict)
    assert short["all"]["recall"] >= recall_floor
    assert result["clean_flag_rate"] <= clean_ceiling
    assert native["all"]["flag_rate"] <= native_ceiling
