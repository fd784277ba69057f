"""A page typed into a terminal ends at the first Ctrl-D, as `cat` ends there, not at a second one."""
from __future__ import annotations

import io

from captions.inputs.stdin import sniff


class Terminal(io.RawIOBase):
    """A terminal's reads: a line a read, nothing for a Ctrl-D, and then whatever is typed next."""

    def __init__(self, *reads: bytes) -> None:
        self.reads = list(reads)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        data = self.reads.pop(0) if self.reads else b""
        buffer[: len(data)] = data
        return len(data)


def test_a_page_typed_into_a_terminal_ends_at_the_first_ctrl_d() -> None:
    typed = Terminal(b"Leaders meet\n", b"The two leaders shake hands. [Jane Roe/Reuters]\n", b"",
                     b"typed after Ctrl-D\n")
    kind, stream = sniff(io.BufferedReader(typed))
    assert (kind, stream.read()) == ("page", b"Leaders meet\nThe two leaders shake hands. [Jane Roe/Reuters]\n")
