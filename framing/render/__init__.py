"""Renderers: one analysis as terminal text (:mod:`.terminal`) and as a self-contained HTML
report (:mod:`.html`). Its JSON is :meth:`framing.model.ArticleAnalysis.to_json`."""
