"""`python -m metrics` runs the command line."""

import sys

from metrics.cli import main

# Guarded: worker processes started with "spawn" import this module again (as `__mp_main__`).
if __name__ == "__main__":
    sys.exit(main())
