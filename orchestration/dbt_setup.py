"""The dbt project as Dagster sees it, and its manifest prepared ahead of the definitions.

The manifest lives in INTEGRA_HOME/dbt/target (nothing is written into the repository). It is
parsed once per dbt project digest (the bytes of the project's files and dbt's version,
`manifest.digest` beside it): a refresh, the schedule and `integra serve` reuse it, and partial
parsing stays warm (`partial_parse.msgpack`, copied into each run's target). A changed model,
macro, seed, test or setting makes the next caller parse again; a touched but unchanged file (a
checkout) does not. `integra` prepares it before it loads the definitions, never the import of a
module.

A new home does not run `dbt parse` when the repository's prepared manifest
(`orchestration/dbt_prepared/`, written by `python -m orchestration.dbt_setup --prepare`) was
parsed from this very digest: it is copied into the home instead (~7 s idle off the critical path
of a first refresh), and so is dbt's parse state (`partial_parse.msgpack`), so that the home's
first `dbt build` partial-parses too (~4 CPU s less than its own full parse). dbt accepts a parse
state only when its "profile hash" is that of this home's connection (a sha256 of the sorted
`connection_info()` items, the warehouse path in INTEGRA_HOME among them): the prepared state is
shipped with those items (the home's path a placeholder) and gets this home's hash when it is
installed. Anything that does not match (another dbt, a memory limit of one's own in the profile)
only makes dbt parse in full, as before; its parse state is then kept for the next runs
(`keep_partial_parse`). Neither file holds an absolute path (`tests/test_definitions.py`).
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from integra.settings import DBT_PROJECT_DIR, Paths, paths, settings

log = logging.getLogger(__name__)


def dbt_env(p: Paths) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        INTEGRA_HOME=str(p.home),
        DO_NOT_TRACK="1",
        DBT_SEND_ANONYMOUS_USAGE_STATS="False",
        DBT_PROFILES_DIR=str(DBT_PROJECT_DIR),
        DBT_LOG_PATH=str(p.dbt_log_dir),
        DBT_TARGET_PATH=str(p.dbt_target_dir),
    )
    return env


def dbt_executable() -> str:
    """INTEGRA_DBT_EXECUTABLE if set (e.g. a wrapper with resource limits), else the venv's dbt."""
    override = settings().dbt_executable
    if override:
        return override
    candidate = Path(sys.executable).parent / "dbt"
    return str(candidate) if candidate.exists() else "dbt"


def project_digest() -> str:
    """What the manifest is parsed from: every file of the dbt project (names and bytes) and the
    installed dbt-core and dbt-duckdb versions."""
    import hashlib

    h = hashlib.sha256()
    for name in _dbt_distributions():
        h.update(f"{name}\n".encode())
    for f in sorted(x for x in DBT_PROJECT_DIR.rglob("*") if x.is_file()):
        rel = f.relative_to(DBT_PROJECT_DIR).as_posix()
        if rel.startswith(("target/", "logs/")) or "/__pycache__/" in f"/{rel}":
            continue
        h.update(f"{rel}\n".encode())
        h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()


def _dbt_distributions() -> list[str]:
    """The installed dbt-core and dbt-duckdb, as their dist-info folders' names (name and
    version): a glob, where importlib.metadata takes ~0.25 s and importing dbt seconds."""
    found: set[str] = set()
    for entry in sys.path:
        folder = Path(entry or ".")
        if folder.is_dir():
            for pattern in ("dbt_core-*.dist-info", "dbt_duckdb-*.dist-info"):
                found.update(d.name for d in folder.glob(pattern))
    return sorted(found)


def installed_dbt_core_version() -> str:
    """dbt-core's version, from its dist-info folder's name (importlib.metadata if not found)."""
    for name in _dbt_distributions():
        if name.startswith("dbt_core-"):
            return name[len("dbt_core-") : -len(".dist-info")]
    import importlib.metadata as md

    return md.version("dbt-core")


#: The manifest parsed from this repository's dbt project, and the digest it was parsed from.
PREPARED_DIR = Path(__file__).resolve().parent / "dbt_prepared"
PREPARE_COMMAND = "python -m orchestration.dbt_setup --prepare"


def prepared_manifest() -> Path:
    return PREPARED_DIR / "manifest.json.gz"


def prepared_digest() -> str | None:
    """The digest the prepared manifest was parsed from (None when there is none)."""
    try:
        return (PREPARED_DIR / "manifest.digest").read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


def manifest_path(p: Paths | None = None) -> Path:
    return (p or paths()).dbt_target_dir / "manifest.json"


def _digest_path(p: Paths | None = None) -> Path:
    return (p or paths()).dbt_target_dir / "manifest.digest"


def manifest_is_current(p: Paths | None = None, digest: str | None = None) -> bool:
    """The prepared manifest was parsed from this very dbt project (see `project_digest`)."""
    p = p or paths()
    try:
        recorded = _digest_path(p).read_text(encoding="utf-8").strip()
    except OSError:
        return False
    return manifest_path(p).exists() and recorded == (digest or project_digest())


def start_manifest(p: Paths | None = None, *, force: bool = False) -> subprocess.Popen | None:
    """Start `dbt parse` into INTEGRA_HOME/dbt/target when the manifest is missing or was parsed
    from another dbt project (None when it is current). The caller loads Dagster meanwhile and
    then calls `finish_manifest`: on a first refresh the parse (~7 s) and Dagster's imports and
    instance (~4 s) overlap."""
    p = p or paths()
    digest = project_digest()
    if not force and manifest_is_current(p, digest):
        return None
    if not force and install_prepared_manifest(p, digest):
        return None
    p.dbt_target_dir.mkdir(parents=True, exist_ok=True)
    _digest_path(p).unlink(missing_ok=True)  # until this parse succeeds
    p.dbt_log_dir.mkdir(parents=True, exist_ok=True)
    cmd = [
        dbt_executable(),
        "parse",
        "--quiet",
        "--project-dir",
        str(DBT_PROJECT_DIR),
        "--profiles-dir",
        str(DBT_PROJECT_DIR),
        "--target-path",
        str(p.dbt_target_dir),
        "--log-path",
        str(p.dbt_log_dir),
    ]
    proc = subprocess.Popen(
        cmd, env=dbt_env(p), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    proc.integra_digest = digest  # type: ignore[attr-defined]  # recorded once the parse succeeds
    return proc


def finish_manifest(proc: subprocess.Popen | None, p: Paths | None = None) -> Path:
    """Wait for the parse `start_manifest` started (if any); the manifest's path."""
    target = manifest_path(p)
    if proc is None:
        return target
    out, err = proc.communicate()
    if proc.returncode != 0 or not target.exists():
        raise RuntimeError(f"dbt parse failed:\n{(out or '')[-2000:]}\n{(err or '')[-2000:]}")
    digest = getattr(proc, "integra_digest", None)
    if digest:
        _digest_path(p).write_text(digest + "\n", encoding="utf-8")
    return target


def ensure_manifest(p: Paths | None = None, *, force: bool = False) -> Path:
    """Run `dbt parse` into INTEGRA_HOME/dbt/target unless the manifest is current."""
    return finish_manifest(start_manifest(p, force=force), p)


def install_prepared_manifest(p: Paths, digest: str) -> bool:
    """Copy the repository's prepared manifest into INTEGRA_HOME/dbt/target when it was parsed
    from this very dbt project (`digest`); False (nothing done) otherwise. The home's old
    partial-parse state, if any, belonged to another parse and is dropped: the next build parses
    the project itself and `keep_partial_parse` keeps its state."""
    if prepared_digest() != digest:
        return False
    try:
        with gzip.open(prepared_manifest(), "rt", encoding="utf-8") as src:
            manifest = json.load(src)
    except (OSError, EOFError, ValueError) as exc:  # unreadable (e.g. a bad merge): parse instead
        log.warning("the prepared dbt manifest is unreadable (%s): dbt parse runs instead", exc)
        return False
    p.dbt_target_dir.mkdir(parents=True, exist_ok=True)
    _digest_path(p).unlink(missing_ok=True)
    (p.dbt_target_dir / "partial_parse.msgpack").unlink(missing_ok=True)
    target = manifest_path(p)
    part = target.with_name(target.name + ".part")
    _set_project_root(manifest, PROJECT_ROOT_PLACEHOLDER, str(DBT_PROJECT_DIR))
    part.write_text(json.dumps(manifest), encoding="utf-8")
    os.replace(part, target)
    install_prepared_parse_state(p)
    _digest_path(p).write_text(digest + "\n", encoding="utf-8")
    return True


def prepared_parse_state() -> Path:
    return PREPARED_DIR / "partial_parse.msgpack.gz"


def prepared_connection() -> Path:
    return PREPARED_DIR / "connection_info.json"


#: Placeholders of the prepared parse state for the paths of the machine that prepared it.
HOME_PLACEHOLDER = "<integra_home>"
SITE_PACKAGES_PLACEHOLDER = "<site-packages>"


def install_prepared_parse_state(p: Paths) -> bool:
    """Write the repository's prepared parse state into INTEGRA_HOME/dbt/target with this
    checkout's paths and this home's profile hash, so that the home's first `dbt build`
    partial-parses; False (nothing written: that build parses in full) when there is none or it
    cannot be read. Called only with a prepared manifest of the same digest."""
    import msgpack

    here = {
        PROJECT_ROOT_PLACEHOLDER: str(DBT_PROJECT_DIR),
        SITE_PACKAGES_PLACEHOLDER: str(dbt_site_packages()),
        HOME_PLACEHOLDER: str(p.home),
    }
    try:
        with gzip.open(prepared_parse_state(), "rb") as src:
            state = msgpack.unpackb(src.read(), raw=False, strict_map_key=False)
        connection = json.loads(prepared_connection().read_text(encoding="utf-8"))
        state = _replace_paths(state, here)
        state["state_check"]["profile_hash"]["checksum"] = profile_hash(
            _replace_paths(connection, here)
        )
    except (OSError, EOFError, ValueError, KeyError, TypeError, msgpack.UnpackException) as exc:
        log.warning("the prepared dbt parse state is unusable (%s): dbt parses in full", exc)
        return False
    p.dbt_target_dir.mkdir(parents=True, exist_ok=True)
    dst = p.dbt_target_dir / "partial_parse.msgpack"
    part = dst.with_name(dst.name + ".part")
    part.write_bytes(msgpack.packb(state))
    os.replace(part, dst)
    return True


def profile_hash(connection_items: list) -> str:
    """dbt's profile hash (dbt/parser/manifest.py, `build_manifest_state_check`): sha256 of the
    pretty-printed, sorted `(key, value)` items of the connection's `connection_info()`."""
    import hashlib
    import pprint

    items = sorted((key, value) for key, value in connection_items)
    return hashlib.sha256(pprint.pformat(items).encode("utf-8")).hexdigest()


def dbt_site_packages() -> Path:
    """The folder dbt-core is installed in (where dbt writes its own packages' files from), as
    the `dbt` executable's Python resolves it; found without importing dbt."""
    for entry in sys.path:
        folder = Path(entry or ".")
        if folder.is_dir() and any(folder.glob("dbt_core-*.dist-info")):
            return folder.resolve()
    return Path(sys.prefix).resolve()


def _replace_paths(value, mapping: dict[str, str]):
    """`value` with every string that starts with a key of `mapping` starting with its value
    instead (dicts, lists and strings; anything else unchanged)."""
    if isinstance(value, str):
        for old, new in mapping.items():
            if value == old or value.startswith(old + "/"):
                return new + value[len(old) :]
        return value
    if isinstance(value, dict):
        return {k: _replace_paths(v, mapping) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace_paths(v, mapping) for v in value]
    return value


def _portable_parse_state(state: dict, local: dict[str, str]) -> dict:
    """A home's parse state with the paths of this machine as placeholders and no file's
    modification time (dbt trusts a YAML file's old checksum when its time is unchanged: a
    prepared one always reads the file)."""
    state = _replace_paths(state, local)
    for source in state.get("files", {}).values():
        if isinstance(source.get("path"), dict) and "modification_time" in source["path"]:
            source["path"]["modification_time"] = 0.0
    return state


def _connection_items(p: Paths) -> list[list]:
    """This home's `connection_info()` items as dbt computes them for the profile hash (the
    committed profiles.yml rendered with dbt's `env_var`, read by dbt-duckdb's credentials);
    imports dbt: for `prepare` only."""
    import jinja2
    import yaml
    from dbt.adapters.duckdb.credentials import DuckDBCredentials

    env = dbt_env(p)

    def env_var(name, default=None):
        if name in env:
            return env[name]
        if default is None:
            raise KeyError(name)
        return default

    def render(value):
        if isinstance(value, dict):
            return {k: render(v) for k, v in value.items()}
        if isinstance(value, str) and "{{" in value:
            return jinja2.Template(value).render(env_var=env_var)
        return value

    profile = yaml.safe_load((DBT_PROJECT_DIR / "profiles.yml").read_text(encoding="utf-8"))
    target = profile["integra"]["outputs"][profile["integra"]["target"]]
    credentials = DuckDBCredentials.from_dict(render(target))
    return [[key, value] for key, value in credentials.connection_info()]


#: What the prepared manifest holds where dbt wrote the project's absolute path (the seeds'
#: `root_path`): the path of the checkout that prepared it would be wrong in any other.
PROJECT_ROOT_PLACEHOLDER = "<dbt_project>"


def _set_project_root(manifest: dict, old: str, new: str) -> int:
    """Replace the `root_path` `old` by `new` in the manifest's nodes (seeds carry their
    project's absolute path); how many were replaced."""
    replaced = 0
    nodes = list(manifest.get("nodes", {}).values())
    nodes += [n for versions in manifest.get("disabled", {}).values() for n in versions]
    for node in nodes:
        if node.get("root_path") == old:
            node["root_path"] = new
            replaced += 1
    return replaced


def keep_partial_parse(run_target: Path, p: Paths | None = None) -> None:
    """After a `dbt build` in `run_target`: when dbt parsed the project itself there (a home
    whose manifest came prepared, or a project dbt found changed), its partial-parse state
    becomes the home's, so the next runs start from it (`_seed_partial_parse`)."""
    src = run_target / "partial_parse.msgpack"
    dst = (p or paths()).dbt_target_dir / "partial_parse.msgpack"
    try:
        written = src.stat().st_mtime_ns
    except OSError:
        return
    try:
        if dst.stat().st_mtime_ns == written:
            return  # the copy this run started from: dbt did not parse again
    except OSError:
        pass
    part = dst.with_name(dst.name + ".part")
    shutil.copy2(src, part)
    os.replace(part, dst)


def prepare(out_dir: Path | None = None) -> str:
    """Parse the dbt project in a temporary INTEGRA_HOME and write its manifest (gzip) and digest
    into `orchestration/dbt_prepared/` (the command in PREPARE_COMMAND; run it after changing
    anything in dbt_project/ or upgrading dbt). Returns the digest."""
    import tempfile

    out_dir = out_dir or PREPARED_DIR
    with tempfile.TemporaryDirectory(prefix="integra-prepare-") as tmp:
        home = Path(tmp) / "home"
        p = Paths(home)
        proc = start_manifest(p, force=True)
        finish_manifest(proc, p)
        manifest = json.loads(manifest_path(p).read_text(encoding="utf-8"))
        digest = _digest_path(p).read_text(encoding="utf-8").strip()
        state, connection = _prepared_state_of(p)
    _set_project_root(manifest, str(DBT_PROJECT_DIR), PROJECT_ROOT_PLACEHOLDER)
    text = json.dumps(manifest)
    for local in (tmp, str(DBT_PROJECT_DIR.parent), str(dbt_site_packages())):
        if local in text or local in json.dumps([state, connection], default=str):
            # an absolute path of this machine would be wrong in any other home
            raise RuntimeError(f"the parsed manifest or parse state names a local path: {local}")
    out_dir.mkdir(parents=True, exist_ok=True)
    _write_gzip(out_dir / "manifest.json.gz", text.encode("utf-8"))
    _write_gzip(out_dir / "partial_parse.msgpack.gz", msgpack_bytes(state))
    (out_dir / "connection_info.json").write_text(
        json.dumps(connection, indent=1) + "\n", encoding="utf-8"
    )
    (out_dir / "manifest.digest").write_text(digest + "\n", encoding="utf-8")
    return digest


def msgpack_bytes(value) -> bytes:
    import msgpack

    return msgpack.packb(value)


def _write_gzip(path: Path, data: bytes) -> None:
    part = path.with_name(path.name + ".part")
    with open(part, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(data)
    os.replace(part, path)


def _prepared_state_of(p: Paths) -> tuple[dict, list]:
    """The parse state `dbt parse` left in home `p`, and its connection's items, both with the
    paths of this machine as placeholders; refused when the items do not give dbt's own profile
    hash (then a shipped state could never be accepted)."""
    import msgpack

    raw = (p.dbt_target_dir / "partial_parse.msgpack").read_bytes()
    state = msgpack.unpackb(raw, raw=False, strict_map_key=False)
    items = _connection_items(p)
    recorded = state["state_check"]["profile_hash"]["checksum"]
    if profile_hash(items) != recorded:
        raise RuntimeError(
            "dbt's profile hash is not the one computed from profiles.yml "
            f"({profile_hash(items)} != {recorded}): orchestration.dbt_setup.profile_hash "
            "must follow dbt's build_manifest_state_check"
        )
    local = {
        str(DBT_PROJECT_DIR): PROJECT_ROOT_PLACEHOLDER,
        str(dbt_site_packages()): SITE_PACKAGES_PLACEHOLDER,
        str(p.home): HOME_PLACEHOLDER,
    }
    return _portable_parse_state(state, local), _replace_paths(items, local)


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description="the repository's prepared dbt manifest")
    ap.add_argument("--prepare", action="store_true", help="parse the dbt project and write it")
    args = ap.parse_args()
    if not args.prepare:
        ap.error("nothing to do: --prepare")
    print(f"prepared manifest of dbt project digest {prepare()} in {PREPARED_DIR}")
