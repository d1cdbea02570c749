"""Reads of provinces and agencies."""

from django.db.models import Q

from huunghi.organisations.models import Agency, AgencyKind, Province


def province_lineage_ids(province: Province | None) -> list[int]:
    """The province and every former province that merged into it, however many steps back.

    A province's people keep working with the plans of the provinces it absorbed (Phú Yên's plans are
    Đắk Lắk's since July 2025), so what a user of a province sees is its whole lineage.
    """
    if province is None:
        return []
    parents = dict(Province.objects.values_list("pk", "merged_into_id"))
    lineage = {province.pk}
    changed = True
    while changed:
        changed = False
        for pk, merged_into in parents.items():
            if merged_into in lineage and pk not in lineage:
                lineage.add(pk)
                changed = True
    return sorted(lineage)


def province_committee(province: Province) -> Agency | None:
    """The province's People's Committee (UBND tỉnh), which issues its plans."""
    return Agency.objects.filter(province=province, kind=AgencyKind.PEOPLES_COMMITTEE).order_by("pk").first()


def assignment_filter_for_agency(agency: Agency, prefix: str = "") -> Q:
    """A filter for the assignments that concern ``agency``: its own, and those given to a group of its kind.

    "Các sở, ban, ngành" as a cooperating agency means every department of the province cooperates.
    ``prefix`` is the path from the queried model to the assignment (``"assignments__"`` from tasks).
    """
    own = Q(**{f"{prefix}agency": agency})
    if agency.is_group or agency.province_id is None:
        return own
    via_group = Q(
        **{
            f"{prefix}agency__kind": AgencyKind.GROUP,
            f"{prefix}agency__group_of": agency.kind,
            f"{prefix}agency__province": agency.province_id,
        }
    )
    return own | via_group
