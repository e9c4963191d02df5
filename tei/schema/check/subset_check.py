#!/usr/bin/env python3
"""Structural subset check: every child element and attribute that SCHEMA allows on an element
must be allowed on that element by TEI (tei_all.rng). Exit status 1 if not.

usage: subset_check.py [-v] SCHEMA.rng TEI_ALL.rng
  -v  also print each attribute's datatype here and in TEI, for review
Content order and datatypes are not compared here: the random documents of gen_instances.py,
validated against tei_all.rng, cover those."""
import sys
from teirng import load, elements

args = [a for a in sys.argv[1:] if a != '-v']
if len(args) != 2:
    sys.exit(__doc__)
mine, tei = elements(load(args[0])), elements(load(args[1]))
problems = 0
for name in sorted(mine):
    if name not in tei:
        print('%s: not a TEI element' % name)
        problems += 1
        continue
    (kids, attrs), (tkids, tattrs) = mine[name], tei[name]
    for k in sorted(kids - tkids):
        print('%s: child <%s> is not allowed by TEI' % (name, k))
        problems += 1
    for a in sorted(set(attrs) - set(tattrs)):
        print('%s: attribute @%s is not allowed by TEI' % (name, a))
        problems += 1
    if '-v' in sys.argv:
        for a in sorted(attrs):
            print('%-16s @%-14s here: %s\n%-33s TEI:  %s' % (name, a, attrs[a], '', tattrs.get(a)))
print('%d elements, %d problems' % (len(mine), problems))
sys.exit(1 if problems else 0)
