import datetime
from unittest import mock

from django.utils import timezone

# 20/12/2025, 09:00 in Vietnam.
NOW = datetime.datetime(2025, 12, 20, 2, 0, tzinfo=datetime.UTC)


def home(client, url="/"):
    with mock.patch.object(timezone, "now", return_value=NOW):
        return client.get(url)


def test_it_shows_the_next_30_days(world, client_for):
    response = home(client_for(world.officer))
    assert response.status_code == 200
    body = response.content.decode()
    assert "30/12/2025</span> Kỷ niệm 70 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Indonesia" in body
    assert "04/01/2026</span> Kỷ niệm 78 năm Ngày Độc lập Myanmar" in body
    assert "17/02/2026" not in body
    dates = [e.date for e in response.context["upcoming"]]
    assert dates == sorted(dates)
    assert dates[0] >= datetime.date(2025, 12, 20) and dates[-1] <= datetime.date(2026, 1, 18)
    assert 'href="?within=90"' in body


def test_it_shows_90_days_when_asked(world, client_for):
    response = home(client_for(world.leader), "/?within=90")
    assert response.context["within"] == 90
    assert response.context["upcoming"][-1].date <= datetime.date(2026, 3, 19)
    assert len(response.context["upcoming"]) > len(home(client_for(world.leader)).context["upcoming"])
    assert "17/02/2026" in response.content.decode()
    assert 'href="?within=30"' in response.content.decode()


def test_it_titles_the_events_in_english_for_an_english_reader(world, client_for):
    client = client_for(world.officer)
    client.cookies["django_language"] = "en"
    body = home(client).content.decode()
    assert "30/12/2025</span> 70th anniversary of Vietnam–Indonesia diplomatic relations" in body
