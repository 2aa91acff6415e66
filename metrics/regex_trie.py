"""Alternations of many phrases as one regex trie, for Python's `re`.

The figure grammar tries long alternations (units, counted objects, number words) after every
number. Python's regex engine tries the branches of an alternation in order; it skips a branch
that starts with a literal character or a class the text does not have there without entering
it, but enters every branch that starts otherwise (a look-ahead, a group). A trie whose every
branch starts with the character it consumes (`[hH](?:[eE](?:...)|[oO](?:...))`) is therefore
turned down in a few cheap steps where a flat alternation, or groups behind look-aheads, costs
a step per phrase or per group.

The trie matches what the flat alternation of its phrases (in the order given) matches:
branches keep the order in which the phrases first pass through them, and a phrase ending at a
node comes after the longer ones through it. Given longest first, where two phrases could both
match, the one the flat alternation would try first still wins.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

__all__ = ["trie_regex"]

# A phrase: its keys (one per character or run the phrase consumes) and the regex after it.
Path = tuple[Sequence[Hashable], str]


def trie_regex(
    paths: Sequence[Path],
    render: Callable[[Hashable, int], str],
    render_run: Callable[[Sequence[Hashable], int], str] | None = None,
) -> str:
    """One regex for the alternation of `paths`, in their order; `render(key, depth)` is the
    regex for one key at its depth (0 for a phrase's first key). Empty `paths` never match.

    `render_run(keys, depth)`, if given, renders the keys that follow a branch's first one
    down a stretch of the trie that does not branch (the "onnes" of "tonnes" where no other
    phrase goes on from "t"): nothing there needs to start a branch, so a plainer regex may do
    (a case-insensitive run compiles many times faster than a class per character)."""
    if not paths:
        return r"(?!x)x"
    root: dict[Hashable, dict] = {}
    ends: dict[int, list[str]] = {}  # id of a node -> what may follow the phrases ending there
    for keys, end in paths:
        node = root
        for key in keys:
            node = node.setdefault(key, {})
        ends.setdefault(id(node), []).append(end)
    return _node_regex(root, 0, ends, render, render_run)


def _node_regex(
    node: dict[Hashable, dict],
    depth: int,
    ends: dict[int, list[str]],
    render: Callable[[Hashable, int], str],
    render_run: Callable[[Sequence[Hashable], int], str] | None,
) -> str:
    branches = []
    for key, child in node.items():
        run: list[Hashable] = []  # the keys after `key` down a stretch with no branch
        below = depth + 1
        if render_run is not None:
            while len(child) == 1 and id(child) not in ends:
                ((next_key, child),) = child.items()
                run.append(next_key)
        head = render(key, depth) + (render_run(run, below) if run else "")
        branches.append(head + _node_regex(child, below + len(run), ends, render, render_run))
    branches += ends.get(id(node), [])  # phrases ending here, after the longer ones
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
