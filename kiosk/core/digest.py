"""BLAKE2b digests without loading OpenSSL.

`hashlib` loads OpenSSL's libcrypto as it is imported, for algorithms Python also builds
in: 3.7 MB more resident memory in the kiosk for the few hashes it takes (cache keys
for pictures and typeface copies). BLAKE2 is Python's own, so the kiosk asks for it
directly and uses hashlib only where that module is missing.
"""

from __future__ import annotations

from typing import BinaryIO

try:
    from _blake2 import blake2b
except ImportError:  # a Python built without its own BLAKE2
    from hashlib import blake2b

CHUNK = 1 << 20


def text_digest(text: str, size: int = 16) -> str:
    """Hex digest of `text` (UTF-8), `size` bytes long."""
    return blake2b(text.encode("utf-8"), digest_size=size).hexdigest()


def file_digest(f: BinaryIO) -> str:
    """Hex BLAKE2b (64 bytes) of everything left in the open binary file `f`, read a megabyte at a time."""
    digest = blake2b()
    while chunk := f.read(CHUNK):
        digest.update(chunk)
    return digest.hexdigest()
