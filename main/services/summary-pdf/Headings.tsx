/** @jsxRuntime automatic */
// (tsx, used by the bench and scripts, reads the root tsconfig, which sets no JSX mode.)
import type { ReactNode } from 'react';
import { useSummary, type Style } from './context';
import { Text, View } from './primitives';
import { FAINT, INK, SIZE } from './theme';

/**
 * Small labels in sentence case, with no letter spacing: react-pdf sets spaced
 * letters one by one, so text extraction, search and screen readers got
 * "PATI E N T" instead of the word.
 */
export const labelStyle: Style = { fontSize: SIZE.label, fontWeight: 600, color: FAINT };

export function SectionHeading({ children, first = false }: { children: ReactNode; first?: boolean }) {
  const { theme } = useSummary();
  return (
    <View style={{ marginTop: first ? 0 : 18, marginBottom: 8 }} minPresenceAhead={90}>
      <View style={{ width: 22, height: 2, backgroundColor: theme.accent, marginBottom: 6 }} />
      <Text style={{ fontSize: SIZE.h2, fontWeight: 600, color: INK, lineHeight: 1.25 }}>{children}</Text>
    </View>
  );
}

export function SubHeading({ children, colour = INK, style, minPresenceAhead }: { children: ReactNode; colour?: string; style?: Style; minPresenceAhead?: number }) {
  return (
    <Text style={{ fontSize: SIZE.h3, fontWeight: 600, color: colour, marginBottom: 4, ...style }} {...(minPresenceAhead !== undefined && { minPresenceAhead })}>
      {children}
    </Text>
  );
}
