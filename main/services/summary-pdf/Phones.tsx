/** @jsxRuntime automatic */
// (tsx, used by the bench and scripts, reads the root tsconfig, which sets no JSX mode.)
import type { SummaryClinic } from '../../../shared/summary/model';
import { SUMMARY_WORDS as W } from '../../../shared/summary/wording';
import { Text, View } from './primitives';
import { HELP, MUTED, SIZE } from './theme';

/** The clinic's numbers, and where to go when the clinic cannot be reached. */
export function Phones({ clinic }: { clinic: SummaryClinic }) {
  const { phone } = clinic;
  return (
    <View style={{ flexDirection: 'row', flexWrap: 'wrap', marginTop: 7, paddingTop: 6, borderTopWidth: 0.5, borderTopColor: HELP.border }}>
      {phone && (
        <Text style={{ marginRight: 16 }}>
          <Text style={{ fontWeight: 600 }}>{`${W.dayPhone}: `}</Text>
          {phone.day}
        </Text>
      )}
      {phone?.outOfHours ? (
        <Text style={{ marginRight: 16 }}>
          <Text style={{ fontWeight: 600 }}>{`${W.outOfHoursPhone}: `}</Text>
          {phone.outOfHours}
        </Text>
      ) : (
        <Text style={{ marginRight: 16 }}>{W.noOutOfHours}</Text>
      )}
      <Text style={{ fontSize: SIZE.small, color: MUTED, marginTop: 1, width: '100%' }}>{W.cannotReach}</Text>
    </View>
  );
}
