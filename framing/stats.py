"""Statistics shared by the analyzers.

:func:`log_odds_dirichlet` is the weighted log-odds ratio with an informative Dirichlet prior of
Monroe, Colaresi & Quinn (2008), "Fightin' Words: Lexical Feature Selection and Evaluation for
Identifying the Content of Political Conflict", *Political Analysis* 16(4), 372–403.
"""

from __future__ import annotations

import math
from collections import defaultdict
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


#: What a term's score depends on: its count in group i, in group j, and its prior p_w.
Signature = tuple[int, int, float]
#: ``(delta, variance, z)`` of a term.
Score = tuple[float, float, float]


class LogOdds:
    """:func:`log_odds_dirichlet` for many pairs of groups under one prior and α0.

    Terms with the same :data:`Signature` have the same score, and a document has far fewer
    signatures than terms: each signature is scored once (:meth:`grouped`, :meth:`score_groups`).
    """

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
    ) -> dict[str, Score]:
        """``{term: (delta, variance, z)}`` of group i vs group j.

        ``terms`` limits the terms scored (default: the union of both groups); ``totals`` gives
        ``(n_i, n_j)`` when the caller knows them (default: the sums of the counts).
        """
        terms = _terms(counts_i, counts_j, terms)
        signatures = self.signatures(counts_i, counts_j, terms)
        table = self.score_groups(set(signatures), _totals(counts_i, counts_j, totals))
        return {w: table[sig] for w, sig in zip(terms, signatures, strict=True)}

    def z_delta(
        self,
        counts_i: Mapping[str, int],
        counts_j: Mapping[str, int],
        terms: Iterable[str] | None = None,
        totals: tuple[int, int] | None = None,
    ) -> tuple[dict[str, float], dict[str, float]]:
        """:meth:`scores` as two dicts, ``{term: z}`` and ``{term: delta}``."""
        scores = self.scores(counts_i, counts_j, terms, totals)
        return {w: s[2] for w, s in scores.items()}, {w: s[0] for w, s in scores.items()}

    def grouped(
        self,
        counts_i: Mapping[str, int],
        counts_j: Mapping[str, int],
        terms: Iterable[str] | None = None,
    ) -> dict[Signature, list[str]]:
        """``terms`` (default: the union of both groups) by :data:`Signature`, in term order."""
        terms = _terms(counts_i, counts_j, terms)
        groups: defaultdict[Signature, list[str]] = defaultdict(list)
        for w, sig in zip(terms, self.signatures(counts_i, counts_j, terms), strict=True):
            groups[sig].append(w)
        return groups

    def signatures(self, counts_i: Mapping[str, int], counts_j: Mapping[str, int],
                   terms: list[str]) -> list[Signature]:
        """The :data:`Signature` of each of ``terms``.

        A term missing from the prior (or with p_w <= 0) gets the smallest positive p_w given,
        else ``1 / (number of terms of both groups)``.
        """
        prior_get, get_i, get_j = self.prior.get, counts_i.get, counts_j.get
        floor = None
        out: list[Signature] = []
        for w in terms:
            p = prior_get(w, 0.0)
            if p <= 0:
                if floor is None:
                    floor = self.floor() or 1.0 / max(1, len(counts_i) + len(counts_j))
                p = floor
            out.append((get_i(w, 0), get_j(w, 0), p))
        return out

    def against_rest(self, part: Mapping[str, int], whole: Mapping[str, int], whole_total: int
                     ) -> tuple[dict[Signature, list[str]], tuple[int, int]]:
        """The terms of ``part`` by signature against the rest of ``whole``, and both totals.

        The rest is ``whole`` minus ``part`` (``whole`` holding ``whole_total`` occurrences):
        the same as :meth:`grouped` of ``part`` vs ``{w: whole[w] - part[w] if positive}`` over
        the terms of ``part``, with the totals of both, in one pass.
        """
        prior_get, whole_get = self.prior.get, whole.get
        floor = None
        overlap = 0  # occurrences of the part's terms that ``whole`` includes
        groups: defaultdict[Signature, list[str]] = defaultdict(list)
        for w, c in part.items():
            d = whole_get(w, 0)
            overlap += c if c < d else d
            p = prior_get(w, 0.0)
            if p <= 0:
                if floor is None:
                    floor = self.floor() or 1.0 / max(1, len(part) + sum(
                        1 for v, n in part.items() if whole_get(v, 0) > n))  # terms of the rest
                p = floor
            groups[c, d - c if d > c else 0, p].append(w)
        return groups, (sum(part.values()), whole_total - overlap)

    def score_groups(self, signatures: Iterable[Signature], totals: tuple[int, int]
                     ) -> dict[Signature, Score]:
        """``(delta, variance, z)`` of each signature, the groups having ``totals`` terms."""
        alpha0 = self.alpha0
        mass_i, mass_j = totals[0] + alpha0, totals[1] + alpha0
        log, sqrt = math.log, math.sqrt
        out: dict[Signature, Score] = {}
        for sig in signatures:
            a = alpha0 * sig[2]
            yi = sig[0] + a
            yj = sig[1] + a
            # Rest-of-vocabulary mass must stay positive even when a prior term dominates α0.
            ri = max(mass_i - yi, 1e-9)
            rj = max(mass_j - yj, 1e-9)
            delta = log(yi / ri) - log(yj / rj)
            variance = 1.0 / yi + 1.0 / yj
            out[sig] = (delta, variance, delta / sqrt(variance))
        return out


def _terms(counts_i: Mapping[str, int], counts_j: Mapping[str, int],
           terms: Iterable[str] | None) -> list[str]:
    if terms is None:
        return [*counts_i, *(t for t in counts_j if t not in counts_i)]
    return list(terms)


def _totals(counts_i: Mapping[str, int], counts_j: Mapping[str, int],
            totals: tuple[int, int] | None) -> tuple[int, int]:
    return totals if totals is not None else (sum(counts_i.values()), sum(counts_j.values()))
