"""Fit the role weights of amounts and person counts on the labelled DEV pages (issue 12).

    .venv/bin/python benchmarks/roles_fit.py [--export FILE.json] [--from FILE.json]
                                             [--write] [--lambda 1.0] [--report]

1. Export: every dev document (the dev parts of benchmarks/realcorpus, ../shared/devset, the
   seeds) is extracted once; every amount and person count candidate of the page is written with
   its feature vector per role (`roles.amount_features` / `roles.count_features`: the product's own
   features) and its label from the gold (which field's value it is, or none), beside the
   product's current value of each field. Never reads held-out parts.
2. Fit: per role, a logistic regression (numpy, L2-regularised, Newton steps) on the candidates
   of the documents whose gold states the field (or states it is absent); a few features have a
   fixed sign (SIGNS: "not this kind of figure" words never raise a role).
3. Validate: leave one part out (fit on the other parts, decide the left-out part's fields) for
   each way of combining the fitted scorer with the cue rules, and a small grid of decision
   thresholds; the in-sample figure beside it.
4. --write: the weights fitted on every dev part, and the decision chosen on the cross-validated
   figure, go to integra/extract/data/roles_weights.yaml (what the product reads).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from lists_report import DEVSET, REAL
from score_extraction import same

# rc_p and rc_q (landed in the ninth session) are left out: the fresh parts the weights are
# validated on (--validate)
DEV_PARTS = ("rc_a", "rc_b", "rc_c", "rc_d", "rc_e", "rc_g", "rc_h", "rc_i", "rc_k", "rc_n")
FIELD_OF = {
    ("amount", "total"): "total_cost_pln",
    ("amount", "eu"): "eu_cofinancing_pln",
    ("amount", "own"): "own_contribution_pln",
    ("count", "planned"): "participants_planned",
    ("count", "actual"): "participants_actual",
}
SCORED = [*FIELD_OF.values(), "total_cost_qualifier"]


def _documents(parts: list[str]) -> list[tuple[str, dict, Path]]:
    out = []
    for part in parts:
        assert "heldout" not in part
        if part == "devset":
            if (DEVSET / "gold.json").exists():
                for g in json.loads((DEVSET / "gold.json").read_text(encoding="utf-8")):
                    out.append((part, g, DEVSET / "docs" / os.path.basename(g["file"])))
        elif part == "seeds":
            for g in json.loads((ROOT / "benchmarks/gold/seeds.json").read_text(encoding="utf-8")):
                out.append((part, g, ROOT / g["source"]))
        else:
            path = REAL / "gold" / f"{part}_dev.json"
            for g in json.loads(path.read_text(encoding="utf-8")):
                out.append((part, g, REAL / "dev" / "docs" / os.path.basename(g["file"])))
    return out


def export(parts: list[str]) -> list[dict]:
    """One row per document: its part, name, gold and current values, and its candidates."""
    from integra.extract import record, roles, rules

    seen: list = []
    original = rules.extract_budget

    def keep(doc):  # the page's Doc, as the budget rules see it (title and implementer known)
        seen.append(doc)
        return original(doc)

    rules.extract_budget = keep
    rows = []
    try:
        for part, g, path in _documents(parts):
            seen.clear()
            rec = _without_fitted_pass(lambda: record.extract_file(path))
            cands: list[dict] = []
            if seen:
                doc = seen[-1]
                amounts = roles.amount_candidates(doc.units, doc.is_foreign)
                pln = [c for c in amounts if c.currency == "PLN"]
                for c in pln:
                    q = rules._qualifier(c.before)
                    cands.append(
                        {
                            "kind": "amount",
                            "value": float(c.value),
                            "rounded": c.rounded,
                            "qualifier": "approximately" if c.rounded and q == "exact" else q,
                            "features": roles.amount_features(doc.units, c, doc.main, pln),
                        }
                    )
                counts = roles.count_candidates(
                    doc.units, doc.is_foreign, doc.person_counts, doc.label_values()
                )
                for c in counts:
                    cands.append(
                        {
                            "kind": "count",
                            "value": int(c.value),
                            "features": roles.count_features(doc.units, c, doc.main, counts),
                        }
                    )
            rules_only = _without_fitted_pass(
                lambda: _without_role_pass(lambda: record.extract_file(path))
            )
            rows.append(
                {
                    "part": part,
                    "rules_only": {f: rules_only.get(f) for f in SCORED},
                    "name": os.path.basename(g["file"]),
                    "gold": {f: g.get(f, "ANY") for f in SCORED},
                    "current": {f: rec.get(f) for f in SCORED},
                    "candidates": cands,
                }
            )
    finally:
        rules.extract_budget = original
    return rows


def with_rules_vote(rows: list[dict]) -> None:
    """Each candidate's "rules_say" feature per role: 1 when its value is what the cue rules
    alone read for the role's field (the product knows it when the role pass decides)."""
    for r in rows:
        for c in r["candidates"]:
            for (kind, role), field in FIELD_OF.items():
                if c["kind"] != kind:
                    continue
                said = r["rules_only"][field]
                c["features"][role]["rules_say"] = float(
                    said is not None and abs(float(said) - c["value"]) <= 0.005
                )


def drop_features(rows: list[dict], names: list[str]) -> None:
    """Leave features out of the model (to measure what each family brings)."""
    for r in rows:
        for c in r["candidates"]:
            for feats in c["features"].values():
                for n in names:
                    feats.pop(n, None)


def _without_fitted_pass(run):
    """What the product gives without the fitted role pass (the rules and the hand-weighted
    fallback): the variants below put the fitted scorer in or leave it out."""
    from integra.extract import rules

    saved = (rules._budget_by_fitted_roles, rules._participants_by_fitted_roles)
    rules._budget_by_fitted_roles = lambda doc, out, names, ruled: None
    rules._participants_by_fitted_roles = lambda doc, out, ruled: None
    try:
        return run()
    finally:
        rules._budget_by_fitted_roles, rules._participants_by_fitted_roles = saved


def _without_role_pass(run):
    """What the cue rules alone give: the hand-weighted role fallbacks of rules.py switched off."""
    from integra.extract import rules

    saved = (rules._budget_by_roles, rules._planned_by_roles, rules._arbitrate_planned)
    rules._budget_by_roles = lambda doc, out, names: None
    rules._planned_by_roles = lambda doc: None
    rules._arbitrate_planned = lambda doc, out: None
    try:
        return run()
    finally:
        rules._budget_by_roles, rules._planned_by_roles, rules._arbitrate_planned = saved


# --------------------------------------------------------------------------- the model


def feature_names(rows: list[dict], kind: str, role: str) -> list[str]:
    for r in rows:
        for c in r["candidates"]:
            if c["kind"] == kind:
                return sorted(c["features"][role])
    return []


def _eligible(c: dict, kind: str, role: str) -> bool:
    """A candidate the role may take (roles.may_take_role: a part of a total, money from the
    state budget … never does)."""
    from integra.extract import roles

    return c["kind"] == kind and roles.may_take_role(c["features"][role])


def _groups(rows: list[dict], kind: str, role: str, names: list[str]):
    """Per document whose gold states the field or its absence: (features, is-the-gold-value)."""
    field = FIELD_OF[(kind, role)]
    out = []
    for r in rows:
        want = r["gold"][field]
        if want == "ANY":
            continue
        cands = [c for c in r["candidates"] if _eligible(c, kind, role)]
        x = np.array([[c["features"][role][n] for n in names] for c in cands], dtype=float)
        y = np.array(
            [want is not None and abs(float(want) - c["value"]) <= 0.005 for c in cands], dtype=bool
        )
        out.append((x.reshape(-1, len(names)), y))
    return out


# What a feature can only say, whatever the dev pages happen to show (a rare family gets no
# weight rather than a wrong-signed one): +1 a weight ≥ 0, -1 a weight ≤ 0. "Not a budget
# figure" words, another project, a part of a total never raise a role; the cue rules' vote, the
# hand-weighted score and the main project never lower it.
SIGNS = {
    "not_budget": 1,
    "not_participants": 1,
    "other_project": -1,
    "part_of_a_total": -1,
    "main_project": 1,
    "hand_score": 1,
    "rules_say": 1,
}
NEGATIVE_FAMILIES = ("per_person", "benefit", "state", "allocation", "not_participants")


def sign_of(name: str) -> int:
    if name in SIGNS:
        return SIGNS[name]
    if name.startswith("fam_") and any(
        name == f"fam_{f}_before" or name == f"fam_{f}_after" for f in NEGATIVE_FAMILIES
    ):
        return -1
    return 0


def fit_choice(
    groups, k: int, lam: float, names: list[str] | None = None, caps: dict | None = None
) -> tuple[float, np.ndarray]:
    """(bias, weights) of a conditional logit: on each page the model chooses one candidate or
    "none" (utility 0); the likelihood of the gold (any candidate with its value, or none when
    the page does not state it or no candidate has it), L2 on the weights, by L-BFGS."""
    from scipy.optimize import minimize

    def loss(w):
        b, v = w[0], w[1:]
        total = lam * 0.5 * float(v @ v)
        grad = np.zeros_like(w)
        grad[1:] = lam * v
        for x, y in groups:
            if not len(x):
                continue
            u = b + x @ v
            top = max(0.0, u.max())
            e = np.exp(u - top)
            z = np.exp(-top) + e.sum()
            p = e / z
            if y.any():
                num = e[y].sum()
                total -= np.log(num / z)
                q = np.where(y, e / num, 0.0)  # the gold's share among its own candidates
            else:
                total -= np.log(np.exp(-top) / z)
                q = np.zeros_like(p)
            d = p - q
            grad[0] += d.sum()
            grad[1:] += x.T @ d
        return total, grad

    signs = [sign_of(n) for n in names or []] or [0] * k
    bounds = [(None, None)] + [
        (0.0, None) if sg > 0 else (None, 0.0) if sg < 0 else (None, None) for sg in signs
    ]
    for i, n in enumerate(names or []):
        if caps and n in caps:  # a feature whose weight may not exceed a cap (--cap)
            low, _high = bounds[i + 1]
            bounds[i + 1] = (low, caps[n])
    res = minimize(loss, np.zeros(k + 1), jac=True, method="L-BFGS-B", bounds=bounds)
    return float(res.x[0]), res.x[1:]


def fit_all(rows: list[dict], lam: float, caps: dict | None = None) -> dict:
    weights: dict = {"amount": {}, "count": {}}
    for kind, role in FIELD_OF:
        names = feature_names(rows, kind, role)
        # a cap named "amount.rules_say" bounds that feature for one kind only
        mine = {n: v for n, v in (caps or {}).items() if "." not in n}
        mine |= {n.split(".", 1)[1]: v for n, v in (caps or {}).items() if n.startswith(kind + ".")}
        bias, w = fit_choice(_groups(rows, kind, role, names), len(names), lam, names, mine)
        weights[kind][role] = {"bias": round(bias, 4)} | {
            n: round(float(v), 4) for n, v in zip(names, w)
        }
    return weights


# --------------------------------------------------------------------------- deciding


class _C:  # what roles.fitted_decide needs of a candidate
    def __init__(self, c: dict):
        self.value = c["value"]
        self.rounded = c.get("rounded", False)
        self.c = c


def decide_fitted(row: dict, weights: dict, kind: str, role: str, p_min: float, margin: float):
    """(value, qualifier, close) the fitted scorer decides for one field of one document; with no
    clear winner, `close` lists the values that were too close to tell apart."""
    from integra.extract import roles

    scored = [
        (_C(c), roles.fitted_utility(c["features"][role], weights[kind][role]))
        for c in row["candidates"]
        if _eligible(c, kind, role)
    ]
    chosen, why = roles.fitted_decide(scored, p_min, margin)
    if chosen is not None:
        return chosen.value, chosen.c.get("qualifier"), []
    if not why:
        return None, None, []
    shares = roles.value_shares(scored)
    top = max(shares.values())
    return None, None, [v for v, p in shares.items() if top - p < margin]


def _share_of(row, weights, kind, role, value) -> float:
    from integra.extract import roles

    scored = [
        (_C(c), roles.fitted_utility(c["features"][role], weights[kind][role]))
        for c in row["candidates"]
        if _eligible(c, kind, role)
    ]
    shares = roles.value_shares(scored)
    near = [p for v, p in shares.items() if abs(float(v) - float(value)) <= 0.005]
    return sum(near) if near else float("nan")  # nan: no candidate has it, no opinion


VARIANTS = (
    "current",
    "rules_only",
    "fitted_only",
    "fitted_first",
    "rules_then_fitted",
    "fitted_unless_unclear",
    "rules_unless_fitted_sure",
    "current_unless_fitted_sure",
    "current_unless_fitted_doubts",
)
DOUBT = 0.05  # current_unless_fitted_doubts: the rules' value's share below which it is dropped
DOUBTS = (0.0, 0.02, 0.05, 0.1, 0.2)  # the doubts tried (0: the rules' value always stands)


def _same_value(a, b) -> bool:
    return a is not None and b is not None and abs(float(a) - float(b)) <= 0.005


def combine(variant: str, current, fitted, close: list, rules_only=None, sure=False, doubt=False):
    if variant == "current":
        return current
    if variant == "rules_only":
        return rules_only
    if variant == "rules_then_fitted":
        return rules_only if rules_only is not None else fitted
    if variant == "current_unless_fitted_doubts":
        # the fitted scorer first where a value clearly wins; the rules' value otherwise, unless
        # the fitted scorer gives it almost no chance (then null and a problem)
        if fitted is not None:
            return fitted
        return None if doubt else current
    if variant == "current_unless_fitted_sure":
        # the rules and the hand-weighted fallback, unless the fitted scorer is sure of another
        # value (share ≥ 0.9)
        if sure and fitted is not None:
            return fitted
        return current if current is not None else fitted
    if variant == "rules_unless_fitted_sure":
        # the cue rules, unless the fitted scorer is sure of another value (share ≥ 0.9)
        if sure and fitted is not None:
            return fitted
        return rules_only if rules_only is not None else fitted
    if variant == "fitted_only":
        return fitted
    if variant == "fitted_first":
        return fitted if fitted is not None else current
    if variant == "current_first":
        return current if current is not None else fitted
    if variant == "fitted_unless_unclear":
        # the fitted scorer decides; where it saw no clear winner the rules break the tie only
        # when their value is among the close ones; where no candidate was likely, the rules
        if fitted is not None:
            return fitted
        if close:
            return current if any(_same_value(current, v) for v in close) else None
        return current
    raise ValueError(variant)


def score_rows(
    rows: list[dict], weights_of, variant: str, thresholds: dict, doubt_below: float = DOUBT
) -> dict[str, dict[str, list[int]]]:
    """{part: {field: [right, scored]}} under one variant; `weights_of(part)` gives the weights
    the part is decided with (fitted without it under cross-validation)."""
    out: dict[str, dict[str, list[int]]] = defaultdict(
        lambda: defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    )
    for r in rows:
        weights = weights_of(r["part"])
        for (kind, role), field in FIELD_OF.items():
            p_min, margin = thresholds[kind]
            fitted, qual, close = decide_fitted(r, weights, kind, role, p_min, margin)
            current = r["current"][field]
            sure = fitted is not None and _share_of(r, weights, kind, role, fitted) >= 0.9
            d = doubt_below[kind] if isinstance(doubt_below, dict) else doubt_below
            doubt = current is not None and _share_of(r, weights, kind, role, current) < d
            got = combine(variant, current, fitted, close, r["rules_only"][field], sure, doubt)
            want = r["gold"][field]
            if want != "ANY":
                _count(out[r["part"]][field], field, want, got)
            if role == "total":
                want_q = r["gold"]["total_cost_qualifier"]
                if got is None:
                    got_q = None
                elif _same_value(got, current):
                    got_q = r["current"]["total_cost_qualifier"]
                else:
                    got_q = qual
                if want_q != "ANY":
                    _count(
                        out[r["part"]]["total_cost_qualifier"],
                        "total_cost_qualifier",
                        want_q,
                        got_q,
                    )
    return out


def _count(cell: list[int], field: str, want, got) -> None:
    """[right, scored, a wrong value published, null where the gold has a value, right values
    (true positives), values where the gold has none]: a wrong value costs precision and recall,
    a null only recall."""
    ok = same(field, want, got)
    cell[0] += ok
    cell[1] += 1
    cell[2] += not ok and got is not None
    cell[3] += not ok and got is None
    cell[4] += ok and want is not None
    cell[5] += not ok and want is None


def totals(per_part: dict, parts=None) -> dict[str, list[int]]:
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    for part, fields in per_part.items():
        if parts and part not in parts:
            continue
        for f, cell in fields.items():
            for i, x in enumerate(cell):
                out[f][i] += x
    return out


def _row(label: str, t: dict) -> str:
    """right/scored per field, then the documents right, the wrong values published and the
    nulls where the gold has a value (all six fields)."""
    cells = [f"{t[f][0]}/{t[f][1]}" for f in SCORED]
    right = sum(t[f][0] for f in SCORED)
    wrong = sum(t[f][2] for f in SCORED)
    missed = sum(t[f][3] for f in SCORED)
    return f"| {label} | " + " | ".join(cells) + f" | {right} | {wrong} | {missed} | {f1(t):.3f} |"


def f1(t: dict) -> float:
    """F1 over the stated facts of the six fields (as the scorer counts them): a wrong value is a
    false positive and a false negative, a null where the gold has a value a false negative."""
    tp = sum(t[f][4] for f in SCORED)
    fp = sum(t[f][2] for f in SCORED)
    fn = sum(t[f][2] - t[f][5] + t[f][3] for f in SCORED)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--parts", default=",".join(DEV_PARTS) + ",devset,seeds")
    ap.add_argument("--export", help="write the candidates and features to this JSON file")
    ap.add_argument("--from", dest="source", help="read an earlier export instead of extracting")
    ap.add_argument("--lambda", dest="lam", type=float, default=1.0)
    ap.add_argument("--write", action="store_true", help="write data/roles_weights.yaml")
    ap.add_argument(
        "--validate",
        help="an export of a validation part (never read): each variant's aggregate on it, "
        "decided with the weights fitted on --parts and the thresholds chosen by their CV",
    )
    ap.add_argument("--drop", default="", help="features left out of the model, comma-separated")
    ap.add_argument(
        "--cap",
        default="amount.rules_say=0",
        help="upper bounds of weights, e.g. rules_say=1.0,hand_score=0.5 (every kind) or "
        "amount.rules_say=0 (one kind); the default keeps the rules' vote out of the amounts' model "
        "(it weighs the cues themselves: the fresh part rc_q gained, dev CV too; for counts it broke "
        "wordings the tests hold, RESULTS ninth session); '' for none",
    )
    a = ap.parse_args(argv)
    parts = [p for p in a.parts.split(",") if p]
    if a.source:
        rows = json.loads(Path(a.source).read_text(encoding="utf-8"))
    else:
        rows = export(parts)
        if a.export:
            Path(a.export).write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    rows = [r for r in rows if r["part"] in parts]
    with_rules_vote(rows)
    drop_features(rows, [f for f in a.drop.split(",") if f])
    present = sorted({r["part"] for r in rows})
    print(f"{len(rows)} documents, parts {', '.join(present)}")

    caps = {k: float(v) for k, v in (x.split("=") for x in a.cap.split(",") if x)}
    in_sample = fit_all(rows, a.lam, caps)
    held = {p: fit_all([r for r in rows if r["part"] != p], a.lam, caps) for p in present}
    grid = [(p, m) for p in (0.3, 0.5, 0.6, 0.7, 0.8, 0.9) for m in (0.0, 0.2)]
    header = "| variant | " + " | ".join(SCORED) + " | right | wrong | null | F1 |"
    print(header)
    print("|" + "---|" * (len(SCORED) + 5))
    best = None
    best_v: dict = {}
    for variant in VARIANTS:
        for p_min, margin in grid if variant != "current" else grid[:1]:
            th = {"amount": (p_min, margin), "count": (p_min, margin)}
            cv = totals(score_rows(rows, held.__getitem__, variant, th))
            right = sum(cv[f][0] for f in SCORED)
            if variant not in ("current", "rules_only") and (best is None or right > best[0]):
                best = (right, variant, p_min, margin)
            if best_v.get(variant, (-1,))[0] < right:
                best_v[variant] = (right, p_min, margin, cv)
    for variant, (_right, p_min, margin, cv) in best_v.items():
        print(_row(f"{variant} p≥{p_min} margin {margin} (CV)", cv))
    print("best fitted variant on cross-validation:", best)
    # per kind: the best threshold of each kind under the best variant
    _right, variant, p_min, margin = best
    th = {"amount": (p_min, margin), "count": (p_min, margin)}
    for kind in ("amount", "count"):
        best_k = None
        for pm, mg in grid:
            t2 = dict(th)
            t2[kind] = (pm, mg)
            cv = totals(score_rows(rows, held.__getitem__, variant, t2))
            fields = [f for (k, _r), f in FIELD_OF.items() if k == kind]
            right = (
                sum(cv[f][0] for f in fields) + (kind == "amount") * cv["total_cost_qualifier"][0]
            )
            if best_k is None or right > best_k[0]:
                best_k = (right, pm, mg)
        th[kind] = best_k[1:]
    print("thresholds per kind:", th)
    # the doubt of each kind (the product: fitted first, then the rules' value unless its fitted
    # share is below it): chosen on the cross-validated figure, a tie going to the larger doubt
    # (a wrong value published is worse than a null)
    doubt = {"amount": 0.0, "count": 0.0}
    for kind in ("amount", "count"):
        fields = [f for (k, _r), f in FIELD_OF.items() if k == kind]
        fields += ["total_cost_qualifier"] if kind == "amount" else []
        best_d = None
        for d in DOUBTS:
            cv = totals(
                score_rows(
                    rows, held.__getitem__, "current_unless_fitted_doubts", th, {**doubt, kind: d}
                )
            )
            right = sum(cv[f][0] for f in fields)
            if best_d is None or right >= best_d[0]:
                best_d = (right, d)
        doubt[kind] = best_d[1]
    print("doubt per kind:", doubt)
    cur = score_rows(rows, held.__getitem__, "current", th)
    variant = "current_unless_fitted_doubts" if variant == "fitted_first" else variant
    cv = score_rows(rows, held.__getitem__, variant, th, doubt)
    ins = score_rows(rows, lambda _p: in_sample, variant, th, doubt)
    print(header)
    print("|" + "---|" * (len(SCORED) + 5))
    print(_row("current product, all", totals(cur)))
    print(_row(f"{variant}, cross-validated, all", totals(cv)))
    print(_row(f"{variant}, in-sample, all", totals(ins)))
    for p in present:
        print(_row(f"{p}: current", totals(cur, [p])))
        print(_row(f"{p}: {variant} CV", totals(cv, [p])))
    fresh = None
    if a.validate:
        fresh = json.loads(Path(a.validate).read_text(encoding="utf-8"))
        with_rules_vote(fresh)
        drop_features(fresh, [f for f in a.drop.split(",") if f])
    # precision: the rules' value dropped (null and a problem) where the fitted scorer gives it
    # less than a share d, after the fitted scorer decided where sure
    print("doubt: the rules' value left null where its fitted share is below d")
    print(header)
    print("|" + "---|" * (len(SCORED) + 5))
    for d in (0.0, 0.02, 0.05, 0.1, 0.2, 0.3):
        v = "current_unless_fitted_doubts"
        print(_row(f"d={d} CV", totals(score_rows(rows, held.__getitem__, v, th, d))))
        if fresh is not None:
            print(
                _row(f"d={d} validation", totals(score_rows(fresh, lambda _p: in_sample, v, th, d)))
            )
    if a.validate:
        print(f"validation: {len(fresh)} documents, weights fitted on {', '.join(present)}")
        print(header)
        print("|" + "---|" * (len(SCORED) + 5))
        for v in VARIANTS:
            print(
                _row(
                    f"{v} (thresholds {th}, doubt {doubt})",
                    totals(score_rows(fresh, lambda _p: in_sample, v, th, doubt)),
                )
            )
    if a.write:
        write_weights(in_sample, variant, th, doubt, caps, a.lam, len(rows), present)
    return 0


def write_weights(
    weights: dict, variant: str, th: dict, doubt: dict, caps: dict, lam: float, n: int, parts
) -> None:
    import yaml

    from integra.extract import roles

    doc = {
        "amount": weights["amount"],
        "count": weights["count"],
        "decision": {
            kind: {"min_share": th[kind][0], "margin": th[kind][1], "doubt": doubt[kind]}
            for kind in th
        },
    }
    head = (
        "# Fitted role weights of amounts and person counts (integra/extract/roles.py:\n"
        "# amount_features, count_features, fitted_utility, value_shares, fitted_decide).\n"
        "# GENERATED by benchmarks/roles_fit.py --write: per role a conditional logit (each page\n"
        "# chooses one of its candidates or none; L2, lambda "
        f"{lam}) on {n} labelled dev documents\n# (parts {', '.join(parts)}); the decision "
        "thresholds (a value's share of the page's\n# choice, min_share) chosen by "
        f"leave-one-part-out cross-validation (variant {variant}; a value read by the cue\n"
        "# rules whose fitted share is below `doubt` is left null).\n"
        + (
            "# Weights capped: " + ", ".join(f"{k} <= {v}" for k, v in sorted(caps.items())) + "\n"
            if caps
            else ""
        )
        + "# Do not edit by hand: refit.\n"
    )
    roles.WEIGHTS_PATH.write_text(
        head + yaml.safe_dump(doc, sort_keys=True, allow_unicode=True), encoding="utf-8"
    )
    print("wrote", roles.WEIGHTS_PATH)


if __name__ == "__main__":
    raise SystemExit(main())
