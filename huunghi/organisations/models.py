"""Provinces and the agencies of a province."""

import datetime

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class ProvinceKind(models.TextChoices):
    PROVINCE = "province", _("Province")
    CITY = "city", _("Centrally-run city")


class Province(models.Model):
    """Tỉnh, thành phố trực thuộc trung ương — current or former (before the 2025 merger)."""

    code = models.SlugField(max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=100)
    kind = models.CharField(_("kind"), max_length=10, choices=ProvinceKind.choices, default=ProvinceKind.PROVINCE)
    aliases = models.JSONField(_("other spellings"), default=list, blank=True)
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid until"), null=True, blank=True)
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="predecessors",
    )
    focal_agency = models.ForeignKey(
        "Agency",
        verbose_name=_("focal agency"),
        help_text=_("Cơ quan đầu mối: the agency that monitors the plans and synthesizes the reports."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("province")
        verbose_name_plural = _("provinces")
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True)
                | Q(valid_from__isnull=True)
                | Q(valid_to__gte=models.F("valid_from")),
                name="province_valid_period",
                violation_error_message=_("The end date cannot be before the start date."),
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def full_name(self) -> str:
        """'Tỉnh Đắk Lắk' or 'Thành phố Huế', as documents write it."""
        prefix = "Thành phố" if self.kind == ProvinceKind.CITY else "Tỉnh"
        return f"{prefix} {self.name}"

    def is_current(self, on: datetime.date | None = None) -> bool:
        on = on or datetime.date.today()
        return (self.valid_from is None or self.valid_from <= on) and (self.valid_to is None or self.valid_to >= on)


class AgencyKind(models.TextChoices):
    PEOPLES_COMMITTEE = "committee", _("Provincial People's Committee")
    PARTY = "party", _("Party committee")
    DEPARTMENT = "department", _("Department or board")
    DISTRICT = "district", _("District-level People's Committee")
    MASS_ORGANISATION = "mass_org", _("Mass organisation")
    ECONOMIC_ZONE = "economic_zone", _("Economic-zone board")
    OTHER_UNIT = "unit", _("Other unit")
    CENTRAL = "central", _("Central body")
    GROUP = "group", _("Group of agencies")


class Agency(models.Model):
    """Cơ quan, đơn vị: a department, a district committee, a mass organisation, a central body...

    A *group* (``kind=group``) stands for every agency of one kind in its province, as plans write
    "các sở, ban, ngành" or "UBND các huyện, thành phố"; ``group_of`` names that kind.
    """

    province = models.ForeignKey(
        Province,
        verbose_name=_("province"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="agencies",
        help_text=_("Empty for a central body such as a ministry."),
    )
    name = models.CharField(_("full name"), max_length=255)
    short_name = models.CharField(_("short name"), max_length=120, blank=True)
    abbreviations = models.JSONField(_("abbreviations"), default=list, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=AgencyKind.choices)
    group_of = models.CharField(
        _("group of"), max_length=20, choices=AgencyKind.choices, blank=True, help_text=_("For a group only.")
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid until"), null=True, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    search_key = models.CharField(max_length=600, blank=True, db_index=True, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")
        constraints = [
            models.UniqueConstraint(fields=["province", "name"], name="agency_unique_name_in_province"),
            models.UniqueConstraint(
                fields=["name"], condition=Q(province__isnull=True), name="agency_unique_central_name"
            ),
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True)
                | Q(valid_from__isnull=True)
                | Q(valid_to__gte=models.F("valid_from")),
                name="agency_valid_period",
                violation_error_message=_("The end date cannot be before the start date."),
            ),
            models.CheckConstraint(
                condition=(Q(kind="group") & ~Q(group_of="")) | (~Q(kind="group") & Q(group_of="")),
                name="agency_group_has_member_kind",
                violation_error_message=_("A group must say which kind of agency it stands for, and only a group."),
            ),
        ]

    def __str__(self):
        return self.short_name or self.name

    @property
    def is_group(self) -> bool:
        return self.kind == AgencyKind.GROUP

    def is_current(self, on: datetime.date | None = None) -> bool:
        on = on or datetime.date.today()
        return (self.valid_from is None or self.valid_from <= on) and (self.valid_to is None or self.valid_to >= on)
