"""The OpenAPI 3.1 contract, generated from the marshmallow schemas and blueprints.

flask-smorest/apispec produce most of it; ``build_spec`` finishes the job: problem responses as
application/problem+json on every operation, the API-key scheme, enums that admit null, and a check that
no 3.0-only ``nullable`` survives.
"""

from __future__ import annotations

import copy
import re
from typing import Any

import yaml
from flask import Flask

PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
PROBLEM_TYPE = "application/problem+json"
SECURITY_SCHEME = "ApiKeyAuth"

# Error responses every operation may give, by condition; name → (status, description).
_ERRORS = {
    "BadRequest": ("400", "Malformed request body (not JSON, or not UTF-8)."),
    "Unauthorized": ("401", "Missing or wrong X-API-Key."),
    "NotFound": ("404", "No such resource."),
    "Conflict": ("409", "A concurrent change to the same records won; retry the request."),
    "PayloadTooLarge": ("413", "The request body is over the configured size cap."),
    "UnsupportedMediaType": ("415", "The request body is not application/json."),
    "UnprocessableContent": ("422", "Invalid parameters or body; see errors."),
    "BadGateway": ("502", "The url could not be fetched."),
    "ServiceUnavailable": ("503", "The database is unavailable; retry later."),
    "Problem": ("default", "Any other error, as RFC 9457 problem details."),
}


def build_spec(app: Flask) -> dict[str, Any]:
    """The finished OpenAPI document of ``app`` as a plain dict (built once per app: routes are fixed)."""
    cached = app.extensions.get("quotetrail_openapi")
    if cached is None:
        cached = app.extensions["quotetrail_openapi"] = _build(app)
    return copy.deepcopy(cached)


def _build(app: Flask) -> dict[str, Any]:
    api = app.extensions["quotetrail_api"]
    with app.app_context():
        spec = copy.deepcopy(api.spec.to_dict())
    _add_schema_rules(spec, api)
    _finish(spec)
    order = ["openapi", "info", "tags", "paths", "components"]
    return {key: spec[key] for key in [*order, *sorted(set(spec) - set(order))] if key in spec}


def _finish(spec: dict[str, Any]) -> None:
    components = spec.setdefault("components", {})
    components["securitySchemes"] = {
        SECURITY_SCHEME: {
            "type": "apiKey",
            "in": "header",
            "name": "X-API-Key",
            "description": "One of the keys in QUOTETRAIL_API_KEYS; needed for writes.",
        }
    }
    components["responses"] = {
        name: {"description": description, "content": {PROBLEM_TYPE: {"schema": dict(PROBLEM_REF)}}}
        for name, (_status, description) in _ERRORS.items()
    }
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            if method not in {"get", "post", "put", "patch", "delete"}:
                continue
            responses = operation.setdefault("responses", {})
            # flask-smorest's own error entries point at responses we replace below.
            for status in [s for s, r in responses.items() if "$ref" in r]:
                del responses[status]
            wanted = ["ServiceUnavailable", "Problem"]
            has_query = any(p.get("in") == "query" for p in operation.get("parameters", []))
            if "requestBody" in operation:
                wanted += ["BadRequest", "PayloadTooLarge", "UnsupportedMediaType", "UnprocessableContent"]
            elif has_query:
                wanted.append("UnprocessableContent")
            if "{" in path:
                wanted.append("NotFound")
            if operation.get("security"):
                wanted.append("Unauthorized")
            if operation.get("operationId") == "createArticle":
                wanted.append("BadGateway")
            if "admin" in operation.get("tags", []) and "requestBody" in operation:
                # Corrections (store/corrections.py) retry a lost race once, then answer 409.
                wanted.append("Conflict")
            for name in wanted:
                status = _ERRORS[name][0]
                responses[status] = {"$ref": f"#/components/responses/{name}"}
            operation["responses"] = dict(
                sorted(responses.items(), key=lambda kv: (kv[0] == "default", kv[0]))
            )
    yaml_doc = spec["paths"].get("/openapi.yaml", {}).get("get")
    if yaml_doc:
        yaml_doc["responses"]["200"]["content"] = {"application/yaml": {"schema": {"type": "string"}}}
    _drop_unreferenced_schemas(spec)
    _set_additional_properties(spec)
    _walk(spec)
    leftover = _find_key(spec, "nullable")
    if leftover:
        raise AssertionError(f"3.0-style nullable left in the spec at {leftover}")


def _add_schema_rules(spec: dict[str, Any], api: Any) -> None:
    """Rules across fields (``OPENAPI_RULES`` on a marshmallow schema class, e.g. "exactly one of text, html
    or url"), which apispec cannot derive from the fields: added to that schema's component."""
    schemas = spec.get("components", {}).get("schemas", {})
    for key, name in api.ma_plugin.converter.refs.items():
        rules = getattr(key[0], "OPENAPI_RULES", None)
        if rules and name in schemas:
            schemas[name].update(copy.deepcopy(rules))


def _drop_unreferenced_schemas(spec: dict[str, Any]) -> None:
    """flask-smorest registers helpers (PaginationMetadata) this API does not use."""
    schemas = spec["components"].get("schemas", {})
    while True:
        text = yaml.safe_dump({k: v for k, v in spec.items() if k != "components"}) + yaml.safe_dump(
            {k: v for k, v in spec["components"].items() if k != "schemas"}
        )
        text += yaml.safe_dump(schemas)
        unused = [name for name in schemas if f"#/components/schemas/{name}'" not in text]
        if not unused:
            return
        for name in unused:
            del schemas[name]


def _set_additional_properties(spec: dict[str, Any]) -> None:
    """Request bodies refuse unknown fields (the schemas RAISE); responses stay open, so a field added
    later does not break clients that validate strictly. apispec only writes the former when a schema has
    no description, so the rule is applied here, the same for every schema."""
    schemas = spec["components"].get("schemas", {})
    for schema in schemas.values():
        schema.pop("additionalProperties", None)
    for item in spec["paths"].values():
        for method, operation in item.items():
            if method not in {"post", "put", "patch"}:
                continue
            for media in operation.get("requestBody", {}).get("content", {}).values():
                ref = media.get("schema", {}).get("$ref", "")
                name = ref.rsplit("/", 1)[-1]
                if name in schemas:
                    schemas[name]["additionalProperties"] = False


def _walk(node: Any) -> None:
    """Schema fixes apispec leaves: null admitted by enums of nullable fields; the JSON Schema format name
    of URLs; an object's size limits (a Dict field's Length) as property counts, not string lengths."""
    if isinstance(node, dict):
        types = node.get("type")
        if isinstance(types, list) and "null" in types and "enum" in node and None not in node["enum"]:
            node["enum"] = [*node["enum"], None]
        if node.get("format") == "url":
            node["format"] = "uri"
        if types == "object":
            for string_key, object_key in (("minLength", "minProperties"), ("maxLength", "maxProperties")):
                if string_key in node:
                    node[object_key] = node.pop(string_key)
        for value in node.values():
            _walk(value)
    elif isinstance(node, list):
        for value in node:
            _walk(value)


def _find_key(node: Any, key: str, path: str = "") -> str | None:
    if isinstance(node, dict):
        for k, v in node.items():
            here = f"{path}/{k}"
            if k == key and _is_schema_keyword(path):
                return here
            found = _find_key(v, key, here)
            if found:
                return found
    elif isinstance(node, list):
        for i, v in enumerate(node):
            found = _find_key(v, key, f"{path}/{i}")
            if found:
                return found
    return None


def _is_schema_keyword(path: str) -> bool:
    # A property named "nullable" in a schema's properties would be data, not the keyword.
    return not re.search(r"/properties$", path)


class _Dumper(yaml.SafeDumper):
    pass


def _str_presenter(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    if "\n" in data:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _str_presenter)


def to_yaml(spec: dict[str, Any]) -> str:
    return yaml.dump(spec, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def render_yaml(app: Flask | None = None) -> str:
    """openapi.yaml as the app generates it (what `make openapi` writes and the test compares)."""
    if app is None:
        from flask import current_app, has_app_context

        if has_app_context():
            app = current_app._get_current_object()  # type: ignore[attr-defined]
        else:
            from service import create_app

            # An in-memory URL: generating the contract never touches a database.
            app = create_app({"DATABASE_URL": "sqlite://"})
    rendered = app.extensions.get("quotetrail_openapi_yaml")
    if rendered is None:
        rendered = app.extensions["quotetrail_openapi_yaml"] = to_yaml(build_spec(app))
    return rendered
