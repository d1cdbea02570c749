"""``huunghi extract FILE [--json]``: what the extractor understands of a file, without touching the database."""

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand

from huunghi.documents.models import DOCUMENT_TYPE_VI
from huunghi.text import format_date
from huunghi.text.extract import extract
from huunghi.text.readers import UnreadableFile, read_path

SHORT = 90


class Command(BaseCommand):
    help = "Read a plan file and print what was understood of it (a summary, or JSON with --json)."
    # Nothing here needs the database, nor the checks that look at it.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("file", help="A .docx, .doc, .pdf, .txt, .html or .htm file.")
        parser.add_argument("--json", action="store_true", help="Print the extraction as JSON.")

    def handle(self, *args, **options):
        _utf8(self.stdout._out)
        try:
            result = read_path(Path(options["file"]))
        except UnreadableFile as error:
            _utf8(self.stderr._out)
            self.stderr.write(f"{options['file']}: {error.message}")
            sys.exit(1)
        extraction = extract(result.text)
        if options["json"]:
            self.stdout.write(json.dumps(extraction.to_json(), ensure_ascii=False, indent=2))
            return
        for line in summary(extraction, result.warnings):
            self.stdout.write(line)


def _short(text: str, width: int = SHORT) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _date(d) -> str:
    return format_date(d) if d else "—"


def _type(code: str | None) -> str:
    return DOCUMENT_TYPE_VI.get(code, "Văn bản") if code else "Văn bản"


def summary(extraction, reader_warnings=()) -> list[str]:
    """The extraction in a few readable Vietnamese lines."""
    doc = extraction.document
    lines = [
        f"Số, ký hiệu:   {doc.number or '—'}",
        f"Loại:          {_type(doc.doc_type) if doc.doc_type else '—'}",
        f"Cơ quan:       {doc.issuer or '—'}",
        f"Tỉnh:          {doc.province or '—'}",
        f"Ngày:          {_date(doc.issued)}{f' ({doc.place})' if doc.place else ''}",
        f"Người ký:      {doc.signer or '—'}",
        f"Trích yếu:     {_short(doc.title or '—')}",
        "",
        f"Văn bản dẫn chiếu: {len(extraction.citations)}",
    ]
    for c in extraction.citations:
        issuer = f" của {c.issuer}" if c.issuer else ""
        issued = f" ngày {_date(c.issued)}" if c.issued else ""
        lines.append(f"  - {_type(c.doc_type)} số {c.number or '?'}{issued}{issuer}")
    lines += ["", f"Mục: {len(extraction.sections)}"]
    lines += [f"  {s.code}. {_short(s.title, 70)}" for s in extraction.sections]
    lines += ["", f"Nhiệm vụ: {len(extraction.tasks)}"]
    for t in extraction.tasks:
        lines.append(f"  {t.code}  {_short(t.title or t.content)}")
        if t.lead:
            lines.append(f"      Chủ trì:   {'; '.join(t.lead)}")
        if t.cooperating:
            lines.append(f"      Phối hợp:  {'; '.join(t.cooperating)}")
        if t.timing:
            lines.append(f"      Thời gian: {t.timing}")
    warnings = [*reader_warnings, *extraction.warnings]
    if warnings:
        lines += ["", "Lưu ý:"]
        lines += [f"  - {w}" for w in warnings]
    return lines


def _utf8(stream) -> None:
    # The output is Vietnamese: on a terminal or pipe whose locale is not UTF-8, write UTF-8 anyway.
    if stream in (sys.stdout, sys.stderr) and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
        stream.reconfigure(encoding="utf-8")
