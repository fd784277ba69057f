"""Where pages come from: files, folders, standard input, JSON Lines, HTML and WARC archives."""
