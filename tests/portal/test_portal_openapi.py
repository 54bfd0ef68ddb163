"""``sync/openapi.yaml``: it parses, it is OpenAPI 3.1, and it describes exactly what
the reference portal serves (paths, methods, codes, statuses, headers).

PyYAML is not a dependency, so the file is written in a small block-YAML subset read
by :func:`load_yaml` below (mappings, sequences, plain/quoted scalars, one-line or
multi-line flow lists, ``|`` literal blocks, full-line comments). When PyYAML happens
to be importable, the two readings must agree.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from sync.portal.app import create_app
from sync.portal.faults import MODES
from sync.protocol import (
    ERROR_CODES,
    MAX_BATCH_BYTES,
    MAX_BATCH_MESSAGES,
    PROTOCOL,
    REPLAY_WINDOW_S,
    Function,
    Status,
)

SPEC = Path(__file__).resolve().parents[2] / "sync" / "openapi.yaml"
METHODS = {"get", "post", "put", "patch", "delete", "head", "options"}


# -- a reader for the YAML subset ------------------------------------------------------

_INT = re.compile(r"^-?[0-9]+\Z")
_FLOAT = re.compile(r"^-?[0-9]+\.[0-9]+\Z")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _scalar(text: str) -> Any:
    text = text.strip()
    if text.startswith('"'):
        return json.loads(text)
    if text.startswith("'"):
        assert text.endswith("'"), text
        return text[1:-1].replace("''", "'")
    if text in ("null", "~", ""):
        return None
    if text in ("true", "false"):
        return text == "true"
    if _INT.match(text):
        return int(text)
    if _FLOAT.match(text):
        return float(text)
    assert not text.startswith(("`", "@", "&", "*", "!", "%", "{", "|", ">")), text
    assert ": " not in text, f"not a plain scalar: {text!r}"
    assert " #" not in text, f"not a plain scalar: {text!r}"
    return text


def _flow_list(text: str) -> list[Any]:
    inner = text.strip()[1:-1].strip()
    if not inner:
        return []
    items, current, quoted = [], "", False
    for ch in inner:
        if ch == '"':
            quoted = not quoted
        if ch == "," and not quoted:
            items.append(current)
            current = ""
        else:
            current += ch
    items.append(current)
    return [_scalar(" ".join(i.split())) for i in items]


class _Reader:
    def __init__(self, text: str) -> None:
        assert "\t" not in text
        self.lines = text.split("\n")
        self.i = 0

    def _skip(self) -> None:
        while self.i < len(self.lines) and (
            not self.lines[self.i].strip()
            or self.lines[self.i].lstrip().startswith("#")
        ):
            self.i += 1

    def _peek(self) -> str | None:
        self._skip()
        return self.lines[self.i] if self.i < len(self.lines) else None

    def block(self, indent: int) -> Any:
        line = self._peek()
        assert line is not None
        if line[indent:].startswith("-"):
            return self.sequence(indent)
        return self.mapping(indent)

    def mapping(self, indent: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        while (line := self._peek()) is not None and _indent(line) >= indent:
            assert _indent(line) == indent, f"line {self.i + 1}: bad indentation"
            content = line[indent:]
            assert not content.startswith("-"), f"line {self.i + 1}"
            if content.startswith('"'):
                end = content.index('"', 1)
                key, rest = json.loads(content[: end + 1]), content[end + 1 :]
                assert rest.startswith(":"), f"line {self.i + 1}"
                rest = rest[1:]
            else:
                match = re.match(r"^([^\s\"'][^:]*?):(?: |$)", content)
                assert match, f"line {self.i + 1}: not a mapping entry: {content!r}"
                key, rest = match.group(1), content[match.end() :]
            assert key not in out, f"line {self.i + 1}: duplicate key {key!r}"
            self.i += 1
            out[key] = self.value(rest, indent)
        return out

    def sequence(self, indent: int) -> list[Any]:
        out: list[Any] = []
        while (line := self._peek()) is not None and _indent(line) >= indent:
            content = line[indent:]
            assert _indent(line) == indent, f"line {self.i + 1}: bad indentation"
            assert content.startswith("- "), f"line {self.i + 1}: bad sequence item"
            inner = content[2:]
            if re.match(r"^(\"[^\"]*\"|[^\s\"'\[][^:]*?):(?: |$)", inner):
                self.lines[self.i] = (
                    " " * (indent + 2) + inner
                )  # "- key: v" opens a map
                out.append(self.mapping(indent + 2))
            else:
                self.i += 1
                out.append(self.value(inner, indent))
        return out

    def value(self, rest: str, indent: int) -> Any:
        rest = rest.strip()
        if rest == "":
            line = self._peek()
            if line is None or _indent(line) <= indent:
                return None
            return self.block(_indent(line))
        if rest == "|":
            return self.literal(indent)
        assert rest not in (">", "|-", ">-", "|+", ">+"), "unsupported block scalar"
        if rest == "{}":
            return {}
        if rest.startswith("["):
            while not rest.rstrip().endswith("]"):
                rest += " " + self.lines[self.i].strip()
                self.i += 1
            return _flow_list(rest)
        if rest.startswith(("'", '"')):
            return _scalar(rest)
        parts = [rest]  # a plain scalar may go on over more-indented lines
        while (
            self.i < len(self.lines)
            and self.lines[self.i].strip()
            and _indent(self.lines[self.i]) > indent
            and not self.lines[self.i].lstrip().startswith("#")
        ):
            parts.append(self.lines[self.i].strip())
            self.i += 1
        return _scalar(" ".join(parts))

    def literal(self, indent: int) -> str:
        block: list[str] = []
        body_indent = None
        while self.i < len(self.lines):
            line = self.lines[self.i]
            if line.strip():
                if body_indent is None:
                    body_indent = _indent(line)
                    assert body_indent > indent
                if _indent(line) < body_indent:
                    break
                block.append(line[body_indent:])
            else:
                block.append("")
            self.i += 1
        while block and block[-1] == "":
            block.pop()
        return "\n".join(block) + "\n"


def load_yaml(text: str) -> Any:
    reader = _Reader(text)
    line = reader._peek()
    assert line is not None
    assert _indent(line) == 0
    result = reader.block(0)
    assert reader._peek() is None, f"line {reader.i + 1}: unexpected text"
    return result


# -- the checks ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    data = load_yaml(SPEC.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _walk(node: Any) -> Any:
    yield node
    if isinstance(node, dict):
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def _resolve(spec: dict[str, Any], ref: str) -> Any:
    assert ref.startswith("#/"), ref
    node: Any = spec
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def test_the_reader_matches_pyyaml_when_available(spec: dict[str, Any]) -> None:
    assert load_yaml(
        'a: 1\nb:\n  - x: "1"\n    y: [p, "q r"]\n  - plain\n'
        "    words\nc: |\n  one\n    two\n\nd: {}\n"
    ) == {
        "a": 1,
        "b": [{"x": "1", "y": ["p", "q r"]}, "plain words"],
        "c": "one\n  two\n",
        "d": {},
    }
    json.dumps(spec)  # JSON-compatible: strings, numbers, booleans, lists, objects
    try:
        import yaml  # type: ignore[import-untyped]
    except ImportError:
        return
    assert yaml.safe_load(SPEC.read_text(encoding="utf-8")) == spec


def test_it_is_openapi_3_1_for_this_protocol(spec: dict[str, Any]) -> None:
    assert spec["openapi"] == "3.1.0"
    assert spec["info"]["version"] == PROTOCOL
    for topic in (
        "marker rule",
        "Signatures",
        "Idempotency",
        "Pagination",
        "Versioning",
        "additive",
    ):
        assert topic in spec["info"]["description"], topic
    assert {"title", "version"} <= set(spec["info"])


def test_every_path_is_served_and_every_route_is_documented(
    spec: dict[str, Any], tmp_path: Path
) -> None:
    documented = {
        (path, method.upper())
        for path, item in spec["paths"].items()
        for method in item
        if method in METHODS
    }
    app = create_app(tmp_path / "p.db")
    served = {
        (rule.rule, method)
        for rule in app.url_map.iter_rules()
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }
    assert documented == served


def test_every_reference_resolves(spec: dict[str, Any]) -> None:
    refs = [n["$ref"] for n in _walk(spec) if isinstance(n, dict) and "$ref" in n]
    assert len(refs) > 50
    for ref in refs:
        assert _resolve(spec, ref) is not None, ref


def test_operations_document_responses_and_headers(spec: dict[str, Any]) -> None:
    params = spec["components"]["parameters"]
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method not in METHODS:
                continue
            assert op["responses"], (path, method)
            assert op.get("summary"), (path, method)
            names = {
                _resolve(spec, p["$ref"])["name"] if "$ref" in p else p["name"]
                for p in op.get("parameters", [])
            }
            signed = op.get("security", spec["security"]) == spec["security"]
            if signed:
                assert {"BD-Terminal", "Signature", "Signature-Input"} <= names, path
                assert "200" in op["responses"], path
                assert "401" in op["responses"], path
                ok = op["responses"]["200"]
                assert "BD-Protocol" in ok["headers"], path
            if "requestBody" in op and signed:
                assert "Content-Digest" in names, path
    batch = spec["paths"]["/v1/messages/batch"]["post"]
    assert {"409", "413", "422"} <= set(batch["responses"])
    assert "Idempotency-Key" in params
    assert {"BD-Protocol", "Retry-After", "Idempotent-Replayed"} <= set(
        spec["components"]["headers"]
    )
    for name in ("RateLimited", "Unavailable"):
        assert "Retry-After" in spec["components"]["responses"][name]["headers"]


def test_codes_and_enums_match_the_code(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    assert set(schemas["ErrorCode"]["enum"]) == set(ERROR_CODES)
    assert set(schemas["Status"]["enum"]) == {str(s) for s in Status}
    assert set(schemas["Message"]["properties"]["function"]["enum"]) == {
        str(f) for f in Function
    }
    assert schemas["Protocol"]["const"] == PROTOCOL
    limits = schemas["Limits"]["properties"]
    assert limits["max_batch_messages"]["examples"] == [MAX_BATCH_MESSAGES]
    assert limits["max_batch_bytes"]["examples"] == [MAX_BATCH_BYTES]
    assert limits["replay_window_s"]["examples"] == [REPLAY_WINDOW_S]
    assert set(schemas["FaultRule"]["properties"]["mode"]["enum"]) == set(MODES)
