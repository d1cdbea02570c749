"""Search across plans, tasks, documents and agencies, by number or words, ignoring accents and case."""

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from huunghi.accounts import permissions
from huunghi.text import number_key, search_key

LIMIT = 50


@dataclass
class SearchResults:
    plans: QuerySet
    tasks: QuerySet
    documents: QuerySet
    agencies: QuerySet

    @property
    def total(self) -> int:
        return len(self.plans) + len(self.tasks) + len(self.documents) + len(self.agencies)


def _all_words(field: str, words: list[str]) -> Q:
    condition = Q()
    for word in words:
        condition &= Q(**{f"{field}__contains": word})
    return condition


def search_everything(user, query: str) -> SearchResults:
    """What the user may see that matches every word of ``query`` (or its document number)."""
    words = search_key(query).split()
    number = number_key(query)
    documents = permissions.visible_documents(user).filter(
        _all_words("search_key", words) | (Q(number_key__startswith=number) if number else Q(pk__in=[]))
    )
    plans = permissions.visible_plans(user).filter(
        _all_words("search_key", words) | (Q(document__number_key__startswith=number) if number else Q(pk__in=[]))
    )
    return SearchResults(
        plans=plans.select_related("province", "document").order_by("-start_year")[:LIMIT],
        tasks=permissions.visible_tasks(user)
        .filter(_all_words("search_key", words))
        .select_related("plan__province")
        .order_by("-plan__start_year", "position")[:LIMIT],
        documents=documents.select_related("issuer").order_by("-issued_on")[:LIMIT],
        agencies=permissions.visible_agencies(user)
        .filter(_all_words("search_key", words))
        .select_related("province")
        .order_by("name")[:LIMIT],
    )
