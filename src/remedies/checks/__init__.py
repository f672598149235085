"""Checks on a record or a result: readiness of each document, and (elsewhere) redaction."""
