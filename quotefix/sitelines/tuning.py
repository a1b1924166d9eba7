"""Every weight of the boilerplate line classifier, with the reason for its value.

A line's score is the weight of its best piece of evidence plus the shape
adjustments below; a line scoring :data:`THRESHOLD` or more is boilerplate.
The values were set on the development articles of
``tests/data/boilerplate/`` and checked on the held-out ones;
``scripts/evaluate_boilerplate.py`` prints both. A false alarm on a clean
paragraph costs more than a miss, so every weight leans towards silence.
"""

from __future__ import annotations

#: Score a line needs to be reported.
THRESHOLD = 2.5

# -- evidence ----------------------------------------------------------------------

#: A label at the start of a line followed by a separator or nothing
#: (``READ ALSO:``, ``LIRE AUSSI``), or glued to a capitalised headline.
START_LABEL = 3.0
#: A label followed by a plain space and a capitalised headline: a little
#: less sure (``Read also How…``).
START_HEADLINE = 2.5
#: The whole line is a label (``Advertisement``, ``Listen to this article``).
WHOLE_LINE = 3.5
#: A phrase inside a short line: several words (``translated automatically``),
#: or a single word, which proves less.
INSIDE_PHRASE = 2.5
INSIDE_WORD = 2.0
#: Two word classes together: a newsletter noun with a call to act, an
#: advertising word with a continuation, ``with`` and a news agency, a row of
#: social networks, a wire header made of a name and a date.
COMBINATION = 3.0
#: A section kicker in capitals before a separator and a headline.
KICKER = 3.0
#: An arrow or chevron leading a short headline (``>> …``, ``» …``).
ARROW = 3.0

# -- shape ------------------------------------------------------------------------------

#: Lines longer than these word counts lose this much: boilerplate is short;
#: a paragraph that mentions a label is not.
LENGTH_PENALTIES = ((12, 0.5), (20, 1.0), (30, 2.0), (45, 4.0))


def length_penalty(size: int) -> float:
    """What a line of ``size`` words (numbers aside) loses for its length."""
    penalty = 0.0
    for limit, cost in LENGTH_PENALTIES:
        if size > limit:
            penalty = cost
    return penalty


#: Fewest words beside a phrase inside a line (``automatic translation``) for the line
#: to be read as news about the thing the phrase names when no other word of the
#: site's vocabulary stands with it (``Tradução automática nos avisos da proteção
#: civil gera críticas``); a notice of that length says more about the article.
INSIDE_NEWS_WORDS = 5
#: Longest line looked at for labels inside it (longer lines are prose).
INSIDE_MAX_WORDS = 45
#: A line that opens with a quotation mark is somebody's words.
QUOTED = -4.0
#: Boilerplate gathers at the edges of an article: the first and the last
#: lines get this much.
EDGE = 0.5
EDGE_FIRST = 2
EDGE_LAST = 4
#: A line with evidence that speaks to its reader or as the site ("you", "our") and
#: quotes nobody: the page's voice, which gets back what a line of 13 to 20 words
#: loses for its length (``This article is reserved for our subscribers. Already a
#: subscriber? Sign in here`` in the middle of an article). On the development
#: articles, 16 more lines found and no clean line flagged.
READER_ADDRESSED = 0.5
#: Longest line (numbers aside) that gets it: a paragraph of news may speak as the site
#: too (``… broadcast live by our channel throughout the night …``).
READER_ADDRESSED_WORDS = 20

# -- lists of other headlines ---------------------------------------------------------

#: Longest line taken as an item of a list of headlines.
HEADLINE_MAX_WORDS = 20

# -- inline spans -------------------------------------------------------------------------

#: Longest credit at the end of a caption (``… Photo: Rui Matos / Lusa``), in words.
TAIL_CREDIT_WORDS = 10
#: Fewest words of the headline after a kicker with no separator (``REPORT In the
#: Ardennes, …``): a capitalised word or two after capitals is a name, not a headline.
KICKER_HEADLINE_WORDS = 3
#: Fewest letters of a kicker with no separator: ``REPORT``, ``ANALYSE``, but not
#: ``LIVE`` (``LIVE Nation buys…`` is a name).
KICKER_BARE_LETTERS = 5
#: Fewest letters of words in capitals no list names before a bar (``CUBA |``, not ``NY |``).
UNLISTED_KICKER_LETTERS = 4
#: Longest run of capitals read as a kicker (``INFO LE JOURNAL.``).
KICKER_MAX_WORDS = 5
#: Most words in capitals of a kicker no list names, before its bar (``HEAT WAVE |``).
UNLISTED_KICKER_WORDS = 3
#: Longest short line whose word classes combine (``With AFP``, ``Publicité``
#: with a continuation word).
SHORT_LINE_WORDS = 8
#: Longest line of a newsletter call found by its noun and a call to act (also
#: of a trust or donation appeal, found by a call, journalism and "us" or "our").
NEWSLETTER_MAX_WORDS = 35
#: Longest row of share buttons (``Share on Whatsapp Share on Facebook Share on Twitter Share
#: on Linkedin Copy link``: 14).
SHARE_ROW_WORDS = 16
#: Longest line read as nothing but a reading time (``3 min read``, ``Lecture : 3 min``).
READING_LINE_WORDS = 4
#: Longest author box found by ``By``, a name and a job (``By Ana Ruiz, reporter``).
AUTHOR_MAX_WORDS = 14

# -- the vocabulary of site furniture ---------------------------------------------------

#: A short line of furniture words, the reader addressed, or a furniture word
#: before a colon and a name (:mod:`.vocabulary`): just enough alone; a label on
#: the same line, which names the kind more surely, wins a tie.
VOCABULARY = 2.5
#: Least share of a line's content words that are furniture words.
VOCABULARY_SHARE = 0.5
#: The same share for a line that ends a sentence (``No Facebook page was created
#: for the event.`` is news; ``Article translated automatically.`` is not).
VOCABULARY_SENTENCE_SHARE = 0.67
#: Longest line ending a sentence that the vocabulary may still read as furniture
#: (``Article translated automatically.``); longer, it is a sentence of news.
VOCABULARY_SENTENCE_WORDS = 8

# -- labels and notices no list names (:mod:`.unlisted`) ------------------------------

#: Longest unlisted teaser label before its colon (``You may also like:``): longer,
#: the words before a colon are a headline's own (``What the law changes for you:``).
TEASER_LABEL_WORDS = 4
#: An unlisted teaser label's colon stands within this many characters of the line's
#: start (four words of a label, bullets and spaces before them); the first look of
#: :mod:`.screen` passes no other line for it.
LABEL_COLON_AT = 80
#: Fewest words after the colon of an unlisted teaser label: a headline, not a name.
TEASER_HEADLINE_WORDS = 3
#: How far into a line the piece may be named for a notice about it (``This news
#: item``, ``Cet article``, ``Questo articolo``): the third word at most; a line that
#: names "this article" later is speaking of something else.
NOTICE_PIECE_AT = 3

# -- the page speaking of itself (:mod:`.invitations`) ----------------------------------

#: Most words of an author's note under an opinion piece (``Jana Bergmann is editor in
#: the local department. She writes about transport and city development.``: 16).
AUTHOR_NOTE_WORDS = 40

#: Longest line of the page speaking of itself (``Links to other websites are marked
#: with an arrow`` and ``Did you notice an error? Please let us know.`` have nine
#: words, ``If you liked the material, put a like and share it with friends``
#: twelve). Every word of such a line must be of its classes, so a sentence of news,
#: however short, is left alone; it must stay within the reach of a phrase inside a
#: line, which the first look of :mod:`.screen` uses for it.
PAGE_NOTE_WORDS = 12

# -- menus and polls --------------------------------------------------------------------

#: Fewest items of a flattened menu, the most words in one, and the share of its
#: words that must be items (``Newspaper archive`` is two).
MENU_MIN_WORDS = 4
MENU_MAX_WORDS = 16
MENU_SHARE = 0.8
#: Most words after a poll's question: its answers and the button.
POLL_MAX_BUTTONS = 8
#: Most words of a site promoting its other media.
PROMOTION_WORDS = 25


def reach(weight: float, edge: bool, addressed: bool = False) -> int:
    """The most words (numbers aside) a line may have for evidence of ``weight`` to count
    (``addressed``: in a line that may speak to its reader)."""
    def score(size: int) -> float:
        spoken = addressed and size <= READER_ADDRESSED_WORDS
        return (weight + (EDGE if edge else 0.0) + (READER_ADDRESSED if spoken else 0.0)
                - length_penalty(size))
    size = 0
    while size < 200 and score(size + 1) >= THRESHOLD:
        size += 1
    return size if score(0) >= THRESHOLD else -1
