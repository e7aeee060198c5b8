"""Percentile bootstrap confidence intervals over articles (seeded, so reports are reproducible).

Figures such as "mean sentiment of side A's statements at outlet X" pool statements, but
statements of one article are not independent (same event, same writer). The resampling unit is
therefore the article: each article contributes a numerator and a denominator (e.g. the sum of
its statements' scores and their number), and the statistic is the pooled ratio
Σ numerators / Σ denominators (a cluster bootstrap; Efron & Tibshirani 1993, ch. 13).

With few articles the percentile bootstrap is far too narrow (it resamples a handful of values
and knows nothing of Student's t): in simulations of clustered statements its 95% interval held
the true mean 50% of the time with 2 articles, 75% with 3, 83% with 5, 90% with 10. Each
interval is therefore at least the cluster-robust t interval of the same ratio (its linearised
variance over articles, n/(n−1), t with n−1 degrees of freedom), which held it 94–96% of the
time from 2 articles on and is about as wide as the bootstrap's from 30.
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
    bounds: tuple[float, float] | None = None,
) -> Estimate:
    """Σ numerators / Σ denominators with a percentile bootstrap interval over articles, widened
    to at least the cluster-robust t interval (:func:`t_interval`).

    Articles whose denominator is 0 carry no information and are left out. The same inputs
    and seed always give the same interval. ``bounds``: the range the ratio can take (a mean
    VADER compound: −1 to 1), to which the interval is cut, and which is the interval of a
    single article (nothing tells how articles vary); without them, that one has zero width.
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
        low, high = bounds or (value, value)
        return Estimate(_r(value), _r(low), _r(high), 1, _count(den.sum()))
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
    t_low, t_high = t_interval(num, den, level)
    low, high = min(float(low), t_low), max(float(high), t_high)
    if bounds:
        low, high = max(low, bounds[0]), min(high, bounds[1])
    return Estimate(_r(value), _r(low), _r(high), n, _count(den.sum()))


def t_interval(num: np.ndarray, den: np.ndarray, level: float = LEVEL) -> tuple[float, float]:
    """The cluster-robust t interval of Σ num / Σ den over n ≥ 2 articles: the ratio ± t(n−1)
    × its standard error by linearisation, √(n/(n−1) · Σ (num − ratio · den)²) / Σ den."""
    from scipy.special import stdtrit  # loaded only here: importing scipy takes time

    n, total = len(den), float(den.sum())
    ratio = float(num.sum()) / total
    se = math.sqrt(n / (n - 1) * float(((num - ratio * den) ** 2).sum())) / total
    half = float(stdtrit(n - 1, 0.5 + level / 2)) * se
    return ratio - half, ratio + half


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
    est = ratio_ci(numerators, denominators, bounds=(-1.0 if balance else 0.0, 1.0), **kwargs)
    if est.value is None:
        return est
    share = (est.value + 1) / 2 if balance else est.value
    low, high = wilson_interval(share, est.n, kwargs.get("level", LEVEL))
    if balance:
        low, high = 2 * low - 1, 2 * high - 1
    if est.n_articles == 1:  # Wilson alone: its statements are all there is to go by
        return replace(est, low=_r(low), high=_r(high))
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
