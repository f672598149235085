"""Bring locales/<locale>/LC_MESSAGES/remedies.po up to date with the templates and the code's N_() labels.

Usage: python tools/update_catalogs.py [LOCALE ...]   (default: every catalog except en)
New messages are added with an empty translation; translations already made are kept; messages no
longer used are dropped. The header (comments and metadata such as X-Reviewed) is kept exactly as it is.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from remedies.rendering.extract import messages  # noqa: E402

# Python modules whose N_() and gettext() strings appear in documents.
LABEL_MODULES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "src/remedies/documents").glob("*.py")) + [
    "src/remedies/checks/admissibility.py"]


def template_messages() -> list[tuple[str, str]]:
    """(msgid, where) for every translatable string, templates first, in order of appearance."""
    found: dict[str, str] = {}
    for template in sorted((ROOT / "templates").glob("*.docx")):
        for message in messages(template):
            found.setdefault(message, f"templates/{template.name}")
    for module in LABEL_MODULES:
        for _, message, _, _ in extract_from_file("python", ROOT / module, keywords={"N_": None, "gettext": None}):
            found.setdefault(message, module)
    return list(found.items())


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def update(locale: str) -> Path:
    path = ROOT / "locales" / locale / "LC_MESSAGES" / "remedies.po"
    text = path.read_text(encoding="utf-8")
    header = text.split("\n\n", 1)[0].rstrip("\n")  # comments and metadata, kept verbatim
    with path.open("rb") as handle:
        old = read_po(handle, locale=locale, domain="remedies")
    blocks = [header]
    for msgid, where in template_messages():
        previous = old.get(msgid)
        lines = [f"#: {where}"]
        if previous is not None and previous.fuzzy:
            lines.append("#, fuzzy")
        lines += [f"msgid {_quote(msgid)}", f"msgstr {_quote(previous.string if previous else '')}"]
        blocks.append("\n".join(lines))
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    return path


def main(locales: list[str]) -> None:
    chosen = locales or sorted(p.name for p in (ROOT / "locales").iterdir()
                               if (p / "LC_MESSAGES" / "remedies.po").is_file() and p.name != "en")
    for locale in chosen:
        print(f"updated {update(locale).relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
