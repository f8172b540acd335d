"""``python -m eventkit.evaluation DIR [-v] [--json]``: same as ``eventkit evaluate``."""

import sys

from eventkit.cli import main

if __name__ == "__main__":
    sys.exit(main(["evaluate", *sys.argv[1:]]))
