#!/usr/bin/env python3
"""The TEI P5 4.12.0 Schematron rules that concern tei-edition's elements, in Python, for
documents (e.g. from gen_instances.py). tei_all.rng carries them as <sch:rule>s, which RELAX NG
validators ignore. Prints one line per violation; exit status 1 if any.

usage: schematron_check.py FILE.xml..."""
import sys, xml.etree.ElementTree as ET
T='{http://www.tei-c.org/ns/1.0}'
def ln(e): return e.tag.replace(T,'') if isinstance(e.tag,str) else ''
total=0
for f in sys.argv[1:]:
    root=ET.parse(f).getroot()
    parent={c:p for p in root.iter() for c in p}
    def anc(e):
        while e in parent:
            e=parent[e]; yield e
    v=[]
    for e in root.iter():
        n=ln(e); a=e.attrib
        if 'when' in a and any(k in a for k in ('notBefore','notAfter','from','to')): v.append('when+other on '+n)
        if 'from' in a and 'notBefore' in a and n not in ('biblScope',): v.append('from+notBefore on '+n)
        if 'to' in a and 'notAfter' in a and n not in ('biblScope',): v.append('to+notAfter on '+n)
        if 'subtype' in a and 'type' not in a: v.append('subtype w/o type on '+n)
        if 'targetLang' in a and 'target' not in a: v.append('targetLang w/o target')
        if n in ('ptr','ref') and 'target' in a and 'cRef' in a: v.append('target+cRef')
        if 'calendar' in a and not ''.join(e.itertext()).strip(): v.append('calendar on empty')
        ancs=list(anc(e)); names=[ln(x) for x in ancs]
        par=names[0] if names else None
        if n=='p':
            if ('p' in names or 'ab' in names) and 'floatingText' not in names and par not in ('exemplum','item','note','q','quote','remarks','said','sp','stage','cell','figure'):
                v.append('p in p/ab (parent %s)'%par)
            if 'l' in names and not ('floatingText' in names or par in ('figure','note')): v.append('p in l (parent %s)'%par)
        if n in ('l','lg'):
            # ancestor l not separated by a note
            for x in ancs:
                if ln(x)=='note': break
                if ln(x)=='l': v.append('%s inside l'%n); break
        if n=='lg' and not any(ln(d) in ('l','lg','gap') for d in e.iter() if d is not e): v.append('lg without l/lg/gap')
        if n=='div' and ('l' in names or 'p' in names or 'ab' in names) and 'floatingText' not in names: v.append('div in l/p')
        if n=='quotation' and 'marks' not in a and not [c for c in e if ln(c)=='p']: v.append('quotation w/o marks or p')
        if n=='citeStructure':
            outer = par!='citeStructure'
            if outer != a.get('match','').startswith('/'): v.append('citeStructure match %r outer=%s'%(a.get('match'),outer))
        if n=='list' and a.get('type')=='gloss' and not [c for c in e if ln(c)=='label']: v.append('gloss list w/o label')
        if n=='relation':
            if not any(k in a for k in ('ref','key','name')): v.append('relation w/o name/ref/key')
            if 'active' in a and 'mutual' in a: v.append('relation active+mutual')
            if 'passive' in a and 'active' not in a: v.append('relation passive w/o active')
        if n=='link' and ' ' not in a.get('target','').strip(): v.append('link needs 2 targets')
    for x in sorted(set(v)): print(f, x)
    total+=len(v)
print('schematron-like violations:', total, 'in', len(sys.argv)-1, 'files', file=sys.stderr)
sys.exit(1 if total else 0)
