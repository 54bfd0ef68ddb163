"""Every code core and storage can report has a sentence, in both languages."""

from __future__ import annotations

import ast
import inspect
import re
from collections.abc import Iterator

import pytest

from borderdesk.core import codec, screening, validation
from borderdesk.core.validation import Finding, Severity
from borderdesk.storage import errors
from borderdesk.storage.errors import StorageError
from borderdesk.ui import i18n, messages

# Calls creating a finding: error("code", field, **params), warning(...), r.fail(...).
_FINDING_CALLS = {"error", "warning", "fail"}


def _finding_calls() -> Iterator[tuple[str, set[str]]]:
    """(code, parameter names) of every finding created in validation.py, codec.py
    and screening.py."""
    for module in (validation, codec, screening):
        for node in ast.walk(ast.parse(inspect.getsource(module))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = (
                func.attr
                if isinstance(func, ast.Attribute)
                else getattr(func, "id", "")
            )
            if name not in _FINDING_CALLS or not node.args:
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                yield first.value, {k.arg for k in node.keywords if k.arg}


def _storage_codes() -> set[str]:
    found, todo = set(), [StorageError]
    while todo:
        cls = todo.pop()
        found.add(cls.code)
        todo += cls.__subclasses__()
    return found


CALLS = sorted({(code, frozenset(params)) for code, params in _finding_calls()})


@pytest.fixture(params=sorted(i18n.LANGUAGES))
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param
    i18n.install(i18n.DEFAULT_LANGUAGE)


def test_the_scan_finds_the_codes() -> None:
    codes = {code for code, _ in CALLS}
    assert len(codes) > 40
    assert {"document_expired", "required", "date_invalid", "unknown_key"} <= codes


def test_every_finding_code_has_its_own_message() -> None:
    assert {code for code, _ in CALLS} - set(messages.FINDINGS) == set()


def test_every_storage_error_code_has_its_own_message() -> None:
    assert inspect.getmodule(StorageError) is errors
    assert _storage_codes() - set(messages.STORAGE) == set()


@pytest.mark.parametrize(("code", "params"), CALLS)
def test_finding_messages_use_only_the_parameters_given(
    language: str, code: str, params: frozenset[str]
) -> None:
    sample = {p: "2030-01-02" if p == "expiry" else f"<{p}>" for p in params}
    finding = Finding(code, Severity.ERROR, "persons[0].identity.surname", sample)
    text = messages.finding_text(finding)
    assert text
    assert "{" not in text
    assert "}" not in text
    assert text != messages.unknown_code_text(code)
    if language == "vi":
        assert text != messages.FINDINGS[code]  # translated, not the English source


def test_finding_message_names_the_field_and_shows_params(language: str) -> None:
    text = messages.finding_text(
        Finding(
            "too_long", Severity.ERROR, "persons[0].identity.given_names", {"max": 120}
        )
    )
    expected = {
        "vi": "Tên đệm và tên: quá dài (tối đa 120 ký tự).",
        "en": "Given names: too long (at most 120 characters).",
    }
    assert text == expected[language]


def test_country_and_gate_params_are_shown_by_name(language: str) -> None:
    text = messages.finding_text(
        Finding(
            "border_pass_wrong_border",
            Severity.WARNING,
            "persons[0].identity.document_type",
            {"partner": "CHN", "gate": "LAOBAO", "border": "LAO"},
        )
    )
    if language == "vi":
        assert "Trung Quốc" in text
        assert "Cửa khẩu Lao Bảo" in text
    else:
        assert "China" in text
        assert "Lao Bao border gate" in text


@pytest.mark.parametrize("code", sorted(_storage_codes()))
def test_storage_messages(language: str, code: str) -> None:
    error = StorageError("x")
    error.code = code
    text = messages.storage_error_text(error)
    assert text
    assert text != messages.unknown_code_text(code)


def test_unknown_codes_get_a_generic_message_with_the_code(language: str) -> None:
    finding = Finding("brand_new_rule", Severity.WARNING, "persons[0].identity.sex", {})
    text = messages.finding_text(finding)
    assert "brand_new_rule" in text
    error = StorageError("x")
    error.code = "quantum_flux"
    assert "quantum_flux" in messages.storage_error_text(error)
    expected = {"vi": "Lỗi không xác định", "en": "Unexpected problem"}
    assert text.startswith(expected[language])


def test_a_translation_with_a_broken_placeholder_falls_back_to_the_source(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(messages, "_translate", lambda _ctx, _src: "Hết hạn {ngay}")
    text = messages.finding_text(
        Finding("document_expired", Severity.WARNING, "x", {"expiry": "2020-01-01"})
    )
    assert re.fullmatch(r"The document expired on .*2020\.", text)


def test_field_labels(qapp: object) -> None:
    i18n.install("vi")
    assert messages.field_label("persons[3].identity.expiry_date") == "Ngày hết hạn"
    assert messages.field_label("officer") == "Mã cán bộ"
    assert messages.field_label("persons[0].identity.shoe_size") == (
        "persons[0].identity.shoe_size"
    )
