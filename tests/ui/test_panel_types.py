"""Each panel type in the schema has its QML component, so a new type needs only those two."""

from kiosk.core.schema import PANEL_TYPES, Panel
from kiosk.ui.panel_item import PANELS_DIR, panel_component


def test_every_schema_panel_type_has_a_component():
    union = Panel.__origin__.__args__  # the models inside Annotated[Union[...], discriminator]
    kinds = {model.model_fields["type"].annotation.__args__[0] for model in union}
    assert kinds == set(PANEL_TYPES)
    for kind in PANEL_TYPES:
        path = panel_component(kind).toLocalFile()
        assert path.startswith(str(PANELS_DIR)) and __import__("os").path.isfile(path), f"{kind}: {path} is missing"
