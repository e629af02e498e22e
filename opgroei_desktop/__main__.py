"""``python -m opgroei_desktop``: the same as the ``opgroei`` command."""

import sys

from .cli import main

sys.exit(main())
