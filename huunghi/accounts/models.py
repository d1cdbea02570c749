"""Users and their roles."""

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    OFFICER = "officer", _("Focal-agency officer")
    FOCAL_POINT = "focal_point", _("Agency focal point")
    LEADER = "leader", _("Leader")
    FINANCE = "finance", _("Finance officer")
    MINISTRY = "ministry", _("Ministry")
    ADMIN = "admin", _("Administrator")


#: Roles whose work is bound to one province.
PROVINCIAL_ROLES = (Role.OFFICER, Role.LEADER, Role.FINANCE)


class User(AbstractUser):
    """A person who signs in. What they may see and change follows from ``role`` (see permissions.py)."""

    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.FOCAL_POINT)
    province = models.ForeignKey(
        "organisations.Province",
        verbose_name=_("province"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="users",
    )
    agency = models.ForeignKey(
        "organisations.Agency",
        verbose_name=_("agency"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="users",
    )
    job_title = models.CharField(_("job title"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.CheckConstraint(
                condition=~Q(role__in=[r.value for r in PROVINCIAL_ROLES]) | Q(province__isnull=False),
                name="user_provincial_role_has_province",
                violation_error_message=_("An officer, leader or finance officer belongs to a province."),
            ),
            models.CheckConstraint(
                condition=~Q(role=Role.FOCAL_POINT) | Q(agency__isnull=False),
                name="user_focal_point_has_agency",
                violation_error_message=_("An agency focal point belongs to an agency."),
            ),
        ]

    def __str__(self):
        return self.get_full_name() or self.username
