#!/usr/bin/env python3
"""Random documents from tei-edition.rng, to validate against tei_all.rng.

usage: gen_instances.py SCHEMA.rng OUTDIR N [SEED [DEPTH]]
Writes OUTDIR/g0000.xml ... Each document follows the grammar: at every optional, repeat and
choice it picks at random (below DEPTH it takes the smallest way out). Attribute and data
values come from a small table of samples per XSD type/pattern (dataval); a new datatype in
the schema needs a sample there. Handles the RELAX NG constructs the schema uses (no
interleave, no name classes)."""
import sys, os, random, xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr
RNG='{http://relaxng.org/ns/structure/1.0}'
if len(sys.argv) < 4: sys.exit(__doc__)
schema, outdir, N = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(outdir, exist_ok=True)
seed0 = int(sys.argv[4]) if len(sys.argv)>4 else 1
MAXD = int(sys.argv[5]) if len(sys.argv)>5 else 7
# at most MAXATTRS optional attributes per element, each taken with probability ATTRP;
# GEN_ATTRS="0.5,99" gives denser attributes (fine for jing, far too slow for libxml2)
ATTRP, MAXATTRS = [float(x) for x in os.environ.get('GEN_ATTRS', '0.2,6').split(',')]
g=ET.parse(schema).getroot()
defs={d.get('name'):d for d in g.iter(RNG+'define')}
def kids(p): return [c for c in p if c.tag.startswith(RNG) and c.tag!=RNG+'param' and c.tag!=RNG+'except']
# minimal cost (number of elements) of a pattern, by fixpoint over defines
INF=10**9
cost={n:INF for n in defs}
def pc(p):
    t=p.tag[len(RNG):]
    if t=='ref': return cost[p.get('name')]
    if t=='element': return 1+ sum_(kids(p))
    if t in('optional','zeroOrMore'): return 0
    if t=='choice': return min(pc(c) for c in kids(p))
    if t in ('attribute','text','empty','data','value','list','name'): return 0
    return sum_(kids(p))
def sum_(ks):
    s=0
    for c in ks:
        v=pc(c)
        if v>=INF: return INF
        s+=v
    return s
for _ in range(60):
    for n,d in defs.items(): cost[n]=sum_(kids(d))
assert all(v<INF for v in cost.values()), [n for n,v in cost.items() if v>=INF]
idc=[0]
def dataval(d):
    typ=d.get('type'); params={x.get('name'):x.text for x in d if x.tag==RNG+'param'}
    pat=params.get('pattern')
    if typ=='anyURI': return random.choice(['#p1','#x2','psn:lenin','https://example.org/a'])
    if typ=='token':
        if pat and pat.startswith('[a-z]'): return 'psn'
        if pat and pat.startswith('[\\d]'): return '4.12.0'
        if pat and pat.startswith('[0-9]{4}'): return random.choice(['1917-10','1917-02-29','1917'])
        if pat: return random.choice(['abc','main','x-1','page','illegible'])
        return '([a-z]+)'
    if typ=='date': return random.choice(['1918-06-12','1921-02-08'])
    if typ=='gYearMonth': return '1918-06'
    if typ=='gYear': return random.choice(['1917','1921'])
    if typ=='time': return '14:30:00'
    if typ=='dateTime': return '1918-06-12T14:30:00'
    if typ=='ID': idc[0]+=1; return 'id%d'%idc[0]
    if typ=='language': return random.choice(['nl','ru','en-GB'])
    if typ=='boolean': return random.choice(['true','false'])
    if typ=='decimal': return '3.5'
    if typ=='nonNegativeInteger': return '3'
    if typ in ('Name','NCName'): return 'persName'
    if typ=='NMTOKEN': return 'xml:id'
    if typ=='duration': return random.choice(['PT15M','P3D','P1Y2M'])
    if typ=='string':
        if pat=='.+': return '.'
        if pat=='/.*': return '/TEI/text/body/div'
        if pat=='[^/].*': return 'p'
        if pat and pat.startswith('\\s*'): return random.choice(['55.75 37.62','55.75, 37.62'])
        return 'some text'
    raise Exception('no sample for %s %s'%(typ,pat))
def gen(p, depth, attrs, out):
    """append to out: list of ('a',name,val) or ('t',text) or ('e',name,attrs,children)"""
    t=p.tag[len(RNG):]
    if t=='ref':
        return gen(defs[p.get('name')], depth, attrs, out)
    if t=='define' or t=='group':
        for c in kids(p): gen(c, depth, attrs, out)
        return
    if t=='element':
        if depth>MAXD+6: raise Exception('too deep')
        a={}; ch=[]
        for c in kids(p): gen(c, depth+1, a, ch)
        out.append(('e',p.get('name'),a,ch)); return
    if t=='attribute':
        val=[]
        for c in kids(p): val.append(genval(c))
        attrs[p.get('name')]=' '.join(v for v in val if v is not None) if val else 'x'
        return
    if t=='optional':
        ks=kids(p)
        if ks and ks[0].tag==RNG+'attribute':
            # few attributes per element: libxml2's time grows as 2^(attributes on one element)
            if len(attrs)<MAXATTRS and random.random()<ATTRP:
                for c in ks: gen(c, depth, attrs, out)
            return
        if depth<MAXD and random.random()<0.5: 
            for c in kids(p): gen(c, depth, attrs, out)
        return
    if t in ('zeroOrMore','oneOrMore'):
        n = 0 if t=='zeroOrMore' else 1
        if depth<MAXD: n += random.choice([0,0,1,1,2,3])
        for i in range(n):
            for c in kids(p): gen(c, depth, attrs, out)
        return
    if t=='choice':
        ks=kids(p)
        if depth>=MAXD:
            m=min(pc(c) for c in ks); ks=[c for c in ks if pc(c)==m]
        return gen(random.choice(ks), depth, attrs, out)
    if t=='text': out.append(('t',random.choice(['tekst ','Kropotkin ','— ‘woord’ ']))); return
    if t=='empty': return
    if t=='data': out.append(('t',dataval(p))); return
    if t=='value': out.append(('t',p.text or '')); return
    raise Exception(t)
def genval(p):
    t=p.tag[len(RNG):]
    if t=='ref': 
        ks=kids(defs[p.get('name')]); assert len(ks)==1; return genval(ks[0])
    if t=='data': return dataval(p)
    if t=='value': return p.text or ''
    if t=='text': return 'persons.xml#$1'
    if t=='choice': return genval(random.choice(kids(p)))
    if t=='list':
        ks=kids(p); assert len(ks)==1 and ks[0].tag==RNG+'oneOrMore'
        inner=kids(ks[0])[0]
        return ' '.join(genval(inner) for _ in range(random.choice([1,1,2])))
    raise Exception('val '+t)
def ser(node, ind=''):
    if node[0]=='t': return escape(node[1])
    _,name,a,ch=node
    at=''.join(' %s=%s'%(k,quoteattr(v)) for k,v in a.items())
    if not ch: return '<%s%s/>'%(name,at)
    return '<%s%s>%s</%s>'%(name,at,''.join(ser(c) for c in ch),name)
ok=0
for i in range(N):
    random.seed(seed0*100000+i)
    for attempt in range(20):
        idc[0]=0
        try:
            out=[]; gen(defs['TEI'],0,{},out)
            doc=out[0]; doc[2]['xmlns']='http://www.tei-c.org/ns/1.0'
            s=ser(doc)
            if len(s)>400000: continue
            break
        except Exception as e:
            if 'too deep' not in str(e) and 'recursion' not in str(e): raise
    open('%s/g%04d.xml'%(outdir,i),'w').write('<?xml version="1.0" encoding="UTF-8"?>\n'+s)
