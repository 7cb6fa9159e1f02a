import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadContent } from '../../../main/services/content/load';
import type { Consultation } from '../../../shared/consultation/model';
import type { ContentPack } from '../../../shared/content/pack';
import { buildReviewCalendar, reviewEvents } from '../../../shared/export/calendar';
import { foldLine, icalText } from '../../../shared/export/ical';
import { buildSummary } from '../../../shared/summary/model';
import { BUILT_IN_CONTENT } from '../../fixtures/content-folders';
import { plannedConsultation, SOFT_FILLER, tenAreaConsultation } from '../../fixtures/consultation-plan';

const { pack: loaded } = await loadContent({ builtIn: BUILT_IN_CONTENT, override: null });
const pack = loaded!;
const options = { generatedAt: new Date('2026-11-24T11:30:05Z') };
const NAME = 'Zoë Ólafsdóttir';

const dated = (changes: Partial<Consultation> = {}) => plannedConsultation(NAME, { plannedDate: '2026-12-01', ...changes });
const calendar = (consultation: Consultation, withPack: ContentPack = pack) => buildReviewCalendar(consultation, withPack, options);

/** The file as a calendar program reads it, through ical.js. */
function parse(ics: string) {
  const vcalendar = new ICAL.Component(ICAL.parse(ics));
  return { vcalendar, events: vcalendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

/** The file's physical lines as UTF-8 bytes, split at CRLF. */
function byteLines(ics: string): Buffer[] {
  const bytes = Buffer.from(ics, 'utf8');
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = bytes.indexOf('\r\n'); i !== -1; i = bytes.indexOf('\r\n', start)) {
    lines.push(bytes.subarray(start, i));
    start = i + 2;
  }
  expect(start).toBe(bytes.length);
  return lines;
}

function expectWellFolded(ics: string) {
  expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const line of byteLines(ics)) {
    expect(line.length).toBeLessThanOrEqual(75);
    expect(() => decoder.decode(line)).not.toThrow();
  }
}

describe('reviewEvents', () => {
  it('dates the review and, for toxin, the earliest repeat from the planned day; one review for two treatments on the same day', () => {
    expect(reviewEvents(tenAreaConsultation(NAME), pack)).toEqual([
      { kind: 'review', date: '2026-12-15', treatmentIds: ['toxin', 'filler'] },
      { kind: 'repeat', date: '2027-03-01', treatmentIds: ['toxin'] },
    ]);
  });

  it('gives the same dates the patient’s summary gives', () => {
    const summary = buildSummary(tenAreaConsultation(NAME), pack, { paperSize: 'A4', generatedAt: options.generatedAt });
    const toxin = summary.treatments.find((t) => t.id === 'toxin')!.followUp.items;
    expect(toxin.find((i) => i.kind === 'review')!.text).toContain('15 December 2026');
    expect(toxin.find((i) => i.kind === 'repeat')!.text).toContain('1 March 2027');
  });

  it('has no repeat date for filler alone', () => {
    const fillerOnly = dated({ concerns: [{ regionId: 'lips', plannedTreatment: 'filler', note: '', productId: SOFT_FILLER, amount: { min: 1, max: 1 } }] });
    expect(reviewEvents(fillerOnly, pack).map((e) => e.kind)).toEqual(['review']);
  });

  it('has nothing to put in a calendar without a planned day, before the earliest date, or under 18', () => {
    expect(reviewEvents(plannedConsultation(NAME), pack)).toEqual([]);
    expect(reviewEvents(dated({ plannedDate: '2026-11-25' }), pack)).toEqual([]);
    expect(reviewEvents(dated({ patient: { name: NAME, dateOfBirth: '2010-05-01' } }), pack)).toEqual([]);
    expect(calendar(plannedConsultation(NAME))).toBeNull();
  });
});

describe('buildReviewCalendar', () => {
  const ics = calendar(tenAreaConsultation(NAME))!;

  it('is an iCalendar file ical.js reads: version, product id, all-day events', () => {
    const { vcalendar, events } = parse(ics);
    expect(vcalendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(vcalendar.getFirstPropertyValue('prodid')).toBe('-//Facet//Review reminders//EN');
    expect(events.map((e) => [e.summary, e.startDate.toString(), e.endDate.toString(), e.startDate.isDate])).toEqual([
      ['Review – ZÓ (LC-20417)', '2026-12-15', '2026-12-16', true],
      ['Earliest repeat treatment – ZÓ (LC-20417)', '2027-03-01', '2027-03-02', true],
    ]);
    expect(events[0]!.description).toBe('Review after botulinum toxin and dermal fillers, planned for 1 December 2026.');
    expect(events[0]!.location).toBe('Linden Clinic');
  });

  it('stamps every event in UTC, with CRLF line endings throughout', () => {
    expect(ics.match(/^DTSTAMP:.*$/gm)).toEqual(['DTSTAMP:20261124T113005Z', 'DTSTAMP:20261124T113005Z']);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expectWellFolded(ics);
  });

  it('keeps each event’s UID when the planned day moves, so importing again updates it', () => {
    const uids = (c: Consultation) => parse(calendar(c)!).events.map((e) => e.uid);
    expect(uids(dated({ plannedDate: '2026-12-03' }))).toEqual(uids(dated()));
    expect(new Set(uids(dated())).size).toBe(2);
    expect(uids(dated({ id: '0b9f3a1c-2d4e-4f60-8a7b-9c0d1e2f3a4b' }))).not.toEqual(uids(dated()));
  });

  it('holds initials and the clinic’s reference, never the name, date of birth, notes or amounts', () => {
    for (const secret of ['Zoë', 'Ólafsdóttir', '1986', 'Start conservatively', 'special event', '18–22', 'units']) expect(ics).not.toContain(secret);
    expect(ics).toContain('ZÓ (LC-20417)');
  });

  it('names the consultation day instead when the clinic uses no references', () => {
    const { events } = parse(calendar(dated({ patient: { name: NAME, dateOfBirth: '1986-03-14' } }))!);
    expect(events[0]!.summary).toBe('Review – ZÓ (seen 24 November 2026)');
  });

  it('escapes commas, semicolons and backslashes and keeps emoji whole across folds', () => {
    const reference = 'Ref; 12,34 \\ A 😀';
    const clinic = { ...pack.clinic, name: `Linden Clinic, Harbourton; ${'🌿 Garden Wing, '.repeat(6)}` };
    const ics2 = calendar(dated({ patient: { name: '😀 Smith-Jones, Jr.', reference } }), { ...pack, clinic })!;
    const { events } = parse(ics2);
    expect(events[0]!.summary).toBe(`Review – 😀J (${reference})`);
    expect(events[0]!.location).toBe(clinic.name);
    expect(ics2).toContain('Ref\\; 12\\,34 \\\\ A 😀');
    expectWellFolded(ics2);
  });

  it('reads back any reference and clinic name exactly, folded within 75 octets', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', 'Ж', '中', '😀', ',', ';', '\\', ' ', ':', '"'), minLength: 1, maxLength: 120 });
    fc.assert(
      fc.property(text, text, (reference, clinicName) => {
        fc.pre(reference.trim().length > 0);
        const ics2 = calendar(dated({ patient: { name: NAME, reference } }), { ...pack, clinic: { ...pack.clinic, name: clinicName } })!;
        expectWellFolded(ics2);
        const [review] = parse(ics2).events;
        expect(review!.summary).toBe(`Review – ZÓ (${reference.trim()})`);
        expect(review!.location).toBe(clinicName);
      }),
      { numRuns: 200 },
    );
  });

  it('logs nothing while building', () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method).mockImplementation(() => {}));
    calendar(tenAreaConsultation(NAME));
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
  afterEach(() => vi.restoreAllMocks());
});

describe('RFC 5545 pieces', () => {
  it('folds at exactly 75 octets, continuation lines starting with a space', () => {
    // 208 octets: 75 on the first line, then a space and 74 more, then a space and the last 59.
    const folded = foldLine(`SUMMARY:${'x'.repeat(200)}`).split('\r\n');
    expect(folded.map((l) => Buffer.byteLength(l))).toEqual([75, 75, 60]);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
  });

  it('escapes text and writes line breaks as \\n', () => {
    expect(icalText('a,b;c\\d\r\ne\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
  });

  it('a broken line is refused by the parser (so the read-back can fail)', () => {
    const ics = calendar(tenAreaConsultation(NAME))!;
    expect(() => parse(ics.replace('\r\nTRANSP:TRANSPARENT', '\r\nTRANSP TRANSPARENT'))).toThrow(/invalid line/);
  });
});
