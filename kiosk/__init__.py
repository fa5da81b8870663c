"""Heritage kiosk: a touch exhibit that runs a curator-edited exhibition from YAML."""

__version__ = "0.1.0"
