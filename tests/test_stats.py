import math

import pytest

from framing.stats import log_odds_dirichlet


def test_hand_computed_value():
    # α_w = 2 · 0.5 = 1; δ_x = log(4/2) − log(2/4) = 2·log 2; σ² = 1/4 + 1/2.
    out = log_odds_dirichlet({"x": 3, "y": 1}, {"x": 1, "y": 3}, {"x": 0.5, "y": 0.5}, 2.0)
    delta, var, z = out["x"]
    assert delta == pytest.approx(2 * math.log(2))
    assert var == pytest.approx(0.75)
    assert z == pytest.approx(2 * math.log(2) / math.sqrt(0.75))
    assert out["y"][2] == pytest.approx(-z)


def test_swapping_groups_negates_delta_and_z():
    ci = {"enemy": 3, "peace": 1, "border": 2}
    cj = {"peace": 4, "border": 2, "talks": 1}
    prior = {"enemy": 0.1, "peace": 0.4, "border": 0.3, "talks": 0.2}
    ij = log_odds_dirichlet(ci, cj, prior, 10.0)
    ji = log_odds_dirichlet(cj, ci, prior, 10.0)
    assert set(ij) == set(ji) == set(prior)
    for w in prior:
        assert ij[w][0] == pytest.approx(-ji[w][0])
        assert ij[w][1] == pytest.approx(ji[w][1])
        assert ij[w][2] == pytest.approx(-ji[w][2])
    assert ij["enemy"][2] > 0 > ij["talks"][2]


def test_repeated_exclusive_term_beats_single_use_and_shared_term():
    ci = {"enemy": 2, "villages": 1, "attack": 1, "filler": 6}
    cj = {"attack": 1, "other": 9}
    total = 21
    prior = {w: c / total for w, c in {"enemy": 2, "villages": 1, "attack": 2, "filler": 6,
                                       "other": 9}.items()}
    z = {w: v[2] for w, v in log_odds_dirichlet(ci, cj, prior, 0.2 * total).items()}
    assert z["enemy"] > z["villages"] > z["attack"]


def test_term_missing_from_prior_gets_the_smallest_prior_mass():
    out = log_odds_dirichlet({"new": 1}, {"old": 1}, {"old": 0.5, "rare": 0.01}, 10.0)
    same = log_odds_dirichlet({"new": 1}, {"old": 1}, {"old": 0.5, "new": 0.01}, 10.0)
    assert out["new"] == pytest.approx(same["new"])


def test_alpha0_must_be_positive():
    with pytest.raises(ValueError):
        log_odds_dirichlet({"a": 1}, {"a": 1}, {"a": 1.0}, 0.0)


def test_scorer_with_given_terms_and_totals_matches_the_full_computation():
    from framing.stats import LogOdds

    ci = {"enemy": 3, "peace": 1, "border": 2}
    cj = {"peace": 4, "border": 2, "talks": 1}
    prior = {"enemy": 0.1, "peace": 0.4, "border": 0.3}  # "talks" falls back to the floor
    full = log_odds_dirichlet(ci, cj, prior, 10.0)
    odds = LogOdds(prior, 10.0)
    part = odds.scores(ci, cj, terms=["enemy", "talks"], totals=(6, 7))
    assert set(part) == {"enemy", "talks"}
    assert part["enemy"] == full["enemy"] and part["talks"] == full["talks"]
    z, delta = odds.z_delta(ci, cj)
    assert z == {w: s[2] for w, s in full.items()}
    assert delta == {w: s[0] for w, s in full.items()}
    assert z["enemy"] > 0 > z["talks"]
