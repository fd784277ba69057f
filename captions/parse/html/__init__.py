"""Reading HTML pages: figures, marks, metadata and the conventions of outlets."""
