"""The fitted role scorer of amounts and person counts (integra/extract/roles.py: amount_features,
count_features, fitted_utility, value_shares, fitted_decide; weights in data/roles_weights.yaml,
fitted by benchmarks/roles_fit.py). Every wording here was written for this test (none is copied
from a labelled document)."""

from __future__ import annotations

from decimal import Decimal

from integra.extract import extract_text, roles, rules
from integra.extract.text import clean_text, segment


def rec(text: str) -> dict:
    return extract_text(text, "fitted.txt")[0]


def _units(text: str):
    return segment(clean_text(text), rules.is_field_label)


def fitted_ranking(text: str, role: str) -> list:
    """The page's person counts in the order of their fitted share for a role (no cue rule)."""
    units = _units(text)
    ctx = roles.Context(text=clean_text(text))
    weights = roles.fitted_weights()["count"][role]
    cands = roles.count_candidates(units, lambda u: False, rules._person_counts)
    feats = [roles.count_features(units, c, ctx, cands) for c in cands]
    shares = roles.value_shares(
        [
            (c, roles.fitted_utility(dict(f[role], rules_say=0.0), weights))
            for c, f in zip(cands, feats)
            if roles.may_take_role(f[role])
        ]
    )
    return sorted(shares, key=shares.get, reverse=True)


def amount_shares(text: str, role: str) -> dict:
    """Each amount's fitted share for a budget role (no cue rule)."""
    units = _units(text)
    cands = [c for c in roles.amount_candidates(units, lambda u: False) if c.currency == "PLN"]
    ctx = roles.Context(text=clean_text(text))
    weights = roles.fitted_weights()["amount"][role]
    return roles.value_shares(
        [
            (
                c,
                roles.fitted_utility(
                    dict(roles.amount_features(units, c, ctx, cands)[role], rules_say=0.0), weights
                ),
            )
            for c in cands
        ]
    )


def fitted_pick(text: str, kind: str, role: str, title: str | None = None):
    """What the fitted scorer alone decides for one role of a page (the cue rules saying
    nothing: `rules_say` 0 for every candidate), with the product's weights and thresholds."""
    units = _units(text)
    ctx = roles.Context(title=title, text=clean_text(text))
    weights = roles.fitted_weights()
    if kind == "amount":
        cands = [c for c in roles.amount_candidates(units, lambda u: False) if c.currency == "PLN"]
        feats = [roles.amount_features(units, c, ctx, cands) for c in cands]
    else:
        cands = roles.count_candidates(units, lambda u: False, rules._person_counts)
        feats = [roles.count_features(units, c, ctx, cands) for c in cands]
    scored = [
        (c, roles.fitted_utility(dict(f[role], rules_say=0.0), weights[kind][role]))
        for c, f in zip(cands, feats)
        if roles.may_take_role(f[role])
    ]
    rule = weights["decision"][kind]
    chosen, why = roles.fitted_decide(scored, rule["min_share"], rule["margin"])
    return (chosen.value if chosen is not None else None), why


# --------------------------------------------------------------------------- the weights file


def test_the_weights_file_has_a_weight_for_every_feature_the_code_computes():
    w = roles.fitted_weights()
    units = _units("Wartość zadania: 100 000,00 zł. Wezmą w nim udział 12 osoby.")
    amounts = roles.amount_candidates(units, lambda u: False)
    counts = roles.count_candidates(units, lambda u: False, rules._person_counts)
    a = roles.amount_features(units, amounts[0], roles.Context(), amounts)
    c = roles.count_features(units, counts[0], roles.Context(), counts)
    for role in roles.AMOUNT_ROLES:
        assert set(w["amount"][role]) == set(a[role]) | {"bias", "rules_say"}
    for role in roles.COUNT_ROLES:
        assert set(w["count"][role]) == set(c[role]) | {"bias", "rules_say"}
    assert 0.5 <= w["decision"]["amount"]["min_share"] <= 1.0
    assert 0.5 <= w["decision"]["count"]["min_share"] <= 1.0


def _utility(line: str, role: str) -> float:
    units = _units(line)
    cands = roles.amount_candidates(units, lambda u: False)
    f = roles.amount_features(units, cands[0], roles.Context(), cands)[role]
    return roles.fitted_utility(dict(f, rules_say=0.0), roles.fitted_weights()["amount"][role])


def test_the_fitted_weights_say_what_a_label_means():
    """A grant word before an amount raises its EU co-financing utility, a value noun its total
    utility, "własny" its own-contribution utility, against a bare "Kwota"."""
    bare = "Kwota: 100 000,00 zł"
    assert _utility("Dotacja unijna: 100 000,00 zł", "eu") > _utility(bare, "eu") + 1
    assert _utility("Wartość zadania: 100 000,00 zł", "total") > _utility(bare, "total") + 1
    assert _utility("Wkład własny: 100 000,00 zł", "own") > _utility(bare, "own") + 1


def test_money_that_is_no_budget_figure_takes_no_role():
    """Next to a full-weight "not a budget figure" word (the state budget, a benefit, per
    person) an amount takes no budget role, whatever its fitted score."""
    for line in (
        "Na zadanie przeznaczono 45 000 zł z budżetu państwa.",
        "Stypendium na osobę: 1 200,00 zł",
    ):
        units = _units(line)
        cands = roles.amount_candidates(units, lambda u: False)
        f = roles.amount_features(units, cands[0], roles.Context(), cands)
        assert not any(roles.may_take_role(f[role]) for role in roles.AMOUNT_ROLES), line
    units = _units("Wartość projektu: 45 000 zł.")
    cands = roles.amount_candidates(units, lambda u: False)
    assert roles.may_take_role(
        roles.amount_features(units, cands[0], roles.Context(), cands)["total"]
    )


def test_the_product_decides_with_the_weights_file(monkeypatch):
    """A model that prefers the smallest amount as the total makes the product take it, with a
    problem saying so: the product reads its weights from roles_weights.yaml."""
    page = (
        "Tytuł projektu: Dobry Sąsiad\nRealizator: Gminny Ośrodek Pomocy Społecznej w Lipnie\n\n"
        "Wartość projektu: 800 000,00 zł.\nDofinansowanie z EFS: 680 000,00 zł.\n"
        "Wkład własny: 120 000,00 zł.\n"
    )
    assert rec(page)["total_cost_pln"] == 800000.0
    real = roles.fitted_weights()
    odd = {
        **real,
        "amount": {**real["amount"], "total": {"bias": 8.0, "share_of_largest": -30.0}},
    }
    monkeypatch.setattr(roles, "fitted_weights", lambda: odd)
    r = rec(page)
    assert r["total_cost_pln"] == 120000.0
    assert any(
        "total_cost_pln: 120000.00 chosen by fitted role scores over 800000.00" in p
        for p in r["problems"]
    )


# --------------------------------------------------------------------------- shares and deciding


class _Fig:
    def __init__(self, value, rounded=False):
        self.value = Decimal(value)
        self.rounded = rounded


def test_value_shares_are_a_choice_among_the_page_and_none():
    a, b = _Fig("100"), _Fig("200")
    shares = roles.value_shares([(a, 0.0), (b, 0.0)])
    assert shares == {Decimal("100"): 1 / 3, Decimal("200"): 1 / 3}  # "none" takes the last third
    # a value stated twice adds its candidates' shares
    twice = roles.value_shares([(a, 0.0), (_Fig("100"), 0.0)])
    assert abs(twice[Decimal("100")] - 2 / 3) < 1e-9


def test_a_rounded_figure_gives_its_share_to_the_exact_one():
    rounded, exact = _Fig("6000000", rounded=True), _Fig("6118777.73")
    chosen, why = roles.fitted_decide([(rounded, 3.0), (exact, 2.0)], 0.7, 0.0)
    assert why is None and chosen is exact
    # no exact figure near it: the rounded one stands
    far = _Fig("9118777.73")
    chosen, _ = roles.fitted_decide([(rounded, 4.0), (far, 0.0)], 0.7, 0.0)
    assert chosen is rounded


def test_no_value_likely_enough_is_null_without_a_guess():
    chosen, why = roles.fitted_decide([(_Fig("100"), -1.0), (_Fig("200"), -1.5)], 0.7, 0.0)
    assert chosen is None and why is None
    chosen, why = roles.fitted_decide([(_Fig("100"), 2.0), (_Fig("200"), 2.0)], 0.4, 0.1)
    assert chosen is None and why == "no clear winner between 100, 200"


# --------------------------------------------------------------------------- whole wordings


def test_a_future_tense_planned_count():
    page = (
        "W ubiegłym roku z różnych form pomocy ośrodka skorzystało 340 osób.\n\n"
        "Nowym projektem zostanie objętych 36 mieszkańców gminy, którzy wezmą udział w "
        "warsztatach i doradztwie zawodowym."
    )
    # the fitted scorer ranks the future-tense count first as planned, the past one as actual
    # (alone, without the cue rules' vote, it is not sure enough to decide: share < 0.9) …
    assert fitted_ranking(page, "planned") == [36, 340]
    assert fitted_ranking(page, "actual") == [340, 36]
    # … and the product, with the rules' vote, reads both
    r = rec(page)
    assert (r["participants_planned"], r["participants_actual"]) == (36, 340)


def test_a_total_with_an_adjective_label_and_its_grant():
    page = (
        "Całkowita wartość przedsięwzięcia: 1 234 567,89 zł\n"
        "Kwota dofinansowania ze środków EFS: 1 049 382,71 zł\n"
    )
    assert fitted_pick(page, "amount", "total") == (Decimal("1234567.89"), None)
    assert fitted_pick(page, "amount", "eu") == (Decimal("1049382.71"), None)


def test_a_role_word_after_the_amount():
    page = (
        "Gmina zapłaci za remont świetlicy 35 000 zł. "
        "Kwota 812 450,00 zł to całkowity koszt projektu realizowanego przez ośrodek."
    )
    # "to całkowity koszt" after the figure: the fitted scorer ranks it far above the other
    # amount (alone, without the cue rules' vote, not sure enough to decide), the product reads it
    shares = amount_shares(page, "total")
    assert max(shares, key=shares.get) == Decimal("812450.00")
    assert shares[Decimal("812450.00")] > 3 * shares[Decimal("35000")]
    assert rec(page)["total_cost_pln"] == 812450.0


def test_another_projects_figure_is_kept_out():
    page = (
        "Projekt „Razem Mocniej” realizuje Gminny Ośrodek Pomocy Społecznej w Zalesiu. "
        "Wartość projektu „Razem Mocniej” wynosi 540 000,00 zł.\n\n"
        "Wcześniej ośrodek prowadził projekt „Krok do Przodu”, którego wartość wynosiła "
        "910 000,00 zł."
    )
    assert fitted_pick(page, "amount", "total", title="Razem Mocniej") == (
        Decimal("540000.00"),
        None,
    )


def test_a_rounded_mln_total_is_approximate():
    r = rec(
        "Tytuł projektu: Wspólna Droga\nRealizator: Miejski Ośrodek Pomocy Społecznej w Brzegu\n\n"
        "Projekt będzie kosztować 2,4 mln zł, a potrwa do końca 2020 roku."
    )
    assert r["total_cost_pln"] == 2400000.0
    assert r["total_cost_qualifier"] == "approximately"


# --------------------------------------------------------------------------- doubt: null over a guess


def test_doubted_is_a_share_below_the_fitted_doubt():
    assert roles.doubted(0.03, {"doubt": 0.05})
    assert not roles.doubted(0.07, {"doubt": 0.05})
    assert not roles.doubted(None, {"doubt": 0.05})  # no candidate has the value: no opinion
    assert not roles.doubted(0.0, {})  # no doubt in the file: the rules' value stands


def test_fitted_share_adds_up_a_value_stated_twice():
    page = (
        "Wartość projektu: 300 000,00 zł.\nDotacja: 250 000,00 zł.\nKoszt całkowity: 300 000,00 zł."
    )
    units = _units(page)
    cands = [c for c in roles.amount_candidates(units, lambda u: False) if c.currency == "PLN"]
    feats = [roles.amount_features(units, c, roles.Context(), cands) for c in cands]
    flat = {"bias": 0.0}  # every candidate utility 0: each of three a quarter, "none" the last
    share = roles.fitted_share(cands, feats, "total", flat, lambda v: False, Decimal("300000"))
    assert abs(share - 0.5) < 1e-9
    assert roles.fitted_share(cands, feats, "total", flat, lambda v: False, 1) is None


def test_a_rules_value_the_fitted_scorer_doubts_is_left_null(monkeypatch):
    """Where the fitted scorer decides nothing and gives the cue rules' value a share below the
    decision's `doubt`, the value is left null with a problem (a wrong figure published is worse
    than none); with no doubt the rules' value stands."""
    page = (
        "Tytuł projektu: Nowy Start\nRealizator: Gminny Ośrodek Pomocy Społecznej w Lipnie\n\n"
        "Wartość projektu: 800 000,00 zł.\nW projekcie weźmie udział 24 osoby.\n"
    )
    r = rec(page)
    assert (r["total_cost_pln"], r["participants_planned"]) == (800000.0, 24)
    real = roles.fitted_weights()
    # a model that likes no figure (every utility far below "none") and doubts below 0.5
    odd = {
        "amount": {role: {"bias": -9.0} for role in roles.AMOUNT_ROLES},
        "count": {role: {"bias": -9.0} for role in roles.COUNT_ROLES},
        "decision": {
            "amount": {**real["decision"]["amount"], "doubt": 0.5},
            "count": {**real["decision"]["count"], "doubt": 0.5},
        },
    }
    monkeypatch.setattr(roles, "fitted_weights", lambda: odd)
    r = rec(page)
    assert (r["total_cost_pln"], r["total_cost_qualifier"], r["participants_planned"]) == (
        None,
        None,
        None,
    )
    assert any(
        p.startswith(
            "total_cost_pln: 800000.00 read by the cue rules has a fitted role share of 0.00"
        )
        for p in r["problems"]
    )
    assert any(
        p.startswith("participants_planned: 24 read by the cue rules") for p in r["problems"]
    )
    # the same model without a doubt: the rules' values stand
    for kind in ("amount", "count"):
        odd["decision"][kind] = {**odd["decision"][kind], "doubt": 0.0}
    r = rec(page)
    assert (r["total_cost_pln"], r["participants_planned"]) == (800000.0, 24)


def test_the_weights_file_keeps_the_rules_vote_out_of_amounts_and_has_a_doubt():
    """The shipped fit caps the cue rules' vote in the amounts' model at 0 (it weighs the cues
    themselves: with the vote it read a fresh part worse) and sets a doubt for each kind."""
    w = roles.fitted_weights()
    assert all(w["amount"][role]["rules_say"] <= 0.0 for role in roles.AMOUNT_ROLES)
    for kind in ("amount", "count"):
        assert 0.0 < w["decision"][kind]["doubt"] < 0.5
