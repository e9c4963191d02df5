import { describe, expect, it } from 'vitest';
import { isIsoDuration, parseIsoDate } from '../src/iso-date.js';

describe('ISO 8601 dates', () => {
  it.each(['1919', '1919-05', '1919-05-08', '1920-02-29', '2000-02-29', '1919-05-08T17:00:00', '17:00:00', '--05-08', '-0044-03-15'])(
    'accepts %s',
    (value) => expect(parseIsoDate(value).ok).toBe(true),
  );
  it.each(['1919-02-30', '1900-02-29', '1919-13', '1919-5-8', '8 mei 1919', '25:00:00', '0000', '1919-05-08T17:61:00', ''])(
    'rejects %s',
    (value) => expect(parseIsoDate(value).ok).toBe(false),
  );
  it('gives the interval a value covers, so precisions compare', () => {
    const year = parseIsoDate('1919');
    const day = parseIsoDate('1919-05-08');
    if (!year.ok || !day.ok) throw new Error('unexpected');
    expect(year.interval!.from).toBeLessThanOrEqual(day.interval!.from);
    expect(year.interval!.to).toBeGreaterThanOrEqual(day.interval!.to);
  });
  it('ends a value on 31 December, or in December, in its own year', () => {
    // Date.UTC's month and day rollover used to turn the end of 1702-12-31 into 1702-01-01
    const utc = (y: number, m: number, d: number) => new Date(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T00:00:00Z`).getTime();
    for (const [value, next] of [['1702-12-31', utc(1703, 1, 1)], ['1702-12', utc(1703, 1, 1)], ['1919-05-31', utc(1919, 6, 1)], ['1702', utc(1703, 1, 1)]] as const) {
      const parsed = parseIsoDate(value);
      if (!parsed.ok) throw new Error(value);
      expect(parsed.interval!.to, value).toBe(next - 1);
    }
  });
  it('knows durations', () => {
    for (const ok of ['PT15M', 'P3D', 'P1Y2M', 'PT1H30M', 'PT0.5S']) expect(isIsoDuration(ok), ok).toBe(true);
    for (const bad of ['P', 'PT', '15M', 'P1H', 'een kwartier']) expect(isIsoDuration(bad), bad).toBe(false);
  });
});
