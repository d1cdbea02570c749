from django.urls import path

from huunghi.events import views

app_name = "events"
urlpatterns = [
    path("calendar/", views.calendar_page, name="calendar"),
    path("calendar/countries/", views.country_list, name="countries"),
    path("calendar/countries/<str:iso2>/", views.country_detail, name="country"),
    path("calendar/partners/", views.partner_list, name="partners"),
    path("calendar/partners/<int:pk>/", views.partner_edit, name="partner_edit"),
    path("calendar/feeds/", views.feed_list, name="feeds"),
    path("calendar/feeds/<int:pk>/revoke/", views.feed_revoke, name="feed_revoke"),
    path("calendar/feed/<str:token>.ics", views.feed_ics, name="feed"),
    path("calendar/letters/", views.letter_list, name="letters"),
    path("calendar/letters/new/", views.letter_create, name="letter_create"),
    path("calendar/letters/<int:pk>/", views.letter_detail, name="letter"),
    path("calendar/letters/<int:pk>/letter.docx", views.letter_word, name="letter_word"),
    path("calendar/next-year/", views.plan_proposals, name="plan_proposals"),
]
