"""One article's contribution to a corpus comparison, as a small JSON-ready dict.

Everything :class:`framing.compare.aggregate._Accumulator` takes from an article, computed once:
by the batch worker next to the analysis (stored as ``compare_digest``, so that the comparison
over a batch store reads a few kilobytes per article instead of the whole analysis), or on the
fly for analyses without one. Keys: ``article`` (the articles-table row), ``names`` (side id →
name), ``terms`` (the article's content terms, :func:`~framing.compare.terms.encode_forms`),
``side_terms`` (``[[side name, content-term counts], …]``), ``narrator_terms``, ``per_side``
(side name → numbers), ``general`` (the article's group numbers), ``frame_names`` and
``speakers`` (:func:`~framing.compare.speakers.speaker_rows`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from framing.compare.speakers import speaker_rows
from framing.compare.terms import ArticleTerms, counted_terms, stored_terms
from framing.model import BOTH, NARRATOR, ArticleAnalysis
from framing.text.tokenize import count_words

THIRD = "third parties"
UNKNOWN_VOICE = "unattributed"
JOINT = "both"
#: Statements of sides other than the corpus's two (articles on another conflict), and joint
#: statements of another pair of sides: counted apart so that the shares add up to 100%.
OTHER_SIDES = "other sides"


def joint_key(names: Iterable[str]) -> str:
    """The voice category of an article's joint statements: ``both:`` and its two side names,
    so that the comparison can tell the corpus's two sides' joint statements from others'."""
    return f"{JOINT}:" + "|".join(sorted(names))


def article_digest(a: ArticleAnalysis, stored: Mapping[str, Any] | None = None
                   ) -> dict[str, Any]:
    """The digest of one article; ``stored``: its :func:`~framing.batch.exports.voice_terms` (or an
    older store's ``terms_json``), which saves recounting."""
    names = {s.id: s.name for s in a.sides.sides}
    terms = stored_terms(stored) or counted_terms(a)
    general = group_numbers(a, names, terms)
    frames = a.results.get("frames", {})
    doc = a.document
    return {
        "article": {
            "doc_id": doc.id, "title": doc.title, "outlet": doc.outlet, "date": doc.date,
            "statements": len(a.statements),
            "by_side": {name: general["statements"].get(name, 0) for name in names.values()},
        },
        "names": names,
        "terms": terms.terms,
        "side_terms": [[name, terms.voices[sid][0]] for sid, name in names.items()
                       if sid in terms.voices],
        "narrator_terms": terms.voices[NARRATOR][0] if NARRATOR in terms.voices else None,
        "per_side": side_numbers(a, names),
        "general": general,
        "frame_names": list(frames["frames"]) if frames.get("frames") else None,
        "speakers": speaker_rows(a),
    }


def side_numbers(a: ArticleAnalysis, names: dict[str, str]) -> dict[str, dict[str, Any]]:
    """Side name → statements, verb classes, (Σ compound, n), (coop − hostile, coop + hostile)."""
    compound = {s["statement_id"]: s["compound"]
                for s in a.results.get("sentiment", {}).get("statements", [])}
    stance = a.results.get("stance", {}).get("voices", {})
    by_id = {s.id: s for s in a.statements}
    out = {}
    for sid, name in names.items():
        voice = a.voice(sid)
        sts = [by_id[i] for i in (voice.statement_ids if voice else []) if i in by_id]
        scores = [compound[s.id] for s in sts if s.id in compound]
        toward = stance.get(sid, {}).get("stance", {}).get(a.sides.other(sid) or "", {})
        hostile, coop = toward.get("hostile", 0), toward.get("cooperative", 0)
        out[name] = {
            "n": len(sts), "classes": Counter(s.verb_class for s in sts),
            "sentiment": (sum(scores), len(scores)),
            "stance": (coop - hostile, coop + hostile),
        }
    return out


def group_numbers(a: ArticleAnalysis, names: dict[str, str], terms: ArticleTerms
                  ) -> dict[str, Any]:
    """Words, statements and words by voice category, how the statements' sides were found
    (resolution → count), narrator sentiment, acts and frames."""
    third = {t.id for t in a.sides.third_parties}
    text = a.document.text
    joint = joint_key(names.values())
    statements: Counter[str] = Counter()
    vwords: Counter[str] = Counter()
    for st in a.statements:
        cat = (names.get(st.side) or (joint if st.side == BOTH else None)
               or (THIRD if st.side in third else UNKNOWN_VOICE))
        statements[cat] += 1
        vwords[cat] += count_words(text, [(st.start, st.end)])
    narrator = terms.voices.get(NARRATOR)
    vwords[NARRATOR] = narrator[1] if narrator else 0
    sent = a.results.get("sentiment", {}).get("voices", {}).get(NARRATOR, {})
    acts = a.results.get("stance", {}).get("voices", {}).get(NARRATOR, {})
    fcounts: dict[str, Counter[str]] = {"narrator": Counter(), "quoted": Counter()}
    fwords: Counter[str] = Counter()
    for vid, block in a.results.get("frames", {}).get("voices", {}).items():
        kind = "narrator" if vid == NARRATOR else "quoted"
        fcounts[kind].update(block.get("counts", {}))
        fwords[kind] += block.get("n_words", 0)
    mean, n = sent.get("mean_compound"), sent.get("n", 0)
    return {
        "words": terms.n_words, "statements": statements, "voice_words": vwords,
        "resolutions": Counter(st.resolution for st in a.statements),
        "narrator_sentiment": ((mean or 0.0) * n, n if mean is not None else 0),
        "as_agent": {names[s]: v.get("n", 0) for s, v in acts.get("as_agent", {}).items()
                     if s in names},
        "as_target": {names[s]: v.get("n", 0) for s, v in acts.get("as_target", {}).items()
                      if s in names},
        "frames": fcounts, "frame_words": fwords,
    }
