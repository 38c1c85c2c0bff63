"""geodata's public API keeps numpydoc docstrings: a section for what goes in and what comes out.

The public API is every function and class a module of ``geodata`` names in ``__all__``
(``geodata.build`` and ``geodata.cli`` are internal), with the public methods and properties
those classes define. Each one needs:

- a ``Parameters`` section naming every parameter of its signature (a class: of its
  constructor), so a renamed or added argument cannot go undocumented;
- a ``Returns`` (or ``Yields``) section, unless it returns ``None``.

The examples themselves are run by pytest's ``--doctest-modules`` (pyproject.toml).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import pytest

import geodata

INTERNAL = ("geodata.build", "geodata.cli")
# Definitions that need no section, each with the reason.
EXEMPT = {
    "geodata.timeline.TimelineError": "an exception raised with a message; nobody builds one",
}
SECTION = re.compile(r"^(\w+)\n-{3,}\n(.*?)(?=^\w+\n-{3,}\n|\Z)", re.MULTILINE | re.DOTALL)
NAME_LINE = re.compile(r"^(\*{0,2}\w+(?:, \*{0,2}\w+)*)(?: :|$)")


def _modules():
    for info in pkgutil.walk_packages(geodata.__path__, "geodata."):
        if not info.name.startswith(INTERNAL):
            yield importlib.import_module(info.name)


def public_api() -> dict[str, object]:
    """Qualified name → function, class, method or property, each once (re-exports too)."""
    found: dict[str, object] = {}
    seen: set[int] = set()

    def add(name: str, obj: object) -> None:
        if id(obj) not in seen:
            seen.add(id(obj))
            found[name] = obj

    for module in _modules():
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if not (inspect.isfunction(obj) or inspect.isclass(obj)):
                continue  # constants: documented where they are defined
            qualified = f"{obj.__module__}.{obj.__qualname__}"
            add(qualified, obj)
            if inspect.isclass(obj):
                for attr, member in vars(obj).items():
                    if attr.startswith("_"):
                        continue
                    if isinstance(member, (staticmethod, classmethod)):
                        member = member.__func__
                    if isinstance(member, property):
                        member = member.fget
                    if inspect.isfunction(member):
                        add(f"{qualified}.{attr}", member)
    return found


def sections(doc: str) -> dict[str, str]:
    """numpydoc sections of a cleaned docstring: heading → body."""
    return {m.group(1): m.group(2) for m in SECTION.finditer(doc)}


def documented_names(body: str) -> set[str]:
    """The parameter names of a Parameters section (``a, b : float`` names two)."""
    names = set()
    for line in body.splitlines():
        match = NAME_LINE.match(line)
        if match:
            names.update(n.strip().lstrip("*") for n in match.group(1).split(","))
    return names


def _parameters(obj: object) -> list[str]:
    try:
        signature = inspect.signature(obj)
    except (TypeError, ValueError):
        return []
    return [p for p in signature.parameters if p not in ("self", "cls") and not p.startswith("_")]


def problems_of(name: str, obj: object) -> list[str]:
    """What the docstring of one public definition lacks (empty when it is complete)."""
    doc = inspect.getdoc(obj) if obj.__doc__ else ""
    if not doc:
        return [f"{name}: no docstring"]
    found = sections(doc)
    out = []
    wanted = _parameters(obj)
    if wanted:
        body = found.get("Parameters", found.get("Attributes"))
        if body is None:
            out.append(f"{name}: no Parameters section")
        else:
            missing = [p for p in wanted if p not in documented_names(body)]
            if missing:
                out.append(f"{name}: Parameters does not name {', '.join(missing)}")
    if not inspect.isclass(obj):
        returns = inspect.signature(obj).return_annotation
        if returns not in (None, "None") and not {"Returns", "Yields"} & found.keys():
            out.append(f"{name}: no Returns section")
    return out


API = public_api()


def test_the_walk_finds_the_api():
    # A walk that found nothing would pass every check below.
    assert "geodata.dates.PartialDate.parse" in API
    assert "geodata.control.load_control" in API
    assert not any(name.startswith(INTERNAL) for name in API)
    assert len(API) > 150


@pytest.mark.parametrize("name", sorted(API))
def test_public_definition_has_numpydoc_sections(name):
    if name in EXEMPT:
        return
    assert problems_of(name, API[name]) == []


def test_exemptions_are_still_needed():
    for name in EXEMPT:
        assert name in API, f"{name} is no longer public: drop its exemption"


def test_the_check_catches_a_missing_section():
    def undocumented(day, places):
        """Only a summary line."""
        return day

    def stale(day):
        """Summary.

        Parameters
        ----------
        when : datetime.date

        Returns
        -------
        datetime.date
        """
        return day

    assert problems_of("f", undocumented) == ["f: no Parameters section", "f: no Returns section"]
    assert problems_of("g", stale) == ["g: Parameters does not name day"]
