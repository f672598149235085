"""What a document's template can use: the shape of its context, learnt by building it from records."""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from functools import lru_cache
from typing import Any, Optional

from pydantic import BaseModel, TypeAdapter, ValidationError

from remedies.rendering.missing import Missing


class Shape:
    """What a value offers a template: named fields (dict keys, model fields), items, and its types' methods.

    A shape learnt from nothing (a value that was None or missing in every build) is unknown: anything
    goes below it. `path` names it in the document's terms (`respondents[].name`) for upgrade notes.
    """

    __slots__ = ("fields", "items", "types", "open", "path")

    def __init__(self, *, fields=None, items=None, types=(), open=False, path=""):
        self.fields: dict[str, Shape] = dict(fields or {})
        self.items: Optional[Shape] = items
        self.types: set[type] = set(types)
        self.open = open
        self.path = path

    @property
    def unknown(self) -> bool:
        return self.open or not (self.fields or self.items or self.types)

    def attribute(self, name: str) -> Optional["Shape"]:
        """The shape of `.name`, an open shape if it cannot be known, None if it certainly does not exist."""
        if self.unknown:
            return Shape(open=True, path=_join(self.path, name))
        if name in self.fields:
            return self.fields[name].at(_join(self.path, name))
        if any(hasattr(kind, name) for kind in self.types):
            return Shape(open=True, path=_join(self.path, name))
        return None

    def element(self) -> "Shape":
        found = self.items if self.items is not None else Shape(open=True)
        return found.at(self.path + "[]" if self.path else "")

    def at(self, path: str) -> "Shape":
        copy = Shape(fields=self.fields, items=self.items, types=self.types, open=self.open, path=path)
        return copy

    def names(self) -> list[str]:
        return sorted(self.fields)


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else ""


def merge(*shapes: Optional[Shape]) -> Shape:
    result = Shape()
    for shape in shapes:
        if shape is None:
            continue
        result.open = result.open or shape.open
        result.types |= shape.types
        for name, child in shape.fields.items():
            result.fields[name] = merge(result.fields.get(name), child)
        if shape.items is not None:
            result.items = merge(result.items, shape.items)
    return result


_LEAVES = (str, bytes, int, float, bool, dt.date, dt.datetime, dt.time)


def of_value(value: Any, depth: int = 0) -> Shape:
    if value is None or isinstance(value, Missing) or depth > 12:
        return Shape()
    if isinstance(value, _LEAVES):
        return Shape(types={str if isinstance(value, str) else type(value)})
    if isinstance(value, dict):
        return Shape(types={dict}, fields={str(k): of_value(v, depth + 1) for k, v in value.items()})
    if isinstance(value, (list, tuple, set, frozenset)):
        return Shape(types={list}, items=merge(Shape(), *(of_value(v, depth + 1) for v in value)))
    if isinstance(value, BaseModel):
        cls = type(value)
        fields = {name: merge(of_value(getattr(value, name), depth + 1), of_type(info.annotation))
                  for name, info in cls.model_fields.items()}
        fields.update(_properties(value, depth))
        return Shape(types={cls}, fields=fields)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: of_value(getattr(value, f.name), depth + 1) for f in dataclasses.fields(value)}
        fields.update(_properties(value, depth))
        return Shape(types={type(value)}, fields=fields)
    return Shape(open=True)


def _properties(value: Any, depth: int) -> dict[str, Shape]:
    found = {}
    for name in dir(type(value)):
        if not name.startswith("_") and isinstance(getattr(type(value), name, None), property):
            try:
                found[name] = of_value(getattr(value, name), depth + 1)
            except Exception:  # a property that needs data the record lacks: known to exist, shape unknown
                found[name] = Shape(open=True)
    return found


def of_type(annotation: Any, depth: int = 0) -> Shape:
    """The shape a model field's type promises, for fields every example leaves empty."""
    if depth > 8:
        return Shape(open=True)
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        return of_type(args[0], depth)
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        return merge(*(of_type(a, depth) for a in args if a is not type(None)))
    if origin is typing.Literal:
        return Shape(types={str})
    if origin in (list, tuple, set, frozenset):
        return Shape(types={list}, items=of_type(args[0], depth + 1) if args else Shape(open=True))
    if origin is dict:
        return Shape(types={dict}, open=True)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return Shape(types={annotation}, fields={name: of_type(info.annotation, depth + 1)
                                                 for name, info in annotation.model_fields.items()})
    if isinstance(annotation, type) and issubclass(annotation, _LEAVES):
        return Shape(types={annotation})
    return Shape(open=True)


# ---- records to build from ----------------------------------------------------------------------


@lru_cache(maxsize=None)
def records() -> tuple:
    """The example records, and a fuller one: the first example with every empty field given a value."""
    from remedies.record import load
    from remedies.rendering.resources import available_locales, examples_dir

    loaded = []
    try:
        paths = sorted(examples_dir().glob("*.yaml"))
    except FileNotFoundError:
        paths = []
    for path in paths:
        try:
            loaded.append(load(path, available_locales()).record)
        except Exception:  # an example another change broke is not the template's fault
            continue
    if loaded:
        synthetic = fuller(loaded[0])
        if synthetic is not None:
            loaded.append(synthetic)
    return tuple(loaded)


def context_shape(document, template: Optional[str] = None) -> tuple[Shape, int]:
    """The merged shape of `document`'s context over every record and option drafted with `template`
    (default: the document's own), and how many builds made it."""
    return _context_shape(document.name, template or document.template)


def _drafts_with(document, draft, template: str) -> bool:
    return (draft.template or document.template) == template


@lru_cache(maxsize=None)
def _context_shape(name: str, template: str) -> tuple[Shape, int]:
    from remedies.documents import REGISTRY
    from remedies.documents.base import Options

    document = REGISTRY[name]
    shapes, builds = [], 0
    for record in records():
        try:
            parts = document.parts_of(record)
        except Exception:
            continue
        for part in parts:
            for draft in (True, False):
                try:
                    built = document.build(record, Options(locale="en", draft=draft, part=part))
                except Exception:  # this record does not suit the document (no detention, no platform...)
                    continue
                if not _drafts_with(document, built, template):
                    continue
                shapes.append(of_value(built.context))
                builds += 1
    shape = merge(Shape(types={dict}), *shapes)
    for name in shape.fields:
        shape.fields[name] = shape.fields[name].at(name)
    return shape, builds


def contexts(document, template: Optional[str] = None) -> list[dict]:
    """Real contexts to render `template` with, one per record and part the document drafts with it."""
    from remedies.documents.base import Options

    template = template or document.template
    found = []
    for record in records():
        try:
            parts = document.parts_of(record)
        except Exception:
            continue
        for part in parts:
            try:
                built = document.build(record, Options(locale="en", draft=True, part=part))
            except Exception:
                continue
            if _drafts_with(document, built, template):
                found.append(built.context)
                break
    return found


# ---- the fuller record --------------------------------------------------------------------------

_CANDIDATES = ("Synthetic text", "SG", "iccpr-19", "freedom_of_expression", "someone@example.org",
               "https://example.org/synthetic", "+6561234567", "0" * 64)
_DATE, _TIME = dt.date(2026, 1, 15), dt.time(21, 40)


def fuller(record) -> Optional[Any]:
    """`record` with every empty field filled from its type and every switch on, so that every branch of a build runs."""
    cls = type(record)
    data = _fill(record.model_dump(by_alias=True), cls)
    for _attempt in range(5):
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            for error in exc.errors():
                _drop(data, error["loc"])
    return None


def _drop(data: Any, loc: tuple) -> None:
    for key in loc[:-1]:
        try:
            data = data[key]
        except (KeyError, IndexError, TypeError):
            return
    if isinstance(data, dict):
        data.pop(loc[-1], None)


def _fill(data: dict, model: type) -> dict:
    for name, info in model.model_fields.items():
        key = info.alias or name
        value = data.get(key)
        if value is False and _sample(info.annotation) is True:
            data[key] = True  # every switch on, so the branches it guards are built too
        elif value in (None, [], {}):
            if _is_reference(info):
                continue
            sample = _sample(info.annotation, info.metadata)
            if sample is not None:
                data[key] = sample
        elif isinstance(value, dict) and _model_of(info.annotation):
            _fill(value, _model_of(info.annotation))
        elif isinstance(value, list) and value and isinstance(value[0], dict) and _model_of(info.annotation):
            for item in value:
                _fill(item, _model_of(info.annotation))
    return data


def _is_reference(info) -> bool:
    """Ids that point at other entries (incident -> respondent) stay as written: a made-up one dangles."""
    from remedies.record.model import Identifier

    wanted = list(typing.get_args(Identifier)[1:])
    annotation = info.annotation
    inner = typing.get_args(annotation)
    return info.metadata == wanted or any(list(typing.get_args(a)[1:]) == wanted for a in inner)


def _model_of(annotation: Any) -> Optional[type]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_of(arg)
        if found:
            return found
    return None


def _sample(annotation: Any, metadata=()) -> Any:
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        return _sample(args[0], tuple(args[1:]) + tuple(metadata))
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        options = [a for a in args if a is not type(None)]
        return _sample(options[0], metadata) if options else None
    if origin is typing.Literal:
        return args[0]
    if origin in (list, tuple, set):
        if args and typing.get_origin(args[0]) is typing.Literal:
            return list(typing.get_args(args[0]))
        item = _sample(args[0]) if args else None
        return [item] if item is not None else None
    if origin is dict:
        keys = typing.get_args(args[0]) if typing.get_origin(args[0]) is typing.Literal else [_sample(args[0])]
        value = _sample(args[1])
        return {k: value for k in keys if k is not None} if value is not None else None
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _fill({}, annotation)
    if annotation is bool:
        return True
    if annotation is int:
        return 1
    if annotation is dt.datetime or getattr(annotation, "__name__", "") == "AwareDatetime":
        return dt.datetime(2026, 1, 15, 10, 0, tzinfo=dt.timezone.utc)
    if annotation is dt.date:
        return _DATE
    if annotation is dt.time:
        return _TIME
    if annotation is str:
        if not metadata:
            return _CANDIDATES[0]
        adapter = TypeAdapter(typing.Annotated[(str, *metadata)])
        for candidate in _CANDIDATES:
            try:
                return adapter.validate_python(candidate)
            except ValidationError:
                continue
    return None
