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
  it('knows durations', () => {
    for (const ok of ['PT15M', 'P3D', 'P1Y2M', 'PT1H30M', 'PT0.5S']) expect(isIsoDuration(ok), ok).toBe(true);
    for (const bad of ['P', 'PT', '15M', 'P1H', 'een kwartier']) expect(isIsoDuration(bad), bad).toBe(false);
  });
});
