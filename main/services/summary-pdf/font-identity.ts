/**
 * pdfkit, each time react-pdf sets a font for a run of text (hundreds of
 * times per summary), decides whether it is a font it has already embedded by
 * comparing the head checksum and JSON.stringify of the whole name table. A
 * CPU profile of warm renders put ~21 ms of each render in that comparison
 * (isEqualFont), re-serialising Inter's name records every time.
 *
 * The records are read-only once the font is loaded, so their JSON is worked
 * out once and each distinct table answers with a short key instead: equal
 * tables still give equal keys, different ones different keys, which is all
 * the comparison uses. If a react-pdf or pdfkit upgrade moves the table, this
 * does nothing and renders are only slower.
 */
const keys = new Map<string, string>();

interface LazyTables {
  _tables?: { name?: { records?: unknown } };
  _getTable?: (entry: unknown) => unknown;
  directory?: { tables?: { name?: unknown } };
}

export function serialiseNameTableOnce(font: unknown): void {
  const face = font as LazyTables | null;
  // fontkit reads tables when first asked for them: read the name table now, so its records exist to mark.
  if (face && !face._tables?.name && face.directory?.tables?.name) face._getTable?.(face.directory.tables.name);
  const records = face?._tables?.name?.records;
  if (typeof records !== 'object' || records === null || Object.prototype.hasOwnProperty.call(records, 'toJSON')) return;
  const json = JSON.stringify(records);
  let key = keys.get(json);
  if (key === undefined) {
    key = `name-table-${keys.size + 1}`;
    keys.set(json, key);
  }
  const identity = key;
  Object.defineProperty(records, 'toJSON', { value: () => identity, enumerable: false });
}
