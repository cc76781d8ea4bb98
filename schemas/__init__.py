"""marshmallow schemas: the single description of every resource, request and query (→ openapi.yaml)."""
