"""`integra serve`: the Dagster webserver and daemon, on loopback, sharing INTEGRA_HOME/dagster.

Safe on a workstation (a web page the operator visits must not drive Dagster):
- the webserver runs with ``--read-only`` unless ``allow_writes`` (``integra serve
  --allow-writes``): no launching runs, no toggling schedules or sensors from the UI or GraphQL;
  the daemon still runs the schedule and the sensor;
- the webserver listens on 127.0.0.1 on a private port; the port people open is a small proxy
  (`LoopbackProxy`) that refuses a request whose Host header is not a loopback name (DNS
  rebinding), whose Origin is not a loopback page (cross-site requests), or a GraphQL
  mutation sent with GET (CSRF through a link or an image).
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import socketserver
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import unquote_plus, urlsplit

from integra.settings import REPO_ROOT

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
MAX_HEAD_BYTES = 64 * 1024


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _host_name(value: str) -> str:
    value = value.strip().lower()
    if value.startswith("["):  # [::1]:3000
        return value[: value.index("]") + 1] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def refusal(head: bytes) -> str | None:
    """Why a request (its head: request line and headers) is refused, or None to pass it on."""
    try:
        text = head.decode("latin-1")
        request_line, *header_lines = text.split("\r\n")
        method, target, _ = request_line.split(" ", 2)
    except ValueError:
        return "malformed request"
    headers: dict[str, list[str]] = {}
    for line in header_lines:
        if ":" in line:
            k, v = line.split(":", 1)
            headers.setdefault(k.strip().lower(), []).append(v.strip())
    hosts = headers.get("host", [])
    if len(hosts) != 1 or _host_name(hosts[0]) not in LOOPBACK_NAMES:
        return "the Host header is not a loopback name"
    for origin in headers.get("origin", []):
        if origin != "null" and _host_name(urlsplit(origin).netloc) not in LOOPBACK_NAMES:
            return "a cross-site request (Origin is not a loopback page)"
    if method.upper() == "GET" and "mutation" in unquote_plus(urlsplit(target).query).lower():
        return "a GraphQL mutation sent with GET"
    return None


class LoopbackProxy(socketserver.ThreadingTCPServer):
    """Forwards connections to 127.0.0.1:`target_port` once the first request's head passes
    `refusal`; then the bytes flow both ways unchanged (keep-alive, websockets)."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, listen: tuple[str, int], target_port: int) -> None:
        self.target_port = target_port
        super().__init__(listen, _ProxyHandler)


class _ProxyHandler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        client: socket.socket = self.request
        client.settimeout(30)
        head = b""
        try:
            while b"\r\n\r\n" not in head and len(head) < MAX_HEAD_BYTES:
                chunk = client.recv(8192)
                if not chunk:
                    return
                head += chunk
        except OSError:
            return
        why = refusal(head.split(b"\r\n\r\n", 1)[0])
        if why is not None:
            body = f"refused by integra serve: {why}\n".encode()
            with contextlib.suppress(OSError):
                client.sendall(
                    b"HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\n"
                    b"Connection: close\r\nContent-Length: "
                    + str(len(body)).encode()
                    + b"\r\n\r\n"
                    + body
                )
            return
        try:
            upstream = socket.create_connection(("127.0.0.1", self.server.target_port), timeout=10)
        except OSError:
            with contextlib.suppress(OSError):
                client.sendall(
                    b"HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"
                )
            return
        client.settimeout(None)
        upstream.settimeout(None)
        upstream.sendall(head)
        pump = threading.Thread(target=_pipe, args=(upstream, client), daemon=True)
        pump.start()
        _pipe(client, upstream)
        pump.join(timeout=5)
        upstream.close()


def _pipe(src: socket.socket, dst: socket.socket) -> None:
    try:
        while data := src.recv(65536):
            dst.sendall(data)
    except OSError:
        pass
    finally:
        with contextlib.suppress(OSError):
            dst.shutdown(socket.SHUT_WR)


def webserver_command(bindir: Path, port: int, *, allow_writes: bool) -> list[str]:
    """The dagster-webserver command: loopback, its private port, read-only unless told."""
    workspace = ["-m", "orchestration.definitions", "--working-directory", str(REPO_ROOT)]
    return [
        str(bindir / "dagster-webserver"),
        "-h",
        "127.0.0.1",
        "-p",
        str(port),
        *workspace,
        *([] if allow_writes else ["--read-only"]),
    ]


def serve(host: str = "127.0.0.1", port: int = 3000, *, allow_writes: bool = False) -> int:
    from integra.settings import prepare_environment
    from orchestration.dbt_setup import ensure_manifest

    prepare_environment()
    ensure_manifest()
    bindir = Path(sys.executable).parent
    env = dict(os.environ)
    workspace = ["-m", "orchestration.definitions", "--working-directory", str(REPO_ROOT)]
    try:
        proxy = LoopbackProxy((host, port), _free_port())
    except OSError as exc:
        print(f"error: cannot listen on {host}:{port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    web = subprocess.Popen(
        webserver_command(bindir, proxy.target_port, allow_writes=allow_writes), env=env
    )
    daemon = subprocess.Popen([str(bindir / "dagster-daemon"), "run", *workspace], env=env)
    threading.Thread(target=proxy.serve_forever, daemon=True).start()

    def _stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _stop)
    mode = "launching runs allowed" if allow_writes else "read-only; --allow-writes to launch runs"
    print(
        f"Dagster UI on http://{host}:{port} ({mode}; DAGSTER_HOME={env.get('DAGSTER_HOME')}); "
        "Ctrl-C stops it"
    )
    try:
        return web.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        proxy.shutdown()
        proxy.server_close()
        for proc in (web, daemon):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in (web, daemon):
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
