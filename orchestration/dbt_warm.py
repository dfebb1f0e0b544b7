"""A dbt that has already imported itself when the refresh asks for `dbt build` (issue 15, item 5).

dagster-dbt runs dbt as a subprocess; a new `dbt` spends ~2.5 CPU s (4-8 s wall on a loaded
machine) importing dbt-core, its adapter and their dependencies before its first log line.
`integra refresh` starts a *warm dbt* at its beginning, while Dagster loads (one core) on the
other core: a process that imports dbt and then waits on a Unix socket in the abstract
namespace (no file anywhere). dagster-dbt's executable is then a small *shim* (written into
INTEGRA_HOME/run/, Python standard library only, ~20 ms to start): it hands its argument list,
working directory, environment and its stdin/stdout/stderr descriptors to the warm process,
which forks; the child runs dbt's own command line (`dbt.cli.main.cli`) on those descriptors, so
dagster-dbt reads the same JSON log lines from the same pipe as from a plain `dbt`. The exit
code comes back to the shim, which exits with it.

- Without a warm process (not started, gone, `INTEGRA_DBT_EXECUTABLE` set, or not Linux) the
  shim `exec`s the real dbt: the same command, as before.
- The warm process dies with the refresh (PR_SET_PDEATHSIG) and the dbt child with the warm
  process; SIGINT/SIGTERM sent to the shim (dagster-dbt's cancellation) go on to the child; a
  child whose shim has gone stops itself.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import sys
from pathlib import Path

ENV_SOCKET = "INTEGRA_DBT_WARM"  # the abstract socket's name, for the shim
ENV_REAL = "INTEGRA_DBT_REAL"  # the real dbt, for the shim's fallback

_SHIM = r"""# integra: hands this dbt command to the refresh's warm dbt (orchestration/dbt_warm.py)
import array, json, os, signal, socket, struct, sys

real = os.environ.get("INTEGRA_DBT_REAL") or "dbt"
name = os.environ.get("INTEGRA_DBT_WARM")


def fallback():
    os.execvp(real, [real, *sys.argv[1:]])


if not name:
    fallback()
conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
try:
    conn.connect("\0" + name)
except OSError:
    conn.close()
    fallback()
payload = json.dumps(
    {"argv": sys.argv[1:], "cwd": os.getcwd(), "env": dict(os.environ)}
).encode()
socket.send_fds(conn, [struct.pack("!Q", len(payload))], [0, 1, 2])
conn.sendall(payload)
head = b""
while len(head) < 8:
    more = conn.recv(8 - len(head))
    if not more:
        fallback()  # the warm process refused or died before forking: run dbt itself
    head += more
child = struct.unpack("!q", head)[0]


def forward(signum, _frame):
    try:
        os.kill(child, signum)
    except OSError:
        pass


for s in (signal.SIGINT, signal.SIGTERM):
    signal.signal(s, forward)
code = b""
while len(code) < 4:
    try:
        more = conn.recv(4 - len(code))
    except InterruptedError:
        continue
    if not more:
        break
    code += more
sys.exit(struct.unpack("!i", code)[0] if len(code) == 4 else 1)
"""


def shim_path(home: Path) -> Path:
    return home / "run" / "dbt-warm-shim"


def write_shim(home: Path) -> Path:
    """The shim as an executable of this interpreter (rewritten when it differs: a new venv)."""
    path = shim_path(home)
    text = f"#!{sys.executable} -S\n{_SHIM}"
    with contextlib.suppress(OSError):
        if path.read_text(encoding="utf-8") == text and os.access(path, os.X_OK):
            return path
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.chmod(0o755)
    os.replace(tmp, path)
    return path


class WarmDbt:
    """The warm dbt of one refresh: `start()` it early, `env()` for the dbt subprocess, `stop()`."""

    def __init__(self) -> None:
        self.name = f"integra-dbt-{os.getpid()}-{secrets.token_hex(6)}"
        self.proc: subprocess.Popen | None = None

    def start(self) -> bool:
        if not sys.platform.startswith("linux"):
            return False
        try:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    "import sys; from orchestration.dbt_warm import serve; serve(sys.argv[1:])",
                    self.name,
                    str(os.getpid()),
                ],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except OSError:
            self.proc = None
        return self.proc is not None

    def stop(self) -> None:
        if self.proc is None:
            return
        with contextlib.suppress(Exception):
            self.proc.terminate()
            self.proc.wait(5)
        with contextlib.suppress(Exception):
            self.proc.kill()
            self.proc.wait(5)
        self.proc = None


# --------------------------------------------------------------------------- the warm process


def _die_with_parent(parent_pid: int) -> None:
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent_pid:
        os._exit(0)


def serve(argv: list[str]) -> None:
    """`python -c '...serve(sys.argv[1:])' NAME PARENT_PID`: import dbt, then fork one child per
    connection until the parent stops this process."""
    name, parent_pid = argv[0], int(argv[1])
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the refresh and the child
    _die_with_parent(parent_pid)
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind("\0" + name)  # before the imports: a shim that comes early waits for them
    server.listen(4)
    import dbt.adapters.duckdb
    import dbt.cli.main
    import dbt.task.build  # noqa: F401

    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the kernel
    while True:
        conn, _ = server.accept()
        try:
            pid = _fork_one(conn)
        except Exception:
            pid = None
        if pid is None:
            conn.close()  # the shim then runs dbt itself
            continue
        conn.close()


def _recv_exact(conn: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        more = conn.recv(n - len(data))
        if not more:
            raise EOFError
        data += more
    return data


def _fork_one(conn: socket.socket) -> int | None:
    import json
    import struct

    msg, fds, _flags, _addr = socket.recv_fds(conn, 8, 3)
    if len(msg) != 8 or len(fds) != 3:
        for fd in fds:
            os.close(fd)
        return None
    payload = json.loads(_recv_exact(conn, struct.unpack("!Q", msg)[0]))
    pid = os.fork()
    if pid:
        for fd in fds:
            os.close(fd)
        return pid
    # the child: runs one dbt command on the shim's descriptors, then exits
    code = 1
    try:
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        _die_with_parent(os.getppid())
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
            os.close(fd)
        sys.stdin = open(0, closefd=False)
        sys.stdout = open(1, "w", buffering=1, closefd=False)
        sys.stderr = open(2, "w", buffering=1, closefd=False)
        os.chdir(payload["cwd"])
        os.environ.clear()
        os.environ.update(payload["env"])
        conn.sendall(struct.pack("!q", os.getpid()))
        _stop_when_shim_goes(conn)
        sys.argv = ["dbt", *payload["argv"]]
        from dbt.cli.main import cli

        try:
            cli.main(args=payload["argv"], prog_name="dbt", standalone_mode=True)
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        except KeyboardInterrupt:
            code = 130
    except BaseException:
        code = 1
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        with contextlib.suppress(Exception):
            conn.sendall(struct.pack("!i", code))
        os._exit(code)


def _stop_when_shim_goes(conn: socket.socket) -> None:
    """A thread that ends this dbt child when its shim's end of the socket closes (the shim was
    killed): dbt must not go on writing for a command nobody waits for."""
    import threading

    def watch() -> None:
        try:
            while conn.recv(1):
                pass
        except OSError:
            pass
        os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=watch, daemon=True, name="integra-shim-watch").start()


# --------------------------------------------------------------------------- the refresh's side

_ACTIVE: WarmDbt | None = None
_ACTIVE_SHIM: Path | None = None


def start_warm_dbt(home: Path) -> bool:
    """Start this process's warm dbt (one per refresh) unless another dbt executable is
    configured or INTEGRA_DBT_PREWARM=0; the dbt asset then runs dbt through the shim."""
    global _ACTIVE, _ACTIVE_SHIM
    from integra.settings import settings

    from .dbt_setup import dbt_executable

    current = settings()
    if _ACTIVE is not None or current.dbt_executable or not current.dbt_prewarm:
        return False
    try:
        shim = write_shim(home)
    except OSError:
        return False
    warm = WarmDbt()
    if not warm.start():
        return False
    os.environ[ENV_SOCKET] = warm.name
    os.environ[ENV_REAL] = dbt_executable()
    _ACTIVE, _ACTIVE_SHIM = warm, shim
    return True


def active_shim() -> str | None:
    """The shim's path while this process has a live warm dbt, else None (run the real dbt)."""
    if _ACTIVE is None or _ACTIVE.proc is None or _ACTIVE.proc.poll() is not None:
        return None
    return str(_ACTIVE_SHIM)


def stop_warm_dbt() -> None:
    global _ACTIVE, _ACTIVE_SHIM
    if _ACTIVE is not None:
        _ACTIVE.stop()
    _ACTIVE = _ACTIVE_SHIM = None
    os.environ.pop(ENV_SOCKET, None)
    os.environ.pop(ENV_REAL, None)
