"""/healthz and /readyz: what the load balancer and the supervisor ask (issue 14, part 3).

The tests stop no service: a cache or a search engine at a loopback port where
nothing listens stands for one that is down.
"""

import json

import pytest
from django.test import override_settings

UNREACHABLE_REDIS = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"}
}


def body(response):
    assert response["Content-Type"] == "application/json"
    return json.loads(response.content)


def test_healthz_answers_without_the_database(client):
    # No `db` fixture: pytest-django refuses any database access in this test.
    response = client.get("/healthz")
    assert response.status_code == 200
    assert body(response) == {"status": "ok"}
    assert not response.cookies
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_and_readyz_have_no_language_prefix_and_set_no_cookie(client):
    for address in ("/healthz", "/readyz"):
        response = client.get(address)
        assert response.status_code == 200, address
        assert not response.cookies, address
        assert "Set-Cookie" not in response
    assert client.get("/en/healthz/").status_code == 404


@pytest.mark.django_db
def test_readyz_checks_the_database_and_the_cache(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert body(response) == {"status": "ok", "checks": {"database": "ok", "cache": "ok"}}


@pytest.mark.django_db
def test_readyz_with_a_working_redis(client, redis_url):  # noqa: F811
    caches = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url}}
    with override_settings(CACHES=caches):
        response = client.get("/readyz")
    assert response.status_code == 200, response.content
    assert body(response)["checks"]["cache"] == "ok"


@pytest.mark.django_db
def test_readyz_answers_503_naming_an_unreachable_cache(client):
    with override_settings(CACHES=UNREACHABLE_REDIS):
        response = client.get("/readyz")
    assert response.status_code == 503
    answer = body(response)
    assert answer["status"] == "unavailable"
    assert answer["failed"] == ["cache"]
    assert answer["checks"]["database"] == "ok"
    assert answer["checks"]["cache"].startswith("failed")


@pytest.mark.django_db
def test_readyz_answers_503_naming_an_unreachable_search_engine(client):
    with override_settings(OPENSEARCH_URL="http://127.0.0.1:1"):
        response = client.get("/readyz")
    assert response.status_code == 503
    answer = body(response)
    assert answer["failed"] == ["search"]
    assert answer["checks"] == {"database": "ok", "cache": "ok", "search": answer["checks"]["search"]}
    assert answer["checks"]["search"].startswith("failed")


@pytest.mark.django_db
def test_readyz_asks_a_running_search_engine(client, opensearch_url):
    with override_settings(OPENSEARCH_URL=opensearch_url):
        response = client.get("/readyz")
    assert response.status_code == 200, response.content
    assert body(response)["checks"]["search"] == "ok"


def test_readyz_is_not_in_the_sitemap_or_robots(client, db):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "healthz" not in sitemap and "readyz" not in sitemap
