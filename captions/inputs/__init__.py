"""Where pages come from: files, folders, standard input, JSON Lines, HTML and WARC archives."""

DEFAULT_MAX_BYTES = 20 * 1024 * 1024   # a page larger than this is skipped (--max-bytes); here, so that --help imports nothing more


def size_words(size: int) -> str:
    """A size limit as users read it: '300 bytes', '20,971,520 bytes (20 MB)'."""
    if size < 1 << 20:
        return f"{size} bytes"
    return f"{size:,} bytes ({size / (1 << 20):.3g} MB)"


def os_problem(err: OSError) -> str:
    """What an OSError says of a file, in the words every input and option file uses (`FILE: problem`)."""
    if isinstance(err, FileNotFoundError):
        return "no such file or directory"
    if isinstance(err, IsADirectoryError):
        return "is a folder"
    return f"cannot read: {err.strerror or err}"
