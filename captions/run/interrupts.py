"""Ending a run cleanly on Ctrl-C, SIGTERM or SIGHUP: one line, no traceback, nothing left behind.

The command line turns these signals into `Interrupted` in the main process,
so every `finally` on the way out runs: worker processes are ended and
half-written output files removed. Then it prints one line and exits with
128 + the signal's number (130 for Ctrl-C), as shells expect.
"""
from __future__ import annotations

import os
import signal
import sys
from types import FrameType
from typing import NoReturn

STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


class Interrupted(BaseException):
    """The run was asked to stop by a signal.

    A BaseException, as KeyboardInterrupt is, so that no `except Exception`
    swallows it; but not a KeyboardInterrupt, which click would turn into
    its own "Aborted!" and exit 1.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class StopSignals:
    """Raises Interrupted in the main thread on the first stop signal.

    Later signals are ignored: they would cut the cleanup short, and the
    cleanup itself waits at most a couple of seconds.
    """

    def __init__(self) -> None:
        self.received: int | None = None

    def install(self) -> None:
        for signum in STOP_SIGNALS:
            signal.signal(signum, self._handle)

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.received is None:
            self.received = signum
            raise Interrupted(signum)

    def exit(self) -> NoReturn:
        """Say so in one line and end the process, after the cleanup has run."""
        signum = self.received or signal.SIGINT
        name = "" if signum == signal.SIGINT else f" by {signal.Signals(signum).name}"
        for stream in (sys.stdout, sys.stderr):
            _flush_without_waiting(stream)
        try:
            os.write(2, f"captions: interrupted{name}\n".encode())
        except OSError:
            pass
        # os._exit: the run is over and cleaned up; exit-time hooks (such as
        # joining the threads of a process pool) could only make it wait.
        os._exit(128 + signum)


def _flush_without_waiting(stream: object) -> None:
    """Flush what a pipe takes now: a reader that stopped reading (a pager) must not hold up the exit."""
    try:
        fd = stream.fileno()  # type: ignore[attr-defined]
        blocking = os.get_blocking(fd)
    except (AttributeError, OSError, ValueError):  # no file behind it, or closed
        fd, blocking = None, True
    try:
        if fd is not None:
            os.set_blocking(fd, False)
        stream.flush()  # type: ignore[attr-defined]
    except (OSError, ValueError):  # full, closed or broken: the output is cut short anyway
        pass
    finally:
        if fd is not None:
            try:
                os.set_blocking(fd, blocking)  # the flag belongs to the terminal or pipe, shared with the shell
            except OSError:
                pass
