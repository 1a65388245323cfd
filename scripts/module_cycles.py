#!/usr/bin/env python3
"""Dependency cycles between sibling modules of a Rust crate.

usage: module_cycles.py SRC_DIR     (e.g. crates/engine/src)

Every `crate::…`, `super::…` and `self::…` path outside a file's
`#[cfg(test)] mod tests` is a dependency of that file's module on the
deepest module the path names. Each dependency counts between the two
sibling modules under the modules' lowest common ancestor (a child using
its parent, or a parent its child, is not a cycle). Exits 1 and names
the modules and the paths of each cycle among siblings, else prints the
counts and exits 0. A text scan, not a compiler: paths inside macros and
strings count too, which can only report more, never hide a cycle.
"""
import os
import re
import sys
from collections import defaultdict


def modules(src):
    """Module path (tuple of names) -> file."""
    found = {}
    for root, _, files in os.walk(src):
        for name in files:
            if name.endswith(".rs"):
                path = os.path.join(root, name)
                parts = os.path.relpath(path, src)[:-3].split(os.sep)
                if parts[-1] in ("mod", "lib", "main"):
                    parts = parts[:-1]
                found[tuple(parts)] = path
    return found


def code(path):
    """A file's text without its test module and its line comments."""
    text = re.split(r"#\[cfg\(test\)\]\s*mod tests", open(path, encoding="utf-8").read())[0]
    return re.sub(r"//[^\n]*", "", text)


def dependencies(mods):
    def deepest(path):
        for k in range(len(path), 0, -1):
            if tuple(path[:k]) in mods:
                return tuple(path[:k])
        return None

    edges = defaultdict(set)  # (from, to) -> paths that made it
    for module, path in mods.items():
        text = code(path)
        named = []
        for use in re.findall(r"\b((?:crate|super|self)(?:::\w+)+)", text):
            parts = use.split("::")
            if parts[0] == "crate":
                named.append((parts[1:], use))
                continue
            here = list(module)
            for i, word in enumerate(parts):
                if word == "super":
                    here = here[:-1]
                elif word != "self":
                    named.append((here + parts[i:], use))
                    break
        for head, group in re.findall(r"use crate::([\w:]*)\{([^}]*)\}", text):
            prefix = [w for w in head.split("::") if w]
            for item in group.split(","):
                item = item.strip().split(" as ")[0]
                if item:
                    named.append((prefix + item.split("::"), f"crate::{head}{item}"))
        for path_named, use in named:
            target = deepest(path_named)
            if target and target != module:
                edges[(module, target)].add(use)
    return edges


def sibling_cycles(edges):
    graph = defaultdict(set)
    why = defaultdict(set)
    for (a, b), uses in edges.items():
        i = 0
        while i < min(len(a), len(b)) and a[i] == b[i]:
            i += 1
        if i == len(a) or i == len(b):
            continue  # ancestor and descendant
        graph[a[: i + 1]].add(b[: i + 1])
        why[(a[: i + 1], b[: i + 1])].update(f"{'::'.join(a)} uses {u}" for u in uses)
    # Tarjan's strongly connected components, iteratively.
    index, low, on, stack, cycles = {}, {}, set(), [], []
    for root in list(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on.add(root)
        while work:
            v, it = work[-1]
            w = next(it, None)
            if w is not None:
                if w not in index:
                    index[w] = low[w] = len(index)
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(graph[w]))))
                elif w in on:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                component = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    component.append(w)
                    if w == v:
                        break
                if len(component) > 1:
                    cycles.append(sorted(component))
    return cycles, graph, why


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    mods = modules(sys.argv[1])
    edges = dependencies(mods)
    cycles, graph, why = sibling_cycles(edges)
    for component in cycles:
        print("cycle: " + " <-> ".join("::".join(m) for m in component))
        for a in component:
            for b in component:
                if b in graph[a]:
                    for line in sorted(why[(a, b)])[:3]:
                        print("    " + line)
    print(f"{len(mods)} modules, {len(edges)} dependencies, {len(cycles)} cycles among siblings")
    sys.exit(1 if cycles else 0)


if __name__ == "__main__":
    main()
