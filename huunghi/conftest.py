"""Shared fixtures: two provinces, their agencies, a plan with tasks, and one named user per role.

Every permission test reads as a line: ``client_for(leader).get(url)`` must give 200, ``outsider`` 404.
"""

import datetime

import pytest
from django.contrib.auth import get_user_model

from huunghi.accounts.models import Role
from huunghi.organisations.models import AgencyKind, Province
from huunghi.organisations.services import agency_create, province_set_focal_agency
from huunghi.plans.models import TaskCategory
from huunghi.plans.services import plan_create, section_create, task_create

PASSWORD = "a-long-test-password-42"


@pytest.fixture(autouse=True)
def fast_password_hasher(settings):
    """Real hashing costs a third of a second a user; tests that are not about passwords need not pay it."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def world(db):
    """Đắk Lắk with a 2024 plan of three tasks; An Giang with its own plan; the users of both."""
    dak_lak = Province.objects.create(code="dak-lak", name="Đắk Lắk")
    phu_yen = Province.objects.create(
        code="phu-yen", name="Phú Yên", valid_to=datetime.date(2025, 6, 30), merged_into=dak_lak
    )
    an_giang = Province.objects.create(code="an-giang", name="An Giang")

    def agencies_of(province):
        return {
            "ubnd": agency_create(
                province=province,
                name=f"Ủy ban nhân dân tỉnh {province.name}",
                kind=AgencyKind.PEOPLES_COMMITTEE,
                short_name="UBND tỉnh",
            ),
            "sngv": agency_create(province=province, name="Sở Ngoại vụ", kind=AgencyKind.DEPARTMENT, short_name="SNgV"),
            "vhttdl": agency_create(
                province=province,
                name="Sở Văn hóa, Thể thao và Du lịch",
                kind=AgencyKind.DEPARTMENT,
                short_name="Sở VHTTDL",
                abbreviations=["VHTTDL"],
            ),
            "yte": agency_create(province=province, name="Sở Y tế", kind=AgencyKind.DEPARTMENT),
            "tc": agency_create(province=province, name="Sở Tài chính", kind=AgencyKind.DEPARTMENT),
            "cac_so": agency_create(
                province=province, name="Các sở, ban, ngành", kind=AgencyKind.GROUP, group_of=AgencyKind.DEPARTMENT
            ),
            "kieu_bao": agency_create(
                province=province, name="Hội Thân nhân kiều bào tỉnh", kind=AgencyKind.MASS_ORGANISATION
            ),
        }

    dl, ag, py = agencies_of(dak_lak), agencies_of(an_giang), agencies_of(phu_yen)
    province_set_focal_agency(province=dak_lak, agency=dl["sngv"])

    plan = plan_create(
        province=dak_lak,
        title="Kế hoạch Ngoại giao văn hóa năm 2024 của tỉnh Đắk Lắk",
        start_year=2024,
        number="15/KH-UBND",
        issued_on=datetime.date(2024, 2, 5),
        signer_name="Võ Văn Cảnh",
        signer_title="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        purposes="Gắn kết Ngoại giao văn hoá với hội nhập quốc tế.",
    )
    section = section_create(plan=plan, code="II", title="NỘI DUNG THỰC HIỆN")
    t1 = task_create(
        plan=plan,
        code="II.1",
        section=section,
        content="Giao lưu văn hóa với tỉnh Mondulkiri, Campuchia",
        lead=[dl["vhttdl"]],
        cooperating=[dl["sngv"]],
        category=TaskCategory.EXCHANGE,
        timing="Quý II",
        budget_estimate=150_000_000,
        budget_source="state",
    )
    t2 = task_create(
        plan=plan,
        code="II.2",
        section=section,
        content="Gặp mặt kiều bào nhân dịp Tết Cổ truyền",
        lead=[dl["sngv"]],
        cooperating=[dl["kieu_bao"]],
        category=TaskCategory.OVERSEAS_VIETNAMESE,
    )
    t3 = task_create(
        plan=plan,
        code="II.3",
        section=section,
        content="Tuyên truyền về ngoại giao văn hóa",
        lead=[dl["sngv"]],
        cooperating=[dl["cac_so"]],
        category=TaskCategory.COMMUNICATION,
    )
    old_plan = plan_create(province=phu_yen, title="Kế hoạch Ngoại giao văn hóa năm 2019 tỉnh Phú Yên", start_year=2019)
    task_create(plan=old_plan, code="1", content="Quảng bá du lịch biển", lead=[py["sngv"]])
    other_plan = plan_create(province=an_giang, title="Kế hoạch số 720/KH-UBND", start_year=2022, end_year=2026)
    other_task = task_create(plan=other_plan, code="1", content="Giao lưu biên giới", lead=[ag["sngv"]])

    User = get_user_model()

    def user(username, role, **fields):
        return User.objects.create_user(username=username, password=PASSWORD, role=role, **fields)

    users = {
        "officer": user("officer", Role.OFFICER, province=dak_lak, agency=dl["sngv"]),
        "focal_point": user("vhttdl", Role.FOCAL_POINT, agency=dl["vhttdl"]),
        "other_focal_point": user("yte", Role.FOCAL_POINT, agency=dl["yte"]),
        "leader": user("leader", Role.LEADER, province=dak_lak),
        "finance": user("finance", Role.FINANCE, province=dak_lak, agency=dl["tc"]),
        "ministry": user("ministry", Role.MINISTRY),
        "admin": user("admin", Role.ADMIN, is_staff=True, is_superuser=True),
        "outsider": user("angiang", Role.OFFICER, province=an_giang, agency=ag["sngv"]),
    }

    class World:
        pass

    w = World()
    w.dak_lak, w.phu_yen, w.an_giang = dak_lak, phu_yen, an_giang
    w.agencies, w.other_agencies, w.old_agencies = dl, ag, py
    w.plan, w.section, w.tasks = plan, section, [t1, t2, t3]
    w.old_plan, w.other_plan, w.other_task = old_plan, other_plan, other_task
    w.users = users
    for name, u in users.items():
        setattr(w, name, u)
    return w


@pytest.fixture
def client_for(client):
    """``client_for(user)`` signs the test client in as that user (None: nobody)."""

    def sign_in(user):
        client.logout()
        if user is not None:
            client.force_login(user)
        return client

    return sign_in
