#!/usr/bin/env python3
"""Exact check, element by element, that the content models of SCHEMA are included in TEI's.

For every element name E, the language of child-element-name sequences that SCHEMA allows in E
(all its patterns for E together) must be included in the language TEI allows in E. This is
decided exactly with Brzozowski derivatives of the two content models (attributes, text and data
are left out here: subset_check.py compares attributes, and this script checks that text is
allowed in E by TEI wherever SCHEMA allows it). With the attribute check it makes the subset
claim compositional: tei_all.rng declares each element once, so a document is valid TEI when
every element's children sequence, text and attributes are.

Also checks that every attribute TEI requires on E is required by SCHEMA.

usage: inclusion_check.py SCHEMA.rng TEI_ALL.rng      exit status 1 on a problem"""
import sys
from teirng import load, element_of, RNG

EMPTY, NONE = ('empty',), ('none',)


def choice(*ps):
    items = set()
    for p in ps:
        if p == NONE:
            continue
        if p[0] == 'choice':
            items |= p[1]
        else:
            items.add(p)
    if not items:
        return NONE
    if len(items) == 1:
        return next(iter(items))
    return ('choice', frozenset(items))


def group(a, b):
    if a == NONE or b == NONE:
        return NONE
    if a == EMPTY:
        return b
    if b == EMPTY:
        return a
    if a[0] == 'group':                      # right-associate
        return group(a[1], group(a[2], b))
    return ('group', a, b)


def interleave(a, b):
    if a == NONE or b == NONE:
        return NONE
    if a == EMPTY:
        return b
    if b == EMPTY:
        return a
    return ('interleave',) + tuple(sorted((a, b), key=repr))


def zom(p):
    if p in (EMPTY, NONE):
        return EMPTY
    if p[0] == 'zom':
        return p
    return ('zom', p)


def nullable(p):
    t = p[0]
    if t in ('empty', 'zom'):
        return True
    if t in ('none', 'sym'):
        return False
    if t == 'choice':
        return any(nullable(x) for x in p[1])
    if t == 'group':
        return nullable(p[1]) and nullable(p[2])
    if t == 'interleave':
        return nullable(p[1]) and nullable(p[2])
    raise ValueError(t)


def deriv(p, s, memo):
    key = (p, s)
    if key in memo:
        return memo[key]
    t = p[0]
    if t in ('empty', 'none'):
        r = NONE
    elif t == 'sym':
        r = EMPTY if p[1] == s else NONE
    elif t == 'choice':
        r = choice(*[deriv(x, s, memo) for x in p[1]])
    elif t == 'group':
        r = group(deriv(p[1], s, memo), p[2])
        if nullable(p[1]):
            r = choice(r, deriv(p[2], s, memo))
    elif t == 'interleave':
        r = choice(interleave(deriv(p[1], s, memo), p[2]), interleave(p[1], deriv(p[2], s, memo)))
    elif t == 'zom':
        r = group(deriv(p[1], s, memo), p)
    memo[key] = r
    return r


class Grammar:
    def __init__(self, path):
        self.defs = load(path)
        self.elname = {n: element_of(d).get('name') for n, d in self.defs.items() if element_of(d) is not None}

    def content(self, el):
        """(pattern over child element names, allows text?, allows data?) of an <element>."""
        self.text = self.data = False
        pats = [self.conv(c, ()) for c in el if c.tag.startswith(RNG)]
        p = EMPTY
        for x in reversed(pats):
            p = group(x, p)
        return p, self.text, self.data

    def conv(self, p, stack):
        t = p.tag[len(RNG):]
        kids = [c for c in p if c.tag.startswith(RNG)]
        seq = lambda: self.seq(kids, stack)
        if t == 'ref':
            n = p.get('name')
            if n in self.elname:
                return ('sym', self.elname[n])
            if n in stack:
                raise ValueError('recursive define without element: ' + n)
            return self.seq([c for c in self.defs[n] if c.tag.startswith(RNG)], stack + (n,))
        if t == 'element':
            return ('sym', p.get('name'))
        if t in ('attribute', 'empty'):
            return EMPTY
        if t == 'notAllowed':
            return NONE
        if t == 'text':
            self.text = True
            return EMPTY
        if t in ('data', 'value', 'list'):
            self.data = True
            return EMPTY
        if t in ('group', 'define'):
            return seq()
        if t == 'choice':
            return choice(*[self.conv(c, stack) for c in kids])
        if t == 'optional':
            return choice(EMPTY, seq())
        if t == 'zeroOrMore':
            return zom(seq())
        if t == 'oneOrMore':
            x = seq()
            return group(x, zom(x))
        if t == 'interleave':
            r = EMPTY
            for c in kids:
                r = interleave(self.conv(c, stack), r)
            return r
        if t == 'mixed':
            self.text = True
            return seq()
        raise ValueError(t)

    def seq(self, kids, stack):
        r = EMPTY
        for c in reversed(kids):
            r = group(self.conv(c, stack), r)
        return r

    def required_attrs(self, el):
        out = set()

        def walk(p, optional):
            t = p.tag[len(RNG):]
            if t == 'ref':
                n = p.get('name')
                if n not in self.elname:
                    for c in self.defs[n]:
                        walk(c, optional)
            elif t == 'attribute':
                if not optional:
                    out.add(p.get('name'))
            elif t in ('optional', 'zeroOrMore', 'choice'):
                for c in p:
                    walk(c, True)
            elif t != 'element':
                for c in p:
                    if c.tag.startswith(RNG):
                        walk(c, optional)
        for c in el:
            if c.tag.startswith(RNG):
                walk(c, False)
        return out


def included(m, t, alphabet, limit=200000):
    """None if L(m) is included in L(t), else a counterexample (list of names)."""
    memo_m, memo_t = {}, {}
    todo, seen = [(m, t, ())], {(m, t)}
    while todo:
        m, t, path = todo.pop()
        if nullable(m) and not nullable(t):
            return list(path)
        for s in alphabet:
            m2 = deriv(m, s, memo_m)
            if m2 == NONE:
                continue
            t2 = deriv(t, s, memo_t)
            if t2 == NONE:
                return list(path) + [s, '...']
            if (m2, t2) not in seen:
                if len(seen) > limit:
                    raise RuntimeError('state space too large')
                seen.add((m2, t2))
                todo.append((m2, t2, path + (s,)))
    return None


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    mine, tei = Grammar(sys.argv[1]), Grammar(sys.argv[2])
    tei_el = {en: element_of(tei.defs[n]) for n, en in tei.elname.items()}
    variants = {}
    for n, en in mine.elname.items():
        variants.setdefault(en, []).append(element_of(mine.defs[n]))
    problems = 0
    for en in sorted(variants):
        if en not in tei_el:
            print('%s: not a TEI element' % en)
            problems += 1
            continue
        t_pat, t_text, t_data = tei.content(tei_el[en])
        t_req = tei.required_attrs(tei_el[en])
        pats, text, data = [], False, False
        for el in variants[en]:
            p, x, d = mine.content(el)
            pats.append(p)
            text, data = text or x, data or d
            missing = t_req - mine.required_attrs(el)
            if missing:
                print('%s: TEI requires @%s, this schema does not' % (en, ', @'.join(sorted(missing))))
                problems += 1
        m_pat = choice(*pats)
        if (text or data) and not (t_text or t_data):
            print('%s: text allowed here but not by TEI' % en)
            problems += 1
        alphabet = sorted({s for s in symbols(m_pat)})
        cx = included(m_pat, t_pat, alphabet)
        if cx is not None:
            print('%s: children %s allowed here but not by TEI' % (en, ' '.join(cx) or '(none)'))
            problems += 1
    print('%d elements, %d problems' % (len(variants), problems))
    sys.exit(1 if problems else 0)


def symbols(p):
    if p[0] == 'sym':
        yield p[1]
    elif p[0] == 'choice':
        for x in p[1]:
            yield from symbols(x)
    elif p[0] in ('group', 'interleave'):
        yield from symbols(p[1])
        yield from symbols(p[2])
    elif p[0] == 'zom':
        yield from symbols(p[1])


if __name__ == '__main__':
    main()
