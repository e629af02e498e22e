"""The frozen bundle's entry: the same as the ``opgroei`` command.

Both executables in the bundle run this script: without a command it starts the app, with one
(``check``, ``demo``, ``export`` ...) it works headless.
"""

import sys

from opgroei_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
