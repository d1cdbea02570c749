from django.urls import reverse


def test_it_answers_an_outsider_with_a_vietnamese_not_found_page(world, client_for):
    response = client_for(world.outsider).get(reverse("plans:detail", args=[world.plan.pk]))
    assert response.status_code == 404
    assert "Không tìm thấy" in response.content.decode()


def test_it_answers_a_reader_trying_to_write_with_a_vietnamese_page(world, client_for):
    response = client_for(world.leader).get(reverse("plans:edit", args=[world.plan.pk]))
    assert response.status_code == 403
    assert "Không được phép" in response.content.decode()
