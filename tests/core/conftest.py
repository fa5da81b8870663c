"""Fixtures for the Qt-free core tests.

`content` is a minimal valid content folder written fresh into tmp_path (it
loads with no problems at all); each test breaks exactly one thing in it.
Helpers live in contentkit.py so test modules can import them.
"""

from __future__ import annotations

import pytest
from contentkit import ContentFolder, make_content


@pytest.fixture
def content(tmp_path) -> ContentFolder:
    """A minimal valid content folder under tmp_path/content."""
    return make_content(tmp_path / "content")
