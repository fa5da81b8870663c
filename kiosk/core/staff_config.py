"""The staff settings file: the PIN (as a salted hash), kiosk-mode options and opening hours.

It lives in the operating system's config folder, outside content/, so nothing a
curator saves can change it. KIOSK_CONFIG_DIR overrides the folder.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

from kiosk.core.state import APP_NAME

ITERATIONS = 200_000
FILE_NAME = "staff.json"


def config_dir() -> Path:
    override = os.environ.get("KIOSK_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


@dataclass
class StaffConfig:
    pin_salt: str = ""
    pin_hash: str = ""
    hide_cursor: bool = True
    opening_hours: dict = field(default_factory=dict)  # see kiosk.core.opening_hours; empty: always open
    closed_dates: list = field(default_factory=list)  # "YYYY-MM-DD" holidays
    sleep: str = "screen"  # outside opening hours: "screen" (a dim sleep screen) or "blank" (black)

    @property
    def has_pin(self) -> bool:
        return bool(self.pin_salt and self.pin_hash)

    def set_pin(self, pin: str) -> None:
        if not (pin.isdigit() and 4 <= len(pin) <= 12):
            raise ValueError("a staff PIN is 4 to 12 digits")
        salt = os.urandom(16)
        self.pin_salt = salt.hex()
        self.pin_hash = _hash(pin, salt).hex()

    def check_pin(self, pin: str) -> bool:
        """Slow on purpose (PBKDF2); call it off the GUI thread."""
        if not self.has_pin:
            return False
        import hmac  # with _hash: OpenSSL is loaded only when staff type a PIN

        return hmac.compare_digest(_hash(pin, bytes.fromhex(self.pin_salt)).hex(), self.pin_hash)

    def hours(self):
        """The opening hours; raises ValueError if the file has hours that make no sense."""
        from kiosk.core.opening_hours import OpeningHours

        return OpeningHours.from_config(self.opening_hours, self.closed_dates)


def _hash(pin: str, salt: bytes) -> bytes:
    import hashlib

    return hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, ITERATIONS)


def load(folder: Path | None = None) -> StaffConfig:
    path = (folder or config_dir()) / FILE_NAME
    try:
        data = json.loads(path.read_text("utf-8"))
        return StaffConfig(**{k: data[k] for k in asdict(StaffConfig()) if k in data})
    except (OSError, ValueError, TypeError):
        return StaffConfig()


def save(config: StaffConfig, folder: Path | None = None) -> Path:
    folder = folder or config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / FILE_NAME
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(config), indent=2) + "\n", "utf-8")
    os.chmod(tmp, 0o600)
    tmp.replace(path)
    return path
