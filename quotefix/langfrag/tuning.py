"""Every tuning constant of the fragment detector, with the reason for its value.

The values were set on the development set (``tests/data/fragments``) and
checked on the held-out set; ``scripts/evaluate_fragments.py`` prints both.
Change one only with both sets' figures before and after.
"""

from __future__ import annotations

# -- the first pass -------------------------------------------------------------

#: A line is read word by word with this many distinct pieces of evidence
#: (one is enough inside brackets or quotes): a lone ``les`` or ``die`` in an
#: English line is usually a name (Les Misérables, Die Hard).
FIRST_PASS_EVIDENCE = 2
#: How many of the most frequent English words count as "common English":
#: enough to cover news vocabulary, few enough to leave out the rare words
#: that are also French or Italian (``sera``, ``tutti``). wordfreq's small
#: English list (words used once per million or more) has 28,917: all of them.
ENGLISH_WORDS = 28000
#: Shortest word judged "unknown to English": shorter ones are too often
#: abbreviations, names or slang (``rizz``, ``NATO``).
UNKNOWN_WORD_MIN = 4
#: Longest wrapped span (characters) that the first pass looks inside.
WRAPPED_MAX_CHARS = 80

# -- judging a run of words ------------------------------------------------------

#: Up to this many words, a run that fills brackets or quotes is judged as a
#: short wrapped span (``[à]``, ``“quartiere”``): its wrapper is evidence.
SHORT_SPAN_WORDS = 3
#: Marker density (markers / content words) a long run needs: below it, a few
#: shared words (``a``, ``e``) would report English. Stricter when asked.
MIN_DENSITY = 0.2
MIN_DENSITY_STRICT = 0.3
#: At or above this density the markers alone prove a foreign run; langdetect
#: only has to name the language.
DENSE = 0.5
#: Markers that decide without langdetect, when dense and pointing at one
#: language by a clear margin (best vote >= 2 x second + 1).
DECISIVE_MARKERS = 3
#: langdetect saying "target language" above this rejects a sparse run.
TARGET_REJECT_P = 0.5
#: A run whose best candidate language scores below this is rejected.
MIN_LANGUAGE_P = 0.2
#: Confidence mixes langdetect's probability and the marker density equally.
WEIGHT_DETECTOR = 0.5
WEIGHT_MARKERS = 0.5
#: Confidences are clamped, never 0 or 1: nothing here is certain.
CONFIDENCE_FLOOR = 0.05
CONFIDENCE_CEILING = 0.99

# -- short wrapped spans of unknown words ------------------------------------------

#: langdetect's probability a wrapped span of unknown words needs for a
#: candidate language, and the most it may give English.
UNKNOWN_MIN_P = 0.6
UNKNOWN_MAX_EN = 0.05
#: A single unknown word needs this many letters: character n-grams of a
#: shorter one say little.
UNKNOWN_MIN_LETTERS = 5
#: Share of langdetect's probability kept as confidence: no marker backs it.
UNKNOWN_CONFIDENCE = 0.7

# -- glosses and names -----------------------------------------------------------------

#: Spans of up to this many words may be deliberate (glossed or introduced);
#: longer ones are never a quoted term.
GLOSS_MAX_WORDS = 12
#: An institution's own name, capitalised at both ends with only name particles
#: between (``Agenzia Nazionale per la Sicurezza delle Ferrovie e delle Infrastrutture
#: Stradali e Autostradali``: 13 words), is kept up to this many words.
NAME_MAX_WORDS = 16
#: A phrase glossed between two dashes right after it (``agentes comunitários de saúde
#: — community health workers … —``) is kept on purpose up to this many words.
DASHED_GLOSS_MAX_WORDS = 6
#: A term named after the colon that ends its description is a word or a short
#: phrase (``: la sobremesa.``); a longer span there is a sentence left in place.
GLOSS_NAMED_MAX_WORDS = 3
#: How far before a span a gloss cue (``called``, ``known as``) is looked
#: for, and how far after it a gloss (``(“at the same time”)``).
GLOSS_BEFORE_CHARS = 60
GLOSS_AFTER_CHARS = 40
#: How far before a span the second, rarer cues are looked for (``recording of``,
#: ``as they say in Seville,``, a verb up to ten words before ``with``: ``signed every
#: letter, even the tax office's, with``): the longest of them fits, and they are
#: read word by word only for a span already judged foreign, which is rare.
MORE_CUES_CHARS = 80
#: A quotation's English translation (:mod:`.translations`) has between half and
#: twice its words, one more or less: languages differ in length (``Oggi ho
#: sofferto come un cane``, six words; ``today I suffered like a dog``, six), a
#: sentence of English after a quotation rarely matches it so closely.
TRANSLATION_LENGTH_SLACK = 2.0
#: And nearly all its lower-case words are common English words (a name or a
#: loanword may stay).
TRANSLATION_MIN_ENGLISH = 0.75
#: A translation given as the next sentence differs from the quotation by at most
#: this share of its words (at least one): ``Fermé pour cause de déjeuner`` and
#: ``Closed on account of lunch`` have five each; ``“Nous continuerons.” The minister
#: left the room`` is a new sentence, not a translation.
NEXT_SENTENCE_SLACK = 0.3
#: How far after a quotation the English sentence may name the kind of work it
#: is (``“…” was the most successful French comedy of 2014``).
WORK_AFTER_CHARS = 80
#: How far before parentheses the English noun phrase they gloss may start.
NOUN_PHRASE_CHARS = 40
#: A quotation of up to this many words, capitalised, with no verb or pronoun of
#: the source, names a work or a thing (:func:`.titles.title_shaped`): titles
#: and mottos are short, and a longer quotation is someone's words.
TITLE_MAX_WORDS = 8
#: A capitalised quotation shaped like a clause (three content words in a row,
#: ``“Ainda estou aqui”``) still names a work after an English preposition when
#: it has at most this many words: film and song titles of that shape are short,
#: and a whole quoted sentence after ``of`` or ``on`` is longer.
TITLE_CLAUSE_MAX_WORDS = 5
#: An accented word English text uses at least this often (Zipf, wordfreq's
#: English list) is a loanword (``communiqué`` 2.55, ``détente`` 2.27,
#: ``chargé`` 2.28). The accented short leftovers of the development set stay
#: under 1.4 (``Brücke`` 1.35, ``Última`` 1.32; most are not in the list at all).
LOANWORD_EN_MIN = 2.0

# -- glued words --------------------------------------------------------------------------

#: A left part shorter than this is a word of its own only when accented and
#: followed by a source function word (``éLa``): ``McDonald``, ``iPhone``.
GLUED_MIN_LEFT = 3
#: Confidence of a glued word with an accented left part and a marker on the
#: right, and of one with only one of the two.
GLUED_CONFIDENCE_STRONG = 0.9
GLUED_CONFIDENCE = 0.75

# -- short leftovers inside English sentences (word frequencies) ----------------------------

#: A foreign content word is used at least this often in a candidate language
#: (Zipf: 3.0 is once per million words, the floor of wordfreq's lists)…
SHORT_SOURCE_MIN = 3.0
#: …at most this often in English (``vue`` 2.9 and ``nacional`` 3.0 pass;
#: ``piazza``, ``fiesta`` and other loanwords of English copy do not)…
SHORT_EN_MAX = 3.0
#: …and this much more often in the candidate language than in English.
SHORT_MARGIN = 1.5
#: Shortest foreign content word: short ones are too often abbreviations.
SHORT_MIN_LETTERS = 4
#: A common English word joins a foreign run only when a candidate language
#: uses it at least this often (and more than English does: ``centre``).
SHORT_SHARED_MIN = 4.0
#: … or, for a word that is not one of the most common English words, when the
#: candidate uses it this much more often than English (``allocations familiales``).
SHORT_SHARED_MARGIN = 0.5
#: A capitalised German noun after an English determiner (``the Landkreis``)
#: is foreign when German uses it this often and English at most this often.
SHORT_GERMAN_MIN = 3.5
SHORT_GERMAN_EN_MAX = 1.5
#: The same after a German article or preposition (``laut Polizei``, ``im Rathaus``):
#: a word English writes rarely (Polizei 1.97) is German there; one it writes often is a
#: name or English (``für Migration`` 4.14, ``aus Leipzig`` 3.27).
SHORT_GERMAN_AFTER_GERMAN_EN_MAX = 2.5
#: A word at the edge of a span is the target's (and the span stops before it)
#: when the target language uses it about as often as the span's language, or
#: more (within this many Zipf hundredths): ``is``, ``on``, ``forbidden``.
TRIM_MARGIN = 30
#: At a span's start only a lower-case word the target uses far more often goes
#: (``an arrêté``): a span often opens with a capitalised word of its own
#: language that is also English (``Miles de personas…``).
START_TRIM_MARGIN = -100
#: A word the target uses this much more often (Zipf hundredths) than the span's
#: language is cut off a span's edge even when capitalised (``on Tuesday``, ``on
#: Friday``, which French wordfreq lists too), and
#: ends an English lead before the span (``The suspect was placed en garde à vue``).
STRONG_TRIM_MARGIN = 150
#: After an article or a preposition of the span's language, a word stays in the
#: span (``sur la place``) unless English uses it this much more often (Zipf
#: hundredths) than that language does: the English noun a translation left after
#: a foreign preposition (``da parte dei fishermen``, ``em relação ao price``).
GOVERNED_EN_MARGIN = 60
#: Shortest German compound split into two German words (``Bürgergeld``); and
#: the longest word split, or read by its letters (no word is longer).
SHORT_COMPOUND_MIN = 9
SHORT_COMPOUND_MAX = 40
#: A word in no frequency list is read by langdetect's character n-grams only
#: from this length, and needs this probability for one candidate.
SHORT_RARE_MIN_LETTERS = 7
SHORT_RARE_MIN_P = 0.95
#: … or from this length for a word with the candidates' accents that no
#: English list has (``rodéos``).
SHORT_RARE_ACCENTED_MIN_LETTERS = 6
#: Right after a foreign word, a word no list has is read by its n-grams from
#: this length (``mercato ittico``): its neighbour's language must agree.
NEIGHBOUR_RARE_MIN_LETTERS = 5
#: A heading cut off by a space only is taken when the body starts with a word
#: this common in English (``The``, ``A``, ``Police``), never a name.
HEADING_NEXT_MIN = 5.0
#: A heading's word that English lists counts as foreign when a candidate uses it
#: this much more (``Mundo`` 6.04 in Portuguese, 3.05 in English); loanwords of
#: English copy stay English (``Fiesta``, ``Piazza``: less than 2 apart).
HEADING_MARGIN = 2.5
#: Words chanted, sung, prayed or toasted and kept in the original are short: a
#: quotation tied to such a verb is deliberate up to this many words; a longer
#: one is more likely a passage MT left.
PERFORMED_MAX_WORDS = 15
#: A quoted exclamation inside the narrative, tied to no verb of saying, is a
#: greeting, a toast or a cheer up to this many words (``“¡Salud, muchachos!”``).
EXCLAIMED_MAX_WORDS = 8
#: How much more English may use a word that a name goes on over than the name's
#: language does (Zipf): ``national`` is as French as English; ``stands`` is English.
NAME_WORD_MARGIN = 0.5
#: Most words of a quotation the sentence names as a thing (a title, a slogan, a motto):
#: a longer one reads as a statement left in its language.
NAMED_QUOTE_MAX_WORDS = 7
#: A heading in capitals before a full stop or a colon is a section's name when
#: each word is this common in one candidate (``SOCIÉTÉ`` 5.51, ``DEPORTES``
#: 4.51). Before a dash only the list of sections' names counts: towns' names are
#: as common (``BOGOTÁ`` 4.54, ``WUPPERTAL`` 4.20).
HEADING_SECTION_MIN = 4.4

# -- words the English sentence treats as English (borrowings) ---------------------------

#: A lower-case word English uses at least this often (Zipf, wordfreq's English
#: list) is a borrowing when an English word that is no article stands before it
#: (``a huge tifo`` 1.83, ``early fauve`` 1.58, ``of panettone`` 1.69). The
#: development leftovers English uses this often all follow an article (``the
#: seca`` 2.20, ``the new cantine`` 1.58, ``The gendarmerie`` 2.40).
BORROWED_EN_MIN = 1.5
#: Letters before the place word of a German place name (``Dom|platz``): a
#: shorter left part is no word of its own.
PLACE_HEAD_MIN_LEFT = 3


#: A run in another script (:mod:`.scripts`) is certain to be foreign; its
#: language, read from the script, a little less (Cyrillic serves several).
SCRIPT_CONFIDENCE = 0.9
#: Letters a run in another script needs before it is text rather than a letter
#: or a symbol: Greek letters name variants, angles and constants (``the α
#: variant``, ``ΔT``); two Chinese or Japanese characters make a word.
SCRIPT_MIN_LETTERS = {"default": 3, "Greek": 4, "CJK": 2}
#: A function word of a candidate this long, which English writes less than this (Zipf),
#: is foreign on its own (``bereits``, ``également``): shorter ones are often English
#: words or names' particles too.
LONE_MARKER_MIN_LETTERS = 5
LONE_MARKER_EN_MAX = 1.5

#: A text longer than this (a whole archive's file, not an article) keeps its
#: per-word memories to :data:`LONG_TEXT_WORDS` words, and leaves them at their first
#: words once it is read (:func:`.screen.trim`): its findings are all held at once.
LONG_TEXT_CHARS = 1_000_000
LONG_TEXT_WORDS = 12_000
