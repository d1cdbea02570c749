import datetime
import json

import pytest

from huunghi.core.errors import DomainError
from huunghi.events import reference
from huunghi.events.engine import events_for_year
from huunghi.events.models import PartnerAgreement
from huunghi.events.services import letter_create, partner_save, partners_load
from huunghi.organisations.models import Province


@pytest.fixture
def provinces(db):
    return {
        code: Province.objects.create(code=code, name=name)
        for code, name in (("dak-lak", "Đắk Lắk"), ("quang-ngai", "Quảng Ngãi"))
    }


def test_the_seed_partners_load_once(provinces):
    assert partners_load() == 4
    assert partners_load() == 0
    names = set(PartnerAgreement.objects.values_list("province__code", "partner_vi"))
    assert ("dak-lak", "Tỉnh Jeollabuk-do") in names and ("quang-ngai", "Tỉnh Champasak") in names


def test_a_bad_partner_file_loads_nothing(provinces, tmp_path):
    bad = {"provinces": {"dak-lak": [{"partner_vi": "X", "partner_en": "X", "country": "KR", "type": "twinning",
                                       "signed": "2999-01-01", "source": "https://example.org"}]}}  # fmt: skip
    path = tmp_path / "partners.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(ValueError, match="ở tương lai"):
        partners_load(path)
    assert not PartnerAgreement.objects.exists()


def test_partner_save_refuses_a_duplicate_and_an_unknown_country(provinces):
    fields = {"partner_vi": "Tỉnh Attapeu", "country": "LA", "type": "twinning"}
    partner_save(province=provinces["quang-ngai"], **fields)
    with pytest.raises(DomainError):
        partner_save(province=provinces["quang-ngai"], **fields)
    with pytest.raises(DomainError):
        partner_save(province=provinces["quang-ngai"], **{**fields, "partner_vi": "Y", "country": "ZZ"})
    assert PartnerAgreement.objects.count() == 1


def test_a_letter_needs_a_province_and_a_day_that_takes_a_letter(provinces):
    events = events_for_year(2026, countries=reference.countries(), days=reference.days())
    national = next(e for e in events if e.kind == "national_day")
    yoga = next(e for e in events if e.kind == "international_day")
    with pytest.raises(DomainError):
        letter_create(user=None, province=None, event=national, language="vi")
    with pytest.raises(DomainError):
        letter_create(user=None, province=provinces["dak-lak"], event=yoga, language="vi")
    with pytest.raises(DomainError):
        letter_create(user=None, province=provinces["dak-lak"], event=national, language="fr")
    letter = letter_create(
        user=None, province=provinces["dak-lak"], event=national, language="vi", today=datetime.date(2026, 1, 1)
    )
    assert letter.letter_date == datetime.date(2026, 1, 1)
    assert letter.issuer == "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK"


def test_a_refused_proposal_leaves_no_new_plan_behind(world):
    from huunghi.events.services import propose_event_tasks
    from huunghi.plans.models import Plan

    events = events_for_year(2028, countries=reference.countries(), days=reference.days())
    event = next(e for e in events if e.kind == "relations_anniversary")
    plans = Plan.objects.count()
    with pytest.raises(DomainError):  # an event of 2028 in a new plan of 2027
        propose_event_tasks(
            user=world.officer, province=world.dak_lak, year=2027, choices=[(event, world.agencies["sngv"])]
        )
    with pytest.raises(DomainError):  # nothing chosen
        propose_event_tasks(user=world.officer, province=world.dak_lak, year=2028, choices=[])
    with pytest.raises(DomainError):  # a lead agency of another province
        propose_event_tasks(
            user=world.officer,
            province=world.dak_lak,
            year=2028,
            choices=[(event, world.other_task.plan.document.issuer)],
        )
    assert Plan.objects.count() == plans
    plan, tasks = propose_event_tasks(
        user=world.officer, province=world.dak_lak, year=2028, choices=[(event, world.agencies["sngv"])]
    )
    assert (plan.start_year, plan.status, len(tasks)) == (2028, "draft", 1)
