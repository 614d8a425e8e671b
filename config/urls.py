from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.templatetags.static import static
from django.urls import include, path
from django.utils.functional import lazy
from django.views.generic import RedirectView, TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts import views as accounts_views
from home.health import healthz, readyz
from home.localization import switch_language
from home.sitemaps import sitemaps
from search import views as search_views

# Addresses without a language prefix: the admin, files and machine-read documents.
urlpatterns = [
    # Wagtail's login form would skip allauth's MFA step: it redirects to allauth's.
    path("admin/login/", accounts_views.wagtail_admin_login, name="wagtailadmin_login_redirect"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # For the load balancer and the supervisor (home/health.py): no language, no session.
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("i18n/switch/", switch_language, name="switch_language"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
    # Browsers and feed readers ask for /favicon.ico whatever the page says. Not permanent:
    # the static name carries a content hash that changes with the icon. Lazy, because the
    # manifest that names it does not exist yet when collectstatic's checks load this file.
    path(
        "favicon.ico",
        RedirectView.as_view(url=lazy(static, str)("img/favicon.svg"), permanent=False),
        name="favicon",
    ),
]

# Addresses people read, in each language: /en/…, /nl/…, /hu/…, /fr/…
urlpatterns += i18n_patterns(
    path("accounts/", include("accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("membership/", include("forum.membership.urls")),
    path("forum/community/", include("forum.community.urls")),
    path("forum/messages/", include("forum.direct_messages.urls")),
    path("forum/", include("forum.urls")),
    path("search/", search_views.search, name="search"),
    path("safe-contact/", include("safecontact.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from home.media import public_media_urlpatterns

    # Images only: documents and forum attachments are served by views that check permissions.
    urlpatterns = public_media_urlpatterns() + urlpatterns

handler400 = "home.views.bad_request"
handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
