"""Write the first version of each .docx template in templates/ from tools/templates/<name>.py.

Usage: python tools/build_templates.py [NAME ...]
The .docx files are the templates the tool renders; once a lawyer edits one in Word, stop
regenerating it (or port the edit here). Each module defines FILE and build(builder).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "templates"))

from docxbuild import Builder  # noqa: E402

TEMPLATES = HERE.parent / "templates"


def main(names: list[str]) -> None:
    for module_path in sorted((HERE / "templates").glob("[!_]*.py")):
        spec = importlib.util.spec_from_file_location(module_path.stem, module_path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        if names and module.FILE.removesuffix(".docx") not in names:
            continue
        builder = Builder(**getattr(module, "BUILDER_OPTIONS", {}))
        module.build(builder)
        builder.save(TEMPLATES / module.FILE)
        print(f"wrote templates/{module.FILE}")


if __name__ == "__main__":
    main(sys.argv[1:])
