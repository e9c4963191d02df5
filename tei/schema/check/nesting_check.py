#!/usr/bin/env python3
"""Static check of TEI's nesting Schematron rules on the grammar itself (all documents at once,
not a sample): walks the graph "element pattern -> child element patterns" of SCHEMA.rng.

  * a <p> may have an ancestor <p> only if its parent is note, said, q, quote or item
  * a <p> may have an ancestor <l> only if its parent is note
  * an <l> or <lg> may have an ancestor <l> only with a <note> between them
  * a <div> may not have an ancestor <p> or <l>

usage: nesting_check.py SCHEMA.rng      exit status 1 on a violation"""
import sys
from teirng import load, element_of, RNG

if len(sys.argv) != 2:
    sys.exit(__doc__)
defs = load(sys.argv[1])
elname = {n: element_of(d).get('name') for n, d in defs.items() if element_of(d) is not None}


def children(name):
    """define names of the element patterns that may be children of element pattern `name`."""
    out, seen = set(), set()

    def walk(p):
        t = p.tag[len(RNG):]
        if t == 'ref':
            n = p.get('name')
            if n in elname:
                out.add(n)
            elif n not in seen:
                seen.add(n)
                for c in defs[n]:
                    walk(c)
        elif t != 'attribute':
            for c in p:
                if c.tag.startswith(RNG):
                    walk(c)
    for c in element_of(defs[name]):
        if c.tag.startswith(RNG):
            walk(c)
    return out


graph = {n: children(n) for n in elname}


def below(starts, stop=()):
    """element patterns reachable below `starts` (not descending through names in `stop`)."""
    todo, seen = list(starts), set()
    while todo:
        n = todo.pop()
        for c in graph[n]:
            if c not in seen:
                seen.add(c)
                if elname[c] not in stop:
                    todo.append(c)
    return seen


by = lambda name: [n for n in elname if elname[n] == name]
problems = []
in_p = below(by('p'))
in_l = below(by('l'))
in_l_no_note = below(by('l'), stop=('note',))
for parent in elname:
    kids = {elname[c] for c in graph[parent]}
    pn = elname[parent]
    if 'p' in kids and parent in in_p and pn not in ('note', 'said', 'q', 'quote', 'item'):
        problems.append('<p> inside <%s> (%s) can stand inside a <p>' % (pn, parent))
    if 'p' in kids and parent in in_l and pn != 'note':
        problems.append('<p> inside <%s> (%s) can stand inside an <l>' % (pn, parent))
    if kids & {'l', 'lg'} and pn != 'note' and (parent in in_l_no_note or pn == 'l'):
        problems.append('<l>/<lg> inside <%s> (%s) can stand inside an <l> without a <note> between' % (pn, parent))
    if 'div' in kids and (parent in in_p or parent in in_l or pn in ('p', 'l')):
        problems.append('<div> inside <%s> (%s) can stand inside a <p> or <l>' % (pn, parent))
for p in problems:
    print(p)
print('%d element patterns, %d nesting problems' % (len(elname), len(problems)))
sys.exit(1 if problems else 0)
