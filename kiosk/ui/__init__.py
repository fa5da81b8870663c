"""The kiosk's Qt layer: Python types for QML, the window, preview rendering."""
