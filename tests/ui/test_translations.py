"""The Linguist files are complete and in step with the code, and get compiled in."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QFile
from PySide6.QtGui import QFontDatabase

from borderdesk.ui import i18n, style

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "borderdesk" / "ui"
TS_DIR = ROOT / "resources" / "translations"
TS_FILES = {lang: TS_DIR / f"borderdesk_{lang}.ts" for lang in i18n.LANGUAGES}
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")

Message = tuple[str, str]  # (context, source)


def _messages(path: Path) -> dict[Message, ET.Element]:
    out: dict[Message, ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def _lupdate() -> Path:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    if not tool.exists():
        pytest.fail(f"{tool} not found: the PySide6 wheel provides it")
    return tool


@pytest.mark.parametrize("lang", sorted(TS_FILES))
def test_every_source_string_has_a_finished_translation(lang: str) -> None:
    messages = _messages(TS_FILES[lang])
    assert len(messages) > 150
    unfinished = []
    for key, message in messages.items():
        translation = message.find("translation")
        assert translation is not None
        forms = _translations(message)
        if translation.get("type") or not forms or not all(f.strip() for f in forms):
            unfinished.append(key)
    assert unfinished == []


def test_vietnamese_file_is_vietnamese() -> None:
    root = ET.parse(TS_FILES["vi"]).getroot()
    assert root.get("language") == "vi_VN"
    messages = _messages(TS_FILES["vi"])
    translated = sum(
        1 for (_ctx, source), m in messages.items() if _translations(m)[0] != source
    )
    assert translated > 0.9 * len(messages)
    assert _translations(messages[("Labels", "Secondary control")]) == [
        "Chuyển kiểm tra chuyên sâu"
    ]


@pytest.mark.parametrize("lang", sorted(TS_FILES))
def test_translations_keep_the_placeholders(lang: str) -> None:
    wrong = []
    for (context, source), message in _messages(TS_FILES[lang]).items():
        expected = sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
        for form in _translations(message):
            if sorted(set(PLACEHOLDER.findall(form)) - {"%n"}) != expected:
                wrong.append((context, source, form))
    assert wrong == []


def test_ts_files_are_in_step_with_the_code(tmp_path: Path) -> None:
    """lupdate over borderdesk/ui finds exactly the strings the .ts files hold."""
    sources = sorted(str(p) for p in UI_DIR.rglob("*.py") if p.name != "_rc.py")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(_lupdate()), *sources, "-ts", str(fresh)], check=True, capture_output=True
    )
    in_code = set(_messages(fresh))
    assert len(in_code) > 150
    for path in TS_FILES.values():
        in_file = set(_messages(path))
        assert sorted(in_code - in_file) == [], f"missing from {path.name}"
        assert sorted(in_file - in_code) == [], f"obsolete in {path.name}"


@pytest.mark.parametrize("lang", sorted(TS_FILES))
def test_compiled_translations_and_icons_are_in_the_resources(
    qapp: object, lang: str
) -> None:
    assert QFile.exists(i18n.QM_PATH.format(lang=lang))
    assert i18n.install(lang)
    i18n.install(i18n.DEFAULT_LANGUAGE)
    for icon in (
        "borderdesk",
        "error",
        "warning",
        "ok",
        "info",
        "check",
        "chevron-down",
    ):
        assert QFile.exists(f":/icons/{icon}.svg"), icon


def test_a_font_with_vietnamese_glyphs_is_chosen_when_installed(qapp: object) -> None:
    assert style.pick_font_family(["Foo", "DejaVu Sans", "Noto Sans"]) == "Noto Sans"
    assert style.pick_font_family(["Foo"]) is None
    family = style.pick_font_family(QFontDatabase.families())
    if family is None:
        pytest.skip("no Vietnamese-capable font installed (fonts-noto-core)")
    assert QFontDatabase.WritingSystem.Vietnamese in QFontDatabase.writingSystems(
        family
    )
