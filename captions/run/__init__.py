"""Running pages: the worker pool, the progress bar and stop signals."""
