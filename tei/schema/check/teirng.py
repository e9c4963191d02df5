"""Helpers shared by the checks: read a RELAX NG (XML syntax) grammar made of named defines,
as tei_all.rng and tei-edition.rng are, and list per element the children and attributes
it allows."""
import xml.etree.ElementTree as ET

RNG = '{http://relaxng.org/ns/structure/1.0}'


def load(path):
    """name -> <define> element."""
    return {d.get('name'): d for d in ET.parse(path).getroot().iter(RNG + 'define')}


def element_of(define):
    """The <element> a define declares (directly), or None."""
    for c in define:
        if c.tag == RNG + 'element':
            return c
    return None


def summary(defs, p, depth=0):
    """A short text form of an attribute's value pattern (for reading datatypes side by side)."""
    out = []
    for c in p:
        if not c.tag.startswith(RNG):
            continue
        t = c.tag[len(RNG):]
        if t == 'ref':
            inner = summary(defs, defs[c.get('name')], depth + 1) if depth < 3 else ''
            out.append('%s{%s}' % (c.get('name'), inner))
        elif t == 'data':
            ps = [x.text for x in c if x.tag == RNG + 'param']
            out.append('data:' + c.get('type') + ('(' + '|'.join(ps) + ')' if ps else ''))
        elif t == 'value':
            out.append('"%s"' % c.text)
        elif t == 'text':
            out.append('text')
        elif t != 'name':
            out.append(t + '(' + summary(defs, c, depth) + ')')
    return ' '.join(out)


def children_attrs(defs, element):
    """(set of child element names, {attribute name: datatype summary}) allowed by <element>."""
    kids, attrs, seen = set(), {}, set()

    def walk(p):
        t = p.tag[len(RNG):]
        if t == 'ref':
            name = defs_name = p.get('name')
            d = defs[defs_name]
            el = element_of(d)
            if el is not None:
                kids.add(el.get('name'))
                return
            if name in seen:
                return
            seen.add(name)
            for c in d:
                walk(c)
        elif t == 'element':
            kids.add(p.get('name') or '*')
        elif t == 'attribute':
            attrs[p.get('name') or '*'] = summary(defs, p)
        elif t != 'notAllowed':
            for c in p:
                if c.tag.startswith(RNG):
                    walk(c)

    for c in element:
        if c.tag.startswith(RNG):
            walk(c)
    return kids, attrs


def elements(defs):
    """element name -> (children, attributes), merged over all defines of that element."""
    res = {}
    for d in defs.values():
        el = element_of(d)
        if el is None:
            continue
        k, a = children_attrs(defs, el)
        K, A = res.setdefault(el.get('name'), (set(), {}))
        K |= k
        A.update(a)
    return res
