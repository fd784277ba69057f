"""The `captions` command and `python -m captions`.

Stop signals are handled before the command line is even imported, so that
a Ctrl-C at any moment of a run ends it with one line and no traceback.
"""
from __future__ import annotations

from .run.interrupts import StopSignals


def main() -> None:
    stop = StopSignals()
    stop.install()
    try:
        from .cli import app

        app()
    except BaseException:
        if stop.received is None:
            raise
        stop.exit()  # whatever was on its way out, the run was stopped: say only that


if __name__ == "__main__":
    main()
