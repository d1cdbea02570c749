"""Reads of provinces and agencies."""

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


def agency_with_group_ids(agency: Agency) -> list[int]:
    """The agency's id and the ids of the groups it belongs to ("Các sở, ban, ngành" for a department).

    A task given to a group concerns every agency of that kind in the province. Matching assignments with
    ``agency_id IN (these ids)`` keeps the agency index in use, which an OR of two conditions does not.
    """
    if agency.is_group or agency.province_id is None:
        return [agency.pk]
    if not hasattr(agency, "_with_group_ids"):
        groups = Agency.objects.filter(
            kind=AgencyKind.GROUP, group_of=agency.kind, province_id=agency.province_id
        ).values_list("pk", flat=True)
        agency._with_group_ids = [agency.pk, *groups]
    return agency._with_group_ids
