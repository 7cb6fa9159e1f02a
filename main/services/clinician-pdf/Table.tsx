/** @jsxRuntime automatic */
// (tsx, used by the bench and scripts, reads the root tsconfig, which sets no JSX mode.)
import type { ReactNode } from 'react';
import type { Style } from '../summary-pdf/context';
import { labelStyle } from '../summary-pdf/Headings';
import { Text, View } from '../summary-pdf/primitives';
import { INK, RULE, TINT } from '../summary-pdf/theme';
import { CLINICAL_SIZE } from './layout';

/** A column: its heading and its share of the width (flex grow), or a fixed width in points. */
export interface Column {
  heading: string;
  grow?: number;
  width?: number;
}

const cellStyle = (column: Column): Style => ({
  ...(column.width !== undefined ? { width: column.width } : { flexGrow: column.grow ?? 1, flexBasis: 0 }),
  paddingRight: 6,
});

/** The table’s heading row: labels on a tint, over a dark rule. */
function HeaderRow({ columns }: { columns: readonly Column[] }) {
  return (
    <View style={{ flexDirection: 'row', backgroundColor: TINT, paddingVertical: 3, paddingHorizontal: 4, borderBottomWidth: 0.75, borderBottomColor: INK }}>
      {columns.map((column) => (
        <Text key={column.heading} style={{ ...labelStyle, ...cellStyle(column) }}>
          {column.heading}
        </Text>
      ))}
    </View>
  );
}

/**
 * A plain ruled table. A row is never split across pages; the heading row
 * stays with the first row. `below` is a full-width line under a row (an area's
 * note), kept on the same page as its row.
 */
export function Table({ columns, rows }: { columns: readonly Column[]; rows: readonly { key: string; cells: readonly ReactNode[]; below?: ReactNode }[] }) {
  const [first, ...rest] = rows;
  const row = (r: (typeof rows)[number]) => (
    <View key={r.key} wrap={false} style={{ paddingVertical: 3, paddingHorizontal: 4, borderBottomWidth: 0.5, borderBottomColor: RULE }}>
      <View style={{ flexDirection: 'row' }}>
        {r.cells.map((cell, i) => (
          <View key={columns[i]!.heading} style={cellStyle(columns[i]!)}>
            {typeof cell === 'string' ? <Text>{cell}</Text> : cell}
          </View>
        ))}
      </View>
      {r.below}
    </View>
  );
  return (
    <View style={{ fontSize: CLINICAL_SIZE.body }}>
      <View wrap={false}>
        <HeaderRow columns={columns} />
        {first && row(first)}
      </View>
      {rest.map(row)}
    </View>
  );
}

/** Label-and-value pairs in a row of equal boxes: the patient's details, the assessment. */
export function Facts({ facts }: { facts: readonly { label: string; value: string; detail?: string | undefined }[] }) {
  return (
    <View style={{ flexDirection: 'row', borderTopWidth: 0.5, borderBottomWidth: 0.5, borderColor: RULE }} wrap={false}>
      {facts.map((fact, i) => (
        <View key={fact.label} style={{ flexGrow: 1, flexBasis: 0, paddingVertical: 4, paddingHorizontal: 5, ...(i > 0 && { borderLeftWidth: 0.5, borderLeftColor: RULE }) }}>
          <Text style={labelStyle}>{fact.label}</Text>
          <Text style={{ fontWeight: 600, marginTop: 1.5 }}>{fact.value}</Text>
          {fact.detail && <Text style={{ fontSize: CLINICAL_SIZE.small }}>{fact.detail}</Text>}
        </View>
      ))}
    </View>
  );
}

export function Heading({ children }: { children: string }) {
  return (
    <Text style={{ fontSize: CLINICAL_SIZE.heading, fontWeight: 700, lineHeight: 1.2, marginTop: 12, marginBottom: 4 }} minPresenceAhead={60}>
      {children}
    </Text>
  );
}

/** Lines as a compact list with a dash, each its own paragraph. */
export function Lines({ lines, empty }: { lines: readonly string[]; empty: string }) {
  if (lines.length === 0) return <Text style={{ fontStyle: 'italic' }}>{empty}</Text>;
  return (
    <View>
      {lines.map((line, i) => (
        <View key={i} style={{ flexDirection: 'row', marginBottom: 1 }}>
          <Text style={{ width: 8 }}>–</Text>
          <Text style={{ flex: 1 }}>{line}</Text>
        </View>
      ))}
    </View>
  );
}
