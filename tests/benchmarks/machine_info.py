"""What every benchmark prints about the machine it ran on (imported by the scripts
beside it; a script's own folder is on ``sys.path``)."""

from __future__ import annotations

import os
import platform
from pathlib import Path
from typing import Any


def describe(**extra: Any) -> dict[str, Any]:
    """CPU model, cores, Python, platform, the 1-minute load (timings are comparable
    only at a low load: other processes share the CPU), plus ``extra`` versions."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average_1min": round(os.getloadavg()[0], 2)
        if hasattr(os, "getloadavg") else None,
        **extra,
    }
