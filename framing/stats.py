"""Statistics shared by the analyzers.

:func:`log_odds_dirichlet` is the weighted log-odds ratio with an informative Dirichlet prior of
Monroe, Colaresi & Quinn (2008), "Fightin' Words: Lexical Feature Selection and Evaluation for
Identifying the Content of Political Conflict", *Political Analysis* 16(4), 372–403.
"""

from __future__ import annotations

import math
from collections.abc import Mapping


def log_odds_dirichlet(
    counts_i: Mapping[str, int],
    counts_j: Mapping[str, int],
    prior: Mapping[str, float],
    alpha0: float,
) -> dict[str, tuple[float, float, float]]:
    """Log-odds ratio of every term between groups i and j, shrunk towards a background.

    For term w with counts y_i, y_j, group totals n_i, n_j and prior mass
    α_w = α0 · p_w::

        δ_w = log((y_i+α_w) / (n_i+α0−y_i−α_w)) − log((y_j+α_w) / (n_j+α0−y_j−α_w))
        σ²_w ≈ 1/(y_i+α_w) + 1/(y_j+α_w)
        z_w = δ_w / σ_w

    Parameters
    ----------
    counts_i, counts_j
        Term counts of the two groups (terms absent from one group count 0 there).
    prior
        Background relative frequency p_w of each term (need not sum to 1 over these terms).
        A term missing from ``prior`` (or with p_w <= 0) gets the smallest positive p_w given,
        so it is shrunk like the rarest known term rather than dividing by zero.
    alpha0
        Total prior pseudo-count α0 (> 0): how strongly the background pulls estimates.

    Returns
    -------
    dict
        ``{term: (delta, variance, z)}`` over the union of the terms of both groups;
        positive z means the term leans to group i. Swapping i and j negates delta and z.
    """
    if alpha0 <= 0:
        raise ValueError("alpha0 must be positive")
    n_i = sum(counts_i.values())
    n_j = sum(counts_j.values())
    positive = [p for p in prior.values() if p > 0]
    floor = min(positive) if positive else 1.0 / max(1, len(counts_i) + len(counts_j))
    log = math.log
    out: dict[str, tuple[float, float, float]] = {}
    terms = list(counts_i)
    terms += [t for t in counts_j if t not in counts_i]
    for w in terms:
        p = prior.get(w, 0.0)
        a = alpha0 * (p if p > 0 else floor)
        yi = counts_i.get(w, 0) + a
        yj = counts_j.get(w, 0) + a
        # Rest-of-vocabulary mass must stay positive even when a prior term dominates α0.
        ri = max(n_i + alpha0 - yi, 1e-9)
        rj = max(n_j + alpha0 - yj, 1e-9)
        delta = log(yi / ri) - log(yj / rj)
        var = 1.0 / yi + 1.0 / yj
        out[w] = (delta, var, delta / math.sqrt(var))
    return out
