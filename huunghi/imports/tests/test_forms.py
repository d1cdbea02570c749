"""The agency pickers of the review page: the list sent once per page, and what a post means."""

import pytest
from django import forms
from django.utils import translation

from huunghi.imports.draft import SKIP
from huunghi.imports.forms import AgencyList, AgencyPickerField
from huunghi.organisations.services import agency_create


@pytest.fixture(autouse=True)
def in_vietnamese():
    with translation.override("vi"):
        yield


@pytest.fixture
def agencies(world):
    return AgencyList("agencies", list(world.agencies.values()))


def test_it_labels_an_agency_with_its_short_name_unless_it_is_the_same(world, agencies):
    assert agencies.labels[world.agencies["vhttdl"].pk] == "Sở Văn hóa, Thể thao và Du lịch (Sở VHTTDL)"
    assert agencies.labels[world.agencies["yte"].pk] == "Sở Y tế"


def test_it_finds_an_agency_by_its_label_name_or_short_name_letter_case_and_spaces_aside(world, agencies):
    vhttdl = world.agencies["vhttdl"].pk
    assert agencies.find("Sở Văn hóa, Thể thao và Du lịch (Sở VHTTDL)") == vhttdl
    assert agencies.find("  sở văn hóa,  thể thao và du lịch ") == vhttdl
    assert agencies.find("SỞ VHTTDL") == vhttdl
    assert agencies.find("Sở Văn hóa") is None
    assert agencies.find("VHTTDL") is None


def test_it_does_not_guess_between_two_agencies_with_the_same_short_name(world):
    twin = agency_create(province=world.dak_lak, name="Sở Ngoại vụ (cũ)", kind="department", short_name="SNgV")
    agencies = AgencyList("agencies", [world.agencies["sngv"], twin])
    assert agencies.find("SNgV") is None
    assert agencies.find("Sở Ngoại vụ") == world.agencies["sngv"].pk


@pytest.mark.parametrize(
    ("posted", "expected"),
    [
        (("", "", False), None),
        (("{tc}", "", False), "tc"),
        (("skip", "", False), SKIP),
        (("{tc}", "", True), SKIP),
        (("{tc}", "Sở Y tế", False), "yte"),
        (("", "sở y tế", False), "yte"),
    ],
)
def test_it_reads_a_pickers_post(world, agencies, posted, expected):
    ids = {key: str(agency.pk) for key, agency in world.agencies.items()}
    choice, typed, skip = posted
    value = AgencyPickerField(agencies=agencies).clean((choice.format(**ids), typed, skip))
    assert value == (world.agencies[expected].pk if expected not in (None, SKIP) else expected)


@pytest.mark.parametrize(
    ("posted", "message"),
    [
        (
            ("", "Sở Ngoại giao", False),
            "“Sở Ngoại giao” không có trong danh sách cơ quan: hãy chọn một tên trong danh sách.",
        ),
        (("", "Sở Y tế", True), "Hãy chọn cơ quan khác hoặc bỏ qua tên này, không chọn cả hai."),
        (("99999", "", False), "Hãy chọn một cơ quan của tỉnh trong danh sách."),
    ],
)
def test_it_refuses_a_post_it_cannot_read(agencies, posted, message):
    with pytest.raises(forms.ValidationError) as refused:
        AgencyPickerField(agencies=agencies).clean(posted)
    assert refused.value.messages == [message]


def test_it_refuses_skip_where_a_name_cannot_be_skipped(world, agencies):
    with pytest.raises(forms.ValidationError):
        AgencyPickerField(agencies=agencies, skip=False).clean(("skip", "", False))
