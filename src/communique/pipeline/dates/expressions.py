"""Date expressions on their own: find them in a sentence and normalise one against an anchor date.

* ``resolve_expression(expr, anchor, tense)`` turns one expression ("Sept. 19", "last month", "on Monday",
  "the end of 1991") into a :class:`ResolvedDate` with an honest precision (day | week | month | year; a week is
  an ISO week "2022-W37", as TIMEX3 writes it): a day is only given when the text names one (directly or by a
  deictic word such as "yesterday" or a weekday).
  Year-less dates take their year from the anchor and the tense: past -> the latest such date not after the
  anchor (two days' slack for time zones), future -> the next one on/after it, present -> the nearest one.
* ``find_date_expressions(text)`` finds the expressions in a sentence with regular expressions (durations
  such as "for three decades" or "30 years" are not date expressions and are not returned).

No parse is needed here; attaching expressions to events (tense, syntax) lives in :mod:`.dates`.
Every ResolvedDate carries ``rule`` naming the rule that produced it, for auditing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ...lexicon.words import word_map
from ...records import ResolvedDate
from ...timespan import iso_week

TENSES: tuple[str, ...] = ("past", "future", "present")
PAST_SLACK_DAYS = 2  # a past-tense year-less date may lie this far after the anchor (time zones, late edits)

# ---------------------------------------------------------------- lexicon

_MONTHS: dict[str, int] = {k: int(v) for k, v in word_map("dates/months").items()}
_WEEKDAYS: dict[str, int] = {k: int(v) for k, v in word_map("dates/weekdays").items()}
_NUMBERS: dict[str, int] = {k: int(v) for k, v in word_map("dates/numbers").items()}

# Month names: capitalised (for finding in running text, where "may"/"march" are also words) or any case
_MON = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?\.?|July?\.?|Aug(?:ust|\.)?"
    r"|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
# Weekday names, capitalised, in the order of the weekdays table
_WD = "(?:" + "|".join(day.capitalize() for day in _WEEKDAYS) + ")"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>1[5-9]\d\d|20\d\d)"
_NOT_TIME = r"(?!\s*[:.]\s*\d)"  # "November 02: 00 GMT" is a clock time, not a day

_P_ISO = re.compile(r"\b(?P<y>1[5-9]\d\d|20\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\b")
_P_NUMERIC = re.compile(r"\b(?P<a>[01]?\d)\s*/\s*(?P<b>[0-3]?\d)\s*/\s*(?P<y>\d{4}|\d{2})\b")
_P_MDY = re.compile(rf"\b(?P<mon>{_MON})\s*{_DAY}\b{_NOT_TIME},?\s+{_YEAR}\b")
_P_DMY = re.compile(rf"\b{_DAY}\s+(?:of\s+)?(?P<mon>{_MON}),?\s+{_YEAR}\b")
_P_MDY_I = re.compile(_P_MDY.pattern, re.I)
_P_DMY_I = re.compile(_P_DMY.pattern, re.I)
_P_MD = re.compile(rf"\b(?P<mon>{_MON})\s*{_DAY}\b{_NOT_TIME}")
_P_DM = re.compile(rf"\b{_DAY}\s+(?:of\s+)?(?P<mon>{_MON})(?![a-z])")
_P_MY = re.compile(rf"\b(?P<mon>{_MON}),?\s+(?:of\s+)?{_YEAR}\b")
_P_MONTH = re.compile(
    rf"\b(?:(?P<mod>last|next|this|past|coming)\s+)?(?P<mon>{_MON})(?![a-z])(?!\s*\d)"
)
_P_DECADE = re.compile(r"\b(?:1[5-9]|20)\d0'?s\b|\b'?[2-9]0'?s\b")
_P_YEAR_ONLY = re.compile(rf"(?<![\d$£€,.])\b{_YEAR}\b(?!'?s\b)(?!\s*(?:%|percent|per cent))(?![,.]\d)")
_P_WEEKDAY = re.compile(rf"\b(?:(?P<mod>last|next|this|past|coming)\s+)?(?:week\s+)?(?P<wd>{_WD})(?!s\b)")
_P_AGO = re.compile(
    r"\b(?P<n>\d+|a couple of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<u>day|week|month|year)s?\s+(?:ago|earlier|before)\b"
)
_P_FROM_NOW = re.compile(
    r"\b(?:in\s+)?(?P<n>\d+|a couple of|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?P<u>day|week|month|year)s?\s+(?:from now|later|hence)\b"
)
_P_REL_UNIT = re.compile(
    r"\b(?:(?P<pre>earlier|later|late|early)\s+)?(?P<mod>last|next|this|coming)\s+(?P<u>week|month|year|weekend)\b"
)
_P_THE_WEEKEND = re.compile(r"\b(?:(?:over|at)\s+)?the\s+weekend\b")
_RELATIVE_DAYS: tuple[tuple[re.Pattern[str], int, str], ...] = (
    (re.compile(r"\bthe\s+day\s+before\s+yesterday\b"), -2, "day-before-yesterday"),
    (re.compile(r"\bthe\s+day\s+after\s+tomorrow\b"), 2, "day-after-tomorrow"),
    (re.compile(r"\byesterday\b|\blast\s+night\b"), -1, "yesterday"),
    (re.compile(r"\btomorrow\b"), 1, "tomorrow"),
    (re.compile(r"\btoday\b|\btonight\b|\bthis\s+(?:morning|afternoon|evening)\b|\bearlier\s+today\b"), 0, "today"),
    (re.compile(r"\bovernight\b"), 0, "overnight"),  # wire copy dates a night's events on the day they are told
    (re.compile(r"^\s*(?:right\s+)?now\s*$|\bas\s+of\s+now\b"), 0, "now"),
)


@dataclass(frozen=True)
class _Cand:
    value: date
    precision: str


# ---------------------------------------------------------------- helpers


def normalize_expression(expr: str) -> str:
    """Undo tokenised spacing ("Nov . 30 , 2009" -> "Nov. 30, 2009") and collapse whitespace."""
    s = re.sub(r"\s+", " ", expr).strip()
    s = re.sub(r"\s+([.,;:)\]'])", r"\1", s)
    s = re.sub(r"([(\[])\s+", r"\1", s)
    return s


ANCHOR_YEARS = (1800, 2200)  # publication dates outside are placeholders; relative dates need a real anchor


def parse_anchor(anchor: str | None) -> date | None:
    """An anchor "YYYY-MM-DD" (anything after the day, e.g. a time, is ignored); None when unreadable."""
    if not anchor:
        return None
    m = re.match(r"\s*(\d{4})\D(\d{1,2})\D(\d{1,2})", anchor)
    if not m:
        return None
    year = int(m.group(1))
    if not ANCHOR_YEARS[0] <= year <= ANCHOR_YEARS[1]:  # placeholders such as 0001-01-01 (a feed's empty date)
        return None
    try:
        return date(year, int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _month(name: str) -> int:
    """The month number of a name the month pattern accepted; a spelling the table lacks ("Sepember": the
    pattern reads "Sep" + "ember") goes by its first three letters, which every month's table has."""
    key = name.lower().rstrip(".")
    return _MONTHS.get(key) or _MONTHS[key[:3]]


def _day_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _fmt(value: date, precision: str) -> str:
    if precision == "day":
        return value.isoformat()
    if precision == "week":
        return iso_week(value)
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return f"{value.year:04d}"


def _num(word: str) -> int | None:
    w = word.lower()
    if w.isdigit():
        return int(w)
    return _NUMBERS.get(w)


def _shift_months(d: date, months: int) -> date:
    idx = d.year * 12 + (d.month - 1) + months
    return date(idx // 12, idx % 12 + 1, 1)


def _week_bounds(d: date) -> tuple[date, date]:
    start = d - timedelta(days=d.weekday())
    return start, start + timedelta(days=6)


def _span_value(start: date, end: date) -> _Cand | None:
    """The finest honest precision covering the whole span [start, end]: its ISO week, month or year."""
    if start.isocalendar()[:2] == end.isocalendar()[:2]:
        return _Cand(start, "week")
    if (start.year, start.month) == (end.year, end.month):
        return _Cand(start, "month")
    if start.year == end.year:
        return _Cand(start, "year")
    return None


def _choose_year_for_day(anchor: date, month: int, day: int, tense: str) -> date | None:
    cands = [c for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (c := _day_date(y, month, day))]
    if not cands:
        return None
    if tense == "future":
        after = [c for c in cands if c >= anchor]
        return min(after) if after else max(cands)
    if tense == "present":
        return min(cands, key=lambda c: (abs((c - anchor).days), c > anchor))
    before = [c for c in cands if c <= anchor + timedelta(days=PAST_SLACK_DAYS)]
    return max(before) if before else min(cands)


def _choose_year_for_month(anchor: date, month: int, tense: str, mod: str | None = None) -> date:
    here = anchor.year * 12 + anchor.month - 1
    cands = [y * 12 + month - 1 for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if mod == "last" or mod == "past":
        pick = max(c for c in cands if c < here)
    elif mod in ("next", "coming"):
        pick = min(c for c in cands if c > here)
    elif tense == "future":
        pick = min(c for c in cands if c >= here)
    elif tense == "present":
        pick = min(cands, key=lambda c: (abs(c - here), c > here))
    else:
        pick = max(c for c in cands if c <= here)
    return date(pick // 12, pick % 12 + 1, 1)


def _weekday_date(anchor: date, wd: int, tense: str, mod: str | None) -> date:
    back = (anchor.weekday() - wd) % 7
    fwd = (wd - anchor.weekday()) % 7
    if mod in ("last", "past"):
        return anchor - timedelta(days=back or 7)
    if mod in ("next", "coming"):
        return anchor + timedelta(days=fwd or 7)
    if tense == "future":
        return anchor + timedelta(days=fwd)
    if tense == "present":
        return anchor - timedelta(days=back) if back <= fwd else anchor + timedelta(days=fwd)
    return anchor - timedelta(days=back)


def _explicit_year_word(s: str, anchor: date | None) -> int | None:
    """"this year" / "last year" / "next year" inside an expression such as "September this year"."""
    if anchor is None:
        return None
    m = re.search(r"\b(this|last|next)\s+year\b", s)
    if not m:
        return None
    return anchor.year + {"this": 0, "last": -1, "next": 1}[m.group(1)]


def _weekday_in(s: str) -> int | None:
    m = re.search(rf"\b({_WD}|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b", s, re.I)
    if not m:
        return None
    key = m.group(1).lower()
    for name, idx in _WEEKDAYS.items():
        if name.startswith(key[:3]):
            return idx
    return None


def _result(c: _Cand | None, expr: str, rule: str) -> ResolvedDate | None:
    if c is None:
        return None
    return ResolvedDate(value=_fmt(c.value, c.precision), precision=c.precision, text=expr, rule=rule)


# ---------------------------------------------------------------- resolve one expression


def resolve_expression(expr: str, anchor: str | None, tense: str = "past") -> ResolvedDate | None:
    """Normalise one date expression against ``anchor`` (the publication date, "YYYY-MM-DD", or None).

    Returns None when the expression is not a date at day, month or year precision (durations, decades,
    seasons, anaphoric "that day"), or when it needs an anchor and none is given.
    """
    if tense not in TENSES:
        tense = "past"
    s = normalize_expression(expr)
    a = parse_anchor(anchor)
    # a day range ("20-21 September", "September 20-21") is dated by its first day
    s = re.sub(r"\b([0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*[0-3]?\d(?:st|nd|rd|th)?(?=\s+(?:of\s+)?[A-Za-z])", r"\1", s)
    s = re.sub(rf"(?i)\b({_MON})\s*([0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–)\s*[0-3]?\d(?:st|nd|rd|th)?\b", r"\1 \2", s)
    low = s.lower()
    year_m = _P_YEAR_ONLY.search(s)
    decided = (_complete_date(s, expr) or _month_day(s, low, a, expr, tense)
               or _month_year_or_unanchored(s, low, a, year_m, expr))
    if decided is not None:
        return decided[0]
    assert a is not None  # the steps above decide every expression without an anchor
    decided = (_deictic_or_offset(low, a, expr) or _weekday_or_unit(s, low, a, year_m, expr, tense)
               or _month_or_year_alone(s, low, a, year_m, expr, tense))
    return decided[0] if decided is not None else None


# A resolution step's verdict: (the result, None when the expression is no date), or None to try the next step
# (steps are tried in order and the first verdict stands).
_Decided = tuple[ResolvedDate | None] | None


def _complete_date(s: str, expr: str) -> _Decided:
    # 1. complete dates: taken as written, whatever the anchor ("dated July 3, 1997")
    for pat, rule in ((_P_ISO, "iso-date"), (_P_MDY_I, "month-day-year"), (_P_DMY_I, "day-month-year")):
        m = pat.search(s)
        if m:
            mon = int(m.group("m")) if pat is _P_ISO else _month(m.group("mon"))
            d = _day_date(int(m.group("y")), mon, int(m.group("d")))
            if d:
                return (_result(_Cand(d, "day"), expr, rule),)
    m = _P_NUMERIC.search(s)
    if m:
        first, second, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        if y < 100:
            y += 2000 if y < 70 else 1900
        d = _day_date(y, first, second) or _day_date(y, second, first)
        if d:
            return (_result(_Cand(d, "day"), expr, "numeric-date"),)
    return None


def _month_day(s: str, low: str, a: date | None, expr: str, tense: str) -> _Decided:
    # 2. month + day without a year: the year comes from the anchor (and a weekday or "last year" if given)
    md = [x for x in (re.search(_P_MD.pattern, s, re.I), re.search(_P_DM.pattern, s, re.I)) if x]
    if md:
        m = min(md, key=lambda x: x.start())
        mon, day = _month(m.group("mon")), int(m.group("d"))
        year = _explicit_year_word(low, a)
        if year is not None and (d := _day_date(year, mon, day)):
            return (_result(_Cand(d, "day"), expr, "month-day+year-word"),)
        if a is not None and 1 <= day <= 31:
            wd = _weekday_in(s)
            if wd is not None:
                fits = [c for y in (a.year - 1, a.year, a.year + 1)
                        if (c := _day_date(y, mon, day)) and c.weekday() == wd]
                if fits:
                    best = min(fits, key=lambda c: abs((c - a).days))
                    return (_result(_Cand(best, "day"), expr, "month-day+weekday"),)
            d = _choose_year_for_day(a, mon, day, tense)
            if d:
                return (_result(_Cand(d, "day"), expr, f"month-day-{tense}"),)
        if a is None:
            return (None,)
    return None


def _month_year_or_unanchored(s: str, low: str, a: date | None, year_m: re.Match[str] | None,
                              expr: str) -> _Decided:
    # 3. month + year
    m = re.search(_P_MY.pattern, s, re.I)
    if m:
        return (_result(_Cand(date(int(m.group("y")), _month(m.group("mon")), 1), "month"), expr, "month-year"),)

    if _P_DECADE.search(low) and not _P_YEAR_ONLY.search(low):
        return (None,)  # "the 1940s": a decade is coarser than any precision we give
    if a is None:
        # without an anchor only absolute expressions resolve
        if year_m:
            return (_result(_Cand(date(int(year_m.group("y")), 1, 1), "year"), expr, "year"),)
        return (None,)
    return None


def _deictic_or_offset(low: str, a: date, expr: str) -> _Decided:
    # 4. deictic days
    for pat, offset, rule in _RELATIVE_DAYS:
        if pat.search(low):
            return (_result(_Cand(a + timedelta(days=offset), "day"), expr, rule),)

    # 5. "two days ago", "three months earlier", "in two weeks"
    for pat, sign in ((_P_AGO, -1), (_P_FROM_NOW, 1)):
        m = pat.search(low)
        if m:
            n = _num(m.group("n"))
            if n is None:
                return (None,)
            unit = m.group("u")
            if unit in ("month", "year") and re.search(r"\b(?:exactly|precisely)\s+" + re.escape(m.group(0)), low):
                months = n * (12 if unit == "year" else 1)
                d = _shift_months(a, sign * months)
                exact = _day_date(d.year, d.month, a.day)
                if exact:
                    return (_result(_Cand(exact, "day"), expr, f"exactly-{unit}s-offset"),)
            if unit == "day":
                return (_result(_Cand(a + timedelta(days=sign * n), "day"), expr, f"{unit}s-offset"),)
            if unit == "week":
                when = a + timedelta(days=sign * 7 * n)
                return (_result(_span_value(*_week_bounds(when)), expr, "weeks-offset"),)
            if unit == "month":
                return (_result(_Cand(_shift_months(a, sign * n), "month"), expr, "months-offset"),)
            return (_result(_Cand(date(a.year + sign * n, 1, 1), "year"), expr, "years-offset"),)
    return None


def _weekday_or_unit(s: str, low: str, a: date, year_m: re.Match[str] | None, expr: str, tense: str) -> _Decided:
    # 6. weekday names ("on Monday", "last Friday", "Thursday night")
    m = _P_WEEKDAY.search(s) or re.search(_P_WEEKDAY.pattern, s, re.I)
    if m:
        mod = (m.group("mod") or "").lower() or None
        if re.search(r"\blast\s+week\s+", low) and mod is None:
            mod = "last"
        wd = _WEEKDAYS[m.group("wd").lower()]
        rule = f"weekday-{mod}" if mod else f"weekday-{tense}"
        return (_result(_Cand(_weekday_date(a, wd, tense, mod), "day"), expr, rule),)

    # 7. "last week", "this month", "next year", "earlier this year", "this weekend"
    m = _P_REL_UNIT.search(low)
    month_named = re.search(_P_MONTH.pattern, s, re.I) is not None
    if m and not ((year_m or month_named) and m.group("u") == "year"):
        mod, unit = m.group("mod"), m.group("u")
        step = {"last": -1, "this": 0, "next": 1, "coming": 1}[mod]
        if unit == "year":
            return (_result(_Cand(date(a.year + step, 1, 1), "year"), expr, f"{mod}-year"),)
        if unit == "month":
            return (_result(_Cand(_shift_months(a, step), "month"), expr, f"{mod}-month"),)
        if unit == "week":
            if mod == "last" and a.weekday() == 6:  # on a Sunday, "last week" is the week just ending
                return (_result(_span_value(*_week_bounds(a)), expr, "last-week-from-sunday"),)
            return (_result(_span_value(*_week_bounds(a + timedelta(days=7 * step))), expr, f"{mod}-week"),)
        sat = _weekday_date(a, 5, tense, None if mod == "this" else mod)
        return (_result(_span_value(sat, sat + timedelta(days=1)), expr, f"{mod}-weekend"),)
    if _P_THE_WEEKEND.search(low):
        sat = _weekday_date(a, 5, tense, None)
        return (_result(_span_value(sat, sat + timedelta(days=1)), expr, "weekend"),)
    return None


def _month_or_year_alone(s: str, low: str, a: date, year_m: re.Match[str] | None, expr: str,
                         tense: str) -> _Decided:
    # 8. month alone ("in June", "late June", "September this year", "last March")
    m = re.search(_P_MONTH.pattern, s, re.I)
    if m and not (m.group("mon").lower() == "may" and s.strip().lower() != "may" and not
                  re.search(r"\b(?:in|since|by|until|early|mid|late|last|next|this|of|from|to|through)[\s-]+may\b", low)):
        mon = _month(m.group("mon"))
        year = int(year_m.group("y")) if year_m else _explicit_year_word(low, a)
        if year is not None:
            return (_result(_Cand(date(year, mon, 1), "month"), expr, "month+year-word"),)
        mod = (m.group("mod") or "").lower() or None
        rule = f"month-{mod}" if mod else f"month-{tense}"
        return (_result(_Cand(_choose_year_for_month(a, mon, tense, mod), "month"), expr, rule),)

    # 9. a year alone ("in 2020", "the end of 1991", "late 2007")
    if year_m:
        return (_result(_Cand(date(int(year_m.group("y")), 1, 1), "year"), expr, "year"),)
    return None


# ---------------------------------------------------------------- find expressions in text

_LEAD = r"(?:\b(?:on|in|since|by|until|till|before|after|during|from|as\s+of|dated|of)\s+)?"
_MODS = (
    r"(?:(?:early|late|mid|earlier|later)[\s-]+|the\s+(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of\s+"
    r"|(?:early|late)\s+on\s+)?"
)
_I = r"(?i:"  # case-insensitive group opener: month and weekday names stay capitalised in running text
_FIND_CORE = [
    _P_ISO.pattern,
    r"\b[01]?\d/[0-3]?\d/(?:\d{4}|\d{2})\b",
    rf"\b{_MON}\s*[0-3]?\d(?:st|nd|rd|th)?(?:\s*[-–]\s*[0-3]?\d(?:st|nd|rd|th)?)?\b{_NOT_TIME}(?:,?\s+(?:1[5-9]\d\d|20\d\d)\b)?",
    rf"\b(?:the\s+)?(?:[0-3]?\d(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*)?[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}(?![a-z])(?:,?\s+(?:1[5-9]\d\d|20\d\d)\b)?",
    rf"\b{_MON},?\s+(?:1[5-9]\d\d|20\d\d)\b",
    rf"\b(?:{_I}last|next|this|past|coming)\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|June|July|Aug(?:ust)?"
    rf"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b(?:\s+(?i:this|last|next)\s+year)?",
    r"(?<=\b(?:in|In|of|by|By|to) )May\b(?!\s*\d)|\b(?:early|late|mid)[\s-]+May\b",
    r"(?<![\d$£€,.])\b(?:1[5-9]\d\d|20\d\d)\b(?!'?s\b)(?!\s*(?:%|percent|per cent))(?![,.]\d)",
    rf"\b(?:{_I}last|next|this|coming)\s+)?(?:{_I}last\s+week\s+))?{_WD}(?!s\b)(?:'s)?"
    r"(?:\s+(?:morning|afternoon|evening|night))?",
    r"\b(?i:today|tonight|overnight|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)"
    r"|the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))\b",
    r"\b(?i:(?:\d+|a\s+couple\s+of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:day|week|month|year)s?\s+ago)\b",
    r"\b(?i:(?:(?:earlier|later)\s+)?(?:last|next|this|coming)\s+(?:week|month|year|weekend))\b",
    r"\b(?i:(?:over|at)\s+the\s+weekend)\b",
]
# A match starts at the first letter or digit of a word (every alternative above opens with \b, a lookbehind ending
# in a space, or a word of _LEAD), or inside a word at a case-sensitive _MODS word ("nearly June" -> "early June"):
# the leading test fails at once everywhere else, where every alternative would be tried (the same matches).
_FIND_START = r"(?:(?<!\w)(?=\w)|(?=ear|lat|mid|the))"
_P_FIND = re.compile(rf"{_FIND_START}(?i:{_LEAD}){_MODS}(?:{'|'.join(f'(?:{p})' for p in _FIND_CORE)})")
# Every expression _P_FIND finds holds a digit, a month or weekday name as written (capitalised), or one of these
# words in any case: a text with none of them has no date expression, and the long pattern need not be tried on it
# (about half of a news story's sentences).
_FIND_CUE = re.compile(
    r"\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|" + "|".join(day.capitalize() for day in _WEEKDAYS)
    + r"|(?i:today|tonight|yesterday|tomorrow|night|morning|afternoon|evening|ago|week|month|year)"
)
_YEAR_WORD_RE = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b")
_DAY_WORD_RE = re.compile(rf"(?i)\b(?:{_WD}|today|tonight|yesterday|tomorrow)\b")
_JOIN_GAP = re.compile(r"^[\s,(\[]*$|^\s*\(?\s*$")


def find_date_expressions(text: str) -> list[tuple[int, int, str]]:
    """Date expressions in ``text`` as (start, end, text), left to right, adjacent pieces joined.

    "Thursday, May 2" and "yesterday (July 21st)" come back as one expression each. Durations ("for three
    decades", "30 years", "a 90-day stay") and decades ("the 1940s") are not date expressions.
    """
    if not _FIND_CUE.search(text):
        return []
    spans: list[list[int]] = []
    for m in _P_FIND.finditer(text):
        start, end = m.start(), m.end()
        if start == end or not re.search(r"[A-Za-z0-9]", m.group(0)):
            continue
        if re.match(r"\s*(?:-|year|old|day|days|people|troops|soldiers)\b", text[end:end + 9]) and re.fullmatch(
            r"(?:\w+\s+)?(?:1[5-9]\d\d|20\d\d)", m.group(0)
        ):
            continue  # "2010-day", "2000 people": a number, not a year
        while end > start and text[end - 1] in " ,":
            end -= 1
        gap = text[spans[-1][1]:start] if spans else "\n"
        both_years = spans and _YEAR_WORD_RE.search(text[spans[-1][0]:spans[-1][1]]) and _YEAR_WORD_RE.search(
            m.group(0)
        )
        own_prep = re.match(r"(?i)(?:on|in|since|by|until|till|before|after|during|from|as of|dated|of)\s", m.group(0))
        prev = text[spans[-1][0]:spans[-1][1]] if spans else ""
        complementary = bool(_DAY_WORD_RE.search(prev)) != bool(_DAY_WORD_RE.search(m.group(0)))
        if spans and "\n" not in gap and _JOIN_GAP.match(gap) and not both_years and not own_prep and complementary:
            spans[-1][1] = end
            continue
        spans.append([start, end])
    out: list[tuple[int, int, str]] = []
    for start, end in spans:
        if end < len(text) and text[end] == ")" and "(" in text[start:end] and text[start:end].count("(") > text[start:end].count(")"):
            end += 1
        out.append((start, end, text[start:end]))
    return out
