# QuoteTrail: migrations, then gunicorn on 0.0.0.0:8000.
#   docker build -t quotetrail .
#   docker run --rm -p 8000:8000 -e QUOTETRAIL_API_KEYS=change-me -v quotetrail-data:/data quotetrail
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    QUOTETRAIL_DATABASE_URL=sqlite:////data/quotetrail.db

RUN useradd --create-home --uid 10001 --shell /usr/sbin/nologin quotetrail \
    && mkdir -p /data \
    && chown quotetrail:quotetrail /data

WORKDIR /app

# Dependencies get their own layer, rebuilt only when pyproject.toml changes, not on every source edit.
COPY pyproject.toml ./
RUN python -c "import tomllib; deps = tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']; open('/tmp/requirements.txt', 'w').write('\n'.join(deps) + '\n')" \
    && pip install --no-cache-dir --requirement /tmp/requirements.txt \
    && rm /tmp/requirements.txt

COPY README.md ./
COPY schemas ./schemas
COPY service ./service
COPY examples ./examples
RUN pip install --no-cache-dir --no-deps .

USER quotetrail
VOLUME ["/data"]
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request, sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4).status == 200 else 1)"]

# `serve --migrate` applies the Alembic migrations, then replaces itself with gunicorn (PID 1 gets the signals).
ENTRYPOINT ["quotetrail", "serve", "--migrate", "--host", "0.0.0.0", "--port", "8000"]
CMD ["--workers", "2"]
