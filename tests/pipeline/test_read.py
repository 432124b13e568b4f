"""Reader: files, folders, formats, publication dates, and every kind of bad input."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from communique.pipeline import read
from communique.pipeline.read import (
    dateline_length,
    detect_published,
    document_id,
    make_document,
    read_paths,
    url_date,
)
from communique.records import Document, ReadFailure
from tests.helpers.paths import SEEDS

BODY = "The foreign minister met his counterpart in the capital on Monday to discuss cooperation.\n"


def _docs(items: list[Document | ReadFailure]) -> list[Document]:
    return [d for d in items if isinstance(d, Document)]


def _fails(items: list[Document | ReadFailure]) -> list[ReadFailure]:
    return [d for d in items if isinstance(d, ReadFailure)]


# ------------------------------------------------------------------------------------------ header line


def test_read_header_line_sets_published_and_body_start() -> None:
    text = " date 2022-09-20 20 September 2022 14:11 (UTC+04:00)\n\nBy A Reporter\n\n" + BODY
    doc = make_document(text)
    assert doc.published == "2022-09-20"
    assert doc.published_rule == "header-line"
    assert doc.text == text  # the full text is kept: offsets index the text as read
    assert doc.text[doc.body_start:].startswith("\nBy A Reporter")
    assert "14:11" not in doc.text[doc.body_start:]


def test_read_header_line_without_leading_space_and_page_residue() -> None:
    doc = make_document("date 2024-09-16 + ↺ − 16 px\n\n" + BODY)
    assert doc.published == "2024-09-16"
    assert "px" not in doc.text[doc.body_start:]


def test_read_header_line_with_invalid_date_is_ignored() -> None:
    doc = make_document(" date 2022-13-45 junk\n" + BODY)
    assert doc.published is None
    assert doc.body_start == 0


def test_read_given_published_wins_over_header_but_body_start_still_set() -> None:
    doc = make_document(" date 2022-09-20 residue\n" + BODY, published="2021-01-02T10:00:00Z")
    assert doc.published == "2021-01-02"
    assert doc.published_rule == "given"
    assert doc.body_start > 0


# ------------------------------------------------------------------------------------------ datelines

DATELINES = [
    ("New York, 20 September 2022 (TDI): The Foreign Minister met the Secretary-General.", "2022-09-20", "dateline"),
    ("LONDON, March 3, 2021 - Ministers met today.", "2021-03-03", "dateline"),
    ("September 20, 2022\n\n" + BODY, "2022-09-20", "first-date-line"),
    ("20 September 2022 14:11 (UTC+04:00)\n\n" + BODY, "2022-09-20", "first-date-line"),
    ("Published: Monday, 3 March 2021 10:15 GMT\n" + BODY, "2021-03-03", "first-date-line"),
    ("Updated Sept. 5th, 2019\n" + BODY, "2019-09-05", "first-date-line"),
    ("2020-08-25\n" + BODY, "2020-08-25", "first-date-line"),
    ("20.09.2022 14:11\n\n" + BODY, "2022-09-20", "first-date-line"),
    ("Monday, September 19, 2022\n" + BODY, "2022-09-19", "first-date-line"),
    ("By A Reporter | 5 Oct 2021\n" + BODY, "2021-10-05", "first-date-line"),
    ("05/23/2013 10:00 AM\n" + BODY, "2013-05-23", "first-date-line"),
    ("23/05/2013\n" + BODY, "2013-05-23", "first-date-line"),
    ("Ministers to discuss the conflict (UPDATE)\n\n25 August 2020\n\nDetails added: first version posted on 16:03"
     "\n\nBAKU, Azerbaijan, Aug.25\n\nTrend:\n\n" + BODY, "2020-08-25", "dateline-borrowed-year"),
    ("A headline here\n\n1 September 2020\n\nPARIS, Aug 31 (Agency) - " + BODY, "2020-08-31",
     "dateline-borrowed-year"),
]
NO_DATE = [
    "WASHINGTON, Sept. 3 (Reuters) - a year-less dateline and no year anywhere near the top.\n" + BODY,
    "Armenia marks anniversary of 27 September 2020 war\n" + BODY,  # a date inside a headline
    "The talks were held on 20 September 2022 in Baku, the ministry said.\n" + BODY,  # inside a sentence
    "By A Reporter\n\n" + BODY * 2 + "\n\nOn 12 June 1991 the treaty was signed.\n",  # history, deep in the body
    "Line one\n\nLine two\n\nLine three\n\nLine four\n\nLine five\n\n20 September 2022\n" + BODY,  # too far down
    "On 30 February 2022 nothing happened.\n" + BODY,  # invalid date
    "30 February 2022\n" + BODY,  # invalid date on a line of its own
    "KYIV, Ukraine (AP) — Officials said on Monday.\n" + BODY,  # dateline without a date
    "09/10/2022\n" + BODY,  # slashes: day or month first is ambiguous
    "https://example.org/news/2022/09/story\n" + BODY,  # a URL path without a day
    BODY,
]


@pytest.mark.parametrize(("text", "date", "rule"), DATELINES)
def test_read_dateline_phrase_table(text: str, date: str, rule: str) -> None:
    found = detect_published(text)
    assert found is not None
    assert (found.date, found.rule) == (date, rule)
    doc = make_document(text)
    assert (doc.published, doc.published_rule) == (date, rule)
    assert doc.body_start == dateline_length(text)  # the dateline itself is not body


@pytest.mark.parametrize("text", NO_DATE)
def test_read_no_publication_date_when_top_has_none(text: str) -> None:
    assert detect_published(text) is None
    assert make_document(text).published is None


URL_DATES = [
    ("https://www.example.com/2013/may/03/local/story-0504", "2013-05-03"),
    ("http://news.example.tv/story/2013-07-21/town-fire/", "2013-07-21"),
    ("http://example.com/2013/03/11/riot_story.php?x=1", "2013-03-11"),
    ("https://example.org/2013/03/", None),
    ("https://example.org/news/20130311/story", None),
    ("https://example.org/2013/13/01/story", None),
]


@pytest.mark.parametrize(("url", "date"), URL_DATES)
def test_read_url_path_date(url: str, date: str | None) -> None:
    found = url_date(url)
    assert (found.date if found else None) == date


def test_read_url_date_is_used_only_when_the_text_has_none() -> None:
    doc = make_document(BODY, url="https://example.org/2020/01/02/story")
    assert (doc.published, doc.published_rule) == ("2020-01-02", "url-path")
    doc = make_document("March 3, 2021\n" + BODY, url="https://example.org/2020/01/02/story")
    assert (doc.published, doc.published_rule) == ("2021-03-03", "first-date-line")
    doc = make_document("https://example.org/2020/01/02/story\nA headline\n" + BODY)
    assert (doc.published, doc.published_rule) == ("2020-01-02", "url-path")


# ------------------------------------------------------------------------------------------ ids, files, folders


def test_read_document_id_depends_on_content_only(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, "utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(BODY, "utf-8")
    docs = _docs(list(read_paths([tmp_path])))
    assert len(docs) == 2 and docs[0].id == docs[1].id == document_id(BODY)
    assert document_id(BODY) != document_id(BODY + " ")
    assert docs[0].id.startswith("doc_") and len(docs[0].id) == 20


def test_read_folder_is_recursive_sorted_and_skips_other_files(tmp_path: Path) -> None:
    for name in ["b.txt", "a.txt", "z/c.txt", "m/d.TXT", "notes.md", ".hidden.txt", "image.png"]:
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"{name}: {BODY}", "utf-8")
    items = list(read_paths([tmp_path]))
    assert not _fails(items)
    assert [Path(d.path or "").relative_to(tmp_path).as_posix() for d in _docs(items)] == [
        "a.txt", "b.txt", "m/d.TXT", "z/c.txt"]


def test_read_single_path_string_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, "utf-8")
    assert [d.text for d in _docs(list(read_paths(str(tmp_path))))] == [BODY]


def test_read_explicit_unsupported_or_missing_path_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text(BODY, "utf-8")
    (tmp_path / "ok.txt").write_text(BODY, "utf-8")
    items = list(read_paths([tmp_path / "notes.md", tmp_path / "missing.txt", tmp_path / "ok.txt"]))
    fails = _fails(items)
    assert len(fails) == 2 and len(_docs(items)) == 1
    assert "unsupported file type '.md'" in fails[0].message()
    assert "no such file" in fails[1].message()


def test_read_folder_with_many_files_streams(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(1500):
        (tmp_path / f"{i:05d}.txt").write_text(f"Article {i}. {BODY}", "utf-8")
    opened: list[Path] = []
    real = read._read_bytes

    def counting(path: Path) -> bytes:
        opened.append(path)
        return real(path)

    monkeypatch.setattr(read, "_read_bytes", counting)
    it = read_paths([tmp_path])
    first = list(itertools.islice(it, 3))
    assert len(opened) == 3  # nothing read ahead
    assert [d.text.split(".")[0] for d in _docs(first)] == ["Article 0", "Article 1", "Article 2"]
    assert sum(1 for _ in it) == 1497


# ------------------------------------------------------------------------------------------ bad input


def test_read_binary_file_is_a_failure_and_iteration_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "b.txt").write_text(BODY, "utf-8")
    items = list(read_paths([tmp_path]))
    assert len(items) == 2
    assert isinstance(items[0], ReadFailure) and "binary" in items[0].problem
    assert str(tmp_path / "a.txt") in items[0].message()
    assert isinstance(items[1], Document)


def test_read_latin1_file_names_byte_offset_and_iconv_fix(tmp_path: Path) -> None:
    data = "Le ministre a rencontré son homologue.".encode("latin-1")
    (tmp_path / "fr.txt").write_bytes(data)
    (fail,) = list(read_paths([tmp_path / "fr.txt"]))
    assert isinstance(fail, ReadFailure)
    assert f"byte 0xe9 at offset {data.index(0xE9)}" in fail.problem
    assert "iconv -f LATIN1 -t UTF-8" in fail.fix


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \n", b"\xef\xbb\xbf"])
def test_read_empty_file_is_a_failure(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "e.txt").write_bytes(content)
    (fail,) = list(read_paths([tmp_path / "e.txt"]))
    assert isinstance(fail, ReadFailure) and "empty" in fail.problem


def test_read_utf8_bom_and_crlf_are_handled(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf date 2022-09-20 x\r\n" + BODY.encode().replace(b"\n", b"\r\n"))
    (doc,) = _docs(list(read_paths([tmp_path / "bom.txt"])))
    assert doc.published == "2022-09-20"
    assert "\r" not in doc.text and not doc.text.startswith("\ufeff")
    assert doc.text[doc.body_start:] == BODY


def test_read_huge_article_is_read_without_crashing(tmp_path: Path) -> None:
    para = "Officials met again to discuss the talks and the agreement that followed. " * 20 + "\n\n"
    text = para * (6_000_000 // len(para) + 1)
    (tmp_path / "huge.txt").write_text(text, "utf-8")
    (doc,) = list(read_paths([tmp_path / "huge.txt"]))
    assert isinstance(doc, Document) and len(doc.text) > 5_000_000


def test_read_unreadable_file_is_a_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(BODY, "utf-8")

    def denied(path: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(read, "_read_bytes", denied)
    (fail,) = list(read_paths([tmp_path / "a.txt"]))
    assert isinstance(fail, ReadFailure) and "Permission denied" in fail.problem


# ------------------------------------------------------------------------------------------ JSON records


def test_read_jsonl_malformed_line_between_good_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": "First article. " + BODY, "published": "2022-09-20T10:00:00Z",
                    "title": "T1", "url": "https://example.org/1", "source": "Example"}),
        '{"text": "broken", ',
        "",
        json.dumps({"text": "Third article. " + BODY, "published": "2021-05-06"}),
        json.dumps({"title": "no text"}),
        json.dumps(["not", "an", "object"]),
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    items = list(read_paths([tmp_path / "a.jsonl"]))
    docs, fails = _docs(items), _fails(items)
    assert [d.published for d in docs] == ["2022-09-20", "2021-05-06"]
    assert docs[0].published_rule == "metadata"
    assert (docs[0].title, docs[0].url, docs[0].source) == ("T1", "https://example.org/1", "Example")
    assert docs[0].path == f"{tmp_path / 'a.jsonl'}#a1"
    assert [f.line for f in fails] == [2, 5, 6]
    assert "malformed JSON on line 2" in fails[0].message()
    assert fails[0].message().startswith(f"{tmp_path / 'a.jsonl'}:2:")


def test_read_json_list_and_single_record(tmp_path: Path) -> None:
    (tmp_path / "list.json").write_text(json.dumps([{"text": "One. " + BODY}, {"text": "Two. " + BODY}]), "utf-8")
    (tmp_path / "one.json").write_text(json.dumps({"text": "September 20, 2022\n" + BODY}), "utf-8")
    (tmp_path / "bad.json").write_text("[{", "utf-8")
    items = list(read_paths([tmp_path]))
    assert isinstance(items[0], ReadFailure) and "malformed JSON" in items[0].problem
    docs = _docs(items)
    assert [d.text[:4] for d in docs] == ["One.", "Two.", "Sept"]
    assert (docs[2].published, docs[2].published_rule) == ("2022-09-20", "first-date-line")


@pytest.mark.parametrize(("published", "date", "rule"), [
    ("2005-11-19", "2005-11-19", "metadata"),   # the record's date wins
    (None, "2005-11-19", "dateline"),            # else the dateline's
])
def test_read_jsonl_dateline_field_opens_the_story(tmp_path: Path, published: str | None, date: str,
                                                   rule: str) -> None:
    rec = {"id": "x1", "dateline": "BEIJING, Nov. 19 , 2005 (Xinhua)", "text": BODY, "published": published}
    (tmp_path / "a.jsonl").write_text(json.dumps(rec) + "\n", "utf-8")
    doc = _docs(list(read_paths([tmp_path])))[0]
    assert doc.text.startswith("BEIJING, Nov. 19") and doc.text[doc.body_start:] == BODY  # metadata, not a sentence
    assert (doc.published, doc.published_rule) == (date, rule)


def test_read_json_record_with_invalid_published_falls_back_to_text(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": BODY, "published": "yesterday"}) + "\n", "utf-8")
    (doc,) = list(read_paths([tmp_path / "a.jsonl"]))
    assert isinstance(doc, Document) and doc.published is None


# ------------------------------------------------------------------------------------------ HTML

PAGE = """<!DOCTYPE html><html><head><title>Ministers meet | Example News</title>
<meta property="article:published_time" content="2022-09-20T10:00:00+04:00">
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://news.example.org/ministers-meet"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | Subscribe</nav>
<article><h1>Ministers meet in New York</h1>
<p>The foreign minister of Azerbaijan met the Secretary-General of the United Nations in New York on Monday to
discuss cooperation and regional security.</p>
<p>They also discussed the situation on the border, the ministry said in a statement released later that day.</p>
</article><footer>Copyright Example News. All rights reserved. Cookie policy.</footer></body></html>"""


def test_read_html_extracts_main_text_and_metadata(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, "utf-8")
    (doc,) = list(read_paths([tmp_path / "page.html"]))
    assert isinstance(doc, Document)
    assert "met the Secretary-General" in doc.text and "border" in doc.text
    assert "Subscribe" not in doc.text and "Cookie policy" not in doc.text
    assert (doc.published, doc.published_rule) == ("2022-09-20", "html-metadata")
    assert doc.url == "https://news.example.org/ministers-meet"
    assert doc.title and "Ministers meet" in doc.title


def test_read_html_without_date_metadata_has_no_date(tmp_path: Path) -> None:
    page = PAGE.replace('<meta property="article:published_time" content="2022-09-20T10:00:00+04:00">', "")
    (tmp_path / "page.htm").write_text(page, "utf-8")
    (doc,) = list(read_paths([tmp_path / "page.htm"]))
    assert isinstance(doc, Document) and doc.published is None


def test_read_html_without_text_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_text("<html><head><script>var x = 1;</script></head><body></body></html>",
                                         "utf-8")
    (fail,) = list(read_paths([tmp_path / "empty.html"]))
    assert isinstance(fail, ReadFailure) and "no article text" in fail.problem


def test_read_seed_articles_when_present() -> None:
    seeds = SEEDS
    if not seeds.is_dir():
        pytest.skip("../shared/seeds not found: the seed articles are not available here")
    docs = _docs(list(read_paths([seeds])))
    assert docs
    for d in docs:
        if d.text.startswith(" date "):
            assert d.published_rule == "header-line" and d.body_start > 0
            assert d.published == d.text[6:16]


def test_read_jsonl_non_utf8_line_is_a_failure_other_lines_read(tmp_path: Path) -> None:
    good = json.dumps({"text": "Good one. " + BODY}).encode()
    bad = '{"text": "Caf\u00e9 \u201cquoted\u201d"}'.encode("cp1252")
    (tmp_path / "a.jsonl").write_bytes(b"\xef\xbb\xbf" + good + b"\r\n" + bad + b"\n" + good.replace(b"Good", b"Also"))
    items = list(read_paths([tmp_path / "a.jsonl"]))
    assert [type(i).__name__ for i in items] == ["Document", "ReadFailure", "Document"]
    fail = items[1]
    assert isinstance(fail, ReadFailure) and fail.line == 2 and "not UTF-8" in fail.problem
    assert "WINDOWS-1252" in fail.fix


@pytest.mark.parametrize("content", [b"", b"\n\n  \n"])
def test_read_empty_jsonl_is_a_failure(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "e.jsonl").write_bytes(content)
    (fail,) = list(read_paths([tmp_path / "e.jsonl"]))
    assert isinstance(fail, ReadFailure) and "empty" in fail.problem


def test_read_jsonl_streams_records(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(3000):
            fh.write(json.dumps({"id": str(i), "text": f"Article {i}. {BODY}"}) + "\n")
        fh.write("{broken\n")
    it = read_paths([path])
    first = next(it)
    assert isinstance(first, Document) and first.path == f"{path}#0"
    rest = list(it)
    assert len(rest) == 3000 and isinstance(rest[-1], ReadFailure) and rest[-1].line == 3001


def test_read_html_in_declared_legacy_charset(tmp_path: Path) -> None:
    page = PAGE.replace("<head>", '<head><meta charset="windows-1252">').replace("regional security",
                                                                                 "r\u00e9gional \u201csecurity\u201d")
    (tmp_path / "legacy.html").write_bytes(page.encode("cp1252"))
    (doc,) = list(read_paths([tmp_path / "legacy.html"]))
    assert isinstance(doc, Document) and "r\u00e9gional \u201csecurity\u201d" in doc.text


def test_read_header_line_without_body_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "h.txt").write_text(" date 2022-09-20 20 September 2022\n\n  \n", "utf-8")
    (fail,) = list(read_paths([tmp_path / "h.txt"]))
    assert isinstance(fail, ReadFailure) and "no article text after" in fail.problem


@pytest.mark.parametrize(("text", "body"), [
    ("HELSINKI, 14 March 2023 (Baltic Wire): Estonian Foreign Minister met", "Estonian Foreign Minister met"),
    ("BRUSSELS (Example Desk) - The European Union imposed", "The European Union imposed"),
    ("New York, 20 September 2022 (TDI): The Foreign Minister", "The Foreign Minister"),
    ("MOSCOW, March 3 (Reuters) - Russia said", "Russia said"),
    ("WASHINGTON \u2014 The US said", "The US said"),
    ("Also Read: Pakistan condemns the attack", "Also Read: Pakistan condemns the attack"),
    ("Secretary Blinken: We will meet again", "Secretary Blinken: We will meet again"),
    ("By A Reporter\nThe ministers met", "By A Reporter\nThe ministers met"),
])
def test_read_dateline_is_not_body(text: str, body: str) -> None:
    doc = make_document(text)
    assert doc.text[doc.body_start:] == body
    assert doc.text == text  # offsets still index the text as read


def test_read_empty_json_list_is_a_failure(tmp_path: Path) -> None:
    p = tmp_path / "empty.json"
    p.write_text("[]", "utf-8")
    [item] = list(read_paths([p]))
    assert isinstance(item, ReadFailure) and "no records" in item.problem


def test_read_json_record_with_only_a_header_line_is_a_failure(tmp_path: Path) -> None:
    p = tmp_path / "h.jsonl"
    p.write_text('{"text": " date 2022-09-20 Some page residue"}\n', "utf-8")
    [item] = list(read_paths([p]))
    assert isinstance(item, ReadFailure) and "header line" in item.problem


def test_read_same_text_from_two_outlets_is_two_documents() -> None:
    text = "The minister met the envoy on Monday."
    a = make_document(text, url="https://a.example/1")
    b = make_document(text, url="https://b.example/9")
    assert a.id != b.id
    assert make_document(text).id == make_document(text).id == document_id(text)
