"""Percentile bootstrap confidence intervals over articles (seeded, so reports are reproducible).

Figures such as "mean sentiment of side A's statements at outlet X" pool statements, but
statements of one article are not independent (same event, same writer). The resampling unit is
therefore the article: each article contributes a numerator and a denominator (e.g. the sum of
its statements' scores and their number), and the statistic is the pooled ratio
Σ numerators / Σ denominators (a cluster bootstrap; Efron & Tibshirani 1993, ch. 13).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from statistics import NormalDist
from typing import Any

import numpy as np

N_RESAMPLES = 1000
SEED = 20240501
LEVEL = 0.95
#: Resamples drawn per step, so memory stays ~CHUNK × n_articles whatever the corpus size.
CHUNK = 100


@dataclass(frozen=True)
class Estimate:
    """A pooled ratio with its bootstrap interval.

    ``value``, ``low`` and ``high`` are None when there is no data (no article with a non-zero
    denominator); ``n_articles`` counts those articles, ``n`` sums their denominators.
    """

    value: float | None
    low: float | None
    high: float | None
    n_articles: int
    n: int | float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def ratio_ci(
    numerators: Sequence[float],
    denominators: Sequence[float],
    n_resamples: int = N_RESAMPLES,
    seed: int = SEED,
    level: float = LEVEL,
) -> Estimate:
    """Σ numerators / Σ denominators with a percentile bootstrap interval over articles.

    Articles whose denominator is 0 carry no information and are left out. The same inputs
    and seed always give the same interval.
    """
    num = np.asarray(numerators, dtype=float)
    den = np.asarray(denominators, dtype=float)
    keep = den != 0
    num, den = num[keep], den[keep]
    n = len(den)
    if n == 0:
        return Estimate(None, None, None, 0, 0)
    value = float(num.sum() / den.sum())
    if n == 1:
        return Estimate(_r(value), _r(value), _r(value), 1, _count(den.sum()))
    rng = np.random.default_rng(seed)
    stats = []
    for start in range(0, n_resamples, CHUNK):
        size = min(CHUNK, n_resamples - start)
        idx = rng.integers(0, n, size=(size, n))
        d = den[idx].sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            stats.append(num[idx].sum(axis=1) / d)
    boot = np.concatenate(stats)
    boot = boot[np.isfinite(boot)]
    tail = (1.0 - level) / 2.0 * 100.0
    low, high = np.percentile(boot, [tail, 100.0 - tail])
    return Estimate(_r(value), _r(float(low)), _r(float(high)), n, _count(den.sum()))


def share_ci(numerators: Sequence[float], denominators: Sequence[float], *,
             balance: bool = False, **kwargs: Any) -> Estimate:
    """:func:`ratio_ci` of a share, its interval widened to cover the Wilson score interval of
    the pooled counts.

    At 0% or 100% every resample gives the same share and the bootstrap interval has zero
    width, claiming a certainty that a few statements cannot give (18 of 18 statements: Wilson
    82%–100%). The Wilson interval (Wilson 1927) treats statements as independent, so it only
    ever widens the cluster bootstrap's. ``balance``: the numerators are hits − misses and the
    figure is 2 × share − 1, in [−1, 1] (e.g. cooperative − hostile over their sum).
    """
    est = ratio_ci(numerators, denominators, **kwargs)
    if est.value is None:
        return est
    share = (est.value + 1) / 2 if balance else est.value
    low, high = wilson_interval(share, est.n, kwargs.get("level", LEVEL))
    if balance:
        low, high = 2 * low - 1, 2 * high - 1
    return replace(est, low=_r(min(est.low, low)), high=_r(max(est.high, high)))


def wilson_interval(share: float, n: float, level: float = LEVEL) -> tuple[float, float]:
    """The Wilson score interval of a proportion ``share`` observed in ``n`` trials."""
    z = NormalDist().inv_cdf(0.5 + level / 2)
    z2n = z * z / n
    centre = (share + z2n / 2) / (1 + z2n)
    half = z * math.sqrt(share * (1 - share) / n + z2n / (4 * n)) / (1 + z2n)
    return max(0.0, centre - half), min(1.0, centre + half)


def mean_ci(values: Sequence[float], **kwargs: Any) -> Estimate:
    """The mean of per-article values with its bootstrap interval."""
    return ratio_ci(values, [1.0] * len(values), **kwargs)


def _r(x: float) -> float:
    return round(x, 4)


def _count(x: float) -> float:
    """A summed denominator: an int when whole (statements, claims: ``"n": 20``, not 20.0)."""
    return int(x) if float(x).is_integer() else float(x)
