"""How well ``extract`` reads the corpus, against gold annotations a person wrote by reading each document.

``corpus/seeds`` holds the five documents the project started from (real text, scraped or converted);
``corpus/own`` holds our own documents in the styles provinces use (full Decree 30 plans, appendix tables,
decisions, news items, PDF text, letters, old spellings, plans after the 2025 merger). Each ``X.txt`` has its
``X.gold.json`` in the shape of ``Extraction.to_json()``, with ``notes`` on the judgement calls.

The targets: on the seeds, every document field and every citation right, and task assignments (lead and
cooperating agencies) at F1 0.95 or better; on our own corpus, at least 0.9 for the document fields and for
the assignments. A failure prints the per-document table and what differs. ``benchmarks/score_extract.py``
prints the same report.
"""

import functools
import json
from pathlib import Path

from huunghi.text.extract.score import documents_table, fields_table, score_corpus

CORPUS = Path(__file__).parent / "corpus"
SEEDS_ASSIGNMENT_F1 = 0.95
OWN_ASSIGNMENT_F1 = 0.9
OWN_DOCUMENT_F1 = 0.9


def corpus_documents(part: str) -> list[Path]:
    return sorted((CORPUS / part).glob("*.txt"))


@functools.cache
def scored(part: str) -> dict:
    """``score_corpus`` over one part of the corpus, extracting each document once for all the tests."""
    from huunghi.text.extract import extract

    pairs = []
    for path in corpus_documents(part):
        gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        predicted = extract(path.read_text(encoding="utf-8")).to_json()
        pairs.append((path.stem, predicted, gold))
    return score_corpus(pairs)


def explain(result: dict, fields: list[str], about: tuple[str, ...]) -> str:
    """The per-document table for ``fields`` and, document by document, the differences about them."""
    lines = ["", documents_table(result, fields), "", fields_table(result, fields), ""]
    for name, document in result["documents"].items():
        errors = [e for e in document["errors"] if e.startswith(about)]
        if errors:
            lines.append(f"{name}:")
            lines += [f"  - {e}" for e in errors]
    return "\n".join(lines)


def test_every_corpus_document_has_its_gold_annotation():
    for part, at_least in (("seeds", 5), ("own", 10)):
        documents = corpus_documents(part)
        assert len(documents) >= at_least, part
        for path in documents:
            assert path.with_suffix(".gold.json").exists(), path


def test_it_reads_every_document_field_of_the_seeds():
    result = scored("seeds")
    document = result["fields"]["document"]
    fields = ["document", *(f"document.{name}" for name in result["statuses"])]
    assert (document["precision"], document["recall"]) == (1.0, 1.0), explain(result, fields, ("document.",))


def test_it_reads_every_citation_of_the_seeds():
    result = scored("seeds")
    fields = ["citations", "citations.doc_type", "citations.issued", "citations.issuer"]
    measured = {f: (result["fields"][f]["precision"], result["fields"][f]["recall"]) for f in fields}
    assert measured == dict.fromkeys(fields, (1.0, 1.0)), explain(result, fields, ("citation",))


def test_it_assigns_the_seeds_tasks_to_their_agencies():
    result = scored("seeds")
    fields = ["tasks", "lead", "cooperating"]
    lead, cooperating = result["fields"]["lead"]["f1"], result["fields"]["cooperating"]["f1"]
    assert lead >= SEEDS_ASSIGNMENT_F1 and cooperating >= SEEDS_ASSIGNMENT_F1, explain(result, fields, ("task",))


def test_it_reads_the_document_fields_of_our_own_corpus():
    result = scored("own")
    fields = ["document", *(f"document.{name}" for name in result["statuses"])]
    assert result["fields"]["document"]["f1"] >= OWN_DOCUMENT_F1, explain(result, fields, ("document.",))


def test_it_assigns_the_tasks_of_our_own_corpus_to_their_agencies():
    result = scored("own")
    fields = ["tasks", "lead", "cooperating"]
    lead, cooperating = result["fields"]["lead"]["f1"], result["fields"]["cooperating"]["f1"]
    assert lead >= OWN_ASSIGNMENT_F1 and cooperating >= OWN_ASSIGNMENT_F1, explain(result, fields, ("task",))
