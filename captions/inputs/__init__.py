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


def json_problem(err: ValueError) -> str:
    """What the JSON decoder says is wrong, without the offset its message ends with ('Unterminated string starting at'):
    the line and column, or the file and line, are said in front of it."""
    message = str(getattr(err, "msg", err))
    for dangling in (" starting at", " at"):
        message = message.removesuffix(dangling)
    return message


NOT_GZIP = "named .gz but not gzip-compressed; read as it is"   # a warning: nothing is lost


def read_problem(err: BaseException) -> str:
    """What an error reading a file or stream says, gzip's and zlib's included, in captions' words (`cannot read: ...`)."""
    import gzip
    import zlib

    if isinstance(err, gzip.BadGzipFile):
        return "cannot read: not gzip data, though it begins like it"
    if isinstance(err, EOFError):
        return "cannot read: gzip data cut short"
    if isinstance(err, zlib.error):
        return "cannot read: gzip data corrupt"
    return f"cannot read: {getattr(err, 'strerror', None) or err}"
