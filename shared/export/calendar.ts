import { initialsOf } from '../consultation/format';
import type { Consultation } from '../consultation/model';
import { buildPlan } from '../consultation/plan';
import type { ContentPack } from '../content/pack';
import { treatmentById } from '../content/treatments';
import { addDays, daysBetween, formatLongDate, type IsoDate } from '../summary/dates';
import { followUpDates } from '../summary/follow-up';
import { dateLocale, plannedDayOf } from '../summary/model';
import { icalDate, icalFile, icalText, icalUtc } from './ical';
import { nameBasedUuid } from './uuid';

/**
 * Review reminders as an iCalendar file (RFC 5545) for the clinic's own
 * calendar: the review appointment, and, for a treatment with a shortest gap
 * between treatments (toxin), the earliest date it may be repeated. Both are
 * dated from the planned treatment day, exactly as the patient's summary
 * dates them; without a planned day there is nothing to put in a calendar.
 *
 * A clinic calendar is often shared with the whole team, so an event carries
 * the patient's initials and the clinic's reference (or the consultation
 * date when there is no reference) and nothing else about them: no name, no
 * date of birth, no notes, no amounts (docs/fhir.md, "The calendar file").
 */

export interface CalendarOptions {
  /** When the file is made: every event's DTSTAMP. */
  generatedAt: Date;
}

export interface ReviewEvent {
  kind: 'review' | 'repeat';
  date: IsoDate;
  /** The planned treatments it is for, in the order the plan lists them. */
  treatmentIds: string[];
}

const PRODUCT_ID = '-//Facet//Review reminders//EN';

/** The events, earliest first, and the planned day they are counted from; null without a planned day (or when nothing can be planned). */
function datedEvents(consultation: Consultation, pack: ContentPack): { plannedDay: IsoDate; events: ReviewEvent[] } | null {
  const plan = buildPlan(consultation, pack);
  const plannedDay = plannedDayOf(plan, consultation);
  if (plannedDay === null) return null;
  const planned = [...new Set(plan.areas.map((a) => a.treatmentId))].flatMap((id) => treatmentById(pack, id) ?? []);
  const events: ReviewEvent[] = [];
  for (const treatment of planned) {
    const dates = followUpDates(treatment, plannedDay);
    for (const kind of ['review', 'repeat'] as const) {
      const date = dates[kind];
      if (date === undefined) continue;
      // Two treatments reviewed on the same day are one appointment.
      const same = events.find((e) => e.kind === kind && e.date === date);
      if (same) same.treatmentIds.push(treatment.id);
      else events.push({ kind, date, treatmentIds: [treatment.id] });
    }
  }
  events.sort((a, b) => daysBetween(b.date, a.date) || (a.kind === 'review' ? -1 : 1));
  return { plannedDay, events };
}

/** The events the calendar file holds, earliest first; empty without a planned day. The export screen can offer the file only when there are some. */
export function reviewEvents(consultation: Consultation, pack: ContentPack): ReviewEvent[] {
  return datedEvents(consultation, pack)?.events ?? [];
}

const TITLES = { review: 'Review', repeat: 'Earliest repeat treatment' } as const;

/** Who the event is for, as little as finds them in the clinic's records: "ZÓ (LC-20417)", or "ZÓ (seen 24 November 2026)". */
function patientLabel(consultation: Consultation, long: (date: IsoDate) => string): string {
  const reference = consultation.patient.reference?.trim();
  return `${initialsOf(consultation.patient.name)} (${reference || `seen ${long(consultation.date)}`})`;
}

function description(event: ReviewEvent, names: string, plannedDay: string): string {
  return event.kind === 'review'
    ? `Review after ${names}, planned for ${plannedDay}.`
    : `The earliest date to repeat ${names} after the treatment planned for ${plannedDay}.`;
}

/** The .ics file's text, or null when there is no event to put in it (a calendar file must hold at least one). */
export function buildReviewCalendar(consultation: Consultation, pack: ContentPack, options: CalendarOptions): string | null {
  const dated = datedEvents(consultation, pack);
  if (dated === null || dated.events.length === 0) return null;
  const locale = dateLocale(pack.meta.locale);
  const long = (date: IsoDate) => formatLongDate(date, locale);
  const plannedDay = long(dated.plannedDay);
  const who = patientLabel(consultation, long);
  const nameOf = (id: string) => treatmentById(pack, id)!.name.toLowerCase();

  const lines = dated.events.flatMap((event) => [
    'BEGIN:VEVENT',
    // Stable per consultation and event: importing a newer file updates the event rather than adding a second one.
    `UID:${nameBasedUuid(consultation.id, `calendar/${event.kind}/${event.treatmentIds.join('+')}`)}`,
    `DTSTAMP:${icalUtc(options.generatedAt)}`,
    `DTSTART;VALUE=DATE:${icalDate(event.date)}`,
    `DTEND;VALUE=DATE:${icalDate(addDays(event.date, 1))}`,
    `SUMMARY:${icalText(`${TITLES[event.kind]} – ${who}`)}`,
    `DESCRIPTION:${icalText(description(event, event.treatmentIds.map(nameOf).join(' and '), plannedDay))}`,
    `LOCATION:${icalText(pack.clinic.name)}`,
    // A reminder, not a booked slot: it does not block the day.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ]);
  return icalFile(['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODUCT_ID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', ...lines, 'END:VCALENDAR']);
}
