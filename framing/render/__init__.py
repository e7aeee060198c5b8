"""Renderers: the analysis as terminal text, JSON, HTML."""
