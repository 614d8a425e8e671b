"""Logs that do not keep what people typed, read or were sent.

A server log outlives the data it points to and is read by whoever runs the machine,
so every address in it is cut down before it is written:

- the query string goes: search terms, what the get-help and membership pages were
  asked, `?next=` and `?post=` all live there;
- a forum or topic slug (a topic's slug is its subject) is replaced by its number;
- the token in an e-mailed link (unsubscribe, e-mail confirmation, password reset) is
  replaced by "redacted".

`RedactAddresses` is the filter on every handler in settings.LOGGING (Django's request
and server logs, error mails); `RedactingGunicornLogger` does the same for gunicorn's
access log (config/gunicorn.conf.py).
"""

import copy
import logging
import re

from django.http import HttpRequest, QueryDict
from gunicorn import glogging

# A path (with or without scheme and host) followed by its query string.
_QUERY_STRING = re.compile(r"((?:https?://[^\s/?#\"'<>]+)?/[^\s?#\"'<>]*)\?[^\s#\"'<>]*")
_FORUM_SLUG = re.compile(r"/(forum|topic)/[^/\s?#\"'<>]+-(\d+)(?=/)")
_TOKEN = re.compile(r"/(unsubscribe|verify-email|confirm-email|password/reset/key)/[^/\s?#\"'<>]+")


def redact(text):
    text = _QUERY_STRING.sub(r"\1", text)
    text = _FORUM_SLUG.sub(r"/\1/\2", text)
    return _TOKEN.sub(r"/\1/redacted", text)


def redacted_request(request):
    """A copy of `request` as far as logging sees it (its repr, an error mail's report):
    no query string, no GET parameters, slugs and tokens out of its paths and headers."""
    clean = copy.copy(request)
    clean.META = {name: redact(value) if isinstance(value, str) else value for name, value in request.META.items()}
    clean.META["QUERY_STRING"] = ""
    clean.GET = QueryDict()
    clean.path = redact(request.path)
    clean.path_info = redact(request.path_info)
    return clean


class RedactAddresses(logging.Filter):
    def filter(self, record):
        # A filter that raises would take the logging call, and the request, down with it.
        try:
            message = record.getMessage()
            redacted = redact(message)
            if redacted != message:
                record.msg, record.args = redacted, ()
            request = getattr(record, "request", None)
            if isinstance(request, HttpRequest):
                record.request = redacted_request(request)
        except Exception:  # noqa: BLE001
            pass
        return True


class RedactingGunicornLogger(glogging.Logger):
    """Gunicorn's logger with every access-log field redacted: the request line, the
    path, the referrer (which names the page the visitor came from, search included)."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        atoms = {name: redact(value) if isinstance(value, str) else value for name, value in atoms.items()}
        atoms["q"] = atoms["{query_string}e"] = "-"
        return atoms
