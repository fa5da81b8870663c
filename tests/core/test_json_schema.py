"""The JSON Schemas editors use: current, accepted by a draft-07 validator, strict about keys."""

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from kiosk.core.json_schema import SCHEMAS, schema_for

CONTENT = Path(__file__).resolve().parents[2] / "content"


def _load(name):
    return json.loads((CONTENT / "schema" / name).read_text("utf-8"))


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_committed_schema_matches_the_model(name):
    assert _load(name) == schema_for(SCHEMAS[name]), "run `kiosk schema content` and commit the result"


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_schema_is_valid_draft_07(name):
    jsonschema.Draft7Validator.check_schema(_load(name))


def _content_files():
    yield "exhibition.schema.json", CONTENT / "exhibition.yaml"
    for path in sorted((CONTENT / "sections").glob("*.yaml")):
        yield "section.schema.json", path


@pytest.mark.parametrize(("schema", "path"), list(_content_files()), ids=lambda v: getattr(v, "name", v))
def test_bundled_content_is_accepted(schema, path):
    validator = jsonschema.Draft7Validator(_load(schema))
    errors = list(validator.iter_errors(yaml.safe_load(path.read_text("utf-8"))))
    assert not errors, [e.message for e in errors[:5]]


def test_every_content_file_points_editors_at_its_schema():
    for schema, path in _content_files():
        first = path.read_text("utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema=") and first.endswith(schema), path


def test_a_misspelt_key_is_rejected():
    data = yaml.safe_load((CONTENT / "sections" / "dazu.yaml").read_text("utf-8"))
    data["summery"] = data.pop("summary")
    validator = jsonschema.Draft7Validator(_load("section.schema.json"))
    messages = [e.message for e in validator.iter_errors(data)]
    assert any("summery" in m for m in messages)
    assert any("summary" in m for m in messages)  # and the real key is reported missing
