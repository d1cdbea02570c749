"""How accurately ``huunghi.text.extract`` reads the corpus: per document and per field, against the gold.

    .venv/bin/python benchmarks/score_extract.py                 # seeds, our own corpus and held-out, Markdown tables
    .venv/bin/python benchmarks/score_extract.py --part own      # one part only (seeds, own or heldout)
    .venv/bin/python benchmarks/score_extract.py --errors        # and what differs, document by document
    .venv/bin/python benchmarks/score_extract.py --json          # the whole score_corpus result as JSON

The corpus is ``huunghi/text/extract/tests/corpus/{seeds,own,heldout}/*.txt``, each with its ``.gold.json``; the
scorer is ``huunghi.text.extract.score`` (see its docstring for how each field is matched and counted).
The tables are Markdown, to be pasted into the docs (``bench_extract.py --write-docs`` puts them there).
A document the extractor fails on is reported and scored as an empty extraction.

``heldout`` is a blind set, annotated without looking at the extractor: it measures how the extractor
generalises and is not to be tuned against (add new held-out documents instead).
"""

import argparse
import json
import sys
import traceback
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
CORPUS_DIR = PROJECT_DIR / "huunghi" / "text" / "extract" / "tests" / "corpus"
PARTS = ("seeds", "own", "heldout")


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=PARTS, action="append", help="seeds, own or heldout (default all three)")
    parser.add_argument("--errors", action="store_true", help="list what differs from the gold, document by document")
    parser.add_argument("--json", action="store_true", help="print the results as JSON instead of tables")
    return parser.parse_args(argv)


def corpus_pairs(part: str) -> tuple[list[tuple[str, dict, dict]], list[str]]:
    """(name, predicted, gold) for every document of ``part``, and the failures met on the way."""
    from huunghi.text.extract import Extraction, extract

    pairs, failures = [], []
    for path in sorted((CORPUS_DIR / part).glob("*.txt")):
        gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        try:
            predicted = extract(path.read_text(encoding="utf-8")).to_json()
        except Exception:  # noqa: BLE001 — the report goes on; the failure is shown with it.
            failures.append(f"{part}/{path.name}: {traceback.format_exc(limit=3)}")
            predicted = Extraction(text="").to_json()
        pairs.append((path.stem, predicted, gold))
    return pairs, failures


def score_parts(parts) -> tuple[dict[str, dict], list[str]]:
    """``score_corpus`` for each part, and for all parts together when there are several."""
    from huunghi.text.extract.score import score_corpus

    results, failures, everything = {}, [], []
    for part in parts:
        pairs, failed = corpus_pairs(part)
        failures += failed
        everything += [(f"{part}/{name}", predicted, gold) for name, predicted, gold in pairs]
        results[part] = score_corpus(pairs)
    if len(parts) > 1:
        results["all"] = score_corpus(everything)
    return results, failures


def status_table(result: dict) -> str:
    """How each document field fared across the documents: correct, incorrect, missing, spurious."""
    lines = ["| field | correct | incorrect | missing | spurious | absent |", "|---|---:|---:|---:|---:|---:|"]
    for name, statuses in result["statuses"].items():
        lines.append(
            f"| {name} | {statuses['correct']} | {statuses['incorrect']} | {statuses['missing']} "
            f"| {statuses['spurious']} | {statuses['absent']} |"
        )
    return "\n".join(lines)


def markdown(results: dict[str, dict], errors: bool = False) -> str:
    from huunghi.text.extract.score import documents_table, fields_table

    sections = []
    for part, result in results.items():
        if part != "all":
            sections += [f"### {part} ({len(result['documents'])} documents)", "", documents_table(result), ""]
    for part, result in results.items():
        sections += [f"### Per field: {part}", "", fields_table(result), ""]
    summary = results.get("all") or next(iter(results.values()))
    sections += ["### Document fields (all documents scored)", "", status_table(summary), ""]
    if errors:
        sections += ["### Differences", ""]
        for part, result in results.items():
            if part == "all":
                continue
            for name, document in result["documents"].items():
                if document["errors"]:
                    sections.append(f"**{part}/{name}**")
                    sections += [f"- {e}" for e in document["errors"]]
                    sections.append("")
    return "\n".join(sections).rstrip() + "\n"


def main(argv=None) -> int:
    args = parse_args(argv)
    sys.path.insert(0, str(PROJECT_DIR))
    parts = tuple(args.part) if args.part else PARTS
    try:
        results, failures = score_parts(parts)
    except ImportError as error:
        print(f"The extractor cannot be imported yet: {error}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        print(markdown(results, errors=args.errors))
    for failure in failures:
        print(f"extract() failed on {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
