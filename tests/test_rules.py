"""Every rule has a failing and a passing example, and the rule table is consistent."""

from __future__ import annotations

import pytest

import quotefix
from quotefix.rules import FAMILIES, RULES

# code -> (target, text that must report the code, its repair or None if flag-only,
#          a similar text that must not report it)
EXAMPLES = {
    "QF101": ("en-US", "He called it ” a disgrace”.", "He called it “a disgrace”.",
              "He called it “a disgrace”."),
    "QF102": ("en-US", "He denounced “a dangerous enlargement» of the war.",
              "He denounced “a dangerous enlargement” of the war.",
              "He denounced “a dangerous enlargement” of the war."),
    "QF103": ("en-US", "“The roads are closed, he said.\nThe end.",
              "“The roads are closed,” he said.\nThe end.",
              "“The roads are closed,” he said.\nThe end."),
    "QF104": ("en-US", "It was the deal”, he said.", None, "It was “the deal”, he said."),
    "QF105": ("en-US", "It was “the deal”said the man.", "It was “the deal” said the man.",
              "It was “the deal” said the man."),
    "QF106": ("en-US", "He said“We will win” today.", "He said “We will win” today.",
              "He said “We will win” today."),
    "QF107": ("en-US", "““We will win” he said.", "“We will win” he said.",
              "“We will win” he said."),
    "QF108": ("en-US", "He said “” and left.", None, "He said “no” and left."),
    "QF109": ("en-US", "He called it “\na disgrace,” said the minister.", None,
              "He called it “a disgrace,” said the minister."),
    "QF201": ("en-US", "He called it «a disgrace».", "He called it “a disgrace”.",
              "He called it “a disgrace”."),
    "QF202": ("en-US", 'He called it "a disgrace", “a shame”.',
              "He called it “a disgrace”, “a shame”.",
              'He called it "a disgrace", "a shame".'),
    "QF203": ("en-US", "He called it “ a disgrace ”.", "He called it “a disgrace”.",
              "He called it “a disgrace”."),
    "QF204": ("fr-FR", "Il a parlé de «honte».", "Il a parlé de «\u202fhonte\u202f».",
              "Il a parlé de «\u202fhonte\u202f»."),
    "QF205": ("en-US", "“He called it “a disgrace” today.”", "“He called it ‘a disgrace’ today.”",
              "“He called it ‘a disgrace’ today.”"),
    "QF206": ("en-US", "“We don't know,” said Macron‘s aide.",
              "“We don’t know,” said Macron’s aide.",
              "\"We don't know,\" said Macron's aide."),
    "QF207": ("en-US@curly", "The 6'4\" centre.", "The 6′4″ centre.", "The 6′4″ centre."),
    "QF301": ("en-US", "Why ? Because he said so.", "Why? Because he said so.",
              "Why? Because he said so."),
    "QF302": ("en-US", "Growth reached 2,5 percent.", "Growth reached 2.5 percent.",
              "Some 1,500 people marched."),
    "QF303": ("en-US", "Some 10 000 soldiers were sent.", "Some 10,000 soldiers were sent.",
              "Some 10,000 soldiers were sent."),
    "QF304": ("en-US", "The plant opened at 05: 00am.", "The plant opened at 05:00am.",
              "The meeting opened at 14:30."),
    "QF305": ("en-US", "The 2e round is in June.", None, "The 2nd round is in June."),
    "QF306": ("en-US", "It was signed by M. Barnier.", None,
              "The economist John M. Keynes said so."),
    "QF307": ("fr-FR", "Pourquoi? Il part.", "Pourquoi\u202f? Il part.",
              "Pourquoi\u202f? Il part."),
    "QF308": ("en-US", "The minister , who spoke ( briefly ) , left .",
              "The minister, who spoke (briefly), left.",
              "He paused . . . and left, (briefly)."),
    "QF309": ("en-US", "The so-called “;reset” failed.", "The so-called “reset” failed.",
              "The so-called “reset”; it failed."),
    "QF310": ("en-US", "The â€œresetâ€\u009d failed.", "The “reset” failed.",
              "The Musée d’Orsay is in Orléans."),
    "QF311": ("en-US", "The ``reset'' failed.", "The “reset” failed.",
              "Run `make` and see."),
    "QF312": ("en-US", "“It is obvious,” – said the spokesman.",
              "“It is obvious,” said the spokesman.",
              "“It is obvious,” said the spokesman – and left."),
    "QF401": ("en-US", "The region [aujourd’hui occupée par les forces ukrainiennes] was shelled.",
              None, "Sébastien Lecornu called it a fait accompli, Le Monde reported."),
    "QF402": ("en-US", "The FrenchLa guerre des prix continues.", None,
              "McDonald’s and LeBron James opened a store."),
    "QF501": ("en-US", "The army advanced.\nREAD ALSO: Putin's gamble\nThe end.", None,
              "Read also the ministry's report.\nThe end."),
    "QF502": ("en-US", "Talks resume.\nSubscribe to our newsletter for more.\nThe end.", None,
              "Newsletters are a growing business for publishers."),
    "QF503": ("en-US", "Talks resume.\nAdvertisement\nThe end.", None,
              "Advertisement spending rose by a fifth."),
    "QF504": ("en-US", "The minister (Gérald Darmanin, NDLR) denied it.", None,
              "The minister (Gérald Darmanin) denied it."),
    "QF505": ("en-US", "Photo: AFP\nThe strike went on.", None,
              "Photos of the victims were shown."),
    "QF506": ("en-US", "The strike went on.\nThis article was translated automatically from"
              " French.", None, "The treaty was translated into French in 1920."),
    "QF507": ("en-US", "VIDEO. Floods in the north: the images", None,
              "Video footage showed the floods in the north."),
    "QF508": ("en-US", "Listen to this article\nThe strike went on.", None,
              "Listen to the people of the valley, the mayor said."),
    "QF509": ("en-US", "The strike went on.\nMOST READ\n• Rents rise again\n• Rail strike ends",
              None, "The strike went on.\nThe measures:\n• rents frozen;\n• trains run."),
}
#: Rules that look at several texts together: a failing and a passing folder each.
FOLDER_EXAMPLES = {
    # A footer no single-text rule knows (``Support us …`` is QF508 on its own).
    "QF510": (["Story one.\n\nThe Harbour Courier since 1921.",
               "Story two.\n\nThe Harbour Courier since 1921.",
               "Story three.\n\nThe Harbour Courier since 1921."],
              ["Story one.\n\nShared wire paragraph.", "Story two.\n\nShared wire paragraph.",
               "Story three."]),
}


def codes(text: str, target: str) -> set[str]:
    return {f.code for f in quotefix.check(text, target=target)}


def test_every_rule_has_examples() -> None:
    assert set(EXAMPLES) | set(FOLDER_EXAMPLES) == {rule.code for rule in RULES}


@pytest.mark.parametrize("code", sorted(FOLDER_EXAMPLES))
def test_folder_examples(code: str) -> None:
    bad, good = FOLDER_EXAMPLES[code]
    assert all(code in {f.code for f in found} for found in quotefix.check_many(bad))
    assert not any(code in {f.code for f in found} for found in quotefix.check_many(good))
    assert all(code not in codes(text, "en-US") for text in bad)  # one text alone: no count


@pytest.mark.parametrize("code", sorted(EXAMPLES))
def test_failing_example(code: str) -> None:
    target, bad, repaired, _good = EXAMPLES[code]
    assert code in codes(bad, target)
    result = quotefix.fix(bad, target=target, unsafe=True)
    if repaired is None:
        assert code in {f.code for f in result.unresolved}
    else:
        assert result.text == repaired


@pytest.mark.parametrize("code", sorted(EXAMPLES))
def test_passing_example(code: str) -> None:
    target, _bad, _repaired, good = EXAMPLES[code]
    assert code not in codes(good, target)


def test_codes_are_unique_and_well_formed() -> None:
    seen = set()
    for rule in RULES:
        assert rule.code not in seen
        seen.add(rule.code)
        assert rule.code[:3] in FAMILIES
        assert rule.name == rule.name.lower() and " " not in rule.name
        assert rule.severity in ("error", "warning")


def test_findings_carry_rule_metadata() -> None:
    by_code = {rule.code: rule for rule in RULES}
    for target, bad, _repaired, _good in EXAMPLES.values():
        for finding in quotefix.check(bad, target=target):
            rule = by_code[finding.code]
            assert finding.name == rule.name
            assert finding.severity == rule.severity
            if finding.fix is not None:
                assert rule.fixable
                assert finding.fix.code == finding.code


# Best guesses (unsafe=True) for a mark to add or drop; the safe fix leaves each alone.
GUESSES = [
    # a mark typed twice with a space between: the extra one goes with its space
    ("The campaign “Clean Rivers” ” started in April.",
     "The campaign “Clean Rivers” started in April.", "QF104"),
    ("“ “We were never asked,” the mayor said.", "“We were never asked,” the mayor said.",
     "QF104"),
    # a quotation run on into the next paragraph that starts a sentence: the reopener
    ("“No buyer came,” he said. “We tried Europe.\n\nAnd Asia, in vain.”",
     "“No buyer came,” he said. “We tried Europe.\n\n“And Asia, in vain.”", "QF109"),
    ("He wrote: \"We tried Europe.\n\n12 offers came, all too low.\"",
     "He wrote: \"We tried Europe.\n\n\"12 offers came, all too low.\"", "QF109"),
    # a dialogue dash before a bare attribution verb, and one opening a paragraph
    ("“We won” – said Peskov.", "“We won” said Peskov.", "QF312"),
    ("– We will not give in, the minister said.", "\"We will not give in,\" the minister said.",
     "QF312"),
    ("“We are ready – he said – We will stay.”", "“We are ready,” he said, “We will stay.”",
     "QF312"),
]
NO_GUESS = [
    ("It was the deal”, he said.", "QF104"),  # where the lost opener stood is meaning
    ("He called it “\na disgrace,” said the minister.", "QF109"),  # a page split: joined
    ("He called it “a disgrace\n\nfor us,” said the minister.", "QF109"),
    ("Il a dit « nous avons essayé.\n\nEt en Asie. »", "QF109"),  # not English
    ("– We will not give in, the minister said, and left.", "QF312"),  # where does it end?
]


@pytest.mark.parametrize(("text", "guessed", "code"), GUESSES)
def test_best_guess(text: str, guessed: str, code: str) -> None:
    assert quotefix.fix(text).text == text
    result = quotefix.fix(text, unsafe=True)
    assert result.text == guessed
    assert code in {edit.code for edit in result.edits}


@pytest.mark.parametrize(("text", "code"), NO_GUESS)
def test_no_guess(text: str, code: str) -> None:
    target = "fr-FR" if "«" in text else "en-US"
    result = quotefix.fix(text, unsafe=True, target=target)
    assert code in {f.code for f in result.unresolved}
    assert code not in {edit.code for edit in result.edits}


def test_mojibake_that_re_decodes_to_a_control_character_is_not_repaired() -> None:
    # "Â\x81" is U+0081 misread; putting back a control character helps no reader.
    text = "The \u00c2\u0081 result and the caf\u00c3\u00a9 stayed."
    found = [f for f in quotefix.check(text, select=["QF310"])]
    assert [text[f.start:f.end] for f in found] == ["\u00c3\u00a9"]
    assert quotefix.fix(text, unsafe=True).text == "The \u00c2\u0081 result and the café stayed."
