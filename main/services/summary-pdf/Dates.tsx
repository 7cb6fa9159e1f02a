/** @jsxRuntime automatic */
// (tsx, used by the bench and scripts, reads the root tsconfig, which sets no JSX mode.)
import type { SummaryTreatment } from '../../../shared/summary/model';
import { SUMMARY_WORDS as W } from '../../../shared/summary/wording';
import { Callout } from './Callout';
import { useSummary } from './context';
import { SectionHeading, SubHeading } from './Headings';
import { Text, View } from './primitives';
import { MUTED, SIZE } from './theme';

/** Follow-up lines that say the same for every treatment. */
function sharedItems(treatments: readonly SummaryTreatment[]): SummaryTreatment['followUp']['items'] {
  const [first, ...rest] = treatments;
  return (first?.followUp.items ?? []).filter((item) => rest.every((t) => t.followUp.items.some((other) => other.kind === item.kind && other.text === item.text)));
}

/** When each planned treatment usually works, is reviewed and wears off, counted from the day of treatment. */
export function Dates({ treatments }: { treatments: readonly SummaryTreatment[] }) {
  const { theme } = useSummary();
  const intros = [...new Set(treatments.map((t) => t.followUp.intro))];
  // A line every treatment shares (the review, usually) is said once, above the boxes.
  const shared = treatments.length > 1 ? sharedItems(treatments) : [];
  const own = (treatment: SummaryTreatment) => treatment.followUp.items.filter((item) => !shared.some((s) => s.kind === item.kind));
  return (
    <View wrap={false}>
      <SectionHeading>{W.yourDates}</SectionHeading>
      {[...intros, ...shared.map((item) => item.text)].map((line) => (
        <Text key={line} style={{ fontSize: SIZE.small, color: MUTED, marginTop: -4, marginBottom: 6 }}>
          {line}
        </Text>
      ))}
      <View style={{ flexDirection: 'row' }}>
        {treatments.map((treatment, index) => (
          <Callout
            key={treatment.id}
            background={theme.soft}
            accentBar={theme.accent}
            style={{ flex: 1, marginLeft: index === 0 ? 0 : 12 }}
          >
            <SubHeading colour={theme.strong}>{treatment.name}</SubHeading>
            {own(treatment).map((item) => (
              <Text key={item.kind} style={{ fontSize: SIZE.small, marginTop: 3 }}>
                <Text style={{ fontWeight: 600, color: theme.strong }}>{`${item.label}: `}</Text>
                {item.text}
              </Text>
            ))}
          </Callout>
        ))}
      </View>
    </View>
  );
}
