"""The audit: rules over the parse result, rule selection, baselines, sorting and output formats."""
