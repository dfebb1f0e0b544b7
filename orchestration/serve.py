"""`integra serve`: the Dagster webserver and daemon, on loopback, sharing INTEGRA_HOME/dagster."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from .config import REPO_ROOT


def serve(host: str = "127.0.0.1", port: int = 3000) -> int:
    from .dbt_setup import ensure_manifest
    from .pipeline import prepare_environment

    prepare_environment()
    ensure_manifest()
    bindir = Path(sys.executable).parent
    env = dict(os.environ)
    workspace = ["-m", "orchestration.definitions", "--working-directory", str(REPO_ROOT)]
    web = subprocess.Popen(
        [str(bindir / "dagster-webserver"), "-h", host, "-p", str(port), *workspace], env=env
    )
    daemon = subprocess.Popen([str(bindir / "dagster-daemon"), "run", *workspace], env=env)
    def _stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _stop)
    print(f"Dagster UI on http://{host}:{port} (DAGSTER_HOME={env['DAGSTER_HOME']}); Ctrl-C stops it")
    try:
        return web.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        for proc in (web, daemon):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in (web, daemon):
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
