"""Changes to a province's calendar: partner agreements, calendar feeds, congratulatory letters, and the tasks a
draft plan takes for next year's anniversaries. Every change is checked here, and a refused one changes nothing."""

import datetime
from collections.abc import Sequence
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from huunghi.core.errors import DomainError
from huunghi.events import reference
from huunghi.events.engine import Event
from huunghi.events.letters import LETTER_KINDS, draft_letter
from huunghi.events.models import CalendarFeed, CongratulatoryLetter, EventTask, LetterStatus, PartnerAgreement
from huunghi.events.output import event_uid
from huunghi.events.partners import DATA_DIR, load_agreements
from huunghi.organisations.models import Agency, Province
from huunghi.plans import services as plan_services
from huunghi.plans.models import Plan, PlanStatus, Section, TaskCategory
from huunghi.text import format_date
from huunghi.text.normalize import without_diacritics

PARTNER_FIELDS = (
    "partner_vi",
    "partner_en",
    "country",
    "type",
    "signed",
    "expires",
    "leader_title_vi",
    "leader_title_en",
    "source",
    "note",
)


# --- partner agreements -------------------------------------------------------------------------------------


def _check_partner(fields: dict, *, today: datetime.date) -> None:
    if not (fields.get("partner_vi") or "").strip():
        raise DomainError(_("Give the partner locality's name."), field="partner_vi")
    if fields.get("country") not in reference.country_index():
        raise DomainError(_("Unknown country: “%(code)s”.") % {"code": fields.get("country") or ""}, field="country")
    signed, expires = fields.get("signed"), fields.get("expires")
    if signed and signed > today:
        raise DomainError(_("An agreement cannot be signed in the future."), field="signed")
    if signed and expires and expires < signed:
        raise DomainError(_("An agreement cannot expire before it was signed."), field="expires")


@transaction.atomic
def partner_save(*, province: Province, agreement: PartnerAgreement | None = None, **fields) -> PartnerAgreement:
    """Create (``agreement`` None) or change a partner agreement. Raises DomainError, in the user's language,
    for an unknown country, a signing date in the future or an expiry before the signing; nothing is saved."""
    unknown = set(fields) - set(PARTNER_FIELDS)
    if unknown:
        raise TypeError(f"partner_save() got unexpected fields {sorted(unknown)}")
    merged = {name: getattr(agreement, name) for name in PARTNER_FIELDS} if agreement else {}
    merged.update(fields)
    _check_partner(merged, today=timezone.localdate())
    duplicate = PartnerAgreement.objects.filter(
        province=province, partner_vi=merged["partner_vi"].strip(), type=merged.get("type")
    )
    if agreement is not None:
        duplicate = duplicate.exclude(pk=agreement.pk)
    if duplicate.exists():
        raise DomainError(_("This province already has this agreement with this partner."), field="partner_vi")
    agreement = agreement or PartnerAgreement(province=province)
    for name, value in merged.items():
        setattr(agreement, name, value.strip() if isinstance(value, str) else value)
    agreement.save()
    return agreement


def partner_delete(*, agreement: PartnerAgreement) -> None:
    agreement.delete()


@transaction.atomic
def partners_load(path: Path = DATA_DIR / "partners.json") -> int:
    """Add the agreements of the reference file (the seed partners) to the provinces in the register that do not
    have them yet; returns how many were added. The file is checked first (ValueError for a bad row)."""
    rows = load_agreements(path, today=timezone.localdate())
    provinces = {p.code: p for p in Province.objects.filter(code__in={row.province for row in rows})}
    added = 0
    for row in rows:
        province = provinces.get(row.province)
        if province is None:
            continue
        _, created = PartnerAgreement.objects.get_or_create(
            province=province,
            partner_vi=row.partner_vi,
            type=row.type,
            defaults={
                "partner_en": row.partner_en,
                "country": row.country,
                "signed": row.signed,
                "expires": row.expires,
                "leader_title_vi": row.leader_title_vi,
                "leader_title_en": row.leader_title_en,
                "source": row.source[:500],
                "note": row.note,
            },
        )
        added += created
    return added


# --- calendar feeds -----------------------------------------------------------------------------------------


def feed_create(*, user, province: Province, label: str = "") -> CalendarFeed:
    return CalendarFeed.objects.create(province=province, created_by=user, label=label.strip()[:100])


def feed_revoke(*, feed: CalendarFeed) -> CalendarFeed:
    """Revoke a feed: its link answers 404 from now on. Revoking twice keeps the first time."""
    if feed.revoked_at is None:
        feed.revoked_at = timezone.now()
        feed.save(update_fields=["revoked_at"])
    return feed


# --- congratulatory letters ---------------------------------------------------------------------------------


def _province_names(province: Province) -> tuple[str, str]:
    full = province.full_name
    kind = "City" if full.lower().startswith("thành phố") else "Province"
    return full, f"{without_diacritics(province.name)} {kind}"


def _partner_of(province: Province, event: Event) -> PartnerAgreement | None:
    for agreement in PartnerAgreement.objects.filter(province=province, country=event.country or ""):
        if agreement.partner_vi in event.title_vi:
            return agreement
    return None


@transaction.atomic
def letter_create(
    *, user, province: Province, event: Event, language: str, today: datetime.date | None = None
) -> CongratulatoryLetter:
    """Draft the letter for an event of the province's calendar, in Vietnamese or English; the same event and
    language give back the letter already drafted. Raises DomainError for an event that takes no letter."""
    if province is None:
        raise DomainError(_("Choose the province the letter is from."))
    if event.kind not in LETTER_KINDS:
        raise DomainError(_("No congratulatory letter is sent for this kind of day."))
    if language not in ("vi", "en"):
        raise DomainError(_("A letter is written in Vietnamese or in English."), field="language")
    uid = event_uid(event)
    existing = CongratulatoryLetter.objects.filter(province=province, event_uid=uid, language=language).first()
    if existing:
        return existing
    partner = _partner_of(province, event) if event.kind == "partner_anniversary" else None
    partner_row = None
    if partner is not None:
        partner_row = {name: getattr(partner, name) for name in PARTNER_FIELDS}
    province_vi, province_en = _province_names(province)
    today = today or timezone.localdate()
    try:
        content = draft_letter(
            event.as_dict(),
            language=language,
            province_vi=province_vi,
            province_en=province_en,
            country=reference.country_index().get(event.country or ""),
            partner=partner_row,
            today=today,
        )
    except ValueError as error:  # a partner anniversary whose agreement is gone, say
        raise DomainError(str(error)) from error
    return CongratulatoryLetter.objects.create(
        province=province,
        event_uid=uid,
        event_date=event.date,
        event_kind=event.kind,
        country=event.country or "",
        partner=partner,
        occasion=content.occasion or (event.title_vi if language == "vi" else event.title_en),
        language=language,
        issuer=content.issuer,
        place=content.place,
        letter_date=content.date,
        addressee=content.addressee,
        salutation=content.salutation,
        body=content.body,
        closing=content.closing,
        signer_title=content.signer_title,
        signer_name=content.signer_name,
        recipients="\n".join(content.recipients),
        created_by=user,
    )


LETTER_FIELDS = (
    "place",
    "letter_date",
    "addressee",
    "salutation",
    "body",
    "closing",
    "signer_title",
    "signer_name",
    "recipients",
)


def letter_update(*, letter: CongratulatoryLetter, **fields) -> CongratulatoryLetter:
    """Change a draft's text. A letter marked as sent is the record of what was sent: it is not changed."""
    if letter.status == LetterStatus.SENT:
        raise DomainError(_("This letter was sent on %(date)s: it cannot be changed.") % {"date": letter_sent(letter)})
    unknown = set(fields) - set(LETTER_FIELDS)
    if unknown:
        raise TypeError(f"letter_update() got unexpected fields {sorted(unknown)}")
    for name in ("addressee", "body", "signer_title"):
        if name in fields and not (fields[name] or "").strip():
            raise DomainError(_("This field is required."), field=name)
    for name, value in fields.items():
        setattr(letter, name, value)
    letter.save()
    return letter


def letter_sent(letter: CongratulatoryLetter) -> str:
    return format_date(letter.sent_on) if letter.sent_on else ""


def letter_mark_sent(*, user, letter: CongratulatoryLetter, on: datetime.date) -> CongratulatoryLetter:
    if letter.status == LetterStatus.SENT:
        raise DomainError(_("This letter was sent on %(date)s: it cannot be changed.") % {"date": letter_sent(letter)})
    if on > timezone.localdate():
        raise DomainError(_("The date it was sent cannot be in the future."), field="sent_on")
    letter.status, letter.sent_on, letter.sent_by = LetterStatus.SENT, on, user
    letter.save(update_fields=["status", "sent_on", "sent_by", "updated_at"])
    return letter


# --- next year's plan ---------------------------------------------------------------------------------------


def proposed_task_content(event: Event) -> tuple[str, str]:
    """The content and category of the task an event calls for."""
    title = event.title_vi
    if event.kind in ("national_day", "monarch_birthday"):
        return f"Gửi thư, điện chúc mừng nhân dịp {title[0].lower()}{title[1:]}", TaskCategory.CONGRATULATION
    return f"Tổ chức các hoạt động {title[0].lower()}{title[1:]}", TaskCategory.ANNIVERSARY


def suggested_lead(province: Province, agencies: Sequence[Agency]) -> Agency | None:
    """The lead agency suggested for an anniversary task: the focal agency (Sở Ngoại vụ), which leads
    anniversaries and congratulations; the first agency when the province has none."""
    if province.focal_agency_id:
        return next((a for a in agencies if a.pk == province.focal_agency_id), None)
    return agencies[0] if agencies else None


def _month_bounds(day: datetime.date) -> tuple[datetime.date, datetime.date]:
    first = day.replace(day=1)
    following = (first + datetime.timedelta(days=32)).replace(day=1)
    return first, following - datetime.timedelta(days=1)


@transaction.atomic
def propose_event_tasks(
    *,
    user,
    province: Province,
    year: int,
    choices: Sequence[tuple[Event, Agency]],
    plan: Plan | None = None,
    section: Section | None = None,
) -> tuple[Plan, list]:
    """Add one task per chosen event (with its lead agency) to a draft plan of the province — ``plan``, or a new
    draft plan of ``year`` — after the section's last task, with the next free codes; events already taken into
    the plan are skipped. Returns the plan and the tasks added. Raises DomainError, and changes nothing (a new
    plan included), when no event is chosen, the plan is not a draft of the province, it does not cover an
    event's year, or a lead agency is not the province's."""
    if not choices:
        raise DomainError(_("Choose at least one event."), field="event")
    if plan is None:
        plan = plan_services.plan_create(
            actor=user, province=province, title=f"Kế hoạch công tác ngoại giao văn hóa năm {year}", start_year=year
        )
    if plan.province_id != province.pk:
        raise DomainError(_("Tasks are proposed only in a draft plan."), field="plan")
    if plan.status != PlanStatus.DRAFT:
        raise DomainError(_("Tasks are proposed only in a draft plan."), field="plan")
    if section is not None and section.plan_id != plan.pk:
        raise DomainError(_("This section is not in this plan."), field="section")
    taken_events = set(EventTask.objects.filter(task__plan=plan).values_list("event_uid", flat=True))
    tasks = []
    for event, lead in choices:
        if not plan.start_year <= event.date.year <= plan.end_year:
            raise DomainError(
                _("The plan covers %(years)s: it cannot take an event of %(date)s.")
                % {"years": plan.years_label, "date": format_date(event.date)},
                field="plan",
            )
        if lead.province_id != plan.province_id:
            raise DomainError(_("The lead agency must be an agency of the plan's province."), field="lead")
        uid = event_uid(event)
        if uid in taken_events:
            continue
        taken = set(plan.tasks.values_list("code", flat=True))
        last = plan.tasks.filter(section=section).order_by("-position", "-pk").values_list("code", "position").first()
        last_code, position = last or (f"{section.code}.0" if section else "0", None)
        content, category = proposed_task_content(event)
        starts_on, ends_on = _month_bounds(event.date)
        task = plan_services.task_create(
            actor=user,
            plan=plan,
            code=plan_services.next_task_code(last_code, taken),
            content=content,
            lead=[lead],
            section=section,
            position=position,
            category=category,
            timing=f"Tháng {event.date.month:02d}/{event.date.year}",
            starts_on=starts_on,
            ends_on=ends_on,
        )
        EventTask.objects.create(
            province=plan.province, event_uid=uid, event_date=event.date, task=task, created_by=user
        )
        taken_events.add(uid)
        tasks.append(task)
    return plan, tasks


def events_in_plans(province: Province, uids: Sequence[str]) -> dict[str, EventTask]:
    """The events (by uid) already taken into one of the province's plans, with the task that holds each."""
    rows = EventTask.objects.filter(province=province, event_uid__in=list(uids)).select_related("task__plan")
    return {row.event_uid: row for row in rows}
