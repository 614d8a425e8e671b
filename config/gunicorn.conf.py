"""Gunicorn in production: `.venv/bin/gunicorn -c config/gunicorn.conf.py`.

The access log goes to standard output through config.log_redaction, which leaves out
query strings, forum slugs and the tokens of e-mailed links."""

wsgi_app = "config.wsgi"
bind = "127.0.0.1:8000"
workers = 3
accesslog = "-"
logger_class = "config.log_redaction.RedactingGunicornLogger"
