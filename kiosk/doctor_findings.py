"""One line of `kiosk doctor`'s report."""

from __future__ import annotations

from dataclasses import dataclass, field

PASS, WARN, FAIL, INFO = "PASS", "WARN", "FAIL", "INFO"


@dataclass
class Finding:
    status: str
    label: str
    text: str
    details: list[str] = field(default_factory=list)  # printed indented under the line

    def lines(self) -> list[str]:
        return [f"{self.status}  {self.label}: {self.text}", *(f"      {d}" for d in self.details)]
