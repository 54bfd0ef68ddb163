"""Terminal configuration: a TOML file, environment overrides, and where each value came from.

Precedence, lowest first: built-in default, the TOML file, ``BORDERDESK_*`` environment
variables, command-line options. The file lives in the user's config directory
(``platformdirs``) unless ``BORDERDESK_CONFIG`` names another; the data directory
(database, logs, keys) in the user's data directory unless ``BORDERDESK_DATA_DIR``.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

from borderdesk.core import gates

APP = "borderdesk"
ENV_PREFIX = "BORDERDESK_"
DEFAULT_PORTAL_URL = "http://127.0.0.1:8470"


class ConfigError(ValueError):
    """The configuration file or an override is invalid."""

    def __init__(self, message: str, *, key: str = "", source: str = "") -> None:
        super().__init__(message)
        self.key = key
        self.source = source


@dataclass(frozen=True, slots=True)
class Settings:
    gate: str = gates.DEFAULT_GATE
    terminal: str = "T01"
    timezone: str = gates.VIETNAM_TZ
    portal_url: str = DEFAULT_PORTAL_URL
    idle_lock_minutes: int = 5
    database: Path | None = None  # None: <data_dir>/borderdesk.db
    data_dir: Path = Path(platformdirs.user_data_dir(APP))

    @property
    def db_path(self) -> Path:
        return self.database or self.data_dir / "borderdesk.db"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"


@dataclass(frozen=True, slots=True)
class LoadedSettings:
    settings: Settings
    sources: dict[str, str]  # key -> "default" | "file:<path>" | "env:<VAR>" | "option"
    config_file: Path


_KEYS = {f.name for f in fields(Settings)}


def default_config_file(env: Mapping[str, str] = os.environ) -> Path:
    explicit = env.get(ENV_PREFIX + "CONFIG")
    if explicit:
        return Path(explicit)
    return Path(platformdirs.user_config_dir(APP)) / "config.toml"


def _coerce(key: str, value: Any, source: str) -> Any:
    if key == "idle_lock_minutes":
        try:
            if isinstance(value, bool | float):  # int() would take true or 2.5 silently
                raise TypeError(value)
            number = int(value)
        except (TypeError, ValueError):
            raise ConfigError(f"{key} must be a whole number of minutes", key=key,
                              source=source) from None
        if not 0 <= number <= 24 * 60:
            raise ConfigError(f"{key} must be between 0 (never) and 1440", key=key,
                              source=source)
        return number
    if not isinstance(value, str):
        raise ConfigError(f"{key} must be text", key=key, source=source)
    if key in ("database", "data_dir"):
        return Path(value).expanduser()
    if key == "gate":
        if gates.get(value) is None:
            raise ConfigError(f"unknown gate code {value!r}", key=key, source=source)
        return value.strip().upper()
    if key == "timezone":
        try:
            ZoneInfo(value)
        # OSError: a folder of the zone database ("Asia"), a name too long, ...
        except (ZoneInfoNotFoundError, ValueError, OSError):
            raise ConfigError(f"unknown time zone {value!r}", key=key, source=source) from None
    if key == "portal_url" and not value.startswith(("http://", "https://")):
        raise ConfigError("portal_url must start with http:// or https://", key=key,
                          source=source)
    if key == "terminal" and not value.strip():
        raise ConfigError("terminal must not be empty", key=key, source=source)
    return value.strip()


def load(
    config_file: Path | None = None,
    env: Mapping[str, str] = os.environ,
    options: Mapping[str, Any] | None = None,
) -> LoadedSettings:
    """Resolve the effective settings and the source of each value."""
    path = config_file or default_config_file(env)
    values: dict[str, Any] = {}
    sources = {k: "default" for k in _KEYS}
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: not valid TOML ({exc})", source=str(path)) from exc
        except OSError as exc:
            raise ConfigError(f"{path}: cannot be read ({exc})", source=str(path)) from exc
        for key, value in data.items():
            if key not in _KEYS:
                raise ConfigError(f"{path}: unknown setting {key!r}", key=key,
                                  source=str(path))
            values[key] = _coerce(key, value, f"file:{path}")
            sources[key] = f"file:{path}"
    for key in _KEYS:
        var = ENV_PREFIX + key.upper()
        if env.get(var):
            values[key] = _coerce(key, env[var], f"env:{var}")
            sources[key] = f"env:{var}"
    for key, value in (options or {}).items():
        if value is not None:
            values[key] = _coerce(key, str(value), "option")
            sources[key] = "option"
    settings = replace(Settings(), **values)
    if sources["timezone"] == "default":
        gate = gates.get(settings.gate)
        if gate is not None:
            settings = replace(settings, timezone=gate.timezone)
    return LoadedSettings(settings, sources, path)


def as_dict(settings: Settings) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(Settings):
        value = getattr(settings, f.name)
        out[f.name] = str(value) if isinstance(value, Path) else value
    out["database"] = str(settings.db_path)
    return out
