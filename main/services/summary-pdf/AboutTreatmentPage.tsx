/** @jsxRuntime automatic */
// (tsx, used by the bench and scripts, reads the root tsconfig, which sets no JSX mode.)
import type { SummaryClinic, SummaryTreatment } from '../../../shared/summary/model';
import { SUMMARY_WORDS as W } from '../../../shared/summary/wording';
import { Callout } from './Callout';
import { useSummary } from './context';
import { labelStyle, SectionHeading, SubHeading } from './Headings';
import { Phones } from './Phones';
import { Text, View } from './primitives';
import { Bullets, Prose } from './Prose';
import { FAINT, INK, MUTED, SIZE } from './theme';

/** Who should not have the treatment: short lines, set in two columns to keep the sheet to as few pages as it can. */
function NotSuitable({ items }: { items: readonly string[] }) {
  const { theme } = useSummary();
  const half = Math.ceil(items.length / 2);
  return (
    <View style={{ marginTop: 14 }} wrap={false}>
      <SubHeading>{W.notSuitable}</SubHeading>
      <View style={{ flexDirection: 'row' }}>
        <View style={{ flex: 1, paddingRight: 12 }}>
          <Bullets items={items.slice(0, half)} colour={theme.accent} />
        </View>
        <View style={{ flex: 1, paddingLeft: 12 }}>
          <Bullets items={items.slice(half)} colour={theme.accent} />
        </View>
      </View>
    </View>
  );
}

/** Before treatment: what it is, what to expect, who should not have it, its side effects. */
export function AboutTreatmentPage({ treatment, clinic }: { treatment: SummaryTreatment; clinic: SummaryClinic }) {
  const { theme } = useSummary();
  return (
    <View>
      <SectionHeading first>{W.treatmentHeading(treatment.name)}</SectionHeading>
      <Text style={{ fontSize: SIZE.small, color: MUTED, marginTop: -6, marginBottom: 8 }}>{W.plannedFor(treatment.concernNumbers)}</Text>
      <Text style={{ fontSize: SIZE.lead, color: INK, marginBottom: 10 }}>{treatment.summary}</Text>

      <SubHeading>{W.whatToExpect}</SubHeading>
      <Prose blocks={treatment.whatToExpect} bullet={theme.accent} />
      <Text style={{ marginTop: 6 }}>
        <Text style={{ fontWeight: 600 }}>{`${W.downtime}: `}</Text>
        {treatment.downtime}
      </Text>

      <NotSuitable items={treatment.notSuitableFor} />

      <View style={{ marginTop: 14 }} wrap={false}>
        <SubHeading>{W.sideEffects}</SubHeading>
        <View style={{ flexDirection: 'row' }}>
          <View style={{ flex: 1, paddingRight: 12 }}>
            <Text style={{ ...labelStyle, marginBottom: 3 }}>{W.common}</Text>
            <Bullets items={treatment.sideEffects.common} colour={FAINT} />
          </View>
          <View style={{ flex: 1, paddingLeft: 12 }}>
            <Text style={{ ...labelStyle, marginBottom: 3 }}>{W.rare}</Text>
            <Bullets items={treatment.sideEffects.rare} colour={FAINT} />
          </View>
        </View>
      </View>

      <Callout background={theme.soft} accentBar={theme.accent} style={{ marginTop: 16 }}>
        <SubHeading colour={theme.strong}>{W.questions(clinic.name)}</SubHeading>
        <Phones clinic={clinic} />
      </Callout>
    </View>
  );
}
