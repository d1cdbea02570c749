"""Our own Word export, read back by the importer, gives back the plan it was made from.

Each demo plan with tasks is exported with ``plan_docx_write`` (as ``huunghi export_plan`` does), read with
``read_path`` and understood with ``extract``. The document lists every task twice, in part II (with its
"- Cơ quan chủ trì/phối hợp" lines) and in the appendix table (with its timing); the importer must give each
task back once, with its code, its content, its agencies as the document writes them and its timing.
"""

import pytest
from django.core.management import call_command
from django.test import TestCase, override_settings

from huunghi.plans.docx_export import _assignment_names, _PlanWriter, _subject_lines, _timing, plan_docx_write
from huunghi.plans.models import AssignmentRole, Plan
from huunghi.plans.selectors import plan_tasks_with_assignments
from huunghi.text.extract import extract
from huunghi.text.extract.agency_split import split_agencies
from huunghi.text.readers import read_path


def plan_key(plan: Plan) -> str:
    return f"{plan.province.code}-{plan.start_year}"


def one_line(text: str | None) -> str | None:
    return None if text is None else " ".join(text.split())


def written_names(task, role: str) -> list[str]:
    """The agencies of one role as the document writes them (``as_written``, else the agency's name), each
    read as the importer reads a written list: "Sở Ngoại vụ và các cơ quan, đơn vị liên quan" names two."""
    return [name for written in _assignment_names(task, role) for name in split_agencies(written.rstrip(" ;."))]


# The demo takes about a second to load: the checks share one load.
@override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"])
class DocxRoundTripTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("demo", verbosity=0)

    @pytest.fixture(autouse=True)
    def _tmp_path(self, tmp_path):
        self.tmp_path = tmp_path

    def plans(self) -> list[Plan]:
        plans = [
            plan
            for plan in Plan.objects.select_related("province", "document__issuer").order_by("start_year", "pk")
            if plan.tasks.exists()
        ]
        assert len(plans) == 5
        return plans

    def read_back(self, plan: Plan):
        path = plan_docx_write(plan, self.tmp_path / f"{plan_key(plan)}.docx")
        return extract(read_path(path).text)

    def test_it_gives_back_every_task_once_with_its_code_content_agencies_and_timing(self):
        expected, got = {}, {}
        for plan in self.plans():
            tasks = list(plan_tasks_with_assignments(plan))
            expected[plan_key(plan)] = [
                (
                    task.code,
                    one_line(task.content),
                    written_names(task, AssignmentRole.LEAD),
                    written_names(task, AssignmentRole.COOPERATING),
                    _timing(task) or None,
                )
                for task in tasks
            ]
            got[plan_key(plan)] = [
                (task.code, one_line(task.content), task.lead, task.cooperating, task.timing)
                for task in self.read_back(plan).tasks
            ]
        assert {key: len(rows) for key, rows in got.items()} == {key: len(rows) for key, rows in expected.items()}
        assert got == expected

    def test_it_says_nothing_of_repeated_task_codes(self):
        for plan in self.plans():
            warnings = self.read_back(plan).warnings
            assert not [w for w in warnings if "bị trùng" in w or "khác với phần nội dung" in w], plan_key(plan)

    def test_it_gives_back_the_number_place_and_subject_as_exported(self):
        expected, got = {}, {}
        for plan in self.plans():
            key = plan_key(plan)
            writer = _PlanWriter(plan)
            document = self.read_back(plan).document
            subject = " ".join(_subject_lines(plan.title))
            expected[key] = (
                writer.number_line().removeprefix("Số:").strip(),  # "/KH-UBND" when the number is blank
                plan.document.place or plan.province.name,
                subject,
            )
            got[key] = (document.number, document.place, document.title)
        assert got == expected

    def test_it_gives_back_the_issuer_as_the_header_writes_it(self):
        expected, got = {}, {}
        for plan in self.plans():
            expected[plan_key(plan)] = " ".join(line for line, _bold in _PlanWriter(plan).issuer_lines())
            got[plan_key(plan)] = self.read_back(plan).document.issuer
        assert got == expected
