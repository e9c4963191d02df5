/** The published BagIt Profile: the fields BagIt Profiles 1.4.0 requires, in the shapes it defines. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bagitProfile, profileUri } from '../../src/package/profile.js';
import { shared } from '../helpers.js';

const example = path.join(shared, 'schemas', 'bagit-profiles', 'bagProfileBar.json');
const hasExample = existsSync(example);
if (!hasExample) console.log(`notice: ${example} is absent; the comparison with the specification's example profile is skipped`);

describe('BagIt Profile', () => {
  const profile = bagitProfile(profileUri('https://example.org/e/'));

  it('has the BagIt-Profile-Info tags the specification requires, and names itself', () => {
    const info = profile['BagIt-Profile-Info'];
    for (const tag of ['Source-Organization', 'External-Description', 'Version', 'BagIt-Profile-Identifier', 'BagIt-Profile-Version']) expect(info[tag], tag).toBeTruthy();
    expect(info['BagIt-Profile-Identifier']).toBe('https://example.org/e/bagit-profile-1.0.json');
    expect(info['BagIt-Profile-Version']).toBe('1.4.0');
    // "SHOULD NOT be listed under Bag-Info"
    expect(Object.keys(profile['Bag-Info'])).not.toContain('BagIt-Profile-Identifier');
  });

  it('is consistent: what is required is allowed', () => {
    for (const m of profile['Manifests-Required']) expect(profile['Manifests-Allowed']).toContain(m);
    for (const m of profile['Tag-Manifests-Required']) expect(profile['Tag-Manifests-Allowed']).toContain(m);
    for (const t of profile['Tag-Files-Required']) expect(profile['Tag-Files-Allowed']).toContain(t);
    expect(profile['Accept-BagIt-Version'].length).toBeGreaterThan(0);
    expect(profile['Accept-Serialization'].length).toBeGreaterThan(0);
  });

  it.runIf(hasExample)('uses the specification example\'s keys with the same JSON types', () => {
    const bar = JSON.parse(readFileSync(example, 'utf8')) as Record<string, unknown>;
    const ours = profile as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(bar)) {
      if (!(key in ours)) continue;
      expect(Array.isArray(ours[key]), key).toBe(Array.isArray(value));
      expect(typeof ours[key], key).toBe(typeof value);
    }
    const shared = Object.keys(bar).filter((k) => k in ours);
    expect(shared.length).toBeGreaterThanOrEqual(9);
    const barInfo = bar['Bag-Info'] as Record<string, Record<string, unknown>>;
    for (const rule of Object.values(profile['Bag-Info'])) for (const k of Object.keys(rule)) expect(['required', 'repeatable', 'values', 'description']).toContain(k);
    expect(Object.values(barInfo).some((r) => 'required' in r)).toBe(true);
  });
});
