/** @jsxRuntime automatic */
// (tsx, used by the bench and scripts, reads the root tsconfig, which sets no JSX mode.)
import { useSummary } from './context';
import { Text, View } from './primitives';
import { WHITE } from './theme';

/** An area's number, as it is marked on the face diagram. */
export function NumberBadge({ number, size = 17 }: { number: number; size?: number }) {
  const { theme } = useSummary();
  return (
    <View style={{ width: size, height: size, borderRadius: size / 2, backgroundColor: theme.strong, alignItems: 'center', justifyContent: 'center', flexShrink: 0 }}>
      <Text style={{ color: WHITE, fontSize: size * 0.52, fontWeight: 600, lineHeight: 1 }}>{String(number)}</Text>
    </View>
  );
}
