"""Static dashboard site generated from the published marts (INTEGRA_HOME/published/current.duckdb).

    from dashboards import generate_site
    result = generate_site(paths().published_db, paths().site_dir, lang="pl")

Heavy imports (plotly, pandas, duckdb) happen on first use, not at import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .generate import SiteResult, generate_site

__all__ = ["SiteResult", "generate_site"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import generate

        return getattr(generate, name)
    raise AttributeError(name)
