import json
import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import TestCase, override_settings

from huunghi.plans.models import Plan


def plans(*args: str) -> str:
    out = StringIO()
    call_command("plans", *args, stdout=out)
    return out.getvalue()


def plan_id(code: str, year: int) -> int:
    return Plan.objects.get(province__code=code, start_year=year).pk


@pytest.mark.django_db
def test_it_says_so_when_there_is_no_plan():
    assert json.loads(plans("--json")) == []
    assert plans() == "Chưa có kế hoạch nào.\n"


# The demo's five plans are the rows to list; it takes about a second to load, so the tests share one load.
@override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"])
class PlansCommandTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("demo", verbosity=0)

    def test_it_prints_every_plan_as_json_by_year_then_province(self):
        rows = json.loads(plans("--json"))

        assert rows == [
            {
                "id": plan_id("quang-ngai", 2018),
                "number": "",
                "province": "Quảng Ngãi",
                "title": "Triển khai công tác Ngoại giao văn hóa trên địa bàn tỉnh năm 2018",
                "year": 2018,
                "tasks": 11,
            },
            {
                "id": plan_id("dak-lak", 2020),
                "number": "1270/KH-UBND",
                "province": "Đắk Lắk",
                "title": "Ngoại giao Văn hóa năm 2020 của tỉnh Đắk Lắk",
                "year": 2020,
                "tasks": 9,
            },
            {
                "id": plan_id("an-giang", 2022),
                "number": "720/KH-UBND",
                "province": "An Giang",
                "title": "Triển khai thực hiện Chỉ thị số 25/CT-TTg của Thủ tướng Chính phủ về việc đẩy mạnh triển "
                "khai Chiến lược văn hóa đối ngoại của Việt Nam giai đoạn 2022-2026 trên địa bàn tỉnh An Giang",
                "year": 2022,
                "tasks": 4,
            },
            {
                "id": plan_id("thua-thien-hue", 2022),
                "number": "173/KH-UBND",
                "province": "Thừa Thiên Huế",
                "title": "Thực hiện Chiến lược Ngoại giao văn hóa đến năm 2030 trên địa bàn tỉnh Thừa Thiên Huế",
                "year": 2022,
                "tasks": 11,
            },
            {
                "id": plan_id("dak-lak", 2024),
                "number": "",
                "province": "Đắk Lắk",
                "title": "Ngoại giao văn hóa năm 2024 của tỉnh Đắk Lắk",
                "year": 2024,
                "tasks": 16,
            },
        ]

    def test_it_writes_vietnamese_unescaped(self):
        output = plans("--json")

        assert '"province": "Đắk Lắk"' in output
        assert "\\u" not in output

    def test_it_filters_by_province_ignoring_accents(self):
        for name in ("dak lak", "Đắk Lắk", "ĐẮK LẮK", "dak-lak", "Dak Lak"):
            rows = json.loads(plans("--json", "--province", name))

            assert [(row["province"], row["year"], row["number"]) for row in rows] == [
                ("Đắk Lắk", 2020, "1270/KH-UBND"),
                ("Đắk Lắk", 2024, ""),
            ], name

    def test_it_finds_the_former_province_by_part_of_its_name(self):
        rows = json.loads(plans("--json", "--province", "hue"))

        assert [(row["province"], row["number"]) for row in rows] == [("Thừa Thiên Huế", "173/KH-UBND")]

    def test_it_refuses_an_unknown_province(self):
        with pytest.raises(CommandError, match="Không có tỉnh, thành phố nào khớp với “Atlantis”"):
            plans("--province", "Atlantis")

    def test_it_prints_a_table(self):
        lines = plans("--province", "quang ngai").splitlines()

        def columns(line):
            return re.split(r"\s{2,}", line.strip())

        assert columns(lines[0]) == ["Năm", "Tỉnh", "Số", "Nhiệm vụ", "Kế hoạch"]
        assert columns(lines[2]) == [
            "2018",
            "Quảng Ngãi",
            "(chưa có số)",
            "11",
            "Triển khai công tác Ngoại giao văn hóa trên địa bàn tỉnh năm 2018",
        ]
        assert lines[-1] == "1 kế hoạch, 11 nhiệm vụ."
