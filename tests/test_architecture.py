"""Layering rules read from the sources: Qt only in borderdesk/ui, pure core, real sync.

STYLE.md section 1-2: ``ui -> sync, storage, core``, ``sync -> core``,
``storage -> core``; PySide6 is imported only under ``borderdesk/ui/``.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT_PACKAGES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")


def _sources(*parts: str) -> list[Path]:
    return sorted((ROOT.joinpath(*parts)).rglob("*.py"))


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    """Every module ``path`` imports, at any depth (lazy imports included)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    return _imports_in(path.read_text(encoding="utf-8"), package)


def _imports_in(source: str, package: str) -> set[str]:
    tree = ast.parse(source)
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the package
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and (
                (isinstance(node.func, ast.Name) and node.func.id == "__import__")
                or (
                    isinstance(node.func, ast.Attribute)
                    and node.func.attr == "import_module"
                )
            )
        ):
            found.add(node.args[0].value)
    return found


def _top(module: str) -> str:
    return module.split(".")[0]


def _headless_sources() -> list[Path]:
    ui = ROOT / "borderdesk" / "ui"
    return [p for p in _sources("borderdesk") if ui not in p.parents] + _sources("sync")


def test_the_scan_sees_the_code() -> None:
    names = {_module_name(p) for p in _headless_sources()}
    assert {
        "borderdesk.core.model",
        "borderdesk.storage.db",
        "borderdesk.services",
        "sync",
    } <= names
    assert "PySide6.QtCore" in _imports_in("from PySide6.QtCore import Qt\n", "x")
    assert "PySide6.QtWidgets" in _imports_in(
        "def f():\n    import importlib\n"
        "    importlib.import_module('PySide6.QtWidgets')\n",
        "x",
    )
    assert "borderdesk.ui.app" in _imports_in(
        "from ..ui import app\n", "borderdesk.storage"
    )


@pytest.mark.parametrize("path", _headless_sources(), ids=_module_name)
def test_no_qt_outside_ui(path: Path) -> None:
    qt = {m for m in _imports(path) if _top(m) in QT_PACKAGES}
    assert qt == set(), f"{_module_name(path)} imports Qt: {sorted(qt)}"


_STDLIB = set(sys.stdlib_module_names)


@pytest.mark.parametrize("path", _sources("borderdesk", "core"), ids=_module_name)
def test_core_is_pure(path: Path) -> None:
    """core: stdlib, pycountry, qrcode, cryptography (signatures are computation, no
    I/O), orjson (JSON text, computation too) and itself; no I/O libraries, no upper
    layer."""
    bad = set()
    for module in _imports(path):
        top = _top(module)
        if top == "borderdesk":
            if not (
                module == "borderdesk.core" or module.startswith("borderdesk.core.")
            ):
                bad.add(module)
        elif (
            top in ("sqlite3", "sqlite_utils", "requests", "socket", "subprocess")
            or top not in _STDLIB
            and top not in ("pycountry", "qrcode", "cryptography", "orjson", "__future__")
        ):
            bad.add(module)
    assert bad == set(), f"{_module_name(path)} imports {sorted(bad)}"


@pytest.mark.parametrize("path", _sources("borderdesk", "storage"), ids=_module_name)
def test_storage_depends_on_core_only(path: Path) -> None:
    bad = {
        m
        for m in _imports(path)
        if (
            _top(m) == "borderdesk"
            and not m.startswith(("borderdesk.core", "borderdesk.storage"))
        )
        or (_top(m) == "sync" and not m.startswith("sync.ports"))
    }
    assert bad == set(), f"{_module_name(path)} imports {sorted(bad)}"


@pytest.mark.parametrize("path", _sources("sync"), ids=_module_name)
def test_sync_depends_on_core_only(path: Path) -> None:
    bad = {
        m
        for m in _imports(path)
        if _top(m) == "borderdesk" and not m.startswith("borderdesk.core")
    }
    assert bad == set(), f"{_module_name(path)} imports {sorted(bad)}"


def test_sync_is_this_repository_package() -> None:
    """``sync`` is a generic name: make sure no other installed module shadows it."""
    import sync

    assert sync.__file__ is not None  # a regular package, not a namespace
    assert Path(sync.__file__).resolve() == ROOT / "sync" / "__init__.py"


def test_headless_modules_do_not_load_qt() -> None:
    """Importing every non-UI module in a fresh interpreter leaves Qt unloaded."""
    modules = sorted(
        _module_name(p) for p in _headless_sources() if p.name != "__main__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"qt = {QT_PACKAGES!r}\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in qt)\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_gui_marker_is_added_for_qt_fixtures() -> None:
    """``pytest -m "not gui"`` must leave out every test that needs a QApplication."""
    import importlib.util
    from types import SimpleNamespace

    spec = importlib.util.spec_from_file_location(
        "_conftest", ROOT / "tests" / "conftest.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    class Item(SimpleNamespace):
        def add_marker(self, marker: object) -> None:
            self.markers.append(marker)

    items = [
        Item(fixturenames=names, markers=[])
        for names in (["qtbot", "tmp_path"], ["qapp"], ["db", "tmp_path"], [])
    ]
    module.pytest_collection_modifyitems(None, items)
    assert [[m.name for m in i.markers] for i in items] == [["gui"], ["gui"], [], []]
    assert "PySide6" not in (ROOT / "tests" / "conftest.py").read_text(encoding="utf-8")
