"""Where pages come from: files, folders, standard input, JSON Lines, HTML and WARC archives."""

DEFAULT_MAX_BYTES = 20 * 1024 * 1024   # a page larger than this is skipped (--max-bytes); here, so that --help imports nothing more


def os_problem(err: OSError) -> str:
    """What an OSError says of a file, in the words every input and option file uses (`FILE: problem`)."""
    if isinstance(err, FileNotFoundError):
        return "no such file or directory"
    if isinstance(err, IsADirectoryError):
        return "is a folder"
    return f"cannot read: {err.strerror or err}"
