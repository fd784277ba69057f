"""Reading text into pictures: pure functions from a page dump to an Article."""
