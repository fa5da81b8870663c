"""The content as the running kiosk takes it: checked in a process of its own, handed back as records.

The kiosk shows records, tools and older tests show the checked models: the Presenter must
make the same screens of both, in every language.
"""

from __future__ import annotations

import json
import pickle
import subprocess
import sys

from contentkit import BUNDLED_CONTENT, line_of

from kiosk.core import reading
from kiosk.core.loader import load_content
from kiosk.core.present import Presenter
from kiosk.core.records import Record, field_names, kind_of, walk


def test_records_hold_every_field_of_every_model_at_the_same_place():
    models = load_content(BUNDLED_CONTENT).content
    records = reading.read(BUNDLED_CONTENT).content
    pairs = list(zip(walk(models), walk(records), strict=True))
    assert len(pairs) > 300
    for (at, model), (at_record, record) in pairs:
        assert at == at_record
        if field_names(model) is not None:
            assert isinstance(record, Record) and kind_of(record) == type(model).__name__, at
            assert field_names(record) == tuple(type(model).model_fields), at
        elif not isinstance(model, list):
            assert record == model, at


def test_the_presenter_makes_the_same_screens_of_records_as_of_models_in_every_language():
    result = load_content(BUNDLED_CONTENT)
    read = reading.read(BUNDLED_CONTENT)
    default = result.content.exhibition.default_language
    for code in result.content.language_codes:
        of_models = Presenter(result.real_root, code, default, result.media)
        of_records = Presenter(read.real_root, code, default, read.media)
        for model, record in zip(result.content.sections, read.content.sections, strict=True):
            assert of_records.section(record) == of_models.section(model)
            for panel, panel_record in zip(model.panels, record.panels, strict=True):
                assert of_records.fields(panel_record) == of_models.fields(panel), (code, model.id, panel.type)
                assert of_records.pictures_of(panel_record) == of_models.pictures_of(panel)


def test_figures_come_formatted_for_every_language_so_the_kiosk_needs_no_cldr_data():
    read = reading.read(BUNDLED_CONTENT)
    figures = [v for _, v in walk(read.content) if kind_of(v) == "Figure"]
    assert figures, "the bundled content has a figures panel"
    codes = list(read.language_names)
    assert codes == ["en", "zh-Hans", "ar"]
    for figure in figures:
        assert set(figure.shown) == set(codes)
    assert any(figure.shown["en"] != figure.shown["zh-Hans"] for figure in figures), "CLDR's words differ (million, 万)"


PARENT = r"""
import json, sys
from kiosk.core.present import Presenter
from kiosk.core.reading import read_in_child

read = read_in_child(sys.argv[1])
p = Presenter(read.real_root, "zh-Hans", "en", read.media)
panels = [p.fields(panel) for section in read.content.sections for panel in section.panels]
checker = [m for m in ("pydantic", "yaml", "babel", "_hashlib", "kiosk.core.schema", "kiosk.core.loader") if m in sys.modules]
print(json.dumps({"errors": [e.message for e in read.errors], "panels": len(panels), "checker": checker,
                  "names": read.language_names, "offered": [lang["code"] for lang in read.languages]}))
"""


def test_a_process_reading_through_the_checker_process_holds_none_of_the_checker(tmp_path):
    out = subprocess.run([sys.executable, "-c", PARENT, str(BUNDLED_CONTENT)], capture_output=True, text=True,
                         timeout=120, env={**_env(tmp_path)})
    assert out.returncode == 0, out.stderr[-2000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["errors"] == [] and seen["panels"] > 20
    assert seen["checker"] == [], "pydantic, YAML, CLDR and OpenSSL stay in the checker's process"
    assert seen["names"] == {"en": "English", "zh-Hans": "中文", "ar": "العربية"}
    assert seen["offered"] == ["en", "zh-Hans", "ar"]


def test_a_curators_mistake_comes_back_from_the_checker_with_its_file_and_line(content, tmp_path, monkeypatch):
    monkeypatch.setenv("KIOSK_STATE_DIR", str(tmp_path / "state"))
    text = content.replace_in_section('  en: "Cliff carvings', '  en: ["Cliff carvings')
    got = reading.read_in_child(content.root)
    assert got.content is None
    shown = [e.format(content.root) for e in got.errors]
    assert shown == [e.format(content.root) for e in content.load().errors], "the same words as 'kiosk validate'"
    assert [e.path.name for e in got.errors] == ["demo.yaml"] and "YAML syntax" in shown[0]
    assert got.errors[0].line in (line_of(text, '["Cliff'), line_of(text, '["Cliff') + 1), shown


def _answering(code=0, answer=b"", said="", raises=None):
    def run(command, stop, limit_s):
        if raises is not None:
            raise raises
        return code, answer, said
    return run


def test_a_checker_that_dies_or_hangs_is_a_problem_named_for_staff_not_a_crash(monkeypatch, content):
    cases = [
        (_answering(-9, said="Killed\n"), "exit code -9: Killed"),
        (_answering(0, b"not a pickle"), "its answer could not be read"),
        (_answering(0, pickle.dumps({"a": "dict"})), "it answered with something else"),
        (_answering(None), f"still reading after {reading.CHILD_LIMIT_S} s"),
        (_answering(raises=FileNotFoundError("no python")), "it could not start"),
    ]
    for run, why in cases:
        monkeypatch.setattr(reading, "_run", run)
        got = reading.read_in_child(content.root)
        assert got.content is None and len(got.errors) == 1
        message = got.errors[0].format(content.root)
        assert why in message and "kiosk validate" in message, message
        watched = {p.name for p in got.watch}
        assert {"exhibition.yaml", "demo.yaml", "sections"} <= watched, "the curator's fix is still noticed"


def test_a_kiosk_that_stops_ends_its_checker_at_once(content, tmp_path, monkeypatch):
    monkeypatch.setenv("KIOSK_STATE_DIR", str(tmp_path / "state"))
    asked = []

    def stop():  # the kiosk stops while its checker is still starting (it takes about a second)
        asked.append(1)
        return len(asked) > 2

    got = reading.read_in_child(content.root, stop)
    assert got.content is None
    assert "the kiosk stopped it" in got.errors[0].message, got.errors[0].message


def _env(tmp_path):
    import os

    return {**os.environ, "KIOSK_STATE_DIR": str(tmp_path / "state")}
