"""How close an extraction is to a careful person's reading: precision, recall and F1 per field.

Both sides are dicts in the shape of :meth:`Extraction.to_json` (``document``, ``citations``, ``sections``,
``tasks``, ``mentions``); the gold side may also carry ``notes`` (ignored) and ``optional``, a list of parts
(only ``"tasks"`` for now) that a reader may or may not list: for an optional part only the items both sides
list are compared, so that a news item's prose list is neither required nor held against the extractor.

``score(predicted, gold)`` compares one document, ``score_corpus(pairs)`` sums the counts of many (micro
average). Every field is reported as counts — ``tp`` (right), ``fp`` (said but wrong or not there), ``fn``
(there but missed or wrong) — with ``precision``, ``recall`` and ``f1``:

- document fields (``document.number`` … ``document.title``, summed as ``document``): a field both sides
  leave empty is not counted; right is a tp; wrong is a fp and a fn; missed is a fn; said when the gold has
  nothing is a fp. ``statuses`` names each field ``correct``, ``incorrect``, ``missing``, ``spurious`` or
  ``absent``;
- ``citations``, matched by document number (see ``number_key``), then ``citations.doc_type``,
  ``citations.issued`` and ``citations.issuer`` counted like document fields among the matched ones;
  citations without a number are left out on both sides (they cannot be matched);
- ``tasks``, matched by code, then by content (token overlap of at least ``CONTENT_SIMILARITY``);
  ``tasks.timing`` among the matched ones;
- ``lead`` and ``cooperating``: the (task, agency) pairs, a task's agencies on the predicted side being
  those of the gold task it matched; ``assignments`` is both together;
- ``sections`` by code; ``countries``, ``languages`` and ``localities`` as sets; ``anniversaries`` by
  (country, years), then ``anniversaries.year`` among the matched ones.

Text is compared on keys, never as written: NFC, case, tone placement (``hoá``/``hóa``), spaces, dashes and
trailing punctuation are folded. Agency names also fold commas and a few standard abbreviations (``UBND``,
``HĐND``, ``UBMTTQ``, ``VHTTDL`` ...), and an issuer's trailing province name (``UBND tỉnh Đắk Lắk`` and
``UBND tỉnh`` are the same body in a document of Đắk Lắk). Titles ignore a leading document type
(``Kế hoạch``, ``Về việc``) and match when equal or when their words overlap by at least ``TITLE_OVERLAP``.

``documents_table`` and ``fields_table`` render a corpus result as Markdown (for test failures, the command
``benchmarks/score_extract.py`` and the docs).

Like the rest of ``huunghi.text`` it does not import Django.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

from huunghi.text.agencies import agency_key as _resolver_agency_key
from huunghi.text.normalize import DASHES, match_key, number_key

__all__ = [
    "CONTENT_SIMILARITY",
    "DOCUMENT_FIELDS",
    "FIELDS",
    "SUMMARY_FIELDS",
    "TITLE_OVERLAP",
    "agency_key",
    "code_key",
    "content_similarity",
    "documents_table",
    "fields_table",
    "issuer_key",
    "score",
    "score_corpus",
    "text_key",
    "title_matches",
]

DOCUMENT_FIELDS = ("number", "doc_type", "issuer", "province", "place", "issued", "signer", "title")
CITATION_FIELDS = ("doc_type", "issued", "issuer")

#: Every field a score reports, in the order the reports print them.
FIELDS = (
    "document",
    *(f"document.{name}" for name in DOCUMENT_FIELDS),
    "citations",
    *(f"citations.{name}" for name in CITATION_FIELDS),
    "sections",
    "tasks",
    "tasks.timing",
    "lead",
    "cooperating",
    "assignments",
    "countries",
    "localities",
    "languages",
    "anniversaries",
    "anniversaries.year",
)

CONTENT_SIMILARITY = 0.6
TITLE_OVERLAP = 0.9

TRAILING = " \t\n.,;:!?…-"
QUOTES = "\"'“”‘’«»()[]*"
WORD_RE = re.compile(r"[^\W_]+")

TITLE_PREFIXES = (
    "kế hoạch",
    "quyết định",
    "công văn",
    "chương trình",
    "chiến lược",
    "báo cáo",
    "chỉ thị",
    "nghị quyết",
    "thông báo",
)
ADMINISTRATIVE_PREFIXES = ("tỉnh ", "thành phố ", "tp. ", "tp ")


# --- keys -------------------------------------------------------------------------------------------------


def text_key(value) -> str:
    """The key two spellings of the same text share: `match_key`, dashes as ``-``, no outer quotes or
    trailing punctuation. ``None`` and blank text give ``""``."""
    if value is None:
        return ""
    key = match_key(str(value)).translate(DASHES)
    previous = None
    while key != previous:
        previous = key
        key = key.strip(TRAILING).strip(QUOTES)
    return " ".join(key.split())


def _province_key(value) -> str:
    key = text_key(value)
    for prefix in ADMINISTRATIVE_PREFIXES:
        if key.startswith(prefix):
            return key[len(prefix) :].strip()
    return key


def agency_key(value) -> str:
    """The key of an agency name, as the registry's resolver folds it (`huunghi.text.agencies.agency_key`:
    case, tone placement, abbreviations such as ``Sở VHTTDL``, punctuation and ``&``/``và``)."""
    return _resolver_agency_key(value if isinstance(value, str) else "")


def issuer_key(value, province: str | None = None) -> str:
    """The key of an issuing body in a document of ``province``: `agency_key` without a trailing name of
    that province and then without a trailing ``tỉnh``/``thành phố`` (unless it ends a list, ``UBND các
    huyện, thành phố``), so that ``UBND tỉnh``, ``Ủy ban nhân dân tỉnh Đắk Lắk`` and ``UBND TỈNH ĐẮK LẮK``
    are one body, and ``Sở Ngoại vụ`` is ``Sở Ngoại vụ tỉnh Lâm Đồng``."""
    key = agency_key(value)
    place = agency_key(_province_key(province)) if province else ""
    if place and key != place and key.endswith(" " + place):
        key = key[: -len(place) - 1].strip()
    if " các " not in f" {key} ":
        for suffix in (" tỉnh", " thành phố"):
            if key.endswith(suffix) and key != suffix.strip():
                key = key[: -len(suffix)].strip()
                break
    return key


def code_key(value) -> str:
    """The key of a task or section code: ``II.2.đ``, ``II.2.đ)``, ``ii. 2. đ`` all give ``ii.2.đ``."""
    parts = re.split(r"[\s.)(:]+", text_key(value))
    return ".".join(p for p in parts if p)


def _words(value) -> list[str]:
    return WORD_RE.findall(text_key(value))


def _title_words(value) -> list[str]:
    key = text_key(value)
    changed = True
    while changed:
        changed = False
        for prefix in (*TITLE_PREFIXES, "về việc", "v/v", "về"):
            if key.startswith(prefix + " ") or key.startswith(prefix + ":"):
                key = key[len(prefix) :].lstrip(" :")
                changed = True
    return WORD_RE.findall(key)


def _overlap(a: list[str], b: list[str]) -> float:
    """Words in common (with repeats) over the longer of the two lists."""
    if not a or not b:
        return 0.0
    common = sum((Counter(a) & Counter(b)).values())
    return common / max(len(a), len(b))


def title_matches(predicted, gold) -> bool:
    """Whether two titles are the same: equal keys, or words overlapping by ``TITLE_OVERLAP`` or more."""
    a, b = _title_words(predicted), _title_words(gold)
    if not a or not b:
        return not a and not b
    return a == b or _overlap(a, b) >= TITLE_OVERLAP


def content_similarity(a, b) -> float:
    """Dice overlap of two texts' words (keys, with repeats): 1.0 for the same words, 0.0 for none in common."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    common = sum((Counter(wa) & Counter(wb)).values())
    return 2 * common / (len(wa) + len(wb))


# --- counting ---------------------------------------------------------------------------------------------


def _counts(tp: int = 0, fp: int = 0, fn: int = 0) -> dict:
    """Counts with their precision, recall and F1. With nothing said, precision is 1.0; with nothing to
    find, recall is 1.0; so a field both sides leave empty scores 1.0 throughout."""
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def _add(total: dict, part: dict) -> dict:
    return _counts(total["tp"] + part["tp"], total["fp"] + part["fp"], total["fn"] + part["fn"])


STATUS_COUNTS = {
    "correct": (1, 0, 0),
    "incorrect": (0, 1, 1),
    "missing": (0, 0, 1),
    "spurious": (0, 1, 0),
    "absent": (0, 0, 0),
}


def _status(predicted, gold, same) -> str:
    has_p = predicted not in (None, "") and (not isinstance(predicted, str) or predicted.strip())
    has_g = gold not in (None, "") and (not isinstance(gold, str) or gold.strip())
    if not has_g:
        return "spurious" if has_p else "absent"
    if not has_p:
        return "missing"
    return "correct" if same(predicted, gold) else "incorrect"


def _same_key(key):
    return lambda a, b: key(a) == key(b)


def _show(value) -> str:
    if isinstance(value, str) and len(value) > 90:
        value = value[:87] + "…"
    return repr(value)


def _match_sets(predicted: Iterable, gold: Iterable) -> dict:
    p, g = set(predicted) - {""}, set(gold) - {""}
    return _counts(len(p & g), len(p - g), len(g - p))


# --- one document -----------------------------------------------------------------------------------------


def _document_fields(predicted: Mapping, gold: Mapping, province: str | None, errors: list) -> tuple[dict, dict]:
    comparisons = {
        "number": lambda a, b: number_key(str(a)) == number_key(str(b)),
        "doc_type": _same_key(text_key),
        "issuer": lambda a, b: issuer_key(a, province) == issuer_key(b, province),
        # PDF text glues words ("QuảngNam"): a place is the same place whatever its spaces.
        "province": _same_key(lambda v: _province_key(v).replace(" ", "")),
        "place": _same_key(lambda v: _province_key(v).replace(" ", "")),
        "issued": lambda a, b: str(a)[:10] == str(b)[:10],
        "signer": _same_key(text_key),
        "title": title_matches,
    }
    statuses, fields = {}, {}
    for name in DOCUMENT_FIELDS:
        p, g = predicted.get(name), gold.get(name)
        status = _status(p, g, comparisons[name])
        statuses[name] = status
        fields[f"document.{name}"] = _counts(*STATUS_COUNTS[status])
        if status not in ("correct", "absent"):
            errors.append(f"document.{name} {status}: predicted {_show(p)}, expected {_show(g)}")
    return statuses, fields


def _citations(predicted: list, gold: list, province: str | None, errors: list) -> dict:
    def by_number(items):
        found = {}
        for item in items or []:
            number = item.get("number")
            if number and number_key(str(number)) and number_key(str(number)) not in found:
                found[number_key(str(number))] = item
        return found

    p, g = by_number(predicted), by_number(gold)
    fields = {"citations": _counts(len(p.keys() & g.keys()), len(p.keys() - g.keys()), len(g.keys() - p.keys()))}
    for key in sorted(p.keys() - g.keys()):
        errors.append(f"citation not in the gold: {p[key].get('number')}")
    for key in sorted(g.keys() - p.keys()):
        errors.append(f"citation missed: {g[key].get('number')}")
    comparisons = {
        "doc_type": _same_key(text_key),
        "issued": lambda a, b: str(a)[:10] == str(b)[:10],
        "issuer": lambda a, b: issuer_key(a, province) == issuer_key(b, province),
    }
    for name in CITATION_FIELDS:
        total = _counts()
        for key in sorted(p.keys() & g.keys()):
            status = _status(p[key].get(name), g[key].get(name), comparisons[name])
            total = _add(total, _counts(*STATUS_COUNTS[status]))
            if status not in ("correct", "absent"):
                errors.append(
                    f"citation {g[key].get('number')} {name} {status}: "
                    f"predicted {_show(p[key].get(name))}, expected {_show(g[key].get(name))}"
                )
        fields[f"citations.{name}"] = total
    return fields


def _match_tasks(predicted: list, gold: list) -> list[tuple[int, int]]:
    """Pairs (predicted index, gold index): first by code, then by content similarity, best first."""
    pairs: list[tuple[int, int]] = []
    gold_by_code: dict[str, int] = {}
    for j, task in enumerate(gold):
        gold_by_code.setdefault(code_key(task.get("code")), j)
    used_p, used_g = set(), set()
    for i, task in enumerate(predicted):
        key = code_key(task.get("code"))
        j = gold_by_code.get(key)
        if key and j is not None and j not in used_g:
            pairs.append((i, j))
            used_p.add(i)
            used_g.add(j)
    candidates = []
    for i, ptask in enumerate(predicted):
        if i in used_p:
            continue
        for j, gtask in enumerate(gold):
            if j in used_g:
                continue
            similarity = content_similarity(ptask.get("content"), gtask.get("content"))
            if similarity >= CONTENT_SIMILARITY:
                candidates.append((-similarity, i, j))
    for _, i, j in sorted(candidates):
        if i not in used_p and j not in used_g:
            pairs.append((i, j))
            used_p.add(i)
            used_g.add(j)
    return sorted(pairs, key=lambda pair: pair[1])


def _tasks(predicted: list, gold: list, optional: bool, errors: list) -> dict:
    predicted, gold = list(predicted or []), list(gold or [])
    pairs = _match_tasks(predicted, gold)
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    unmatched_p = [] if optional else [i for i in range(len(predicted)) if i not in matched_p]
    unmatched_g = [] if optional else [j for j in range(len(gold)) if j not in matched_g]
    fields = {"tasks": _counts(len(pairs), len(unmatched_p), len(unmatched_g))}
    for i in unmatched_p:
        errors.append(f"task not in the gold: {predicted[i].get('code')} {_show(predicted[i].get('content'))}")
    for j in unmatched_g:
        errors.append(f"task missed: {gold[j].get('code')} {_show(gold[j].get('content'))}")

    timing = _counts()
    for i, j in pairs:
        status = _status(predicted[i].get("timing"), gold[j].get("timing"), _same_key(text_key))
        timing = _add(timing, _counts(*STATUS_COUNTS[status]))
        if status not in ("correct", "absent"):
            errors.append(
                f"task {gold[j].get('code')} timing {status}: "
                f"predicted {_show(predicted[i].get('timing'))}, expected {_show(gold[j].get('timing'))}"
            )
    fields["tasks.timing"] = timing

    for role in ("lead", "cooperating"):
        predicted_pairs, gold_pairs = set(), set()
        names = {}
        for i, j in pairs:
            task = f"gold:{j}"
            for name in predicted[i].get(role) or []:
                predicted_pairs.add((task, agency_key(name)))
                names.setdefault((task, agency_key(name)), (gold[j].get("code"), name))
            for name in gold[j].get(role) or []:
                gold_pairs.add((task, agency_key(name)))
                names.setdefault((task, agency_key(name)), (gold[j].get("code"), name))
        for i in unmatched_p:
            for name in predicted[i].get(role) or []:
                predicted_pairs.add((f"predicted:{i}", agency_key(name)))
        for j in unmatched_g:
            for name in gold[j].get(role) or []:
                gold_pairs.add((f"gold:{j}", agency_key(name)))
                names.setdefault((f"gold:{j}", agency_key(name)), (gold[j].get("code"), name))
        predicted_pairs = {pair for pair in predicted_pairs if pair[1]}
        gold_pairs = {pair for pair in gold_pairs if pair[1]}
        fields[role] = _match_sets(predicted_pairs, gold_pairs)
        matched_tasks = {f"gold:{j}" for _, j in pairs}
        for pair in sorted(predicted_pairs - gold_pairs):
            if pair[0] in matched_tasks:
                code, name = names[pair]
                errors.append(f"task {code} {role}: {name!r} not in the gold")
        for pair in sorted(gold_pairs - predicted_pairs):
            if pair[0] in matched_tasks:
                code, name = names[pair]
                errors.append(f"task {code} {role}: {name!r} missed")
    fields["assignments"] = _add(fields["lead"], fields["cooperating"])
    return fields


def _mentions(predicted: Mapping, gold: Mapping, errors: list) -> dict:
    def upper_set(values):
        return {str(v).strip().upper() for v in values or [] if v}

    def lower_set(values):
        return {str(v).strip().lower() for v in values or [] if v}

    fields = {
        "countries": _match_sets(upper_set(predicted.get("countries")), upper_set(gold.get("countries"))),
        "localities": _match_sets(
            {text_key(v) for v in predicted.get("localities") or []},
            {text_key(v) for v in gold.get("localities") or []},
        ),
        "languages": _match_sets(lower_set(predicted.get("languages")), lower_set(gold.get("languages"))),
    }
    for name, shape in (("countries", upper_set), ("languages", lower_set)):
        p, g = shape(predicted.get(name)), shape(gold.get(name))
        if p != g:
            errors.append(f"{name}: predicted {sorted(p)}, expected {sorted(g)}")
    p_loc = {text_key(v) for v in predicted.get("localities") or []} - {""}
    g_loc = {text_key(v) for v in gold.get("localities") or []} - {""}
    if p_loc != g_loc:
        errors.append(f"localities: predicted {sorted(p_loc)}, expected {sorted(g_loc)}")

    def by_key(items):
        found = {}
        for item in items or []:
            try:
                key = (str(item.get("country") or "").upper(), int(item.get("years")))
            except (TypeError, ValueError):
                continue
            found.setdefault(key, item)
        return found

    p, g = by_key(predicted.get("anniversaries")), by_key(gold.get("anniversaries"))
    fields["anniversaries"] = _counts(len(p.keys() & g.keys()), len(p.keys() - g.keys()), len(g.keys() - p.keys()))
    if p.keys() != g.keys():
        errors.append(f"anniversaries: predicted {sorted(p)}, expected {sorted(g)}")
    year = _counts()
    for key in sorted(p.keys() & g.keys()):
        status = _status(p[key].get("year"), g[key].get("year"), lambda a, b: str(a) == str(b))
        year = _add(year, _counts(*STATUS_COUNTS[status]))
        if status not in ("correct", "absent"):
            errors.append(
                f"anniversary {key} year {status}: predicted {p[key].get('year')}, expected {g[key].get('year')}"
            )
    fields["anniversaries.year"] = year
    return fields


def score(predicted: Mapping, gold: Mapping) -> dict:
    """Compare one extraction (``to_json()`` form) with its gold annotation.

    Returns ``{"fields": {name: counts}, "statuses": {document field: status}, "errors": [str]}``, where
    ``counts`` is ``{"tp", "fp", "fn", "precision", "recall", "f1"}`` and ``name`` runs over ``FIELDS``;
    ``errors`` says in words what differs, for assertion messages and reports.
    """
    predicted = predicted or {}
    gold = gold or {}
    errors: list[str] = []
    gold_document = gold.get("document") or {}
    province = gold_document.get("province") or (predicted.get("document") or {}).get("province")
    optional = set(gold.get("optional") or [])

    statuses, fields = _document_fields(predicted.get("document") or {}, gold_document, province, errors)
    document = _counts()
    for name in DOCUMENT_FIELDS:
        document = _add(document, fields[f"document.{name}"])
    fields["document"] = document
    fields.update(_citations(predicted.get("citations") or [], gold.get("citations") or [], province, errors))
    fields["sections"] = _match_sets(
        {code_key(s.get("code")) for s in predicted.get("sections") or []},
        {code_key(s.get("code")) for s in gold.get("sections") or []},
    )
    p_sections = {code_key(s.get("code")) for s in predicted.get("sections") or []} - {""}
    g_sections = {code_key(s.get("code")) for s in gold.get("sections") or []} - {""}
    if p_sections != g_sections:
        errors.append(
            f"sections: not in the gold {sorted(p_sections - g_sections)}, missed {sorted(g_sections - p_sections)}"
        )
    fields.update(_tasks(predicted.get("tasks") or [], gold.get("tasks") or [], "tasks" in optional, errors))
    fields.update(_mentions(predicted.get("mentions") or {}, gold.get("mentions") or {}, errors))
    return {"fields": {name: fields[name] for name in FIELDS}, "statuses": statuses, "errors": errors}


def score_corpus(pairs: Iterable) -> dict:
    """Score many documents and sum their counts (micro average).

    ``pairs`` yields ``(name, predicted, gold)`` or ``(predicted, gold)`` (then named by position). Returns
    ``{"documents": {name: score}, "fields": {name: counts}, "statuses": {document field: {status: n}}}``.
    """
    documents: dict[str, dict] = {}
    for position, pair in enumerate(pairs):
        if len(pair) == 3:
            name, predicted, gold = pair
        else:
            (predicted, gold), name = pair, str(position)
        documents[str(name)] = score(predicted, gold)
    fields = {name: _counts() for name in FIELDS}
    statuses = {name: dict.fromkeys(STATUS_COUNTS, 0) for name in DOCUMENT_FIELDS}
    for result in documents.values():
        for name in FIELDS:
            fields[name] = _add(fields[name], result["fields"][name])
        for name, status in result["statuses"].items():
            statuses[name][status] += 1
    return {"documents": documents, "fields": fields, "statuses": statuses}


# --- reports ----------------------------------------------------------------------------------------------

#: The fields of the per-document table: one F1 each.
SUMMARY_FIELDS = (
    "document",
    "citations",
    "sections",
    "tasks",
    "lead",
    "cooperating",
    "countries",
    "localities",
    "anniversaries",
    "languages",
)


def _cell(c: Mapping) -> str:
    # A field with nothing on either side has nothing to score: shown as a dash, not as a perfect 1.00.
    return "—" if not (c["tp"] or c["fp"] or c["fn"]) else f"{c['f1']:.2f}"


def documents_table(corpus: Mapping, fields: Iterable[str] = SUMMARY_FIELDS) -> str:
    """A Markdown table of a ``score_corpus`` result: one row per document, the F1 of each field
    (``—`` where neither side has anything), and a last row for the whole corpus."""
    fields = list(fields)
    lines = ["| document | " + " | ".join(fields) + " |", "|---|" + "---:|" * len(fields)]
    for name, result in corpus["documents"].items():
        lines.append(f"| {name} | " + " | ".join(_cell(result["fields"][f]) for f in fields) + " |")
    lines.append("| **all** | " + " | ".join(f"**{_cell(corpus['fields'][f])}**" for f in fields) + " |")
    return "\n".join(lines)


def fields_table(corpus: Mapping, fields: Iterable[str] = FIELDS) -> str:
    """A Markdown table of a ``score_corpus`` result's summed counts: one row per field."""
    lines = ["| field | tp | fp | fn | precision | recall | F1 |", "|---|---:|---:|---:|---:|---:|---:|"]
    for name in fields:
        c = corpus["fields"][name]
        lines.append(
            f"| {name} | {c['tp']} | {c['fp']} | {c['fn']} | {c['precision']:.3f} | {c['recall']:.3f} | {c['f1']:.3f} |"
        )
    return "\n".join(lines)
