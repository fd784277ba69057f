"""Reading the knowledge YAML files, with what they said kept as JSON between runs.

Importing PyYAML and parsing the bundled files took about a sixth of a
one-page `captions credits` run (benchmarks/README.md). So the data read
from each file is kept in the user's cache folder (`$XDG_CACHE_HOME/captions`,
else `~/.cache/captions`) as JSON, beside the text it was read from.

Why it is safe: every run still reads the YAML file itself, and uses the
kept data only when the file's text is the very text it was read from; an
edited file is read again (and its entry replaced), whatever its time stamps
say. Only data that JSON gives back exactly is kept (no dates, no keys other
than strings); JSON holds data, never code; and the registry checks the data
wherever it came from, so both give the same registry and the same errors.
Entries are written atomically; any problem with the cache folder
(read-only, full, no home) just means reading the YAML. The one assumption:
the same text gives the same data, which holds as long as PyYAML's safe
loader keeps its YAML 1.1 reading (it has since its first release); a
captions that reads YAML otherwise must bump FORMAT.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
import zlib
from pathlib import Path
from typing import Any, Callable

FORMAT = 1  # bumped when what is kept changes


def cache_folder() -> Path | None:
    """Where the kept data goes: $XDG_CACHE_HOME/captions, else ~/.cache/captions; None with no home."""
    base = os.environ.get("XDG_CACHE_HOME") or ""
    if not os.path.isabs(base):  # the XDG spec: a relative path is to be ignored
        home = os.path.expanduser("~")
        if home == "~":
            return None
        base = os.path.join(home, ".cache")
    return Path(base) / "captions"


def load_yaml_data(text: str, source: str, parse: Callable[[str, str], Any], *, key: str | None = None) -> Any:
    """parse(text, source), or what it gave for this same text before.

    `key` (default: `source`) says which file this is, so that each file
    keeps one entry, replaced when its text changes: each bundled file, and
    each file a user passes with --agencies (by its absolute path).
    """
    folder = cache_folder()
    if folder is None:
        return parse(text, source)
    entry = folder / _entry_name(key or source)
    try:
        kept = json.loads(entry.read_text(encoding="utf-8"))
        if kept.get("format") == FORMAT and kept.get("text") == text:
            return kept["data"]
    except (OSError, ValueError, AttributeError, KeyError):
        pass  # no entry yet, or not one of ours: read the YAML
    data = parse(text, source)
    _keep(folder, entry, {"format": FORMAT, "source": source, "data": data, "text": text})
    return data


def _entry_name(key: str) -> str:
    """A file name for the entry of `key`: its last part, readable, and a checksum of the whole, so paths differ."""
    readable = re.sub(r"[^A-Za-z0-9_.-]+", "-", key.replace("\\", "/").rsplit("/", 1)[-1])[-60:]
    return f"{readable}-{zlib.crc32(key.encode('utf-8', 'surrogatepass')):08x}.json"


def _keep(folder: Path, entry: Path, kept: dict[str, Any]) -> None:
    try:
        dumped = json.dumps(kept, ensure_ascii=False)
        if json.loads(dumped)["data"] != kept["data"]:
            return  # JSON would not give this data back as the YAML gave it
    except (TypeError, ValueError, RecursionError):
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=folder, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as stream:
                stream.write(dumped)
            os.replace(temporary, entry)  # atomic: a run reading at the same time sees the old entry or the new
        except BaseException:
            os.unlink(temporary)
            raise
    except (OSError, UnicodeError):  # UnicodeError: a lone surrogate ("\\udc80" in the YAML) has no UTF-8
        pass
