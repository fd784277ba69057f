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
        import sys

        from .cli import run_command_line

        sys.exit(run_command_line())
    except OSError as err:
        if stop.received is not None:
            stop.exit()
        from .catalog.writers import NO_ROOM

        if err.errno not in NO_ROOM:
            raise
        _standard_output_failed(err)  # `captions catalog pages/ > /full/disk/catalog.yaml`
    except Exception as err:
        if stop.received is not None:
            stop.exit()
        from .disk_sort import TemporaryFilesError   # here: --help imports no tempfile

        if not isinstance(err, TemporaryFilesError):
            raise
        _failed(str(err))  # an audit's findings or a diff's pictures sorted on a full disk
    except BaseException:
        if stop.received is None:
            raise
        stop.exit()  # whatever was on its way out, the run was stopped: say only that


def _failed(message: str) -> None:
    import sys

    from .run.job import one_line

    print(one_line(f"captions: error: {message}"), file=sys.stderr)
    sys.exit(2)


def _standard_output_failed(err: OSError) -> None:
    """One line, exit 2, for a standard output that takes no more (a full disk); not a traceback."""
    import os
    import sys

    try:  # what is still buffered can go nowhere: drop it, or the exit would fail again on flushing it
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    print(f"captions: error: standard output: cannot write: {err.strerror}", file=sys.stderr)
    sys.exit(2)


if __name__ == "__main__":
    main()
