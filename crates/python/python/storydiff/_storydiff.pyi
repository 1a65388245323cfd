"""Type hints of the compiled module (see storydiff/__init__.py)."""

import datetime
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple, Union

Versions = Union[Dict[str, str], Sequence[Tuple[str, str]]]
Report = Dict[str, Any]

REPORT_VERSION: int

def compare(versions: Versions, reference: Optional[str] = None) -> Report:
    """The report `storydiff compare --format json` prints, as Python objects."""

def compare_many(stories: Iterable[Versions], reference: Optional[str] = None) -> List[Report]:
    """compare() of every story, on all cores with the GIL released, in order."""

def claims(text: str, dct: Union[datetime.date, str, None] = None) -> List[Dict[str, Any]]:
    """The claims of one text, as `storydiff claims --format json` lists them."""

def compare_arrow(data: Any, story: str = "story", name: str = "name", text: str = "text") -> "ArrowFindings":
    """Findings of every story of an Arrow table, as Arrow."""

class ArrowFindings:
    """Findings as an Arrow record batch (PyCapsule protocol)."""

    def __len__(self) -> int: ...
    def __arrow_c_schema__(self) -> object: ...
    def __arrow_c_array__(self, requested_schema: object = None) -> Tuple[object, object]: ...
    def __arrow_c_stream__(self, requested_schema: object = None) -> object: ...
