"""The rules of plans and tasks hold in the services themselves, whatever calls them."""

import datetime

import pytest

from huunghi.core.errors import DomainError
from huunghi.plans.models import Task
from huunghi.plans.services import plan_create, plan_update, task_cancel, task_create, task_update


def test_it_refuses_an_agency_of_another_province(world):
    with pytest.raises(DomainError) as refused:
        task_create(plan=world.plan, code="II.9", content="X", lead=[world.other_agencies["sngv"]])
    assert refused.value.field == "lead"
    assert not Task.objects.filter(code="II.9").exists()


def test_it_refuses_an_agency_that_leads_and_cooperates(world):
    vhttdl = world.agencies["vhttdl"]
    with pytest.raises(DomainError) as refused:
        task_create(plan=world.plan, code="II.9", content="X", lead=[vhttdl], cooperating=[vhttdl])
    assert refused.value.field == "cooperating"


def test_it_refuses_a_duplicate_code_on_update_and_keeps_the_task(world):
    task = world.tasks[0]
    with pytest.raises(DomainError):
        task_update(task=task, code="II.2")
    task.refresh_from_db()
    assert task.code == "II.1"


def test_it_refuses_negative_money_and_dates_out_of_order(world):
    with pytest.raises(DomainError):
        task_create(plan=world.plan, code="II.9", content="X", budget_estimate=-1)
    with pytest.raises(DomainError):
        task_create(
            plan=world.plan, code="II.9", content="X",
            starts_on=datetime.date(2024, 6, 1), ends_on=datetime.date(2024, 5, 1),
        )  # fmt: skip
    assert not Task.objects.filter(code="II.9").exists()


def test_it_keeps_assignments_when_an_update_does_not_name_them(world):
    task = task_update(task=world.tasks[0], content="Giao lưu văn hóa với tỉnh Mondulkiri")
    roles = sorted((a.role, a.agency.short_name) for a in task.assignments.select_related("agency"))
    assert roles == [("cooperating", "SNgV"), ("lead", "Sở VHTTDL")]


def test_it_refuses_years_outside_1945_to_2100(world):
    with pytest.raises(DomainError):
        plan_create(province=world.dak_lak, title="X", start_year=1900)
    with pytest.raises(DomainError):
        plan_update(plan=world.plan, end_year=2023)
    world.plan.refresh_from_db()
    assert (world.plan.start_year, world.plan.end_year) == (2024, 2024)


def test_it_cancels_a_task_and_keeps_it_in_the_plan_with_its_history(world):
    task = task_cancel(user=world.officer, task=world.tasks[1], on=datetime.date(2024, 7, 3))
    task = Task.objects.get(pk=task.pk)
    assert (task.cancelled_on, task.code, task.plan) == (datetime.date(2024, 7, 3), "II.2", world.plan)
    assert [(h.cancelled_on, h.history_user) for h in task.history.order_by("history_id")] == [
        (None, None),
        (datetime.date(2024, 7, 3), world.officer),
    ]
    assert world.plan.tasks.count() == 3


def test_it_refuses_to_cancel_a_task_twice_and_keeps_the_first_date(world):
    task_cancel(user=world.officer, task=world.tasks[1], on=datetime.date(2024, 7, 3))
    with pytest.raises(DomainError, match="03/07/2024"):
        task_cancel(user=world.officer, task=Task.objects.get(pk=world.tasks[1].pk), on=datetime.date(2024, 8, 1))
    task = Task.objects.get(pk=world.tasks[1].pk)
    assert (task.cancelled_on, task.history.count()) == (datetime.date(2024, 7, 3), 2)
