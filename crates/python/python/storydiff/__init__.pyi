from typing import Any, Tuple

from ._storydiff import REPORT_VERSION as REPORT_VERSION
from ._storydiff import ArrowFindings as ArrowFindings
from ._storydiff import claims as claims
from ._storydiff import compare as compare
from ._storydiff import compare_many as compare_many

FINDINGS_COLUMNS: Tuple[str, ...]

def compare_arrow(data: Any, story: str = "story", name: str = "name", text: str = "text") -> Any:
    """Findings of every story of Arrow data: a pyarrow.RecordBatch (ArrowFindings without pyarrow)."""
