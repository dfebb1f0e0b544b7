"""Faults: a full disk during publication (emulated with RLIMIT_FSIZE in a child process)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

try:
    from tests import marts_factory as mf
except ImportError:  # pytest's prepend import mode puts tests/ itself on sys.path
    import marts_factory as mf

from integra.warehousing.publish import current_version, publish

REPO = Path(__file__).resolve().parent.parent


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_full_disk_during_publication_leaves_current_and_next_publish_works(home):
    b = mf.build_marts_db(home.build_db)
    publish(b, gate_result=mf.passing_gate_result(b))
    before = _sha(home.published_db)
    mf.build_marts_db(home.build_db, extra_projects=3000)  # a bigger build to publish
    child = textwrap.dedent(f"""
        import resource, signal, sys
        sys.path[:0] = [{str(REPO)!r}, {str(REPO / "tests")!r}]
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG
        import marts_factory as mf
        from integra.settings import paths
        from integra.warehousing.publish import publish
        p = paths()
        result = mf.passing_gate_result(p.build_db)
        limit = 64 * 1024
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        try:
            publish(p.build_db, gate_result=result)
        except Exception as exc:
            print("failed:", type(exc).__name__, str(exc).splitlines()[0])
            sys.exit(3)
        print("published despite the limit")
    """)
    proc = subprocess.run(
        [sys.executable, "-c", child],
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 3, proc.stdout + proc.stderr
    assert _sha(home.published_db) == before  # readers still see the last good version
    assert not list(home.versions_dir.glob("*.tmp*"))  # the half-written file was removed
    # the disk has room again: the next publication works with no manual step
    v = publish(home.build_db, gate_result=mf.passing_gate_result(home.build_db))
    assert v.version == 2 and current_version(home.published_dir).version == 2
