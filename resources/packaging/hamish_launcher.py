"""The bundle's entry point: the same ``hamish`` command that ``pip install`` makes (desktop.cli.main)."""

import multiprocessing
import sys

from desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # Windows bundles re-run the executable for worker processes
    sys.exit(main())
