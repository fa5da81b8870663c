"""The kiosk's cache keys are BLAKE2b from Python's own module: the running kiosk never loads OpenSSL for them."""

import hashlib
import io
import subprocess
import sys

from kiosk.core.digest import file_digest, text_digest


def test_digests_are_the_blake2b_the_caches_were_keyed_with():
    data = bytes(range(256)) * 9000  # over two reads of a megabyte
    assert file_digest(io.BytesIO(data)) == hashlib.file_digest(io.BytesIO(data), "blake2b").hexdigest()
    assert text_digest("/content/media/大足.svg") == hashlib.blake2b("/content/media/大足.svg".encode(), digest_size=16).hexdigest()
    assert len(text_digest("x", size=6)) == 12


NO_OPENSSL = r"""
import json, sys
import kiosk.core.font_subsets, kiosk.core.renditions, kiosk.core.staff_config
before = "_hashlib" in sys.modules
config = kiosk.core.staff_config.StaffConfig()
config.set_pin("2468")
print(json.dumps({"before": before, "right": config.check_pin("2468"), "wrong": config.check_pin("1357")}))
"""


def test_openssl_loads_only_when_staff_set_or_type_a_pin():
    out = subprocess.run([sys.executable, "-c", NO_OPENSSL], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == '{"before": false, "right": true, "wrong": false}'
