import datetime

import pytest

from huunghi.organisations.models import Province
from huunghi.organisations.selectors import province_lineage_ids
from huunghi.organisations.services import provinces_load


@pytest.mark.django_db
def test_it_loads_the_34_current_and_63_former_provinces():
    provinces_load()
    assert Province.objects.filter(valid_to__isnull=True).count() == 34
    before_2025 = Province.objects.exclude(valid_from__gte=datetime.date(2025, 1, 1))
    assert before_2025.count() == 63
    phu_yen = Province.objects.get(code="phu-yen")
    assert (phu_yen.merged_into.name, phu_yen.valid_to) == ("Đắk Lắk", datetime.date(2025, 6, 30))
    assert Province.objects.get(code="thua-thien-hue").merged_into.full_name == "Thành phố Huế"


@pytest.mark.django_db
def test_it_reloads_without_writing_anything():
    provinces_load()
    history = Province.history.count()
    provinces_load()
    assert Province.history.count() == history


@pytest.mark.django_db
def test_it_follows_a_province_back_through_what_merged_into_it():
    provinces_load()
    dak_lak = Province.objects.get(code="dak-lak")
    names = set(Province.objects.filter(pk__in=province_lineage_ids(dak_lak)).values_list("name", flat=True))
    assert names == {"Đắk Lắk", "Phú Yên"}
