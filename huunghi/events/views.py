"""Pages of the diplomatic calendar: the year and month, a country, the province's partners, its private
calendar feeds, congratulatory letters, and next year's anniversary tasks. Permissions: accounts/permissions.py."""

import calendar as month_calendar
import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from huunghi.accounts import permissions
from huunghi.core.errors import DomainError
from huunghi.events import reference, services
from huunghi.events.engine import FIRST_YEAR, KINDS, LAST_YEAR, Event, anniversaries_ahead, check_year, events_for_year
from huunghi.events.forms import FeedForm, LetterForm, PartnerForm, SentForm
from huunghi.events.letters import LETTER_KINDS, LetterContent
from huunghi.events.letters_docx import letter_docx
from huunghi.events.models import CalendarFeed, LetterStatus
from huunghi.events.output import KIND_LABELS_EN, KIND_LABELS_VI, event_uid, to_ics
from huunghi.events.selectors import (
    events_between,
    filter_events,
    plan_candidates,
    province_partners,
)
from huunghi.organisations.models import Agency, AgencyKind, Province
from huunghi.plans.models import Plan, PlanStatus
from huunghi.reporting.views_synthesis import DOCX_TYPE, _download
from huunghi.text import search_key

MONTHS_VI = [f"Tháng {m}" for m in range(1, 13)]
MONTHS_EN = list(month_calendar.month_name)[1:]


def _english() -> bool:
    return (get_language() or "vi").startswith("en")


def kind_label(kind: str) -> str:
    return KIND_LABELS_EN[kind] if _english() else KIND_LABELS_VI[kind]


def _country_name(code: str | None) -> str:
    row = reference.country_index().get(code or "")
    if not row:
        return ""
    return row["name_en"] if _english() else row["name_vi"]


def _province_for(request) -> Province | None:
    """The province of the page: ?province= for those who may read it, else the user's own (404 otherwise)."""
    try:
        return permissions.calendar_province(request.user, request.GET.get("province") or request.POST.get("province"))
    except Province.DoesNotExist:
        raise Http404 from None


def _year_from(request, default: int) -> int:
    text = (request.GET.get("year") or "").strip()
    if not text:
        return default
    year = int(text) if text.isdigit() else text
    check_year(year)  # ValueError with the message, in Vietnamese
    return year


def _error_page(request, message: str, status: int = 400):
    return render(request, "events/error.html", {"message": message}, status=status)


def _province_events(province: Province | None, year: int) -> list[Event]:
    return events_for_year(
        year, countries=reference.countries(), days=reference.days(), partners=province_partners(province)
    )


def _find_event(province: Province | None, uid: str, day: str) -> Event | None:
    try:
        year = datetime.date.fromisoformat(day).year
        check_year(year)
    except (TypeError, ValueError):
        return None
    return next((e for e in _province_events(province, year) if event_uid(e) == uid), None)


def _rows(events, province, user):
    """The events as the tables show them, with the letters drafted and the plan tasks taken for each."""
    uids = [event_uid(e) for e in events]
    letters, in_plans = {}, {}
    if province is not None and permissions.reads_province_calendar(user, province):
        for letter in permissions.visible_letters(user).filter(province=province, event_uid__in=uids):
            letters.setdefault(letter.event_uid, []).append(letter)
        in_plans = services.events_in_plans(province, uids)
    english = _english()
    return [
        {
            "event": e,
            "uid": uid,
            "title": e.title_en if english else e.title_vi,
            "kind_label": kind_label(e.kind),
            "country_name": _country_name(e.country),
            "letters": letters.get(uid, []),
            "in_plan": in_plans.get(uid),
            "letter_kind": e.kind in LETTER_KINDS,
        }
        for e, uid in zip(events, uids, strict=True)
    ]


def _month_grid(year: int, month: int, rows: list[dict]) -> list[list[dict]]:
    """Weeks (Monday first) of day cells: the day (None outside the month) and its rows."""
    by_day = {}
    for row in rows:
        by_day.setdefault(row["event"].date.day, []).append(row)
    weeks = month_calendar.Calendar().monthdayscalendar(year, month)
    return [[{"day": d or None, "rows": by_day.get(d, [])} for d in week] for week in weeks]


@login_required
def calendar_page(request):
    """The year, or one month of it, with filters by kind and country."""
    province = _province_for(request)
    today = timezone.localdate()
    try:
        year = _year_from(request, today.year)
    except ValueError as error:
        return _error_page(request, str(error))
    month_text = request.GET.get("month") or ""
    month = int(month_text) if month_text.isdigit() and 1 <= int(month_text) <= 12 else None
    if month_text and month is None:
        return _error_page(request, _("The month must be a number from 1 to 12."))
    kind = request.GET.get("kind") or ""
    if kind and kind not in KINDS:
        return _error_page(request, _("Unknown kind of event: “%(kind)s”.") % {"kind": kind})
    country = (request.GET.get("country") or "").upper()
    if country and country not in reference.country_index():
        return _error_page(request, _("Unknown country: “%(code)s”.") % {"code": country})
    events = filter_events(_province_events(province, year), kind=kind, country=country, month=month)
    rows = _rows(events, province, request.user)
    names = MONTHS_EN if _english() else MONTHS_VI
    months = []
    for row in rows:
        number = row["event"].date.month
        if not months or months[-1]["number"] != number:
            months.append({"number": number, "name": names[number - 1], "rows": []})
        months[-1]["rows"].append(row)
    return render(
        request,
        "events/calendar.html",
        {
            "province": province,
            "provinces": permissions.visible_provinces(request.user).filter(valid_to__isnull=True).order_by("name")
            if permissions.reads_everything(request.user)
            else None,
            "year": year,
            "month": month,
            "month_name": names[month - 1] if month else "",
            "grid": _month_grid(year, month, rows) if month else None,
            "weekdays": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
            if _english()
            else ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"],
            "months": months,
            "month_links": list(enumerate(names, start=1)),
            "kind": kind,
            "kinds": [(k, kind_label(k)) for k in KINDS],
            "country": country,
            "countries": sorted(
                ((c["iso2"], _country_name(c["iso2"])) for c in reference.countries() if c.get("relations", True)),
                key=lambda item: search_key(item[1]),
            ),
            "count": len(rows),
            "can_manage": permissions.can_manage_calendar(request.user, province),
            "first_year": FIRST_YEAR,
            "last_year": LAST_YEAR,
        },
    )


@login_required
def country_list(request):
    query = search_key(request.GET.get("q") or "")
    rows = []
    for c in reference.countries():
        name = _country_name(c["iso2"])
        if query and query not in search_key(
            f"{c['name_vi']} {c['name_en']} {c.get('name_vi_formal', '')} {c['iso2']}"
        ):
            continue
        rows.append({"row": c, "name": name, "national_day": c.get("national_day")})
    rows.sort(key=lambda r: search_key(r["name"]))
    return render(request, "events/country_list.html", {"rows": rows, "q": request.GET.get("q") or ""})


@login_required
def country_detail(request, iso2):
    country = reference.country_index().get(iso2.upper())
    if country is None:
        return _error_page(request, _("Unknown country: “%(code)s”.") % {"code": iso2}, status=404)
    if iso2 != country["iso2"]:
        return redirect("events:country", iso2=country["iso2"])
    user, today = request.user, timezone.localdate()
    province = permissions.home_province(user)
    established = country.get("relations_established")
    ahead = [
        {"date": day, "years": years, "round": label}
        for day, years, label in anniversaries_ahead(datetime.date.fromisoformat(established), today)
    ] if established else []  # fmt: skip
    year_ahead = events_between(today, today + datetime.timedelta(days=365), partners=province_partners(province))
    events = _rows([e for e in year_ahead if e.country == country["iso2"]], province, user)
    partners = permissions.visible_partner_agreements(user).filter(country=country["iso2"]).select_related("province")
    names = {country["name_vi"], country.get("name_vi_transliterated") or country["name_vi"]}
    keys = [search_key(name) for name in names]
    condition = Q()
    for key in keys:
        condition |= Q(search_key__contains=key)
    tasks = (
        permissions.visible_tasks(user)
        .filter(condition)
        .select_related("plan__province")
        .order_by("-plan__start_year", "plan_id", "position")[:50]
    )
    letters = permissions.visible_letters(user).filter(country=country["iso2"]).select_related("province")
    return render(
        request,
        "events/country_detail.html",
        {
            "country": country,
            "name": _country_name(country["iso2"]),
            "ahead": ahead,
            "events": events,
            "partners": partners,
            "tasks": tasks,
            "letters": letters[:100],
            "province": province,
        },
    )


# --- feeds --------------------------------------------------------------------------------------------------


@login_required
def feed_list(request):
    province = _province_for(request)
    if request.method == "POST":
        if not permissions.can_create_feed(request.user, province):
            raise PermissionDenied
        form = FeedForm(request.POST)
        if form.is_valid():
            services.feed_create(user=request.user, province=province, label=form.cleaned_data["label"])
            messages.success(request, _("A new private calendar link was created."))
            return redirect(
                reverse("events:feeds") + (f"?province={province.code}" if request.GET.get("province") else "")
            )
    else:
        form = FeedForm()
    feeds = permissions.visible_feeds(request.user).select_related("province", "created_by")
    rows = [{"feed": f, "url": request.build_absolute_uri(reverse("events:feed", args=[f.token]))} for f in feeds]
    return render(
        request,
        "events/feeds.html",
        {"rows": rows, "form": form, "province": province,
         "can_create": permissions.can_create_feed(request.user, province)},
    )  # fmt: skip


@login_required
@require_POST
def feed_revoke(request, pk):
    feed = get_object_or_404(permissions.visible_feeds(request.user), pk=pk)
    services.feed_revoke(feed=feed)
    messages.success(request, _("The link was revoked: calendars using it will no longer update."))
    return redirect("events:feeds")


def feed_ics(request, token):
    """The private feed: no sign-in, the token is the key. Last year, this year and next year's events."""
    feed = CalendarFeed.objects.select_related("province").filter(token=token, revoked_at__isnull=True).first()
    if feed is None:
        raise Http404
    CalendarFeed.objects.filter(pk=feed.pk).update(last_read_at=timezone.now())
    today = timezone.localdate()
    events = events_between(
        datetime.date(max(today.year - 1, FIRST_YEAR), 1, 1),
        datetime.date(min(today.year + 1, LAST_YEAR), 12, 31),
        partners=province_partners(feed.province),
    )
    body = to_ics(events, name=f"Lịch đối ngoại — {feed.province.full_name}")
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="lich-doi-ngoai-{feed.province.code}.ics"'
    response["Cache-Control"] = "private, max-age=3600"
    return response


# --- partners -----------------------------------------------------------------------------------------------


@login_required
def partner_list(request):
    province = _province_for(request)
    national = province is None and permissions.reads_everything(request.user)
    if not national and not permissions.reads_province_calendar(request.user, province):
        raise PermissionDenied
    can_manage = permissions.can_manage_calendar(request.user, province)
    form = PartnerForm(request.POST or None)
    if request.method == "POST":
        if not can_manage:
            raise PermissionDenied
        if form.is_valid():
            try:
                services.partner_save(province=province, **form.cleaned_data)
            except DomainError as error:
                form.add_domain_error(error)
            else:
                messages.success(request, _("The partner agreement was saved."))
                return redirect("events:partners")
    agreements = permissions.visible_partner_agreements(request.user).select_related("province")
    if province is not None:
        agreements = agreements.filter(province=province)
    return render(
        request,
        "events/partners.html",
        {"province": province, "agreements": agreements, "form": form, "can_manage": can_manage},
        status=400 if form.errors else 200,
    )  # fmt: skip


@login_required
def partner_edit(request, pk):
    agreement = get_object_or_404(permissions.visible_partner_agreements(request.user), pk=pk)
    if not permissions.can_manage_calendar(request.user, agreement.province):
        raise PermissionDenied
    if request.method == "POST" and request.POST.get("action") == "delete":
        services.partner_delete(agreement=agreement)
        messages.success(request, _("The partner agreement was deleted."))
        return redirect("events:partners")
    initial = {name: getattr(agreement, name) for name in services.PARTNER_FIELDS}
    form = PartnerForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.partner_save(province=agreement.province, agreement=agreement, **form.cleaned_data)
        except DomainError as error:
            agreement.refresh_from_db()
            form.add_domain_error(error)
        else:
            messages.success(request, _("The partner agreement was saved."))
            return redirect("events:partners")
    return render(
        request,
        "events/partner_edit.html",
        {"agreement": agreement, "form": form},
        status=400 if form.errors else 200,
    )


# --- letters ------------------------------------------------------------------------------------------------


@login_required
def letter_list(request):
    """The log of letters: by country and year."""
    letters = permissions.visible_letters(request.user).select_related("province", "sent_by")
    country = (request.GET.get("country") or "").upper()
    if country:
        letters = letters.filter(country=country)
    year = request.GET.get("year") or ""
    if year.isdigit():
        letters = letters.filter(event_date__year=int(year))
    years = sorted(
        {d.year for d in permissions.visible_letters(request.user).dates("event_date", "year")}, reverse=True
    )
    rows = [{"letter": letter, "country_name": _country_name(letter.country)} for letter in letters[:500]]
    return render(
        request,
        "events/letter_list.html",
        {"rows": rows, "country": country, "year": year, "years": years,
         "countries": sorted({(r["letter"].country, r["country_name"]) for r in rows if r["letter"].country},
                             key=lambda item: search_key(item[1]))},
    )  # fmt: skip


@login_required
@require_POST
def letter_create(request):
    """Draft the letter of a calendar event (found again from its uid and date, so no occasion is forged)."""
    province = _province_for(request)
    if not permissions.can_manage_calendar(request.user, province):
        raise PermissionDenied
    event = _find_event(province, request.POST.get("uid", ""), request.POST.get("date", ""))
    if event is None:
        return _error_page(request, _("This event is not in the province's calendar."))
    try:
        letter = services.letter_create(
            user=request.user, province=province, event=event, language=request.POST.get("language", "vi")
        )
    except DomainError as error:
        return _error_page(request, str(error.message))
    return redirect("events:letter", pk=letter.pk)


def _letter_content(letter) -> LetterContent:
    return LetterContent(
        language=letter.language,
        issuer=letter.issuer,
        place=letter.place,
        date=letter.letter_date,
        addressee=letter.addressee,
        salutation=letter.salutation,
        body=letter.body,
        closing=letter.closing,
        signer_title=letter.signer_title,
        signer_name=letter.signer_name,
        occasion=letter.occasion,
        recipients=tuple(line.strip() for line in letter.recipients.splitlines() if line.strip()),
    )


@login_required
def letter_detail(request, pk):
    letter = get_object_or_404(permissions.visible_letters(request.user).select_related("province"), pk=pk)
    can_manage = permissions.can_manage_calendar(request.user, letter.province)
    editable = can_manage and letter.status == LetterStatus.DRAFT
    form = LetterForm(initial={name: getattr(letter, name) for name in services.LETTER_FIELDS})
    sent_form = SentForm(initial={"sent_on": timezone.localdate()})
    status = 200
    if request.method == "POST":
        if not can_manage:
            raise PermissionDenied
        action = request.POST.get("action")
        try:
            if action == "sent":
                sent_form = SentForm(request.POST)
                if sent_form.is_valid():
                    services.letter_mark_sent(user=request.user, letter=letter, on=sent_form.cleaned_data["sent_on"])
                    messages.success(request, _("The letter is recorded as sent."))
                    return redirect("events:letter", pk=letter.pk)
            else:
                form = LetterForm(request.POST)
                if form.is_valid():
                    services.letter_update(letter=letter, **form.cleaned_data)
                    messages.success(request, _("The letter was saved."))
                    return redirect("events:letter", pk=letter.pk)
        except DomainError as error:
            (sent_form if action == "sent" else form).add_domain_error(error)
            letter.refresh_from_db()
        status = 400
    return render(
        request,
        "events/letter_detail.html",
        {"letter": letter, "form": form, "sent_form": sent_form, "editable": editable, "can_manage": can_manage,
         "country_name": _country_name(letter.country)},
        status=status,
    )  # fmt: skip


@login_required
def letter_word(request, pk):
    letter = get_object_or_404(permissions.visible_letters(request.user).select_related("province"), pk=pk)
    name = f"Thu-chuc-mung-{letter.event_date:%Y%m%d}-{letter.country or 'doi-tac'}-{letter.language}.docx"
    return _download(letter_docx(_letter_content(letter)), DOCX_TYPE, name)


# --- next year's plan ---------------------------------------------------------------------------------------


@login_required
def plan_proposals(request):
    """Year N+1's anniversaries and partner events that call for a task, to add to a draft plan."""
    province = _province_for(request)
    if province is None or not permissions.reads_province_calendar(request.user, province):
        raise PermissionDenied
    can_manage = permissions.can_manage_calendar(request.user, province)
    try:
        year = _year_from(request, timezone.localdate().year + 1)
    except ValueError as error:
        return _error_page(request, str(error))
    candidates = plan_candidates(_province_events(province, year))
    agencies = list(
        Agency.objects.filter(province=province, valid_to__isnull=True).exclude(kind=AgencyKind.GROUP).order_by("name")
    )
    suggested = services.suggested_lead(province, agencies)
    plans = list(
        Plan.objects.filter(
            province=province, status=PlanStatus.DRAFT, start_year__lte=year, end_year__gte=year
        ).prefetch_related("sections")
    )
    errors = []
    if request.method == "POST":
        if not can_manage:
            raise PermissionDenied
        by_uid = {event_uid(e): e for e in candidates}
        chosen_uids = [uid for uid in request.POST.getlist("event") if uid in by_uid]
        agency_by_pk = {str(a.pk): a for a in agencies}
        choices = []
        for uid in chosen_uids:
            lead = agency_by_pk.get(request.POST.get(f"lead-{uid}", ""))
            if lead is None:
                errors.append(_("Choose a lead agency of the province for each chosen event."))
                break
            choices.append((by_uid[uid], lead))
        plan_choice = request.POST.get("plan", "")
        plan = next((p for p in plans if str(p.pk) == plan_choice), None)
        if plan_choice != "new" and plan is None:
            errors.append(_("Choose a draft plan of %(year)s, or a new one.") % {"year": year})
        if not errors:
            section = plan.sections.filter(pk=request.POST.get("section") or 0).first() if plan else None
            try:
                plan, added = services.propose_event_tasks(
                    user=request.user, province=province, year=year, choices=choices, plan=plan, section=section
                )
            except DomainError as error:
                errors.append(str(error.message))
            else:
                messages.success(
                    request, _("%(count)s proposed tasks were added to the draft plan.") % {"count": len(added)}
                )
                return redirect("plans:detail", pk=plan.pk)
    in_plans = services.events_in_plans(province, [event_uid(e) for e in candidates])
    rows = [
        {"event": e, "uid": event_uid(e), "title": e.title_en if _english() else e.title_vi,
         "kind_label": kind_label(e.kind), "in_plan": in_plans.get(event_uid(e)),
         "content": services.proposed_task_content(e)[0]}
        for e in candidates
    ]  # fmt: skip
    return render(
        request,
        "events/plan_proposals.html",
        {"province": province, "year": year, "rows": rows, "agencies": agencies, "suggested": suggested,
         "plans": plans, "errors": errors, "can_manage": can_manage},
        status=400 if errors else 200,
    )  # fmt: skip
