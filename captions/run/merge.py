"""The main process's side of a run over worker processes: results taken in, in input order.

Workers return each share's entries (`shares.work`); here they are handed on
in input order, their problems told, progress counted, and, for runs that
give ids, each page's id settled: claimed in input order, as a run in one
process claims it, so the output is the same bytes for any number of
workers. The rare page parsed under an id that turns out taken is parsed
again under its own (`redo`). Markers count what only the whole run can
tell: the catalogues left out of a folder, the records of an archive not
followed by a blank line, an archive whose rest is skipped.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Iterator

from ..catalog.build import ArticleIds
from ..inputs.sources import Problem
from ..inputs.walk import FolderEnd, no_pages
from ..inputs.warc import SpanEnd, bad_ends_problem
from ..knowledge.registry import AgencyRegistry
from .shares import CatalogPage, Entry, Folded, LeftOut, Share, Skipped, Transform, WarcSpan

if TYPE_CHECKING:
    from ..catalog.models import Article

Redo = Callable[[Share, dict[int, str]], list[Entry]]


class Merge:
    """Takes in each item's results in input order and yields what the run keeps of them."""

    def __init__(self, on_problem: Callable[[Problem], None], on_page: Callable[[], None] | None,
                 ids: ArticleIds | None, transform: Transform, registry: AgencyRegistry) -> None:
        self.on_problem = on_problem
        self.on_page = on_page
        self.ids = ids                # None when ids are final before the parse
        self.transform = transform
        self.registry = registry
        self.left_out = 0             # catalogues left out of the folder being walked
        self.bad_ends = 0             # records of the archive being read not followed by a blank line
        self.stopped: str | None = None   # the archive whose rest is skipped

    def shared(self, share: Share, entries: list[Entry], redo: Redo) -> Iterator[Any]:
        """The results of a worker's share."""
        if isinstance(share, WarcSpan):
            if share.start == 0:
                self.stopped, self.bad_ends = None, 0
            elif share.path == self.stopped:
                return
        if self.ids is not None:
            entries = self._settled(share, entries, redo)
        for result, problems, _ids in entries:
            yield from self._deliver(result, problems, share)

    def in_order(self, item: Article | LeftOut | FolderEnd) -> Iterator[Any]:
        """The result of an item this process handles itself: a catalogue article's, or a marker."""
        if isinstance(item, (LeftOut, FolderEnd)):  # markers first: telling an Article would import pydantic
            yield from self._deliver(item, [], None)
            return
        if self.ids is not None:
            from .items import with_id

            item = with_id(item, self.ids.claim(item.id))
        yield from self._deliver(self.transform(CatalogPage(item), self.registry), [], None)

    def page(self, result: Any, problems: list[Problem]) -> Iterator[Any]:
        """The result of a page parsed in this process under its final id."""
        return self._deliver(result, problems, None)

    def _settled(self, share: Share, entries: list[Entry], redo: Redo) -> list[Entry]:
        assert self.ids is not None
        forced: dict[int, str] = {}
        for _result, _problems, place in entries:
            if place is not None:
                claimed = self.ids.claim(place[1])
                if claimed != place[2]:
                    forced[place[0]] = claimed
        if not forced:
            return entries
        redone = {place[0]: result for result, _problems, place in redo(share, forced) if place is not None}
        return [(redone[place[0]], problems, place) if place is not None and place[0] in redone else (result, problems, place)
                for result, problems, place in entries]

    def _deliver(self, result: Any, problems: list[Problem], share: Share | None) -> Iterator[Any]:
        if isinstance(result, LeftOut):
            self.left_out += 1
            return
        if isinstance(result, Folded):
            yield result.value
            return
        if isinstance(result, Skipped):
            for problem in problems:
                self.on_problem(problem)
            return
        if isinstance(result, FolderEnd):
            if result.files == self.left_out:
                self.on_problem(no_pages(result.folder, self.left_out))
            self.left_out = 0
            return
        if isinstance(result, SpanEnd):
            for problem in problems:
                self.on_problem(problem)
            self._span_end(result, share)
            return
        for problem in problems:
            self.on_problem(problem)
        if self.on_page is not None:
            self.on_page()
        if result is not None:
            yield result

    def _span_end(self, end: SpanEnd, share: Share | None) -> None:
        assert isinstance(share, WarcSpan)
        if end.stopped:
            self.stopped, self.bad_ends = share.path, 0
            return
        self.bad_ends += end.bad_ends
        if share.last and self.bad_ends:
            self.on_problem(bad_ends_problem(share.path, self.bad_ends))
