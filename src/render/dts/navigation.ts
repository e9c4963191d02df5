/**
 * The Navigation endpoint as static files, for every valid Level 0 request on every tree:
 *
 * - the whole tree from the root: `down` = 1 … D and −1;
 * - each citable unit: without `down` (the unit alone), `down` = 0 (its siblings), 1 … D, −1.
 *
 * D is the tree's depth, but at least 2: asking for children and grandchildren is common
 * whatever the depth, and the answer (the units that exist) is the spec's. A request with a
 * larger `down`, or for a `start`/`end` range, names no file. A tree of n units gives
 * (D + 1) + n·(D + 3) files: linear in n. Their bytes are linear too, except `down` = 0, where
 * each of k siblings lists all k: Σ k² units over the parents.
 *
 * Members are serialised once per unit and joined, so that tens of thousands of files cost
 * string concatenation, not JSON.stringify of the same objects again and again.
 */
import type { Output } from '../output.js';
import { citableUnitJson, CONTEXT, DTS_VERSION, shortResource } from './json.js';
import type { CitationTree, Unit } from './types.js';
import { navigationFile } from './urls.js';

/** `declared` are the trees the Resource lists; `trees` the ones to answer for (an empty stand-in when there are none). */
export function navigationOutputs(root: string, resource: string, trees: readonly CitationTree[], declared: readonly CitationTree[]): Output[] {
  const head = (url: string): string =>
    `{"@context":${JSON.stringify(CONTEXT)},"dtsVersion":"${DTS_VERSION}","@type":"Navigation","@id":${JSON.stringify(url)},"resource":${resourceJson}`;
  const resourceJson = JSON.stringify(shortResource(root, resource, declared));
  const outputs: Output[] = [];
  for (const tree of trees) {
    const units = tree.units;
    const json = units.map((u) => JSON.stringify(citableUnitJson(u)));
    const index = new Map<Unit, number>(units.map((u, i) => [u, i]));
    const maxDown = Math.max(tree.depth, 2);
    const downs = [...Array.from({ length: maxDown }, (_, i) => i + 1), -1];
    const write = (down: number | undefined, ref: string | undefined, refJson: string | null, members: string | null): void => {
      const file = navigationFile(root, { resource, tree: tree.identifier, ...(down !== undefined ? { down } : {}), ...(ref !== undefined ? { ref } : {}) });
      const body = `${head(file.url)}${refJson ? `,"ref":${refJson}` : ''}${members !== null ? `,"member":[${members}]` : ''}}`;
      outputs.push({ path: file.path, content: body });
    };
    for (const down of downs) {
      const picked: string[] = [];
      units.forEach((u, i) => {
        if (down === -1 || u.level <= down) picked.push(json[i]!);
      });
      write(down, undefined, null, picked.join(','));
    }
    // Siblings, by parent: joined once per parent, not once per unit.
    const byParent = new Map<string | null, string[]>();
    units.forEach((u, i) => (byParent.get(u.parent) ?? byParent.set(u.parent, []).get(u.parent)!).push(json[i]!));
    const siblings = new Map([...byParent].map(([p, list]) => [p, list.join(',')]));
    for (const [i, u] of units.entries()) {
      const own = json[i]!;
      write(undefined, u.ref, own, null);
      write(0, u.ref, own, siblings.get(u.parent)!);
      for (const down of downs) {
        const picked: string[] = [own];
        for (let j = index.get(u)! + 1; j < u.end; j++) if (down === -1 || units[j]!.level <= u.level + down) picked.push(json[j]!);
        write(down, u.ref, own, picked.join(','));
      }
    }
  }
  return outputs;
}
