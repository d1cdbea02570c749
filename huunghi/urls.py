from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from huunghi.core import views as core_views

urlpatterns = [
    path("", core_views.home, name="home"),
    path("search/", core_views.search, name="search"),
    path("provinces/<slug:code>/", core_views.province_detail, name="province"),
    path("accounts/login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", include("huunghi.plans.urls")),
    path("", include("huunghi.organisations.urls")),
    path("", include("huunghi.documents.urls")),
    path("", include("huunghi.imports.urls")),
    path("", include("huunghi.reporting.urls")),
    path("", include("huunghi.events.urls")),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
]
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
