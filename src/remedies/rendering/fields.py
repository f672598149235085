"""The fields, filters and strings one tag uses, checked against the shape of the document's context."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Callable, Optional

from jinja2 import nodes
from jinja2.runtime import LoopContext

from remedies.rendering.contexts import Shape, merge

_GETTEXT = {"_", "gettext"}
_PLURAL = {"ngettext"}
_SAME = {"default", "d", "sort", "reverse", "list", "unique", "reject", "select", "rejectattr", "selectattr"}
_ELEMENT = {"first", "last", "random", "min", "max"}
# Filters whose first argument (or attribute=) names a field of each item.
_ATTRIBUTE_FIRST = {"selectattr", "rejectattr", "groupby"}
_ATTRIBUTE_KWARG = {"map", "sort", "sum", "unique", "min", "max", "join", "groupby", "selectattr", "rejectattr"}


@dataclass
class Uses:
    """What the tags of one template use: fields (in the document's terms) and strings to translate."""

    fields: set[str] = field(default_factory=set)
    strings: list[tuple[str, object]] = field(default_factory=list)  # (msgid, where)


class Scope:
    """Names a tag can see: loop variables and `set` names in open blocks, then the context, then globals."""

    def __init__(self, context: Shape, globals_: dict, filters, tests):
        self.context, self.globals, self.filters, self.tests = context, globals_, filters, tests
        self.frames: list[dict[str, Shape]] = [{}]

    def push(self) -> None:
        self.frames.append({})

    def pop(self) -> None:
        if len(self.frames) > 1:
            self.frames.pop()

    def bind(self, name: str, shape: Shape) -> None:
        self.frames[-1][name] = shape

    def lookup(self, name: str) -> Optional[Shape]:
        for frame in reversed(self.frames):
            if name in frame:
                return frame[name]
        if name in self.context.fields:
            return self.context.fields[name]
        if name in self.globals or name in ("loop", "caller", "varargs", "kwargs", "self", "super"):
            return Shape(open=True)
        return None

    def visible(self) -> list[str]:
        names = {n for frame in self.frames for n in frame} | set(self.context.fields)
        return sorted(names)


class Checker:
    """Walks one tag's expressions; `report(message)` is called for each problem found."""

    def __init__(self, scope: Scope, uses: Uses, report: Callable[[str], None], where: object):
        self.scope, self.uses, self.report, self.where = scope, uses, report, where

    # ---- statements of a single tag -----------------------------------------------------------
    def opening(self, node: nodes.Node) -> None:
        """A block's opening tag: check its expressions, then open its scope."""
        if isinstance(node, nodes.For):
            items = self.value(node.iter)
            self.scope.push()
            self.bind(node.target, items.element())
            loop = Shape(types={LoopContext}, fields={"previtem": items.element(), "nextitem": items.element()})
            self.scope.bind("loop", loop)
            if node.test is not None:
                self.value(node.test)
        elif isinstance(node, nodes.If):
            self.value(node.test)
            self.scope.push()
        elif isinstance(node, nodes.With):
            values = [self.value(v) for v in node.values]
            self.scope.push()
            for target, shape in zip(node.targets, values):
                self.bind(target, shape)
        elif isinstance(node, nodes.Macro):
            for default in node.defaults:
                self.value(default)
            self.scope.bind(node.name, Shape(open=True))
            self.scope.push()
            for arg in node.args:
                self.scope.bind(arg.name, Shape(open=True))
        elif isinstance(node, nodes.CallBlock):
            self.value(node.call)
            self.scope.push()
            for arg in node.args:
                self.scope.bind(arg.name, Shape(open=True))
        elif isinstance(node, (nodes.FilterBlock, nodes.AssignBlock)):
            if isinstance(node, nodes.AssignBlock):
                self.bind(node.target, Shape(types={str}))
            self.scope.push()
        else:
            self.scope.push()

    def statement(self, node: nodes.Node) -> None:
        if isinstance(node, nodes.Assign):
            self.bind(node.target, self.value(node.node))
        elif isinstance(node, nodes.Output):
            for child in node.nodes:
                if not isinstance(child, nodes.TemplateData):
                    self.value(child)
        elif isinstance(node, nodes.If):  # an elif, parsed inside a stand-in if
            for branch in node.elif_:
                self.value(branch.test)
        elif isinstance(node, nodes.Expr):
            self.value(node)

    def bind(self, target: nodes.Node, shape: Shape) -> None:
        if isinstance(target, nodes.Name):
            self.scope.bind(target.name, shape)
        elif isinstance(target, (nodes.Tuple, nodes.List)):
            for item in target.items:
                self.bind(item, Shape(open=True))
        elif isinstance(target, nodes.NSRef):
            pass

    # ---- expressions ----------------------------------------------------------------------------
    def value(self, node: nodes.Node) -> Shape:
        if isinstance(node, (nodes.Name, nodes.Getattr, nodes.Getitem)):
            return self.chain(node)
        if isinstance(node, nodes.Const):
            return Shape(types={type(node.value)}) if node.value is not None else Shape()
        if isinstance(node, (nodes.List, nodes.Tuple)):
            return Shape(types={list}, items=merge(Shape(), *(self.value(i) for i in node.items)))
        if isinstance(node, nodes.Filter):
            return self.filter(node)
        if isinstance(node, nodes.Test):
            if node.name not in self.scope.tests:
                self.report(self.unknown("test", node.name, sorted(self.scope.tests)))
            self.children(node)
            return Shape(types={bool})
        if isinstance(node, nodes.Call):
            return self.call(node)
        if isinstance(node, nodes.CondExpr):
            self.value(node.test)
            return merge(self.value(node.expr1), self.value(node.expr2) if node.expr2 else None)
        if isinstance(node, nodes.Or):
            return merge(self.value(node.left), self.value(node.right))
        self.children(node)
        return Shape(open=True)

    def children(self, node: nodes.Node) -> None:
        for child in node.iter_child_nodes():
            if isinstance(child, nodes.Expr):
                self.value(child)
            elif isinstance(child, nodes.Keyword):
                self.value(child.value)
            elif isinstance(child, nodes.Pair):
                self.value(child.key)
                self.value(child.value)

    def chain(self, node: nodes.Node) -> Shape:
        """`a.b["c"].d`: each step checked in turn; the first unknown one is reported with the whole chain."""
        steps: list[tuple[str, object]] = []
        root = node
        while True:
            if isinstance(root, nodes.Getattr):
                steps.append(("attr", root.attr))
                root = root.node
            elif isinstance(root, nodes.Getitem) and isinstance(root.arg, nodes.Const):
                steps.append(("item", root.arg.value))
                root = root.node
            elif isinstance(root, nodes.Getitem):
                self.value(root.arg)
                steps.append(("any", None))
                root = root.node
            else:
                break
        steps.reverse()
        written = [_written(root)] + [_step(kind, key) for kind, key in steps]
        if isinstance(root, nodes.Name):
            shape = self.scope.lookup(root.name)
            if shape is None:
                guess = _guess(root.name, self.scope.visible())
                hint = f"; did you mean `{''.join([guess] + written[1:])}`?" if guess else ""
                self.report(f"unknown field `{''.join(written)}`{hint}")
                return Shape(open=True)
        else:
            shape = self.value(root)
        for position, (kind, key) in enumerate(steps, start=1):
            if kind == "any" or (kind == "item" and not isinstance(key, str)):
                shape = shape.element() if shape.items is not None else Shape(open=True)
                continue
            found = shape.attribute(key)
            if found is None:
                guess = _guess(key, shape.names())
                fixed = written[:position] + [f".{guess}" if kind == "attr" else f"[{guess!r}]"] + written[position + 1:]
                hint = f"; did you mean `{''.join(fixed)}`?" if guess else ""
                self.report(f"unknown field `{''.join(written)}`{hint}")
                return Shape(open=True)
            shape = found
        if shape.path:
            self.uses.fields.add(shape.path)
        return shape

    def filter(self, node: nodes.Filter) -> Shape:
        base = self.value(node.node) if node.node is not None else Shape(open=True)
        for arg in node.args:
            self.value(arg)
        kwargs = {k.key: k.value for k in node.kwargs}
        for value in kwargs.values():
            self.value(value)
        if node.name not in self.scope.filters:
            self.report(self.unknown("filter", node.name, sorted(self.scope.filters)))
            return Shape(open=True)
        attribute = None
        if node.name in _ATTRIBUTE_KWARG and isinstance(kwargs.get("attribute"), nodes.Const):
            attribute = kwargs["attribute"].value
        elif node.name in _ATTRIBUTE_FIRST and node.args and isinstance(node.args[0], nodes.Const):
            attribute = node.args[0].value
        if isinstance(attribute, str) and base.items is not None:
            item = base.element()
            for part in attribute.split("."):
                found = item.attribute(part)
                if found is None:
                    guess = _guess(part, item.names())
                    hint = f"; did you mean '{guess}'?" if guess else ""
                    self.report(f"the filter `{node.name}` names `{attribute}`, which the items of "
                                f"`{_written(node.node)}` do not have{hint}")
                    return Shape(open=True)
                item = found
            if node.name == "map":
                return Shape(types={list}, items=item)
        if node.name in _SAME:
            return base
        if node.name in _ELEMENT:
            return base.element()
        return Shape(open=True)

    def call(self, node: nodes.Call) -> Shape:
        callee = node.node
        for arg in node.args:
            self.value(arg)
        for keyword in node.kwargs:
            self.value(keyword.value)
        if isinstance(callee, nodes.Name) and callee.name in _GETTEXT | _PLURAL:
            count = 2 if callee.name in _PLURAL else 1
            for arg in node.args[:count]:
                if isinstance(arg, nodes.Const) and isinstance(arg.value, str):
                    self.uses.strings.append((arg.value, self.where))
            return Shape(types={str})
        self.value(callee)
        return Shape(open=True)

    @staticmethod
    def unknown(kind: str, name: str, known: list[str]) -> str:
        guess = _guess(name, known)
        return f"unknown {kind} `{name}`" + (f"; did you mean `{guess}`?" if guess else "")


def _guess(name: str, known: list[str]) -> Optional[str]:
    found = difflib.get_close_matches(name, known, n=1, cutoff=0.7)
    return found[0] if found else None


def _written(node: Optional[nodes.Node]) -> str:
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        return f"{_written(node.node)}.{node.attr}"
    if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
        return f"{_written(node.node)}[{node.arg.value!r}]"
    if isinstance(node, nodes.Filter):
        return f"{_written(node.node)}|{node.name}"
    if isinstance(node, nodes.Const):
        return repr(node.value)
    return "..."


def _step(kind: str, key: object) -> str:
    if kind == "attr":
        return f".{key}"
    if kind == "item":
        return f"[{key!r}]"
    return "[...]"
