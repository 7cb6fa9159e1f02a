/**
 * Characters no export file should carry: control characters (FHIR strings
 * and iCalendar text both refuse them, and XML cannot hold them) and lone
 * surrogates (half an emoji, which has no UTF-8 form). Tabs and line breaks
 * stay: each format has its own way of writing those.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function withoutUnwritable(text: string): string {
  return text.replace(UNWRITABLE, '');
}
