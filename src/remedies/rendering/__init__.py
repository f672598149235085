"""Rendering: localized, sandboxed, escaping Jinja over .docx templates, and writing the results."""
