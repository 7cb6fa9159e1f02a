/** @jsxRuntime automatic */
// (tsx, used by the bench and scripts, reads the root tsconfig, which sets no JSX mode.)
import type { SummaryModel, SummaryPerson } from '../../../shared/summary/model';
import { SUMMARY_WORDS as W } from '../../../shared/summary/wording';
import { Callout } from './Callout';
import { useSummary } from './context';
import { labelStyle, SectionHeading } from './Headings';
import { Text, View } from './primitives';
import { INK, MUTED, RULE, SIZE, TINT } from './theme';

function Fact({ name, value, detail }: { name: string; value: string; detail?: string | undefined }) {
  return (
    <View style={{ flexGrow: 1, flexShrink: 1, flexBasis: 0, paddingRight: 12 }}>
      <Text style={labelStyle}>{name}</Text>
      <Text style={{ fontWeight: 600, color: INK, marginTop: 2 }}>{value}</Text>
      {detail && <Text style={{ fontSize: SIZE.small, color: MUTED }}>{detail}</Text>}
    </View>
  );
}

const personDetail = (person: SummaryPerson) => person.role;

/**
 * The plan at a glance, above the areas: who assessed and who prescribes,
 * the treatment dates and why, the totals, and the estimate (only when the
 * clinic sets prices, and worded as an estimate, never an offer).
 */
export function PlanSection({ model }: { model: SummaryModel }) {
  const { theme } = useSummary();
  const { plan } = model;
  const people = [
    ...(plan.assessor ? [{ name: W.assessedBy, person: plan.assessor }] : []),
    ...(plan.prescriber ? [{ name: W.prescriber, person: plan.prescriber }] : []),
  ];
  const dates = [
    ...(plan.earliest ? [{ name: W.earliestDate, value: plan.earliest.date, detail: plan.earliest.reason }] : []),
    ...(plan.plannedDate ? [{ name: W.plannedDate, value: plan.plannedDate }] : []),
  ];
  if (!plan.closedBecause && people.length === 0 && dates.length === 0 && plan.totals.length === 0) return null;
  return (
    <View style={{ marginBottom: 16 }} wrap={false}>
      <SectionHeading first>{W.planHeading}</SectionHeading>
      {plan.closedBecause && <Text style={{ color: MUTED, marginBottom: 8 }}>{plan.closedBecause}</Text>}
      {(people.length > 0 || dates.length > 0) && (
        <View style={{ flexDirection: 'row', paddingVertical: 9, paddingHorizontal: 12, backgroundColor: TINT, borderRadius: 6 }}>
          {people.map((p) => (
            <Fact key={p.name} name={p.name} value={p.person.name} detail={personDetail(p.person)} />
          ))}
          {dates.map((d) => (
            <Fact key={d.name} name={d.name} value={d.value} detail={d.detail} />
          ))}
        </View>
      )}
      {plan.totals.length > 0 && (
        <View style={{ marginTop: 8 }}>
          <Text style={{ ...labelStyle, marginBottom: 2 }}>{W.totalsLabel}</Text>
          {plan.totals.map((total) => (
            <View key={total.treatmentId} style={{ flexDirection: 'row', paddingVertical: 3, borderBottomWidth: 0.5, borderBottomColor: RULE }}>
              <Text style={{ flex: 1, color: INK }}>
                {`${total.name}: `}
                <Text style={{ fontWeight: 600, color: theme.strong }}>{total.amountText}</Text>
              </Text>
            </View>
          ))}
        </View>
      )}
      {plan.estimate && (
        <Callout background={theme.soft} accentBar={theme.accent} style={{ marginTop: 10 }}>
          <View style={{ flexDirection: 'row', justifyContent: 'space-between', alignItems: 'baseline' }}>
            <Text style={{ fontSize: SIZE.h3, fontWeight: 600, color: theme.strong }}>{W.estimate}</Text>
            <Text style={{ fontSize: SIZE.h3, fontWeight: 600, color: INK }}>{plan.estimate.range}</Text>
          </View>
          <Text style={{ fontSize: SIZE.small, marginTop: 3 }}>{plan.estimate.notOffer}</Text>
          {plan.estimate.includes.length > 0 && (
            <View style={{ marginTop: 3 }}>
              <Text style={{ fontSize: SIZE.small, fontWeight: 600 }}>{W.estimateIncludes}</Text>
              {plan.estimate.includes.map((line) => (
                <Text key={line} style={{ fontSize: SIZE.small, paddingLeft: 8 }}>{`• ${line}`}</Text>
              ))}
            </View>
          )}
          {plan.estimate.leftOut && <Text style={{ fontSize: SIZE.small, marginTop: 3 }}>{plan.estimate.leftOut}</Text>}
          <Text style={{ fontSize: SIZE.small, color: MUTED, marginTop: 3 }}>{plan.estimate.validUntil}</Text>
        </Callout>
      )}
    </View>
  );
}
