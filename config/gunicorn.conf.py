"""Gunicorn in production: `.venv/bin/gunicorn -c config/gunicorn.conf.py`.

The access log goes to standard output through config.log_redaction, which leaves out
query strings, forum slugs and the tokens of e-mailed links.

Every number can be changed without editing this file (GUNICORN_BIND, GUNICORN_WORKERS,
GUNICORN_THREADS, GUNICORN_TIMEOUT, GUNICORN_MAX_REQUESTS). Why they are what they are:

- workers: two per CPU core plus one. A page spends most of its time waiting for
  PostgreSQL, Redis or the search engine, so a core can keep more than one process busy;
  each worker holds the whole of Django, Wagtail and machina (about 150 MB), which is what
  limits the number on a small server. Several workers also mean a crash or a slow request
  in one never stops the site.
- threads: four per worker (the gthread worker). A thread waiting on the database or on a
  reader's slow phone connection (people read this site over mobile networks in three
  countries) leaves the others to serve; Django's views are thread-safe and each thread
  keeps its own database connection. Database connections are workers x threads per
  server: keep PostgreSQL's max_connections above that sum over all application servers
  (CONN_MAX_AGE keeps them open, see config/settings/production.py).
- timeout: 30 s. No page should take more than a few seconds (search gives up after 3 s,
  search.backends.connection.SEARCH_TIMEOUT); a worker silent for 30 s is stuck and is
  replaced. graceful_timeout lets requests in flight finish during a restart or deploy.
- keepalive: 5 s, longer than the proxy's reuse of a connection to us needs, shorter than
  what would tie threads to idle clients (the proxy in front holds the slow clients).
- max_requests: each worker is replaced after 1000 requests, with up to 100 of jitter so
  that the workers do not all restart at once. It bounds slow memory growth (image
  renditions with Pillow, long-lived caches in third-party code) without a visible pause.
"""

import multiprocessing
import os


def _int(name, default):
    return int(os.environ.get(name, default))


wsgi_app = "config.wsgi"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = _int("GUNICORN_WORKERS", 2 * multiprocessing.cpu_count() + 1)
worker_class = "gthread"
threads = _int("GUNICORN_THREADS", 4)
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = 30
keepalive = 5
max_requests = _int("GUNICORN_MAX_REQUESTS", 1000)
max_requests_jitter = max_requests // 10
accesslog = "-"
logger_class = "config.log_redaction.RedactingGunicornLogger"
