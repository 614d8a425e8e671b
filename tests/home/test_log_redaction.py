"""Server logs leave out what people typed or read: no query strings (search terms, the
get-help and membership pages), forum addresses by number instead of by title, and no
tokens of e-mailed links; in Django's logging and in gunicorn's access log."""

import datetime
import logging
import runpy
from types import SimpleNamespace

import pytest
from django.conf import settings
from gunicorn.config import Config

from config.log_redaction import RedactAddresses

SECRETS = ("Anna", "Kovacs", "anna-kovacs", "anna%40", "anna@")


def through_the_configured_handlers(record):
    """Pass `record` through the filters of the handlers that settings.LOGGING set up."""
    handlers = [handler for handler in logging.getLogger().handlers if handler.filters]
    handlers += logging.getLogger("django").handlers
    assert any(isinstance(f, RedactAddresses) for handler in handlers for f in handler.filters)
    for handler in handlers:
        handler.filter(record)
    return logging.Formatter("%(levelname)s %(message)s %(request)s").format(record)


@pytest.mark.parametrize(
    "address",
    [
        "/en/forum/forum/hungary-1/topic/anna-kovacs-was-seen-999999/?q=Anna+Kovacs",
        "/en/membership/no-such-page/?email=anna%40example.org",
        "/en/forum/community/unsubscribe/Anna-Kovacs-token/?x=1",
    ],
)
def test_a_request_log_record_keeps_no_query_string_slug_or_token(client, db, caplog, address):
    with caplog.at_level(logging.WARNING, logger="django.request"):
        response = client.get(address, HTTP_REFERER="https://ravot-eur.example.org/en/search/?q=Anna+Kovacs")
    assert response.status_code in {400, 404}
    [record] = [record for record in caplog.records if record.name == "django.request"]
    line = through_the_configured_handlers(record)
    for secret in SECRETS:
        assert secret not in line, line
        assert secret not in record.request.get_full_path()
        assert secret not in record.request.META.get("HTTP_REFERER", "")
    assert "?" not in record.request.get_full_path() and not record.request.GET
    assert record.request.path.startswith("/en/")


def test_forum_addresses_keep_their_numbers(client, db, caplog):
    with caplog.at_level(logging.WARNING, logger="django.request"):
        client.get("/en/forum/forum/hungary-1/topic/anna-kovacs-was-seen-999999/?post=5")
    [record] = [record for record in caplog.records if record.name == "django.request"]
    assert "/en/forum/forum/1/topic/999999/" in through_the_configured_handlers(record)


def test_every_logging_handler_redacts():
    for name, handler in settings.LOGGING["handlers"].items():
        assert "redact_addresses" in handler.get("filters", []), name


def test_gunicorn_access_log_leaves_out_query_strings_slugs_and_referrer_queries(tmp_path):
    cfg = Config()
    for name, value in runpy.run_path(str(settings.BASE_DIR / "config" / "gunicorn.conf.py")).items():
        if name in cfg.settings:
            cfg.set(name, value)
    log_file = tmp_path / "access.log"
    cfg.set("accesslog", str(log_file))
    logger = cfg.logger_class(cfg)
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": "/en/search/?q=Anna+Kovacs&kind=post",
        "PATH_INFO": "/en/search/",
        "QUERY_STRING": "q=Anna+Kovacs&kind=post",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "192.0.2.7",
        "HTTP_REFERER": "https://ravot-eur.example.org/en/forum/forum/hungary-1/topic/anna-kovacs-12/?post=3",
        "HTTP_USER_AGENT": "test",
    }
    request = SimpleNamespace(
        headers=[("REFERER", environ["HTTP_REFERER"]), ("USER-AGENT", "test")],
    )
    response = SimpleNamespace(status="200 OK", sent=1234, headers=[])
    logger.access(response, request, environ, datetime.timedelta(milliseconds=12))
    for handler in logger.access_log.handlers:
        handler.flush()
    line = log_file.read_text()
    assert '"GET /en/search/ HTTP/1.1" 200 1234' in line
    assert "/en/forum/forum/1/topic/12/" in line
    for secret in ("Anna", "Kovacs", "anna-kovacs", "kind=post", "?"):
        assert secret not in line, line
