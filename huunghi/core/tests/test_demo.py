import datetime
from io import StringIO

import pytest
from django.apps import apps
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from django.test import TestCase, override_settings

from huunghi.documents.models import CitationRelation, LegalDocument
from huunghi.organisations.models import Agency, AgencyKind, Province
from huunghi.plans.models import AssignmentRole, Plan, PlanKind, PlanStatus, Task
from huunghi.plans.services import plan_update
from huunghi.reporting.models import (
    Activity,
    AdjustmentProposal,
    AgencyReport,
    PlanVersion,
    ReportEvent,
    ReportingPeriod,
    TaskReport,
)
from huunghi.reporting.selectors import report_state

D = datetime.date
SNV = "Sở Ngoại vụ"
VHTTDL = "Sở Văn hóa, Thể thao và Du lịch"
GROUPS = ["Các sở, ban, ngành", "UBND các huyện, thành phố"]


# The demo's logins are checked here, not the strength of their hash.
FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def fast_hasher(settings):
    settings.PASSWORD_HASHERS = FAST_HASHERS


def run_demo() -> str:
    out = StringIO()
    call_command("demo", stdout=out)
    return out.getvalue()


def row_counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


def assignments(task: Task) -> tuple[list[str], list[str]]:
    rows = list(task.assignments.select_related("agency").order_by("position"))
    return (
        [a.agency.name for a in rows if a.role == AssignmentRole.LEAD],
        [a.agency.name for a in rows if a.role == AssignmentRole.COOPERATING],
    )


@pytest.mark.django_db
def test_it_changes_nothing_when_run_twice():
    first = run_demo()
    counts = row_counts()
    second = run_demo()

    assert row_counts() == counts
    assert "Lần chạy này tạo mới:" in first
    assert "Lần chạy này không thay đổi gì" in second
    assert counts["organisations.Province"] == 64
    assert counts["organisations.Agency"] == 95
    assert counts["documents.LegalDocument"] == 18
    assert counts["documents.Citation"] == 20
    assert counts["plans.Plan"] == 5
    assert counts["plans.Task"] == 51
    assert counts["accounts.User"] == 7
    assert counts["reporting.Activity"] == 3
    assert counts["reporting.AdjustmentProposal"] == 1
    assert counts["reporting.PlanVersion"] == 1


@pytest.mark.django_db
def test_it_keeps_a_changed_password():
    run_demo()
    officer = get_user_model().objects.get(username="officer")
    officer.set_password("a-new-password-2025")
    officer.save()

    run_demo()

    assert authenticate(username="officer", password="a-new-password-2025") is not None
    assert authenticate(username="officer", password="huunghi-demo") is None


@pytest.mark.django_db
def test_it_keeps_a_plan_whose_number_was_filled_in():
    run_demo()
    plan = Plan.objects.get(province__code="dak-lak", start_year=2024)
    plan_update(plan=plan, number="15/KH-UBND", issued_on=datetime.date(2024, 2, 5))

    run_demo()

    assert Plan.objects.count() == 5
    assert Plan.objects.get(province__code="dak-lak", start_year=2024).document.number == "15/KH-UBND"


# The demo takes about a second to load: the checks that only read it share one load.
@override_settings(PASSWORD_HASHERS=FAST_HASHERS)
class DemoContentTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.output = run_demo()

    def test_it_loads_quang_ngai_2018_with_the_seeds_assignments(self):
        plan = Plan.objects.get(province__code="quang-ngai", start_year=2018)

        got = {task.code: assignments(task) for task in plan.tasks.order_by("position")}

        assert got == {
            "II.1.a": ([SNV, VHTTDL], GROUPS),
            "II.1.b": ([SNV, VHTTDL], GROUPS),
            "II.2.a": ([SNV], GROUPS),
            "II.2.b": ([SNV], GROUPS),
            "II.2.c": ([SNV], GROUPS),
            "II.2.d": ([SNV], GROUPS),
            "II.2.đ": ([SNV], GROUPS),
            "II.2.e": ([VHTTDL], [SNV]),
            "II.3": ([VHTTDL], GROUPS),
            "II.4": ([SNV], ["Hội Thân nhân kiều bào tỉnh", *GROUPS]),
            "II.5": (
                ["Sở Kế hoạch và Đầu tư", "Ban Quản lý Khu Kinh tế Dung Quất và các Khu Công nghiệp tỉnh"],
                GROUPS,
            ),
        }

    def test_it_copies_quang_ngai_2018_from_the_seed(self):
        plan = Plan.objects.select_related("document__issuer").get(province__code="quang-ngai", start_year=2018)
        tasks = {task.code: task for task in plan.tasks.all()}

        assert (plan.document.number, plan.document.issued_on, plan.document.signer_name) == ("", None, "")
        assert plan.document.issuer.name == "Ủy ban nhân dân tỉnh Quảng Ngãi"
        assert (plan.status, plan.start_year, plan.end_year) == (PlanStatus.ISSUED, 2018, 2018)
        assert (
            plan.budget_clause == "Căn cứ dự toán được giao năm 2018, các cơ quan, đơn vị tổ chức triển khai thực hiện."
        )
        assert plan.recipients.splitlines()[0] == "- Bộ Ngoại giao (b/cáo);"
        assert plan.recipients.splitlines()[-1] == "- Lưu: VT, NCbdv140."
        assert tasks["II.2.e"].content == (
            "Tổ chức Đoàn nghệ thuật đi giao lưu, trao đổi nghệ thuật tại các tỉnh Champask và Attapeu, CHDCND Lào "
            "nhân chuyến thăm hữu nghị của Đoàn cấp cao tỉnh Quảng Ngãi trong năm 2018."
        )
        assert tasks["II.2.e"].timing == "năm 2018"
        assert tasks["II.1.a"].timing == ""
        assert tasks["II.4"].title == (
            "Gắn kết các hoạt động ngoại giao văn hóa với công tác về người Việt Nam ở nước ngoài (NVNONN)."
        )
        assert tasks["II.2.a"].section.title.startswith("Tăng cường công tác đào tạo, bồi dưỡng kiến thức")
        assert {code: task.category for code, task in tasks.items()} == {
            "II.1.a": "communication",
            "II.1.b": "heritage",
            "II.2.a": "training",
            "II.2.b": "training",
            "II.2.c": "training",
            "II.2.d": "communication",
            "II.2.đ": "communication",
            "II.2.e": "exchange",
            "II.3": "heritage",
            "II.4": "overseas_vietnamese",
            "II.5": "economic",
        }

    def test_it_gives_quang_ngai_ii5_two_leads_as_written(self):
        task = Task.objects.get(plan__province__code="quang-ngai", code="II.5")

        leads = task.assignments.filter(role=AssignmentRole.LEAD).select_related("agency").order_by("position")

        assert [(a.agency.name, a.agency.kind, a.as_written) for a in leads] == [
            ("Sở Kế hoạch và Đầu tư", AgencyKind.DEPARTMENT, "Sở Kế hoạch và Đầu tư"),
            (
                "Ban Quản lý Khu Kinh tế Dung Quất và các Khu Công nghiệp tỉnh",
                AgencyKind.ECONOMIC_ZONE,
                "Ban Quản lý Khu Kinh tế Dung Quất và các Khu Công nghiệp tỉnh",
            ),
        ]

    def test_it_links_dak_lak_2024_to_the_2030_strategy(self):
        plan = Plan.objects.get(province__code="dak-lak", start_year=2024)

        action_plan = plan.document.citations.get(cited__number="60/KH-UBND")
        strategy = action_plan.cited.citations.get()

        assert action_plan.relation == CitationRelation.IMPLEMENTS
        assert action_plan.cited.issued_on == D(2022, 3, 14)
        assert strategy.relation == CitationRelation.IMPLEMENTS
        assert (strategy.cited.number, strategy.cited.issued_on, strategy.cited.issuer.name) == (
            "2013/QĐ-TTg",
            D(2021, 11, 30),
            "Thủ tướng Chính phủ",
        )
        assert sorted(plan.document.citations.values_list("cited__number", flat=True)) == [
            "09/KH-UBND",
            "60/KH-UBND",
        ]

    def test_it_registers_the_documents_with_their_numbers_dates_and_issuers(self):
        got = {
            doc.number: (
                doc.issued_on,
                doc.issuer.name,
                doc.issuer.province.code if doc.issuer.province else None,
            )
            for doc in LegalDocument.objects.select_related("issuer__province").exclude(number="")
        }

        assert got == {
            "208/QĐ-TTg": (D(2011, 2, 14), "Thủ tướng Chính phủ", None),
            "210/QĐ-TTg": (D(2015, 2, 8), "Thủ tướng Chính phủ", None),
            "25/CT-TTg": (D(2021, 9, 10), "Thủ tướng Chính phủ", None),
            "2013/QĐ-TTg": (D(2021, 11, 30), "Thủ tướng Chính phủ", None),
            "33-NQ/TW": (D(2014, 6, 9), "Ban Chấp hành Trung ương Đảng", None),
            "76-KL/TW": (D(2020, 6, 4), "Bộ Chính trị", None),
            "1515/QĐ-UBND": (D(2014, 7, 10), "Ủy ban nhân dân tỉnh Đắk Lắk", "dak-lak"),
            "60/KH-UBND": (D(2022, 3, 14), "Ủy ban nhân dân tỉnh Đắk Lắk", "dak-lak"),
            "09/KH-UBND": (D(2024, 1, 11), "Ủy ban nhân dân tỉnh Đắk Lắk", "dak-lak"),
            "1270/KH-UBND": (D(2020, 2, 19), "Ủy ban nhân dân tỉnh Đắk Lắk", "dak-lak"),
            "979/QĐ-UBND": (D(2014, 7, 14), "Ủy ban nhân dân tỉnh Quảng Ngãi", "quang-ngai"),
            "87/SNgV-LSLTBC": (D(2018, 2, 2), "Sở Ngoại vụ", "quang-ngai"),
            "173/KH-UBND": (D(2022, 4, 28), "Ủy ban nhân dân tỉnh Thừa Thiên Huế", "thua-thien-hue"),
            "720/KH-UBND": (D(2021, 11, 24), "Ủy ban nhân dân tỉnh An Giang", "an-giang"),
            "33-Ctr/TU": (D(2015, 5, 21), "Tỉnh ủy An Giang", "an-giang"),
            "692/STTTT–TTBCXB": (D(2023, 5, 19), "Sở Thông tin và Truyền thông", "an-giang"),
        }
        letter = LegalDocument.objects.get(number_key="692/stttt-ttbcxb")
        assert list(letter.citations.values_list("cited__number", "relation")) == [
            ("720/KH-UBND", "implements"),
            ("25/CT-TTg", "mentions"),
            ("33-NQ/TW", "mentions"),
            ("76-KL/TW", "mentions"),
            ("33-Ctr/TU", "mentions"),
        ]

    def test_it_loads_the_other_seed_plans(self):
        got = {
            (plan.province.code, plan.start_year): (
                plan.end_year,
                plan.kind,
                plan.document.number,
                plan.tasks.count(),
            )
            for plan in Plan.objects.select_related("province", "document")
        }

        assert got == {
            ("quang-ngai", 2018): (2018, PlanKind.YEARLY, "", 11),
            ("dak-lak", 2020): (2020, PlanKind.YEARLY, "1270/KH-UBND", 9),
            ("dak-lak", 2024): (2024, PlanKind.YEARLY, "", 16),
            ("thua-thien-hue", 2022): (2030, PlanKind.MULTI_YEAR, "173/KH-UBND", 11),
            ("an-giang", 2022): (2026, PlanKind.MULTI_YEAR, "720/KH-UBND", 4),
        }
        dak_lak_2024 = Plan.objects.select_related("document").get(province__code="dak-lak", start_year=2024)
        assert (dak_lak_2024.document.signer_name, dak_lak_2024.document.signer_title) == (
            "Võ Văn Cảnh",
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        )
        assert "dữ liệu minh họa" in dak_lak_2024.note
        assert not Task.objects.filter(
            plan__province__code__in=["thua-thien-hue", "an-giang"], assignments__isnull=False
        )

    def test_it_makes_sngv_the_focal_agency_and_ends_district_committees(self):
        focal = dict(Province.objects.filter(focal_agency__isnull=False).values_list("code", "focal_agency__name"))
        districts = Agency.objects.filter(kind=AgencyKind.DISTRICT)

        assert focal == {"dak-lak": SNV, "quang-ngai": SNV, "an-giang": SNV, "thua-thien-hue": SNV}
        assert districts.count() == 24
        assert set(districts.exclude(province__code="thua-thien-hue").values_list("valid_to", flat=True)) == {
            D(2025, 6, 30)
        }
        assert set(districts.filter(province__code="thua-thien-hue").values_list("valid_to", flat=True)) == {
            D(2024, 12, 31)
        }

    def test_it_creates_logins_that_authenticate(self):
        output = self.output

        got = {}
        for username in ("officer", "vhttdl", "leader", "finance", "ministry", "admin", "quangngai"):
            user = authenticate(username=username, password="huunghi-demo")
            assert user is not None, username
            got[username] = (user.role, user.province.code if user.province else None, str(user.agency or ""))
            assert f"{username} " in output

        assert got == {
            "officer": ("officer", "dak-lak", "Sở Ngoại vụ"),
            "vhttdl": ("focal_point", "dak-lak", "Sở VHTTDL"),
            "leader": ("leader", "dak-lak", "UBND tỉnh Đắk Lắk"),
            "finance": ("finance", "dak-lak", "Sở Tài chính"),
            "ministry": ("ministry", None, "Bộ Ngoại giao"),
            "admin": ("admin", None, ""),
            "quangngai": ("officer", "quang-ngai", "Sở Ngoại vụ"),
        }
        admin = get_user_model().objects.get(username="admin")
        assert (admin.is_staff, admin.is_superuser) == (True, True)
        assert get_user_model().objects.get(username="officer").get_full_name() == "Nguyễn Thị Hồng Nhung"
        assert "mật khẩu chung: huunghi-demo" in output


@pytest.mark.django_db
def test_it_reports_the_first_half_of_2024_for_dak_lak_partly():
    run_demo()
    period = ReportingPeriod.objects.get(code="2024-H1")
    reports = AgencyReport.objects.filter(period=period).select_related("agency")
    today = datetime.date(2026, 1, 1)
    states = {
        r.agency.name: report_state(status=r.status, submitted_at=r.submitted_at, deadline=period.deadline, today=today)
        for r in reports
    }

    assert (period.plan.title, period.data_from, period.data_to, period.deadline) == (
        "Ngoại giao văn hóa năm 2024 của tỉnh Đắk Lắk",
        D(2023, 12, 15),
        D(2024, 6, 14),
        D(2024, 6, 20),
    )
    assert len(states) == 19
    assert {name: state for name, state in states.items() if state != "missing"} == {
        SNV: "on_time",
        "Các tổ chức đoàn thể": "on_time",
        "Các sở, ban, ngành": "accepted",
        VHTTDL: "returned",
        "UBND các huyện, thị xã, thành phố": "late",
    }
    returned = ReportEvent.objects.get(report__period=period, action="returned")
    assert (returned.actor.username, returned.comment) == ("officer", "Đề nghị bổ sung số liệu kinh phí đã sử dụng.")
    assert returned.at.date() == D(2024, 6, 24)
    ii5 = TaskReport.objects.get(report__period=period, report__agency__name=SNV, task__code="II.5")
    assert (ii5.status, ii5.progress, ii5.spent_state, ii5.spent_non_state) == ("done", 100, 285_000_000, 30_000_000)


@pytest.mark.django_db
def test_it_records_three_activities_of_sngv_in_the_first_half_of_2024():
    run_demo()
    activities = Activity.objects.filter(task_report__report__period__code="2024-H1").order_by("held_on")
    assert [
        (
            a.task_report.report.agency.name,
            a.task_report.task.code,
            a.held_on,
            a.kind,
            a.abroad,
            a.country,
            a.partner,
            a.participants,
            a.foreign_participants,
            a.languages,
            a.created_by.username,
        )
        for a in activities
    ] == [
        (
            SNV,
            "II.5",
            D(2024, 3, 12),
            "cultural_exchange",
            True,
            "KH",
            "Chính quyền tỉnh Mondulkiri, Vương quốc Campuchia",
            85,
            60,
            ["vi", "km"],
            "officer",
        ),
        (
            SNV,
            "II.7",
            D(2024, 4, 12),
            "greetings",
            False,
            "",
            "Chính quyền tỉnh Mondulkiri, Vương quốc Campuchia",
            0,
            0,
            ["vi", "km"],
            "officer",
        ),
        (
            SNV,
            "II.8",
            D(2024, 6, 9),
            "cultural_exchange",
            False,
            "",
            "Tổng Lãnh sự quán Ấn Độ tại Thành phố Hồ Chí Minh",
            250,
            8,
            ["vi", "en"],
            "officer",
        ),
    ]


@pytest.mark.django_db
def test_it_moves_the_training_course_to_august_as_version_1_of_dak_lak_2024():
    run_demo()
    proposal = AdjustmentProposal.objects.select_related("report__agency", "task").get()
    assert (proposal.report.agency.name, proposal.kind, proposal.task.code, proposal.status) == (
        SNV,
        "timing",
        "II.13",
        "accepted",
    )
    assert (proposal.timing, proposal.starts_on, proposal.ends_on) == ("Tháng 8/2024", D(2024, 8, 1), D(2024, 8, 31))
    assert (proposal.created_by.username, proposal.created_at.date()) == ("officer", D(2024, 6, 17))
    assert (proposal.decided_by.username, proposal.decided_at.date(), proposal.decision_comment) == (
        "officer",
        D(2024, 6, 21),
        "Đồng ý điều chỉnh thời gian tổ chức lớp tập huấn.",
    )
    version = PlanVersion.objects.get()
    assert (version.plan, version.number, version.proposal, version.created_by.username) == (
        proposal.report.period.plan,
        1,
        proposal,
        "officer",
    )
    assert {k: version.before[k] for k in ("timing", "starts_on", "ends_on")} == {
        "timing": "Quý III",
        "starts_on": "2024-07-01",
        "ends_on": "2024-09-30",
    }
    assert {k: version.after[k] for k in ("code", "timing", "starts_on", "ends_on")} == {
        "code": "II.13",
        "timing": "Tháng 8/2024",
        "starts_on": "2024-08-01",
        "ends_on": "2024-08-31",
    }
    task = Task.objects.get(pk=proposal.task.pk)
    assert (task.timing, task.starts_on, task.ends_on) == ("Tháng 8/2024", D(2024, 8, 1), D(2024, 8, 31))


@pytest.mark.django_db
def test_it_leaves_a_period_opened_in_the_application_alone():
    run_demo()
    ReportEvent.objects.all().delete()
    run_demo()
    assert ReportingPeriod.objects.count() == 1
    assert not ReportEvent.objects.exists()
