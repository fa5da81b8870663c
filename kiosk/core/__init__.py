"""The kiosk's Qt-free core: content model, YAML loading, validation and imaging.

Nothing under kiosk.core may import Qt; tests/core/test_no_qt.py enforces it.
"""
