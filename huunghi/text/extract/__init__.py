"""Understanding a cultural diplomacy plan or news item: ``extract(text)`` gives an :class:`Extraction`.

The extractor reads what a person would: the document's number, date, issuer and signer; the documents it
cites; its sections; its tasks with the agencies that lead them and those that cooperate; and what it
mentions (countries, partner localities, anniversaries, languages). Every part records where in the text
it was read, so that a reviewer can check it against the words.

It never raises: whatever the text, it returns a result, with warnings (in Vietnamese) for what it could
not read. Like the rest of ``huunghi.text``, it does not import Django.
"""

from __future__ import annotations

import re

from huunghi.text.extract.result import (
    Anniversary,
    Citation,
    DocumentInfo,
    Extraction,
    Mentions,
    Reporting,
    Section,
    Task,
)
from huunghi.text.normalize import nfc

__all__ = [
    "Anniversary",
    "Citation",
    "DocumentInfo",
    "Extraction",
    "Mentions",
    "Reporting",
    "Section",
    "Task",
    "extract",
]


#: Document types whose numbered paragraphs are not tasks unless they name who leads them.
NOT_PLANS = {"letter", "report"}
#: The head of the letter or report itself: its subject line or its addressees.
LETTER_HEAD = re.compile(r"^[ \t*_|]*(?:V/v\b|Kính\s+gửi\b)", re.MULTILINE | re.IGNORECASE)


def extract(text: str) -> Extraction:
    """Everything the extractor understands of ``text``; spans point into ``nfc(text)``, kept as ``.text``."""
    # Imported here so that each part can be loaded (and tested) on its own.
    from huunghi.text.extract.citations import find_citations
    from huunghi.text.extract.mentions import find_mentions
    from huunghi.text.extract.metadata import find_budget_sources, find_reporting, read_document
    from huunghi.text.extract.structure import read_structure

    if not isinstance(text, str):
        text = ""
    text = nfc(text.replace("\r\n", "\n").replace("\r", "\n"))
    result = Extraction(text=text)
    if not text.strip():
        result.warnings.append("Văn bản trống: không có gì để đọc.")
        return result

    # Each part is guarded on its own: a failure in one must not lose what the others read.
    def guarded(what: str, fn, *args):
        try:
            return fn(*args)
        except Exception:  # noqa: BLE001 — the promise is "never raises"; the reviewer is told instead.
            result.warnings.append(f"Không đọc được {what}; hãy nhập tay phần này.")
            return None

    document = guarded("thông tin văn bản (số, ngày, cơ quan ban hành)", read_document, text)
    if document is not None:
        result.document = document
        result.warnings.extend(document.warnings)
    citations = guarded("các văn bản được dẫn chiếu", find_citations, text, result.document)
    if citations is not None:
        result.citations = citations
    structure = guarded("các mục và nhiệm vụ", read_structure, text)
    if structure is not None:
        result.sections, result.tasks, warnings = structure
        result.warnings.extend(warnings)
    if (
        result.document.doc_type in NOT_PLANS
        and result.tasks
        and not any(t.lead for t in result.tasks)
        and LETTER_HEAD.search(text, 0, 3000)
    ):
        # A letter or a report itself (not a news item about one) asks or tells; its numbered paragraphs are
        # not a plan's tasks unless it gives them to agencies.
        result.tasks = []
        result.warnings.append("Văn bản là công văn hoặc báo cáo: các đoạn đánh số không được coi là nhiệm vụ.")
    mentions = guarded("các quốc gia, địa phương và ngày kỷ niệm được nhắc đến", find_mentions, text)
    if mentions is not None:
        result.mentions = mentions
    budget = guarded("nguồn kinh phí", find_budget_sources, text)
    if budget is not None:
        result.budget_sources = budget
    reporting = guarded("chế độ báo cáo", find_reporting, text)
    if reporting is not None:
        result.reporting = reporting

    if not result.document.number and not result.tasks and not result.citations:
        result.warnings.append("Không nhận ra văn bản này là một kế hoạch hay tin về kế hoạch; hãy kiểm tra kỹ.")
    return result
