"""The 95% intervals hold the truth about 95% of the time, also for groups of a few articles."""

from __future__ import annotations

import numpy as np
import pytest

from framing.compare.bootstrap import ratio_ci, share_ci, wilson_interval


def _coverage(n_articles: int, reps: int = 300) -> float:
    """How often the interval of a mean sentiment holds the true mean (−0.1), statements
    clustered in articles: article effect N(−0.1, 0.2), statement N(article, 0.3), about six
    statements per article. Seeded: the same answer every run."""
    rng = np.random.default_rng(11)
    hits = 0
    for _ in range(reps):
        sizes = np.maximum(1, rng.poisson(6, n_articles))
        effects = rng.normal(-0.1, 0.2, n_articles)
        scores = [rng.normal(u, 0.3, m) for u, m in zip(effects, sizes, strict=True)]
        est = ratio_ci([s.sum() for s in scores], sizes, seed=int(rng.integers(1 << 30)),
                       bounds=(-1.0, 1.0))
        hits += est.low <= -0.1 <= est.high
    return hits / reps


@pytest.mark.parametrize("n_articles", [2, 3, 5])
def test_a_few_articles_get_an_interval_that_holds_the_mean(n_articles):
    """The percentile bootstrap alone held the true mean in 50%, 75% and 83% of such groups
    of 2, 3 and 5 articles (an outlet with five articles, a week of a few): far from the 95%
    printed beside it."""
    assert _coverage(n_articles) >= 0.9


def test_one_article_gives_the_whole_range_of_a_mean_and_wilson_for_a_share():
    """One article said "−0.15 [−0.15, −0.15]": certainty from a single article."""
    one = ratio_ci([-0.9], [6], bounds=(-1.0, 1.0))
    assert (one.value, one.low, one.high) == (-0.15, -1.0, 1.0)
    share = share_ci([4], [6])  # its statements are all there is: Wilson, as before
    low, high = wilson_interval(4 / 6, 6)
    assert (share.low, share.high) == (round(low, 4), round(high, 4))


def test_the_t_floor_stays_within_the_range_of_the_figure():
    mean = ratio_ci([0.9 * 3, -0.8 * 2, 0.95 * 4], [3, 2, 4], bounds=(-1.0, 1.0))
    assert -1.0 <= mean.low < mean.value < mean.high <= 1.0
    share = share_ci([0, 0, 3], [3, 4, 3])
    assert share.low == 0.0 and share.high <= 1.0
    stance = share_ci([-2, -3, 1], [2, 3, 1], balance=True)
    assert stance.low == -1.0 and stance.high <= 1.0
