"""Where pages come from: files, folders, standard input, JSON Lines, HTML and WARC archives."""

DEFAULT_MAX_BYTES = 20 * 1024 * 1024   # a page larger than this is skipped (--max-bytes); here, so that --help imports nothing more
