"""`huunghi.text` must run without Django: checked by importing it and by reading its sources."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]


def test_it_imports_without_pulling_in_django():
    code = (
        "import sys, huunghi.text, huunghi.text.normalize, huunghi.text.collation, huunghi.text.dates, "
        "huunghi.text.money\n"
        "print(','.join(sorted(m for m in sys.modules if m == 'django' or m.startswith('django.'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_it_has_no_django_import_in_its_sources():
    offenders = []
    sources = sorted(PACKAGE.rglob("*.py"))
    assert PACKAGE / "normalize.py" in sources
    for path in sources:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            offenders += [f"{path.relative_to(PACKAGE)}: {name}" for name in names if name.split(".")[0] == "django"]
    assert offenders == []
