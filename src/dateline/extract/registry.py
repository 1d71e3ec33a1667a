"""The layer registry: each extractor declares its name, the earlier layers it reads and
what it fills, in the manner of spaCy's `@Language.factory(..., requires=, assigns=)`;
`run_layers` runs them in `ORDER`. The pipeline, the spaCy component, the tests' helpers and
the benches all run the layers through here, so the order is written once.

Every layer has one signature: `function(doc, article, *, <each required layer>=...)`,
returning the value of the article field named after the layer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from typing import Any

from spacy.tokens import Doc

from dateline.record import Article

# The layers in the order they run; each may read only layers before it (checked).
ORDER = ("entities", "places", "quotes", "figures", "events", "tone")


@dataclass(frozen=True)
class Layer:
    name: str  # the Article field it fills
    function: Callable[..., Any]
    requires: tuple[str, ...] = ()  # earlier layers, passed by keyword
    assigns: tuple[str, ...] = ()  # what it writes: its field, and fields of earlier layers


_REGISTERED: dict[str, Layer] = {}


def layer(
    name: str, requires: Iterable[str] = (), assigns: Iterable[str] = ()
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register the decorated function as the layer `name`."""

    def register(function: Callable[..., Any]) -> Callable[..., Any]:
        _REGISTERED[name] = Layer(name, function, tuple(requires), (name, *assigns))
        return function

    return register


@cache
def layers() -> tuple[Layer, ...]:
    """Every layer, in `ORDER`; each layer's module is imported and the order checked once
    (the first call), not per article."""
    found = []
    for position, name in enumerate(ORDER):
        if name not in _REGISTERED:
            import_module(f"dateline.extract.{name}")
        entry = _REGISTERED[name]
        missing = [r for r in entry.requires if r not in ORDER[:position]]
        if missing:
            raise RuntimeError(f"layer {name!r} runs before what it requires: {missing}")
        found.append(entry)
    return tuple(found)


def requirements(name: str) -> list[str]:
    """The layers that must run before `name` (what it requires, and theirs), in order."""
    by_name = layers_by_name()
    needed: set[str] = set()
    todo = list(by_name[name].requires)
    while todo:
        current = todo.pop()
        if current not in needed:
            needed.add(current)
            todo.extend(by_name[current].requires)
    return [entry for entry in ORDER if entry in needed]


def inputs(entry: Layer, article: Article) -> dict[str, Any]:
    """The keyword arguments a layer takes: the earlier layers it requires."""
    return {required: getattr(article, required) for required in entry.requires}


def run_layers(doc: Doc, article: Article, only: Iterable[str] | None = None) -> Article:
    """Fill the article's layers from one parse of its text, in order (only those named in
    `only`, when given, which must include what they require)."""
    wanted = None if only is None else set(only)
    for entry in layers():
        if wanted is None or entry.name in wanted:
            setattr(article, entry.name, entry.function(doc, article, **inputs(entry, article)))
    return article


@cache
def layers_by_name() -> dict[str, Layer]:
    return {entry.name: entry for entry in layers()}


def layers_before(doc: Doc, article: Article, name: str) -> dict[str, Any]:
    """Run what layer `name` requires on the article and return it as `name`'s keyword
    arguments: how a test or a benchmark calls one layer alone."""
    run_layers(doc, article, only=requirements(name))
    return inputs(layers_by_name()[name], article)
