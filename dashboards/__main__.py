"""``python -m dashboards [--lang pl|en] [--open] [--db FILE] [--out DIR]``

The same call ``integra dashboards`` makes: read INTEGRA_HOME/published/current.duckdb, write
INTEGRA_HOME/site/ (both languages; ``--lang`` picks the page printed and opened).
"""

from __future__ import annotations

import argparse
import sys
import webbrowser
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    from integra.settings import paths

    p = paths()
    parser = argparse.ArgumentParser(
        prog="python -m dashboards",
        description="Generate the static dashboard site from the published marts "
        "(both languages; --lang picks the entry page).",
    )
    parser.add_argument("--lang", choices=("pl", "en"), default="pl")
    parser.add_argument("--open", action="store_true", help="open the site in the default browser")
    parser.add_argument("--db", type=Path, default=p.published_db, help="published DuckDB file")
    parser.add_argument("--out", type=Path, default=p.site_dir, help="site directory")
    args = parser.parse_args(argv)

    from .generate import generate_site

    try:
        result = generate_site(args.db, args.out, lang=args.lang, reports_dir=p.reports_dir)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(
        f"{len(result.pages)} pages ({result.project_pages} projects), {result.files} files, "
        f"{result.bytes_total / 1e6:.1f} MB -> {result.entry}"
    )
    if args.open:
        webbrowser.open(result.entry.resolve().as_uri())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
