"""The bundle's entry point: the same `kiosk` command as in the development venv."""

import sys

from kiosk.cli import main

if __name__ == "__main__":
    sys.exit(main())
