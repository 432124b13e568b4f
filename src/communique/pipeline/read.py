"""Read articles from files and folders into :class:`~communique.records.Document` records.

``read_paths`` streams: folders are walked lazily (sorted, so runs are deterministic) and each file is read only
when the consumer asks for the next document. A file that cannot be read yields a :class:`ReadFailure` naming the
file, the problem and the fix; the iteration always goes on.

Publication dates come only from the article itself (a `` date YYYY-MM-DD`` header line, record metadata, HTML
metadata, or a dateline / date line at the very top of the text): never from the file's mtime or today's date.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import itertools
import json
import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from ..lexicon.words import word_map
from ..records import Document, ReadFailure

log = logging.getLogger(__name__)
WarnFn = Callable[[str, str], None]  # (path, message): something read but doubtful; the run goes on

SUFFIXES: tuple[str, ...] = (".txt", ".jsonl", ".json", ".html", ".htm")
MAX_BYTES = 256 * 1024 * 1024  # above this a file is refused (the pipeline truncates long articles anyway)
TOP_LINES = 5  # the dateline / date line must be among the first few non-empty lines ...
TOP_CHARS = 400  # ... and start within the first few hundred characters of the body

# --------------------------------------------------------------------------------------------- documents


def document_id(text: str, url: str | None = None) -> str:
    """Content id: the same article read twice (from any path) gets the same id. When the article has a URL,
    the URL is part of the identity, so the same wire copy run by two outlets counts as two sources."""
    key = text if not url else f"{url}\n{text}"
    return "doc_" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


# Publication years a news article can have: dates.expressions.ANCHOR_YEARS (kept here: importing the dates
# package would load spaCy, and `communique --help` reads files without it; a test keeps the two equal)
ANCHOR_YEARS = (1800, 2200)
_BAD_CODE_POINTS = re.compile("[\ud800-\udfff]")  # lone surrogates (paired ones are decoded to one code point)


def clean_text(value: str) -> tuple[str, int]:
    """``value`` with every lone surrogate (from a JSON ``\\udc80`` escape or a file name that is not UTF-8)
    replaced by U+FFFD, and how many were replaced. One code point for one, so offsets into the text stay exact;
    such code points cannot be encoded, stored or printed."""
    return _BAD_CODE_POINTS.subn("\ufffd", value)


def _clean_opt(value: str | None) -> str | None:
    return clean_text(value)[0] if value is not None else None


def plausible_date(iso: str | None) -> bool:
    """A publication date a news article can have (years ANCHOR_YEARS); 0001-01-01 or 9999-12-31 are
    placeholders, and shifting them by a few days would leave the calendar."""
    return iso is not None and ANCHOR_YEARS[0] <= int(iso[:4]) <= ANCHOR_YEARS[1]


_HEADER_RE = re.compile(r"\A[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[^\n]*(?:\n|\Z)")


def make_document(
    text: str,
    published: str | None = None,
    path: str | None = None,
    url: str | None = None,
    title: str | None = None,
    source: str | None = None,
    on_warning: Callable[[str], None] | None = None,
    dateline: str | None = None,
) -> Document:
    """Build a Document from decoded text (a ``dateline`` given apart, "BEIJING, Nov. 19 (Xinhua)", opens it).

    A first line `` date YYYY-MM-DD ...`` (page residue) gives the publication date (rule "header-line") and
    ``body_start`` points after it. ``published`` given by the caller wins (rule "given"). Otherwise the top of
    the body is searched for a dateline ("dateline") or a line that is mostly a date ("first-date-line"); last,
    a date in the path of ``url`` or of a bare URL on the first line ("url-path", e.g. ``/2013/05/03/``).

    Lone surrogates (text, metadata) become U+FFFD, a publication date outside ANCHOR_YEARS is ignored: both warned."""
    warn = on_warning or (lambda message: log.warning("%s: %s", path or "article", message))
    text, bad = clean_text(f"{dateline.strip()} -- {text}" if dateline and dateline.strip() else text)
    if bad:
        warn(f"{bad} invalid code point(s) (lone surrogates) in its text replaced by U+FFFD")
    for name, value in (("url", url), ("title", title), ("source", source)):
        if value is not None and _BAD_CODE_POINTS.search(value):
            warn(f"invalid code point(s) (lone surrogates) in its {name} replaced by U+FFFD")
    path, url, title, source = (_clean_opt(v) for v in (path, url, title, source))
    body_start = 0
    rule: str | None = None
    header = _HEADER_RE.match(text)
    header_date = None
    if header:
        header_date = _valid_iso(header.group(1))
        if header_date is not None:
            body_start = header.end()
    pub = _iso_date_prefix(published) if published else None
    for given in (pub, header_date):
        if given is not None and not plausible_date(given):
            warn(f"publication date {given} is not plausible (years {ANCHOR_YEARS[0]}-{ANCHOR_YEARS[1]}); ignored")
    pub = pub if plausible_date(pub) else None
    header_date = header_date if plausible_date(header_date) else None
    if pub is not None:
        rule = "given"
    elif header_date is not None:
        pub, rule = header_date, "header-line"
    else:
        found = detect_published(text[body_start:])
        if found is None:
            found = url_date(url) if url else None
        if found is None:
            first = text[body_start:].lstrip().split("\n", 1)[0].strip()
            found = url_date(first) if _BARE_URL.fullmatch(first) else None
        if found is not None:
            pub, rule = found.date, found.rule
    body_start += dateline_length(text[body_start:])
    return Document(id=document_id(text, url), text=text, path=path, url=url, title=title, source=source,
                    published=pub, published_rule=rule, body_start=body_start)


_DL_PLACE = r"[A-Z][A-Za-z'.\-]*(?:[ ][A-Za-z][A-Za-z'.\-]*){0,3}"
_DATELINE_LEAD = re.compile(
    rf"^\s*(?P<place>{_DL_PLACE})(?:\s*,\s*{_DL_PLACE}){{0,2}}"
    r"(?:\s*,\s*(?P<date>[^():\n]{3,30}?))?"
    r"\s*(?:\((?P<src>[^)\n]{1,40})\))?"
    r"\s*(?::|\s[-\u2013\u2014]+)\s+(?=[A-Z\"\u201c])"
)


def dateline_length(body: str) -> int:
    """Length of a dateline opening the body ("HELSINKI, 14 March 2023 (Wire): ", "BRUSSELS (Agency) - ").

    The dateline is metadata, not part of the first sentence: the pipeline's body starts after it, so a place
    name in it is never read as an actor. Only the first line is looked at, and a dateline needs an all-capitals
    place, a date or a (SOURCE) so that an ordinary sentence with a colon is left alone.
    """
    first = body[:2_000].split("\n", 1)[0]  # a dateline is short; a first line may be a million characters
    m = _DATELINE_LEAD.match(first)
    if not m:
        return 0
    place = m.group("place")
    caps = sum(ch.isupper() for ch in place) >= 3 and place.upper() == place
    dated = bool(m.group("date")) and bool(re.search(r"\d", m.group("date") or ""))
    if not (caps or dated or m.group("src")):
        return 0
    return m.end()


# --------------------------------------------------------------------------------------------- dates at the top

_MONTHS: dict[str, int] = {k: int(v) for k, v in word_map("dates/read_months").items()}
_MON = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_FULL_DATE_RES = (
    re.compile(rf"\b{_DAY}\s+{_MON}\s*,?\s+{_YEAR}\b", re.I),  # 20 September 2022
    re.compile(rf"\b{_MON}\s*{_DAY}\s*,?\s+{_YEAR}\b", re.I),  # September 20, 2022 / Sept. 20 2022
    re.compile(rf"\b{_YEAR}-(?P<mnum>\d{{2}})-(?P<day>\d{{2}})\b"),  # 2022-09-20
    re.compile(rf"\b(?P<day>\d{{1,2}})\.(?P<mnum>\d{{1,2}})\.{_YEAR}\b"),  # 20.09.2022 (dots: day first)
)
_YEARLESS_RES = (
    re.compile(rf"\b{_MON}\s*{_DAY}\b(?!\s*,?\s*\d)", re.I),  # Aug.25 / Sept. 3
    re.compile(rf"\b{_DAY}\s+{_MON}(?![\w.]*\s*,?\s*\d)", re.I),  # 25 Aug
)
# Words that may surround a date on a line that is "mostly a date".
_DATE_LINE_NOISE = re.compile(
    r"(?i)\b(?:published|updated|posted|last|modified|on|at|am|pm|utc|gmt|est|edt|cet|cest|local|time|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"date|dated)\b|\d{1,2}:\d{2}(?::\d{2})?|[+-]\d{2}:?\d{2}|[^\w]+")
_BYLINE = re.compile(r"^\s*by\s+[^|,–—\-\d]{1,50}[|,–—\-]", re.I)  # "By A Reporter | " before a date
# A dateline: PLACE[, PLACE], DATE [(SOURCE)] followed by ':' or a dash, or the end of the line.
_PLACE = r"[A-Z][\w'.\-]*(?:\s+[A-Za-z][\w'.\-]*){0,3}"
_DATELINE_PREFIX = re.compile(rf"^\s*{_PLACE}(?:\s*,\s*{_PLACE}){{0,2}}\s*[,\-–—]?\s*$")
_DATELINE_SUFFIX = re.compile(r"^\s*(?:\([^)\n]{1,40}\))?\s*(?:[:\-–—|]|$)")


@dataclass(frozen=True)
class PublishedDate:
    date: str  # YYYY-MM-DD
    rule: str  # "dateline" | "first-date-line" | "dateline-borrowed-year"
    text: str  # the line it came from


def _valid_iso(s: str) -> str | None:
    try:
        return _dt.date.fromisoformat(s).isoformat()
    except ValueError:
        return None


def _iso_date_prefix(value: str) -> str | None:
    """'2022-09-20', '2022-09-20T10:00:00Z', '2022-09-20 10:00' -> '2022-09-20'; anything else -> None."""
    m = re.match(r"\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])", value)
    return _valid_iso(m.group(1)) if m else None


def _make_date(year: int, month: int, day: int) -> str | None:
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month(m: re.Match[str]) -> int:
    if m.groupdict().get("mnum"):
        return int(m.group("mnum"))
    return _MONTHS[m.group("mon").lower().rstrip(".")]


def _top_lines(body: str) -> list[tuple[int, str]]:
    """The first few non-empty lines of the body with their offsets (within the first TOP_CHARS chars)."""
    out: list[tuple[int, str]] = []
    pos = 0
    for line in body[: TOP_CHARS + 300].split("\n"):
        if pos > TOP_CHARS or len(out) >= TOP_LINES:
            break
        if line.strip():
            out.append((pos, line))
        pos += len(line) + 1
    return out


def _is_dateline(line: str, m: re.Match[str]) -> bool:
    before, after = line[: m.start()], line[m.end():]
    return (before.strip() == "" or bool(_DATELINE_PREFIX.match(before))) and bool(_DATELINE_SUFFIX.match(after))


def _is_date_line(line: str, m: re.Match[str]) -> bool:
    """The line is mostly the date: what is left after removing it and time/weekday words is at most 2 words."""
    before = _BYLINE.sub(" ", line[: m.start()])
    rest = _DATE_LINE_NOISE.sub(" ", before + " " + line[m.end():]).split()
    return len(rest) <= 2 and len(line.strip()) <= 80


_SLASH_DATE = re.compile(r"\b(?P<a>\d{1,2})\s?/\s?(?P<b>\d{1,2})\s?/\s?(?P<year>(?:19|20)\d{2})\b")


def _full_dates(line: str) -> Iterator[tuple[re.Match[str], str]]:
    """Full (day, month, year) dates in a line. Slash dates only when unambiguous (05/23/2013, 23/05/2013)."""
    for rx in _FULL_DATE_RES:
        for m in rx.finditer(line):
            date = _make_date(int(m.group("year")), _month(m), int(m.group("day")))
            if date is not None:
                yield m, date
    for m in _SLASH_DATE.finditer(line):
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
        if (a > 12) == (b > 12):
            continue  # 05/06/2013: day or month first cannot be told apart
        date = _make_date(year, a, b) if b > 12 else _make_date(year, b, a)
        if date is not None:
            yield m, date


def detect_published(body: str) -> PublishedDate | None:
    """Find the publication date at the very top of an article body, conservatively.

    Accepted: a dateline "New York, 20 September 2022 (TDI): ..." (rule "dateline"); a line that is mostly a
    full date "September 20, 2022 14:11" ("first-date-line"); a year-less dateline "BAKU, Azerbaijan, Aug.25"
    whose year comes from a full date in the same top lines ("dateline-borrowed-year"). A date inside a
    headline or sentence is not a publication date, and neither is anything below the first few lines.
    """
    lines = _top_lines(body)
    full: list[tuple[str, str, str]] = []  # (date, rule, line)
    for _, line in lines:
        for m, date in _full_dates(line):
            if _is_dateline(line, m) and _DATE_LINE_NOISE.sub(" ", line[: m.start()]).strip():
                full.append((date, "dateline", line))
            elif _is_date_line(line, m) or _is_dateline(line, m):
                full.append((date, "first-date-line", line))
    if full:
        # Prefer a real dateline over a bare date line; otherwise the first one.
        best = next((f for f in full if f[1] == "dateline"), full[0])
        yearless = _yearless_dateline(lines, int(best[0][:4]))
        if yearless is not None and best[1] != "dateline":
            return yearless
        return PublishedDate(best[0], best[1], best[2].strip())
    return None


_BARE_URL = re.compile(r"https?://\S+")
_URL_DATE_RES = (
    re.compile(r"/(?P<year>(?:19|20)\d{2})/(?P<mnum>0?[1-9]|1[0-2])/(?P<day>[0-2]?\d|3[01])(?:/|$|[_-]\D)"),
    re.compile(rf"/(?P<year>(?:19|20)\d{{2}})/{_MON}/(?P<day>[0-2]?\d|3[01])(?:/|$|[_-]\D)", re.I),
    re.compile(r"/(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{2})-(?P<day>\d{2})(?:/|$|[_-]\D)"),
)


def url_date(url: str) -> PublishedDate | None:
    """A publication date in a URL path: /2013/05/03/, /2013/may/03/, /2013-07-21/ (not bare digit runs)."""
    path = re.sub(r"^[a-z]+://[^/]*", "", url.strip(), flags=re.I).split("?", 1)[0]
    for rx in _URL_DATE_RES:
        m = rx.search(path)
        if m:
            date = _make_date(int(m.group("year")), _month(m), int(m.group("day")))
            if date is not None:
                return PublishedDate(date, "url-path", url.strip())
    return None


def _yearless_dateline(lines: list[tuple[int, str]], year: int) -> PublishedDate | None:
    for _, line in lines:
        for rx in _YEARLESS_RES:
            for m in rx.finditer(line):
                before = line[: m.start()]
                if not before.strip() or not _DATELINE_PREFIX.match(before) or not _DATELINE_SUFFIX.match(
                        line[m.end():]):
                    continue
                date = _make_date(year, _month(m), int(m.group("day")))
                if date is not None:
                    return PublishedDate(date, "dateline-borrowed-year", line.strip())
    return None


# --------------------------------------------------------------------------------------------- files


def _read_bytes(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read()


def _open_binary(path: Path) -> BinaryIO:
    return open(path, "rb")


def _encoding_fix(path: Path, data: bytes) -> str:
    """iconv advice; bytes 0x80-0x9F (curly quotes, dashes in Windows-1252) are control characters in Latin-1."""
    guess = "WINDOWS-1252" if re.search(b"[\x80-\x9f]", data[:1_000_000]) else "LATIN1"
    return (f"Convert it to UTF-8, e.g. `iconv -f {guess} -t UTF-8 '{path}' > '{path}.utf8'` "
            f"(use the file's real encoding instead of {guess} if you know it)")


def _failure(path: Path | str, problem: str, fix: str, line: int | None = None) -> ReadFailure:
    return ReadFailure(path=clean_text(str(path))[0], problem=problem, fix=fix, line=line)


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _decode(path: Path, data: bytes) -> str | ReadFailure:
    if not data.strip():
        return _failure(path, "empty file", "Remove it or put the article text in it")
    if data.startswith(_UTF16_BOMS):  # UTF-16 with its byte-order mark (either order): NULs are expected
        try:
            data = data.decode("utf-16").encode("utf-8", "surrogatepass")
        except UnicodeDecodeError as exc:
            return _failure(path, f"not UTF-16 text although it starts with a UTF-16 mark ({exc.reason} at "
                            f"offset {exc.start})", "Convert it to UTF-8, e.g. `iconv -f UTF-16 -t UTF-8`")
    if b"\x00" in data[:8192]:
        return _failure(path, "binary file, not text (contains NUL bytes)",
                        "Pass only .txt/.jsonl/.json/.html files with UTF-8 text")
    try:
        text = data.decode("utf-8-sig", "surrogatepass")  # lone surrogates are replaced by make_document
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        return _failure(path, f"not UTF-8 text (byte 0x{bad:02x} at offset {exc.start})", _encoding_fix(path, data))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return _failure(path, "empty file (only whitespace)", "Remove it or put the article text in it")
    return text


_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def _decode_declared(data: bytes) -> str | None:
    """An HTML page in the encoding its <meta charset> declares (only when it is not UTF-8 and has no NULs)."""
    m = _CHARSET_RE.search(data[:4096])
    if m is None or b"\x00" in data[:8192]:
        return None
    try:
        return data.decode(m.group(1).decode("ascii")).replace("\r\n", "\n").replace("\r", "\n")
    except (LookupError, UnicodeDecodeError):
        return None


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | ReadFailure]:
    """Files to read, lazily: explicit files in the given order, folders walked recursively in sorted order.

    Inside folders, files with other suffixes and hidden files are skipped silently; a file passed explicitly
    with an unsupported suffix, or a path that does not exist, yields a ReadFailure.
    """
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            yield from _walk(p)
        elif p.is_file():
            if p.suffix.lower() in SUFFIXES:
                yield p
            else:
                yield _failure(p, f"unsupported file type '{p.suffix or '(none)'}'",
                               f"Pass files ending in {', '.join(SUFFIXES)} (or rename plain-text articles to .txt)")
        elif p.exists():
            yield _failure(p, "not a regular file", "Pass article files or folders of them")
        else:
            yield _failure(p, "no such file or folder", "Check the path")


def _walk(folder: Path) -> Iterator[Path | ReadFailure]:
    """The article files under a folder (sorted); a subfolder that cannot be listed is a ReadFailure."""
    errors: list[OSError] = []
    walk = itertools.chain(os.walk(folder, onerror=errors.append), [(str(folder), [], [])])  # then the last errors
    for root, dirs, files in walk:
        for exc in errors:
            yield _failure(exc.filename or root, f"folder cannot be read ({exc.strerror or exc})",
                           "Check its permissions; the other folders were read")
        errors.clear()
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        yield from (Path(root) / n for n in sorted(files) if not n.startswith(".") and n.lower().endswith(SUFFIXES))


def _log_warning(path: str, message: str) -> None:
    log.warning("%s: %s", path, message)


def read_paths(paths: Iterable[str | Path], on_warning: WarnFn | None = None) -> Iterator[Document | ReadFailure]:
    """Documents (and ReadFailures) from files and folders, one file at a time (a single path is accepted too).

    ``on_warning(path, message)`` receives what was read but looks doubtful (e.g. a "published" value that is not
    a date); the ingest driver puts these in ``IngestReport.warnings``. Without it they are logged.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    warn = on_warning or _log_warning
    for item in iter_files(paths):
        if isinstance(item, ReadFailure):
            yield item
            continue
        try:
            yield from read_file(item, warn)
        except Exception as exc:  # one bad file never stops the run; the failure below names it
            log.debug("unexpected error reading %s", item, exc_info=True)
            yield _failure(item, f"could not be read ({type(exc).__name__}: {exc})",
                           "Check the file; report a bug if it looks like a valid article")


def read_file(path: Path, on_warning: WarnFn | None = None) -> Iterator[Document | ReadFailure]:
    """Documents from one file (a .jsonl/.json file may hold many; .jsonl is read line by line)."""
    warn = on_warning or _log_warning
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl(path, warn)
            return
        size = path.stat().st_size
        if size > MAX_BYTES:
            yield _failure(path, f"file too large ({size // (1024 * 1024)} MB)",
                           f"Split it into articles under {MAX_BYTES // (1024 * 1024)} MB")
            return
        data = _read_bytes(path)
    except OSError as exc:
        yield _failure(path, f"cannot be read ({exc.strerror or exc})", "Check that it exists and is readable")
        return
    text = _decode(path, data)
    if isinstance(text, ReadFailure) and suffix in (".html", ".htm"):
        text = _decode_declared(data) or text
    if isinstance(text, ReadFailure):
        yield text
        return
    if suffix == ".json":
        yield from _read_json(path, text, warn)
    elif suffix in (".html", ".htm"):
        yield _read_html(path, text)
    else:
        # a very long article is not warned about here: processing truncates it and says so once, with sizes
        doc = make_document(text, path=str(path), on_warning=lambda m: warn(clean_text(str(path))[0], m))
        if not doc.text[doc.body_start:].strip():
            yield _failure(path, "no article text after the ' date YYYY-MM-DD' header line",
                           "Put the article text below the header line, or remove the file")
            return
        yield doc


# --------------------------------------------------------------------------------------------- JSON records

_JSON_FIX = ('Each record must be a JSON object with a non-empty "text" string and optional "published" '
             '(ISO date), "id", "title", "url", "source", "dateline"')


def _record(path: Path, rec: Any, where: str, line: int | None, warn: WarnFn = _log_warning) -> Document | ReadFailure:
    if not isinstance(rec, dict):
        return _failure(path, f"record {where} is a {type(rec).__name__}, not an object", _JSON_FIX, line)
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        return _failure(path, f'record {where} has no "text"', _JSON_FIX, line)
    def opt(key: str) -> str | None:
        v = rec.get(key)
        return str(v) if v is not None and str(v).strip() else None

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    published = opt("published")
    doc = make_document(text, published=published, path=f"{path}#{opt('id') or where}", url=opt("url"),
                        title=opt("title"), source=opt("source"), dateline=opt("dateline"),
                        on_warning=lambda m: warn(clean_text(str(path))[0], f"record {where}: {m}"))
    if not doc.text[doc.body_start:].strip():
        return _failure(path, f"record {where} has only a header line, no article text", _JSON_FIX, line)
    if published and doc.published_rule == "given":
        doc = replace(doc, published_rule="metadata")
    elif published and _iso_date_prefix(published) is None:
        warn(clean_text(str(path))[0], f"record {where}: published {published!r} is not an ISO date; looked for a date in the text")
    return doc


def _read_jsonl(path: Path, warn: WarnFn = _log_warning) -> Iterator[Document | ReadFailure]:
    """One record per line, streamed: a bad line (not UTF-8, not JSON, no text) is a failure with its number."""
    any_line = False
    with _open_binary(path) as fh:
        head = fh.read(2)
        fh.seek(0)
        lines: Iterable[bytes] = fh
        if head in _UTF16_BOMS:  # UTF-16: decoded whole (a JSONL export in UTF-16 is rare and small)
            text = _decode(path, fh.read())
            if isinstance(text, ReadFailure):
                yield text
                return
            lines = (line.encode("utf-8", "surrogatepass") + b"\n" for line in text.split("\n"))
        for n, raw in enumerate(lines, start=1):
            if n == 1:
                if b"\x00" in raw[:8192]:
                    yield _failure(path, "binary file, not text (contains NUL bytes)",
                                   "Pass only .txt/.jsonl/.json/.html files with UTF-8 text")
                    return
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            if not raw.strip():
                continue
            any_line = True
            try:
                line = raw.decode("utf-8", "surrogatepass")
            except UnicodeDecodeError as exc:
                yield _failure(path, f"line {n} is not UTF-8 text (byte 0x{raw[exc.start]:02x} at column "
                               f"{exc.start + 1})", _encoding_fix(path, raw), line=n)
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield _failure(path, f"malformed JSON on line {n} ({exc.msg} at column {exc.colno})",
                               "Fix or remove that line; the other lines were read", line=n)
                continue
            except RecursionError:
                yield _failure(path, f"line {n} is JSON nested too deeply to read",
                               "Fix or remove that line; the other lines were read", line=n)
                continue
            yield _record(path, rec, f"L{n}", n, warn)
    if not any_line:
        yield _failure(path, "empty file", "Remove it or put one JSON record per line in it")


def _read_json(path: Path, text: str, warn: WarnFn = _log_warning) -> Iterator[Document | ReadFailure]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield _failure(path, f"malformed JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})",
                       "Fix the JSON (a list of records or one record)", line=exc.lineno)
        return
    except RecursionError:
        yield _failure(path, "JSON nested too deeply to read", "Fix the JSON (a list of records or one record)")
        return
    if isinstance(data, list):
        if not data:
            yield _failure(path, "an empty list: no records", _JSON_FIX)
        for i, rec in enumerate(data):
            yield _record(path, rec, str(i), None, warn)
    else:
        yield _record(path, data, "0", None, warn)


# --------------------------------------------------------------------------------------------- HTML


def _read_html(path: Path, html: str) -> Document | ReadFailure:
    import trafilatura  # imported lazily: slow to import

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params={"original_date": True, "extensive_search": False})
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not text.strip():
        return _failure(path, "no article text found in the HTML page",
                        "Save the article page itself (not an index or a script-only page), or paste its text "
                        "into a .txt file")
    title = getattr(extracted, "title", None)
    url = getattr(extracted, "url", None)
    source = getattr(extracted, "sitename", None)
    meta_date = getattr(extracted, "date", None)
    published = _iso_date_prefix(meta_date) if meta_date else None
    doc = make_document(text, published=published, path=str(path), url=url, title=title, source=source)
    if doc.published_rule == "given":
        doc = replace(doc, published_rule="html-metadata")
    return doc
