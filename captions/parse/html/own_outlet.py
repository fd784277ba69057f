"""The page's own outlet named in a credit: "(Photo: Addis Ledger/Name)", "(EL DIARIO/ NAME)".

Papers credit their staff's pictures with their own name, first or alone: "Outlet/Name", "Outlet/File". An
outlet no list knows, named in two capitalised words, has a person's shape, and "Addis Ledger/Name" read as a
photographer and an agency the wrong way round. The page says its own name (og:site_name): a credit part
printing it names the outlet, an agency kept as printed, and the credit is read again knowing it.
"""
from __future__ import annotations

from ...catalog.models import Credit
from ...knowledge.registry import AgencyRegistry
from ...text import fold

MIN_OUTLET_LETTERS = 3  # a site named in fewer letters ("TV") is no name to find in a credit


def knowing_outlet(registry: AgencyRegistry, site: str | None) -> AgencyRegistry | None:
    """The registry and the page's outlet as an agency kept as printed; None when the page names no outlet, or
    one the registry knows already."""
    if site is None or sum(c.isalpha() for c in site) < MIN_OUTLET_LETTERS or registry.recognise(site) is not None:
        return None
    return registry.extended({"agencies": [{"name": f"{site} (the page's outlet)", "variants": [site]}]},
                             "the page's og:site_name")


def names_outlet_as_person(credit: Credit, site: str | None) -> bool:
    """Whether a credit of two parts or more read one printing the page's own name as a photographer. A credit
    naming the site alone is left as read: a photographer's own site is named after them ("Jane Doe")."""
    return (site is not None and fold(credit.raw) != fold(site)
            and fold(site) in {fold(name) for name in credit.photographers})
