"""What a province keeps of its diplomatic calendar: its foreign partner localities and agreements, private
calendar feeds, congratulatory letters (drafted, edited, sent) and the tasks it took into a plan for an event.
The calendar itself (national days, anniversaries, holidays) is computed from the reference data: no table."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _


class AgreementType(models.TextChoices):
    TWINNING = "twinning", _("Twinning (kết nghĩa)")
    COOPERATION_MOU = "cooperation_mou", _("Cooperation agreement or memorandum")
    OTHER = "other", _("Other")


class PartnerAgreement(models.Model):
    """A province's agreement with a foreign locality (kết nghĩa, thỏa thuận hợp tác). The signing date makes
    its anniversaries; left empty when the province's records do not give it."""

    province = models.ForeignKey(
        "organisations.Province", verbose_name=_("province"), on_delete=models.CASCADE, related_name="partners"
    )
    partner_vi = models.CharField(_("partner locality (Vietnamese)"), max_length=200)
    partner_en = models.CharField(_("partner locality (English)"), max_length=200, blank=True)
    country = models.CharField(_("country"), max_length=2)
    type = models.CharField(_("type"), max_length=20, choices=AgreementType.choices)
    signed = models.DateField(_("signed on"), null=True, blank=True)
    expires = models.DateField(_("expires on"), null=True, blank=True)
    leader_title_vi = models.CharField(
        _("partner leader's title (Vietnamese)"), max_length=100, blank=True, help_text=_("Tỉnh trưởng, Thống đốc…")
    )
    leader_title_en = models.CharField(_("partner leader's title (English)"), max_length=100, blank=True)
    source = models.CharField(_("source"), max_length=500, blank=True, help_text=_("The record or page it comes from."))
    note = models.TextField(_("note"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["province", "country", "partner_vi"]
        verbose_name = _("partner agreement")
        verbose_name_plural = _("partner agreements")
        constraints = [
            models.UniqueConstraint(fields=["province", "partner_vi", "type"], name="partner_unique_in_province"),
            models.CheckConstraint(
                condition=Q(expires__isnull=True) | Q(signed__isnull=True) | Q(expires__gte=F("signed")),
                name="partner_expires_after_signed",
            ),
        ]

    def __str__(self):
        return self.partner_vi


def new_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """A private link to a province's calendar as iCalendar, for Outlook and phones. Whoever has the link reads
    the calendar without signing in, so it can be revoked: a revoked link answers 404."""

    province = models.ForeignKey("organisations.Province", on_delete=models.CASCADE, related_name="calendar_feeds")
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    label = models.CharField(_("label"), max_length=100, blank=True, help_text=_("Where it is used: “my phone”."))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feeds")
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")

    def __str__(self):
        return self.label or str(self.province)


class LetterStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SENT = "sent", _("Sent")


class CongratulatoryLetter(models.Model):
    """Thư (điện) chúc mừng: a letter drafted from a calendar event, edited, then marked as sent. The log of a
    country and a year is the letters whose event falls in that year."""

    province = models.ForeignKey("organisations.Province", on_delete=models.CASCADE, related_name="letters")
    event_uid = models.CharField(max_length=200)
    event_date = models.DateField(_("date of the occasion"))
    event_kind = models.CharField(max_length=30)
    country = models.CharField(_("country"), max_length=2, blank=True)
    partner = models.ForeignKey(PartnerAgreement, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    occasion = models.CharField(_("occasion"), max_length=500)
    language = models.CharField(_("language"), max_length=2, choices=[("vi", "Tiếng Việt"), ("en", "English")])
    issuer = models.CharField(_("issuer"), max_length=200)
    place = models.CharField(_("place"), max_length=100)
    letter_date = models.DateField(_("date of the letter"))
    addressee = models.TextField(_("addressee"))
    salutation = models.CharField(_("salutation"), max_length=200, blank=True)
    body = models.TextField(_("body"))
    closing = models.TextField(_("closing"), blank=True)
    signer_title = models.CharField(_("signer's title"), max_length=200)
    signer_name = models.CharField(_("signer's name"), max_length=200, blank=True)
    recipients = models.TextField(_("recipients"), blank=True, help_text=_("Nơi nhận, one per line."))
    status = models.CharField(_("status"), max_length=10, choices=LetterStatus.choices, default=LetterStatus.DRAFT)
    sent_on = models.DateField(_("sent on"), null=True, blank=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-event_date", "country", "language", "id"]
        verbose_name = _("congratulatory letter")
        verbose_name_plural = _("congratulatory letters")
        constraints = [
            models.UniqueConstraint(fields=["province", "event_uid", "language"], name="letter_unique_per_event"),
        ]
        indexes = [models.Index(fields=["province", "country", "event_date"])]

    def __str__(self):
        return self.occasion


class EventTask(models.Model):
    """A task proposed in a draft plan for a calendar event (next year's anniversary, say): the calendar shows
    the event as taken into the plan, and it is not proposed twice."""

    province = models.ForeignKey("organisations.Province", on_delete=models.CASCADE, related_name="+")
    event_uid = models.CharField(max_length=200)
    event_date = models.DateField()
    task = models.OneToOneField("plans.Task", on_delete=models.CASCADE, related_name="calendar_event")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["event_date", "id"]
        indexes = [models.Index(fields=["province", "event_uid"])]

    def __str__(self):
        return self.event_uid
