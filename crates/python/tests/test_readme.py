"""The README's "Python and Spark" example runs as printed."""

import re
import subprocess
import sys

from conftest import ROOT


def test_the_readmes_python_example_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python and Spark", 1)[1].split("\n## ", 1)[0]
    example = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    assert len(example.strip().splitlines()) <= 5, "five lines"
    out = subprocess.run([sys.executable, "-c", example], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "date_conflict" in out.stdout, out.stdout
