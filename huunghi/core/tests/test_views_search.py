from django.urls import reverse


def search(client, query):
    return client.get(reverse("search"), {"q": query}).context["results"]


def test_it_finds_words_without_accents_or_capitals(world, client_for):
    results = search(client_for(world.officer), "GIAO LUU van hoa mondulkiri")
    assert [t.code for t in results.tasks] == ["II.1"]


def test_it_finds_old_and_new_tone_placement_alike(world, client_for):
    results = search(client_for(world.officer), "ngoại giao văn hoá")
    assert [p.title for p in results.plans] == [
        "Kế hoạch Ngoại giao văn hóa năm 2024 của tỉnh Đắk Lắk",
        "Kế hoạch Ngoại giao văn hóa năm 2019 tỉnh Phú Yên",  # Phú Yên merged into Đắk Lắk
    ]


def test_it_finds_a_document_by_its_number_however_the_dash_is_written(world, client_for):
    results = search(client_for(world.officer), "15/KH–UBND")
    assert [d.number for d in results.documents] == ["15/KH-UBND"]


def test_it_finds_an_agency_by_its_abbreviation(world, client_for):
    results = search(client_for(world.leader), "vhttdl")
    assert sorted((a.name, a.province.name) for a in results.agencies) == [
        ("Sở Văn hóa, Thể thao và Du lịch", "Phú Yên"),
        ("Sở Văn hóa, Thể thao và Du lịch", "Đắk Lắk"),
    ]


def test_it_never_shows_another_provinces_results(world, client_for):
    results = search(client_for(world.outsider), "giao luu")
    assert [t.content for t in results.tasks] == ["Giao lưu biên giới"]


def test_it_shows_a_focal_point_only_their_tasks(world, client_for):
    results = search(client_for(world.other_focal_point), "giao luu")
    assert list(results.tasks) == []
