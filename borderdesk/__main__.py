"""``python -m borderdesk`` — same as the ``borderdesk`` command."""

import sys

from borderdesk.cli import main

sys.exit(main())
