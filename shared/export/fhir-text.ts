import { withoutUnwritable } from './unwritable';
import type { Narrative } from './fhir-types';

/**
 * Text as FHIR takes it. A FHIR string may hold no whitespace but spaces,
 * tabs and line breaks: a no-break space pasted into a note would make the
 * whole bundle invalid, so it becomes a space.
 */
const OTHER_WHITESPACE = /(?![ \t\r\n])\s/g;

const writable = (text: string) => withoutUnwritable(text).replace(OTHER_WHITESPACE, ' ');

/** A FHIR string: writable, and trimmed (FHIR strings must not be empty; callers leave out what this empties). */
export function fhirText(text: string): string {
  return writable(text).trim();
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escaped character data for the narrative's XHTML. */
export function xml(text: string): string {
  return writable(text).replace(/[&<>"]/g, (c) => ENTITIES[c]!);
}

/**
 * Markup built from escaped pieces only. Every builder below escapes the text
 * it is given, so content typed by a practitioner never becomes markup.
 */
export interface Xhtml {
  readonly markup: string;
}

const markup = (value: string): Xhtml => ({ markup: value });
type Content = string | Xhtml;
const render = (content: Content) => (typeof content === 'string' ? xml(content) : content.markup);
const element = (name: string) => (...children: Content[]) => markup(`<${name}>${children.map(render).join('')}</${name}>`);

export const p = element('p');
export const b = element('b');
export const li = element('li');
export const ul = (items: readonly Content[]) => element('ul')(...items.map((item) => li(item)));
export const ol = (items: readonly Content[]) => element('ol')(...items.map((item) => li(item)));
export const table = (head: readonly string[], rows: readonly (readonly Content[])[]) =>
  element('table')(element('thead')(element('tr')(...head.map((h) => element('th')(h)))), element('tbody')(...rows.map((row) => element('tr')(...row.map((cell) => element('td')(cell))))));

/**
 * A Narrative: one <div> in the XHTML namespace, as FHIR requires. Always
 * "additional": each section's text says more than its entries hold (what is
 * undecided, who assessed, the notes).
 */
export function narrative(...children: Content[]): Narrative {
  return { status: 'additional', div: `<div xmlns="http://www.w3.org/1999/xhtml">${children.map(render).join('')}</div>` };
}

/** "Label: value" as a paragraph with the label in bold. */
export const labelled = (label: string, value: Content) => p(b(`${label}:`), ' ', value);
