"""Localisation: catalogs read at render time, the translator workflow, and template string extraction."""
