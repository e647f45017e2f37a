"""YAML read with bounds: a document whose aliases expand to more than MAX_NODES nodes (a "billion
laughs" bomb) is refused before anything is built from it."""

from __future__ import annotations

import os

from ruamel.yaml import YAML
from ruamel.yaml.nodes import MappingNode, Node, SequenceNode

MAX_NODES = int(os.environ.get("FACTCHECK_MAX_YAML_NODES", "100000"))


def expanded_size(root: Node | None, limit: int = MAX_NODES) -> int:
    """Nodes of the document with every alias expanded (counted once per use), stopping past `limit`."""
    if root is None:
        return 0
    sizes: dict[int, int] = {}
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            children = _children(node)
            sizes[key] = min(limit + 1, 1 + sum(sizes.get(id(c), 1) for c in children))
            continue
        if key in sizes:
            continue
        sizes[key] = 1  # a cycle counts once
        stack.append((node, True))
        stack.extend((c, False) for c in _children(node) if id(c) not in sizes)
    return sizes[id(root)]


def _children(node: Node) -> list[Node]:
    if isinstance(node, MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, SequenceNode):
        return list(node.value)
    return []


def alias_problem(text: str) -> str | None:
    """Why a YAML text may not be loaded (its aliases expand too far), or None."""
    if "*" not in text:  # no alias: nothing can expand
        return None
    size = expanded_size(YAML(typ="safe", pure=True).compose(text))
    if size > MAX_NODES:
        return f"YAML aliases expand to more than {MAX_NODES:,} nodes (set FACTCHECK_MAX_YAML_NODES to allow more)"
    return None
