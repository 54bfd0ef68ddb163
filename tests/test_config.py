"""Configuration: defaults, the TOML file, environment and option overrides, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from borderdesk import config
from borderdesk.config import ConfigError, Settings, as_dict, load


@pytest.fixture
def cfg(tmp_path: Path) -> Path:
    return tmp_path / "config.toml"


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults(tmp_path: Path) -> None:
    loaded = load(tmp_path / "absent.toml", env={})
    s = loaded.settings
    assert (s.gate, s.terminal, s.timezone) == ("MONGCAI", "T01", "Asia/Ho_Chi_Minh")
    assert s.portal_url == config.DEFAULT_PORTAL_URL
    assert s.idle_lock_minutes == 5
    assert s.database is None
    assert set(loaded.sources.values()) == {"default"}
    assert set(loaded.sources) == set(Settings.__dataclass_fields__)
    assert loaded.config_file == tmp_path / "absent.toml"


def test_paths_derive_from_the_data_dir(tmp_path: Path) -> None:
    s = Settings(data_dir=tmp_path / "d")
    assert s.db_path == tmp_path / "d" / "borderdesk.db"
    assert s.log_dir == tmp_path / "d" / "logs"
    assert Settings(data_dir=tmp_path, database=tmp_path / "x.db").db_path == (
        tmp_path / "x.db"
    )


def test_tests_never_see_the_real_user_dirs(tmp_path: Path) -> None:
    loaded = load()  # os.environ, as the autouse fixture in conftest.py set it
    assert loaded.config_file == tmp_path / "config.toml"
    assert loaded.settings.data_dir == tmp_path / "data"
    assert loaded.sources["data_dir"] == "env:BORDERDESK_DATA_DIR"


def test_config_file_from_the_environment(tmp_path: Path) -> None:
    path = _write(tmp_path / "elsewhere.toml", 'terminal = "T07"\n')
    loaded = load(env={"BORDERDESK_CONFIG": str(path)})
    assert loaded.config_file == path
    assert loaded.settings.terminal == "T07"
    assert config.default_config_file({}).name == "config.toml"


def test_file_values_and_sources(
    cfg: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    _write(
        cfg,
        """
gate = " laobao "
terminal = "T02"
idle_lock_minutes = 10
portal_url = "https://portal.example"
data_dir = "~/bd"
database = "/srv/bd/main.db"
""",
    )
    loaded = load(cfg, env={})
    s = loaded.settings
    assert s.gate == "LAOBAO"
    assert s.terminal == "T02"
    assert s.idle_lock_minutes == 10
    assert s.portal_url == "https://portal.example"
    assert s.data_dir == tmp_path / "home" / "bd"
    assert s.db_path == Path("/srv/bd/main.db")
    src = f"file:{cfg}"
    assert loaded.sources == {
        "gate": src,
        "terminal": src,
        "idle_lock_minutes": src,
        "portal_url": src,
        "data_dir": src,
        "database": src,
        "timezone": "default",
    }


def test_precedence_default_file_env_option(cfg: Path) -> None:
    _write(cfg, 'gate = "LAOBAO"\nterminal = "T02"\nidle_lock_minutes = 10\n')
    env = {"BORDERDESK_GATE": "mocbai", "BORDERDESK_IDLE_LOCK_MINUTES": "15"}
    loaded = load(cfg, env=env, options={"gate": "HUUNGHI", "terminal": None})
    s = loaded.settings
    assert s.gate == "HUUNGHI"
    assert loaded.sources["gate"] == "option"
    assert s.idle_lock_minutes == 15
    assert loaded.sources["idle_lock_minutes"] == "env:BORDERDESK_IDLE_LOCK_MINUTES"
    assert s.terminal == "T02"
    assert loaded.sources["terminal"] == f"file:{cfg}"
    assert s.portal_url == config.DEFAULT_PORTAL_URL
    assert loaded.sources["portal_url"] == "default"


def test_empty_environment_variable_is_ignored(cfg: Path) -> None:
    _write(cfg, 'terminal = "T02"\n')
    loaded = load(cfg, env={"BORDERDESK_TERMINAL": ""})
    assert loaded.settings.terminal == "T02"


def test_explicit_timezone(cfg: Path) -> None:
    loaded = load(cfg, env={"BORDERDESK_TIMEZONE": "Asia/Bangkok"})
    assert loaded.settings.timezone == "Asia/Bangkok"
    assert loaded.sources["timezone"] == "env:BORDERDESK_TIMEZONE"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('gate = "NOWHERE"\n', "gate"),
        ("gate = 5\n", "gate"),
        ('timezone = "Mars/Olympus"\n', "timezone"),
        ('timezone = "Asia"\n', "timezone"),  # a folder of the zone database
        ('timezone = "../../etc/passwd"\n', "timezone"),
        ('colour = "red"\n', "colour"),
        ("[display]\nzoom = 2\n", "display"),
        ('portal_url = "ftp://x"\n', "portal_url"),
        ('terminal = "   "\n', "terminal"),
        ('idle_lock_minutes = "soon"\n', "idle_lock_minutes"),
        ("idle_lock_minutes = -1\n", "idle_lock_minutes"),
        ("idle_lock_minutes = 1441\n", "idle_lock_minutes"),
        ("idle_lock_minutes = 2.5\n", "idle_lock_minutes"),
        ("idle_lock_minutes = true\n", "idle_lock_minutes"),
        ("data_dir = 1\n", "data_dir"),
    ],
)
def test_invalid_file_values(cfg: Path, text: str, key: str) -> None:
    _write(cfg, text)
    with pytest.raises(ConfigError) as info:
        load(cfg, env={})
    assert info.value.key == key
    assert str(cfg) in info.value.source


def test_unknown_key_names_the_file(cfg: Path) -> None:
    _write(cfg, 'gate = "MONGCAI"\ncolor = "red"\n')
    with pytest.raises(ConfigError, match="unknown setting 'color'") as info:
        load(cfg, env={})
    assert str(cfg) in str(info.value)


def test_idle_lock_bounds_are_allowed(cfg: Path) -> None:
    assert (
        load(cfg, env={"BORDERDESK_IDLE_LOCK_MINUTES": "0"}).settings.idle_lock_minutes
        == 0
    )
    assert (
        load(
            cfg, env={"BORDERDESK_IDLE_LOCK_MINUTES": "1440"}
        ).settings.idle_lock_minutes
        == 1440
    )


@pytest.mark.parametrize(
    ("var", "value"),
    [
        ("BORDERDESK_GATE", "XX"),
        ("BORDERDESK_TIMEZONE", "Nowhere/City"),
        ("BORDERDESK_IDLE_LOCK_MINUTES", "five"),
        ("BORDERDESK_PORTAL_URL", "portal"),
    ],
)
def test_invalid_environment_values(cfg: Path, var: str, value: str) -> None:
    with pytest.raises(ConfigError) as info:
        load(cfg, env={var: value})
    assert info.value.source == f"env:{var}"
    assert info.value.key == var.removeprefix("BORDERDESK_").lower()


def test_invalid_option(cfg: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load(cfg, env={}, options={"gate": "XX"})
    assert (info.value.key, info.value.source) == ("gate", "option")


@pytest.mark.parametrize(
    "content", [b'gate = "MONGCAI\n', b"gate = = 1\n", b"[x\n", b'terminal = "T\xff"\n']
)
def test_bad_toml(cfg: Path, content: bytes) -> None:
    cfg.write_bytes(content)
    with pytest.raises(ConfigError, match="not valid TOML") as info:
        load(cfg, env={})
    assert info.value.source == str(cfg)


def test_unreadable_config_file(tmp_path: Path) -> None:
    folder = tmp_path / "config.toml"
    folder.mkdir()
    with pytest.raises(ConfigError, match="cannot be read"):
        load(folder, env={})


def test_as_dict(tmp_path: Path) -> None:
    out = as_dict(Settings(data_dir=tmp_path))
    assert out["data_dir"] == str(tmp_path)
    assert out["database"] == str(tmp_path / "borderdesk.db")
    assert out["gate"] == "MONGCAI"
    assert out["idle_lock_minutes"] == 5
    assert all(isinstance(v, str | int) for v in out.values())
