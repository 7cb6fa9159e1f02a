/** @jsxRuntime automatic */
// (tsx, used by the bench and scripts, reads the root tsconfig, which sets no JSX mode.)
import type { ReactNode } from 'react';
import type { Style } from './context';
import { View } from './primitives';

/** A tinted box, never split across pages, so its heading stays with its lines. */
export function Callout({ children, background, border, accentBar, style }: { children: ReactNode; background: string; border?: string; accentBar?: string; style?: Style }) {
  return (
    <View
      style={{
        backgroundColor: background,
        borderRadius: 6,
        paddingVertical: 9,
        paddingHorizontal: 12,
        ...(border && { borderWidth: 0.75, borderColor: border }),
        ...(accentBar && { borderLeftWidth: 3, borderLeftColor: accentBar }),
        ...style,
      }}
      wrap={false}
    >
      {children}
    </View>
  );
}
