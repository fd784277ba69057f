"""The error of a knowledge file (agencies, markers, HTML conventions) that cannot be used."""
from __future__ import annotations


class RegistryError(ValueError):
    """A registry file that cannot be used; the message names the file and the problem."""
