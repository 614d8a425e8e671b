#!/usr/bin/env bash
# The load bench (`make bench-load`, issue 14 part 5): PostgreSQL and Redis on loopback ports, started
# as .ci/run starts them; migrate, the demo content and the bulk data (bench/bulk_load.py); then the
# production settings under gunicorn (config/gunicorn.conf.py) on a loopback port, and bench/load_run.py
# drives concurrent readers through the main pages with ApacheBench. Everything it starts is stopped
# and its temporary directories removed on exit, however it ends (trap).
#
# Needs root (PostgreSQL runs as the postgres user, ab comes from Debian's apache2-utils).
# Settings, all optional:
#   BENCH_LOAD_ARGS   arguments of bench/bulk_load.py (default: the full size, 100000 posts)
#   BENCH_SECONDS     length of each page's run (10)      BENCH_CONCURRENCY  concurrent readers (8)
#   BENCH_PG_PORT, BENCH_REDIS_PORT, BENCH_HTTP_PORT      loopback ports (56532, 56479, 8765)
#   BENCH_DATABASE_URL  use this database instead of starting PostgreSQL (it is migrated; the demo is
#                       loaded only when missing); MEDIA_ROOT must then be where its demo images are
#   GUNICORN_WORKERS, GUNICORN_THREADS                   as in config/gunicorn.conf.py
#   GUNICORN_MAX_REQUESTS  0 here (no worker recycling during the runs) unless set
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PY:-.venv/bin/python}
PG_PORT=${BENCH_PG_PORT:-56532}
REDIS_PORT=${BENCH_REDIS_PORT:-56479}
HTTP_PORT=${BENCH_HTTP_PORT:-8765}
LOAD_ARGS=${BENCH_LOAD_ARGS:---posts 100000 --topics 5000 --members 1000 --organisations 2000}

if ! command -v ab >/dev/null; then
    echo "bench-load: installing ApacheBench (ab) from Debian's apache2-utils, the load tool of this bench"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends apache2-utils >/dev/null
fi

WORK=$(mktemp -d /tmp/bench-load.XXXXXX)
GUNICORN_PID=""
RUN_PID=""
PG_BIN=""
PG_DATA=""
cleanup() {
    if [ -n "$RUN_PID" ]; then kill "$RUN_PID" 2>/dev/null || true; fi
    if [ -n "$GUNICORN_PID" ]; then kill "$GUNICORN_PID" 2>/dev/null || true; wait "$GUNICORN_PID" 2>/dev/null || true; fi
    redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
    if [ -n "$PG_DATA" ]; then su postgres -c "$PG_BIN/pg_ctl -D $PG_DATA -m fast stop" >/dev/null 2>&1 || true; fi
    rm -rf "$WORK" ${PG_DATA:+"$PG_DATA"}
}
trap cleanup EXIT INT TERM

if [ -z "${BENCH_DATABASE_URL:-}" ]; then
    PG_VERSION=$(ls /usr/lib/postgresql | sort -n | tail -1)
    PG_BIN=/usr/lib/postgresql/$PG_VERSION/bin
    PG_DATA=$(mktemp -d /tmp/bench-pgdata.XXXXXX)
    chown postgres "$PG_DATA"
    su postgres -c "$PG_BIN/initdb -D $PG_DATA -A trust -U postgres" >/dev/null
    su postgres -c "$PG_BIN/pg_ctl -D $PG_DATA -o '-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1' -l $PG_DATA/log -w start" >/dev/null
    psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "CREATE DATABASE ravot" >/dev/null
    export DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/ravot"
else
    export DATABASE_URL="$BENCH_DATABASE_URL"
fi
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes >/dev/null

# The production settings, on loopback: the variables config/settings/production.py and
# `manage.py check --deploy` ask for, with throw-away secrets.
export DJANGO_SETTINGS_MODULE=config.settings.production
export REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
export SECRET_KEY=$($PY -c "import secrets; print(secrets.token_urlsafe(64))")
export SAFE_CONTACT_KEYS=$($PY -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())")
export ALLOWED_HOSTS="127.0.0.1,localhost"
export SITE_BASE_URL="http://127.0.0.1:$HTTP_PORT"
export WAGTAILADMIN_BASE_URL="$SITE_BASE_URL"
export EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"
export STATIC_ROOT="$WORK/static"
export MEDIA_ROOT="${MEDIA_ROOT:-$WORK/media}"
export GUNICORN_BIND="127.0.0.1:$HTTP_PORT"
# gunicorn.conf.py replaces a worker after 1000 requests. A bench makes that many in seconds, and
# then every worker boots again at once (several seconds each here): the run would time worker boots,
# not pages. Off unless asked for (GUNICORN_MAX_REQUESTS=1000 measures exactly production's value).
export GUNICORN_MAX_REQUESTS="${GUNICORN_MAX_REQUESTS:-0}"
echo "bench-load: gunicorn max_requests=$GUNICORN_MAX_REQUESTS (production's 1000 with GUNICORN_MAX_REQUESTS=1000)"

echo "bench-load: migrating"
$PY manage.py migrate --noinput >/dev/null
$PY manage.py createcachetable >/dev/null
if [ -z "${BENCH_DATABASE_URL:-}" ] || ! $PY -c "
import django; django.setup()
from django.contrib.auth import get_user_model
raise SystemExit(0 if get_user_model().objects.filter(email='expert.be@example.org').exists() else 1)"; then
    echo "bench-load: loading the demo content (several minutes)"
    $PY manage.py load_demo_content >/dev/null
fi
echo "bench-load: bulk data ($LOAD_ARGS)"
# shellcheck disable=SC2086
$PY -m bench.bulk_load $LOAD_ARGS
$PY manage.py collectstatic --noinput >/dev/null
$PY manage.py check --deploy --fail-level ERROR >/dev/null

.venv/bin/gunicorn -c config/gunicorn.conf.py --access-logfile /dev/null >"$WORK/gunicorn.log" 2>&1 &
GUNICORN_PID=$!
for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$HTTP_PORT/healthz" 2>/dev/null; then break; fi
    if ! kill -0 "$GUNICORN_PID" 2>/dev/null; then cat "$WORK/gunicorn.log"; exit 1; fi
    sleep 1
done
echo "bench-load: gunicorn on 127.0.0.1:$HTTP_PORT ($(grep -c 'Booting worker' "$WORK/gunicorn.log") workers)"
BOOTED=$(grep -c 'Booting worker' "$WORK/gunicorn.log")
# In the background and waited for, so that a signal runs the trap at once instead of after the run.
$PY -m bench.load_run --base-url "http://127.0.0.1:$HTTP_PORT" \
    --seconds "${BENCH_SECONDS:-10}" --concurrency "${BENCH_CONCURRENCY:-8}" &
RUN_PID=$!
wait "$RUN_PID"
RUN_PID=""
echo "gunicorn replaced $(( $(grep -c 'Booting worker' "$WORK/gunicorn.log") - BOOTED )) worker(s) during the run" \
    "(max_requests); requests wait while a new worker boots."
