"""Reports: credit counts, tables and the filters that choose pictures."""
