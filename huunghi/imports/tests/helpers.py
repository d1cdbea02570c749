"""What the import's tests share: a plan as a province writes it, written to real files, and drafts made
from an extraction written by hand when a test is about the draft rather than about reading."""

import io
from html.parser import HTMLParser

import docx

from huunghi.imports.services import draft_create
from huunghi.text.extract import Citation, DocumentInfo, Extraction, Section, Task

HEADER = """ỦY BAN NHÂN DÂN
TỈNH ĐẮK LẮK

Số: {number}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Đắk Lắk, ngày 10 tháng 01 năm {year}

KẾ HOẠCH
Ngoại giao văn hóa năm {year} của tỉnh Đắk Lắk
"""

BODY = """
Căn cứ Quyết định số 2013/QĐ-TTg ngày 30/11/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược Ngoại giao văn hóa đến năm 2030; Kế hoạch số 15/KH-UBND ngày 05/02/2024 của UBND tỉnh về Ngoại giao văn hóa năm 2024, Ủy ban nhân dân tỉnh ban hành Kế hoạch Ngoại giao văn hóa năm {year} như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Quảng bá hình ảnh, con người tỉnh Đắk Lắk đến bạn bè quốc tế.
2. Yêu cầu
Thiết thực, hiệu quả, tiết kiệm.

II. NHIỆM VỤ CỤ THỂ
1. Giao lưu văn hóa với các địa phương nước ngoài
a) Tổ chức giao lưu văn hóa với tỉnh Mondulkiri, Vương quốc Campuchia.
- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.
- Cơ quan phối hợp: Sở Ngoại vụ, Sở Y tế.
- Thời gian: Quý II.
b) Gặp mặt kiều bào về quê đón Tết Cổ truyền của dân tộc.
- Cơ quan chủ trì: Sở Ngoại vụ.
- Cơ quan phối hợp: Hội Thân nhân kiều bào tỉnh.
- Thời gian: Tháng 1.
2. Tuyên truyền về ngoại giao văn hóa
Tuyên truyền Chiến lược Ngoại giao văn hóa trên báo, đài và Cổng thông tin điện tử tỉnh.
- Cơ quan chủ trì: Sở Ngoại vụ.
- Cơ quan phối hợp: Các sở, ban, ngành{extra}.
- Thời gian: Cả năm.

III. TỔ CHỨC THỰC HIỆN
Sở Ngoại vụ theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh.

Nơi nhận:
- Bộ Ngoại giao (để b/c);
- Lưu: VT, NgV.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An
"""


def plan_text(*, number: str = "21/KH-UBND", year: int = 2025, extra: str = "") -> str:
    """A short yearly plan of Đắk Lắk; ``extra`` is added to the last task's cooperating agencies."""
    return HEADER.format(number=number, year=year) + BODY.format(year=year, extra=extra)


def plan_docx(text: str) -> bytes:
    """The plan as a Word file, one paragraph per line, as a province's office would type it."""
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def import_text(world, text: str | None = None, *, user=None, filename: str = "ke-hoach.txt", province=None):
    """A draft of ``text`` (the plan above by default), imported as a .txt by Đắk Lắk's officer."""
    data = (text if text is not None else plan_text()).encode("utf-8")
    return draft_create(user=user or world.officer, province=province or world.dak_lak, filename=filename, data=data)


def extraction_of(text: str, tasks: int = 3) -> Extraction:
    """An extraction written by hand: ``tasks`` tasks led by Sở Ngoại vụ with Sở Y tế cooperating, and one
    unknown cooperating body on the last task when asked, each pointing at a line of ``text``."""
    lines, offset, spans = text.splitlines(keepends=True), 0, []
    for line in lines:
        spans.append((offset, offset + len(line.rstrip("\n"))))
        offset += len(line)
    return Extraction(
        text=text,
        document=DocumentInfo(
            number="30/KH-UBND",
            doc_type="plan",
            issuer="UBND tỉnh Đắk Lắk",
            province="Đắk Lắk",
            place="Đắk Lắk",
            title="Kế hoạch Ngoại giao văn hóa năm 2026",
            spans={"number": spans[0], "title": spans[1]},
            confidence={"number": 1.0, "title": 0.6},
        ),
        citations=[Citation(number="15/KH-UBND", doc_type="plan", issuer="UBND tỉnh", span=spans[2])],
        sections=[Section(code="II", title="NHIỆM VỤ", span=spans[2])],
        tasks=[
            Task(
                code=f"II.{i + 1}",
                content=f"Nhiệm vụ số {i + 1}",
                lead=["Sở Ngoại vụ"],
                cooperating=["Sở Y tế"],
                timing="Quý I",
                section="II",
                span=spans[3 + i % (len(spans) - 3)],
                confidence=0.9,
            )
            for i in range(tasks)
        ],
    )


def many_lines(n: int) -> str:
    return "\n".join(
        ["Số: 30/KH-UBND", "KẾ HOẠCH NĂM 2026", "Căn cứ Kế hoạch số 15/KH-UBND"]
        + [f"{i + 1}. Nhiệm vụ số {i + 1}" for i in range(n)]
    )


def import_extraction(world, monkeypatch, extraction: Extraction, *, user=None):
    """A draft made by the real reader and services from a hand-written extraction of its text."""
    monkeypatch.setattr("huunghi.text.extract.extract", lambda text: extraction)
    return draft_create(
        user=user or world.officer,
        province=world.dak_lak,
        filename="ke-hoach.txt",
        data=extraction.text.encode("utf-8"),
    )


def bare_draft(world, province=None):
    """A draft stored directly, without reading a file: for tests about who may see and change it."""
    from huunghi.imports.draft import extraction_to_draft
    from huunghi.imports.models import ImportDraft
    from huunghi.text.agencies import AgencyResolver

    text = plan_text()
    data = extraction_to_draft(
        Extraction(text=text, document=DocumentInfo(title="Ngoại giao văn hóa năm 2025")), AgencyResolver([])
    )
    return ImportDraft.objects.create(
        province=province or world.dak_lak,
        created_by=world.officer,
        file_name="ke-hoach.txt",
        file_format="txt",
        file_size=len(text.encode()),
        sha256="0" * 64,
        text=text,
        data=data,
    )


class _FormReader(HTMLParser):
    """The controls of one ``<form id=...>`` a browser would submit: named, not disabled (nor in a disabled
    fieldset), checkboxes only when ticked, a select's selected option (or its first), no buttons."""

    def __init__(self, form_id: str):
        super().__init__(convert_charrefs=True)
        self.form_id, self.fields = form_id, []
        self.in_form, self.depth, self.disabled_at = False, 0, 0
        self.select = self.option = self.textarea = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.in_form = a.get("id") == self.form_id
        if not self.in_form:
            return
        if tag == "fieldset":
            self.depth += 1
            if "disabled" in a and not self.disabled_at:
                self.disabled_at = self.depth
        if not a.get("name") and tag != "option" or "disabled" in a or self.disabled_at:
            return
        if tag == "input" and a.get("type", "text") in ("checkbox", "radio"):
            if "checked" in a:
                self.fields.append((a["name"], a.get("value", "on")))
        elif tag == "input" and a.get("type") not in ("submit", "button", "image", "reset", "file"):
            self.fields.append((a["name"], a.get("value", "")))
        elif tag == "select":
            self.select = {"name": a["name"], "chosen": None, "first": None}
        elif tag == "option" and self.select is not None:
            self.option = {"value": a.get("value"), "text": "", "selected": "selected" in a}
        elif tag == "textarea":
            self.textarea = {"name": a["name"], "text": ""}

    def handle_data(self, data):
        for open_element in (self.option, self.textarea):
            if open_element is not None:
                open_element["text"] += data

    def _close_option(self):
        option, self.option = self.option, None
        value = option["text"] if option["value"] is None else option["value"]
        self.select["first"] = value if self.select["first"] is None else self.select["first"]
        if option["selected"]:
            self.select["chosen"] = value

    def handle_endtag(self, tag):
        if not self.in_form:
            return
        if tag == "form":
            self.in_form = False
        elif tag == "fieldset":
            self.disabled_at = 0 if self.disabled_at == self.depth else self.disabled_at
            self.depth -= 1
        elif tag == "option" and self.option is not None:
            self._close_option()
        elif tag == "select" and self.select is not None:
            if self.option is not None:
                self._close_option()
            chosen = self.select["chosen"] if self.select["chosen"] is not None else self.select["first"]
            self.fields.append((self.select["name"], chosen or ""))
            self.select = None
        elif tag == "textarea" and self.textarea is not None:
            # A browser drops the newline that follows <textarea>.
            self.fields.append((self.textarea["name"], self.textarea["text"].removeprefix("\n")))
            self.textarea = None


def posted_fields(page: str, form_id: str = "review-form") -> dict[str, list[str]]:
    """What a browser (without script) posts back from the form ``form_id`` of ``page``, untouched."""
    reader = _FormReader(form_id)
    reader.feed(page)
    fields: dict[str, list[str]] = {}
    for name, value in reader.fields:
        fields.setdefault(name, []).append(value)
    return fields
