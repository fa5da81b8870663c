"""Curators' saves while the kiosk runs: bad ones never reach visitors, good ones show at the next home."""

import logging
import os
import shutil

import pytest

SETTLE_MS = 300


@pytest.fixture
def live(qtbot, content_copy):
    from kiosk.ui.shell import KioskShell

    shell = KioskShell(content_copy, fullscreen=False, size=(1280, 720), settle_ms=SETTLE_MS)
    shell.window.show()
    qtbot.waitUntil(lambda: shell.exhibit.status == "ready", timeout=60_000)
    yield shell
    shell.close()


def _visitor(qtbot, shell):
    from tests.ui.conftest import Visitor

    return Visitor(qtbot, shell)


def test_saving_a_broken_file_keeps_the_last_good_content(live, qtbot, content_copy, caplog):
    visitor = _visitor(qtbot, live)
    visitor.open_section(1)
    title = live.exhibit.sections[1]["title"]
    section = content_copy / "sections" / "dazu.yaml"
    with caplog.at_level(logging.ERROR):
        section.write_text(section.read_text("utf-8").replace("summary:", "summery:", 1), "utf-8")
        qtbot.waitUntil(lambda: "dazu.yaml" in live.exhibit.problems, timeout=10_000)
    assert "did you mean 'summary'" in live.exhibit.problems
    assert any("dazu.yaml" in r.getMessage() and "summery" in r.getMessage() for r in caplog.records)
    assert live.exhibit.status == "ready" and live.exhibit.sections[1]["title"] == title
    visitor.tap("Home")
    qtbot.waitUntil(lambda: live.visit.screen == "home", timeout=2000)
    assert live.exhibit.sections[1]["title"] == title  # still the last good content


def test_a_good_change_waits_for_the_next_return_home(live, qtbot, content_copy):
    visitor = _visitor(qtbot, live)
    visitor.open_section(1)
    old = live.exhibit.sections[1]["title"]
    section = content_copy / "sections" / "dazu.yaml"
    section.write_text(section.read_text("utf-8").replace(f'en: "{old}"', 'en: "Dazu: carved in stone"', 1), "utf-8")
    qtbot.waitUntil(lambda: live.exhibit.updatePending, timeout=10_000)
    assert live.exhibit.sections[1]["title"] == old, "a visitor in the middle of a section is not pulled out"
    assert live.visit.screen == "section"
    visitor.tap("Home")
    qtbot.waitUntil(lambda: live.exhibit.sections[1]["title"] == "Dazu: carved in stone", timeout=3000)
    assert not live.exhibit.updatePending


def test_a_half_copied_folder_is_never_loaded(qtbot, content_copy, tmp_path):
    """Content delivered as a new release folder goes live only when the `current` link is swapped."""
    from kiosk.ui.shell import KioskShell

    releases = tmp_path / "releases"
    releases.mkdir()
    v1 = releases / "v1"
    shutil.move(str(content_copy), v1)
    current = tmp_path / "current"
    current.symlink_to(v1)
    shell = KioskShell(current, fullscreen=False, size=(1280, 720), settle_ms=SETTLE_MS)
    try:
        shell.window.show()
        qtbot.waitUntil(lambda: shell.exhibit.status == "ready", timeout=60_000)
        old = shell.exhibit.sections[0]["title"]

        # A copy in progress: the new exhibition.yaml has arrived, its sections have not.
        v2 = releases / "v2"
        v2.mkdir()
        (v2 / "exhibition.yaml").write_text((v1 / "exhibition.yaml").read_text("utf-8"), "utf-8")
        qtbot.wait(SETTLE_MS * 4)
        assert shell.exhibit.sections[0]["title"] == old and shell.exhibit.problems == ""

        # Even if staff swap to it too early, the incomplete release is refused.
        tmp_link = tmp_path / "current.new"
        tmp_link.symlink_to(v2)
        os.replace(tmp_link, current)
        qtbot.waitUntil(lambda: "v2" in shell.exhibit.problems or "sections" in shell.exhibit.problems, timeout=10_000)
        assert shell.exhibit.sections[0]["title"] == old

        # The finished copy, swapped in atomically, goes live.
        shutil.rmtree(v2)
        shutil.copytree(v1, v2)
        acha = v2 / "sections" / "acha.yaml"
        acha.write_text(acha.read_text("utf-8").replace(f'en: "{old}"', 'en: "The Chongqing assembly"', 1), "utf-8")
        tmp_link.symlink_to(v2)
        os.replace(tmp_link, current)
        qtbot.waitUntil(lambda: shell.exhibit.sections[0]["title"] == "The Chongqing assembly", timeout=10_000)
    finally:
        shell.close()
