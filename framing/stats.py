"""Statistics shared by the analyzers.

:func:`log_odds_dirichlet` is the weighted log-odds ratio with an informative Dirichlet prior of
Monroe, Colaresi & Quinn (2008), "Fightin' Words: Lexical Feature Selection and Evaluation for
Identifying the Content of Political Conflict", *Political Analysis* 16(4), 372–403.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping


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
    return LogOdds(prior, alpha0).scores(counts_i, counts_j)


class LogOdds:
    """:func:`log_odds_dirichlet` for many pairs of groups under one prior and α0."""

    def __init__(self, prior: Mapping[str, float], alpha0: float) -> None:
        if alpha0 <= 0:
            raise ValueError("alpha0 must be positive")
        self.prior = prior
        self.alpha0 = alpha0
        self._floor: float | None = None

    def floor(self) -> float | None:
        """The smallest positive p_w of the prior (None if there is none); computed once."""
        if self._floor is None:
            self._floor = min((p for p in self.prior.values() if p > 0), default=0.0)
        return self._floor or None

    def scores(
        self,
        counts_i: Mapping[str, int],
        counts_j: Mapping[str, int],
        terms: Iterable[str] | None = None,
        totals: tuple[int, int] | None = None,
    ) -> dict[str, tuple[float, float, float]]:
        """``{term: (delta, variance, z)}`` of group i vs group j.

        ``terms`` limits the terms scored (default: the union of both groups); ``totals`` gives
        ``(n_i, n_j)`` when the caller knows them (default: the sums of the counts).
        """
        terms = self._terms(counts_i, counts_j, terms)
        deltas, variances = self._delta_var(counts_i, counts_j, terms, totals)
        sqrt = math.sqrt
        return {w: (d, v, d / sqrt(v)) for w, d, v in zip(terms, deltas, variances, strict=True)}

    def z_delta(
        self,
        counts_i: Mapping[str, int],
        counts_j: Mapping[str, int],
        terms: Iterable[str] | None = None,
        totals: tuple[int, int] | None = None,
    ) -> tuple[dict[str, float], dict[str, float]]:
        """:meth:`scores` as two dicts, ``{term: z}`` and ``{term: delta}`` (fewer objects)."""
        terms = self._terms(counts_i, counts_j, terms)
        deltas, variances = self._delta_var(counts_i, counts_j, terms, totals)
        sqrt = math.sqrt
        z = {w: d / sqrt(v) for w, d, v in zip(terms, deltas, variances, strict=True)}
        return z, dict(zip(terms, deltas, strict=True))

    @staticmethod
    def _terms(counts_i: Mapping[str, int], counts_j: Mapping[str, int],
               terms: Iterable[str] | None) -> list[str]:
        if terms is None:
            return [*counts_i, *(t for t in counts_j if t not in counts_i)]
        return list(terms)

    def _delta_var(self, counts_i: Mapping[str, int], counts_j: Mapping[str, int],
                   terms: list[str], totals: tuple[int, int] | None
                   ) -> tuple[list[float], list[float]]:
        n_i, n_j = totals if totals is not None else (
            sum(counts_i.values()), sum(counts_j.values()))
        alpha0, prior_get, get_i, get_j = self.alpha0, self.prior.get, counts_i.get, counts_j.get
        mass_i, mass_j = n_i + alpha0, n_j + alpha0
        log = math.log
        floor = None
        deltas: list[float] = []
        variances: list[float] = []
        for w in terms:
            p = prior_get(w, 0.0)
            if p <= 0:
                if floor is None:
                    floor = self.floor() or 1.0 / max(1, len(counts_i) + len(counts_j))
                p = floor
            a = alpha0 * p
            yi = get_i(w, 0) + a
            yj = get_j(w, 0) + a
            # Rest-of-vocabulary mass must stay positive even when a prior term dominates α0.
            ri = max(mass_i - yi, 1e-9)
            rj = max(mass_j - yj, 1e-9)
            deltas.append(log(yi / ri) - log(yj / rj))
            variances.append(1.0 / yi + 1.0 / yj)
        return deltas, variances
