"""Resources shared by the assets: the refresh lock held for a whole run."""

import os
from contextlib import contextmanager

import dagster as dg

from integra.settings import paths


class RefreshLockResource(dg.ConfigurableResource):
    """One refresh at a time: the run holds INTEGRA_HOME/refresh.lock from start to end.

    A second run waits up to `wait_seconds` then fails with "another refresh is running (pid N)".
    """

    wait_seconds: float = 600.0

    @contextmanager
    def yield_for_execution(self, context: dg.InitResourceContext):
        from integra.warehousing.locking import refresh_lock

        if os.environ.get("INTEGRA_LOCK_HELD") == str(os.getpid()):
            yield self  # `integra refresh` already holds it for this process
            return
        lock = refresh_lock(paths().lock_file, blocking=True, timeout=self.wait_seconds)
        paths().home.mkdir(parents=True, exist_ok=True)
        with lock:
            yield self
