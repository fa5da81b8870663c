"""Problems found in content, each pointing at a file, a line and a fix."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int  # 1-based; 0 when the whole file is meant
    column: int  # 1-based
    severity: Severity
    message: str

    def format(self, root: Path | None = None) -> str:
        shown = self.path
        if root is not None:
            try:
                shown = self.path.relative_to(root.parent)
            except ValueError:
                pass
        return f"{shown}:{self.line}:{self.column}: {self.severity.value}: {self.message}"

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


def error(path: Path, line: int, column: int, message: str) -> Problem:
    return Problem(path, line, column, Severity.ERROR, message)


def warning(path: Path, line: int, column: int, message: str) -> Problem:
    return Problem(path, line, column, Severity.WARNING, message)
