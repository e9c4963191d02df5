/**
 * ISO 8601 / XML Schema date values as TEI's att.datable.w3c uses them: years, year-months,
 * dates, date-times and times. Parses into the interval of instants a value covers, so that
 * values of different precision can be compared (1919 contains 1919-05-08).
 */

export interface Interval {
  /** First and last millisecond covered (UTC), for dated values; undefined for a bare time. */
  from: number;
  to: number;
}

export type Parsed = { ok: true; interval: Interval | undefined } | { ok: false; reason: string };

const DATE = /^(-?\d{4,})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(\.\d+)?)?)?)?(Z|[+-]\d{2}:\d{2})?$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const RECURRING = /^--(\d{2})(?:-(\d{2}))?$|^---(\d{2})$/;

export function parseIsoDate(value: string): Parsed {
  const time = TIME.exec(value);
  if (time) {
    const bad = checkTime(+time[1]!, +time[2]!, +time[3]!);
    return bad ? { ok: false, reason: bad } : { ok: true, interval: undefined };
  }
  const recurring = RECURRING.exec(value);
  if (recurring) {
    const month = recurring[1] ? +recurring[1] : undefined;
    if (month !== undefined && (month < 1 || month > 12)) return { ok: false, reason: `there is no month ${month}` };
    return { ok: true, interval: undefined };
  }
  const m = DATE.exec(value);
  if (!m) return { ok: false, reason: 'it is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss)' };
  const year = +m[1]!;
  if (m[1]!.length > 4 && m[1]!.startsWith('0')) return { ok: false, reason: 'a year of more than four digits cannot start with 0' };
  if (year === 0) return { ok: false, reason: 'there is no year 0000 in XML Schema dates' };
  const month = m[2] === undefined ? undefined : +m[2];
  const day = m[3] === undefined ? undefined : +m[3];
  if (month !== undefined && (month < 1 || month > 12)) return { ok: false, reason: `there is no month ${m[2]}` };
  if (day !== undefined && month !== undefined) {
    const max = daysIn(year, month);
    if (day < 1 || day > max) return { ok: false, reason: `${value.slice(0, 10)} does not exist: that month has ${max} days` };
  }
  if (m[4] !== undefined) {
    const bad = checkTime(+m[4], +m[5]!, +m[6]!);
    if (bad) return { ok: false, reason: bad };
  }
  return { ok: true, interval: interval(year, month, day, m[4] === undefined ? undefined : [+m[4], +m[5]!, +m[6]!]) };
}

function checkTime(h: number, min: number, s: number): string | undefined {
  if (h === 24 && min === 0 && s === 0) return undefined;
  if (h > 23) return `there is no hour ${h}`;
  if (min > 59) return `there is no minute ${min}`;
  if (s > 60) return `there is no second ${s}`;
  return undefined;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysIn(year: number, month: number): number {
  return [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

function interval(year: number, month?: number, day?: number, time?: [number, number, number]): Interval {
  const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number => {
    const date = new Date(Date.UTC(2000, mo - 1, d, h, mi, s));
    date.setUTCFullYear(y);
    return date.getTime();
  };
  if (time) {
    const t = utc(year, month!, day!, ...time);
    return { from: t, to: t + 999 };
  }
  // The end is the next day, month or year minus 1 ms, computed without letting Date.UTC roll
  // over into the stand-in year 2000's successor (31 December would end on 1 January).
  if (day !== undefined) return { from: utc(year, month!, day), to: utc(year, month!, day) + 86_400_000 - 1 };
  if (month !== undefined) return { from: utc(year, month, 1), to: (month === 12 ? utc(year + 1, 1, 1) : utc(year, month + 1, 1)) - 1 };
  return { from: utc(year, 1, 1), to: utc(year + 1, 1, 1) - 1 };
}

/** xsd:duration, e.g. PT15M, P3D, P1Y2M (TEI's data.duration.w3c). */
export function isIsoDuration(value: string): boolean {
  return /^-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/.test(value);
}
