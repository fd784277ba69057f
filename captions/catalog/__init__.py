"""The catalogue: its models, ids, writers and readers, SQLite export, photo rows and diffs."""
