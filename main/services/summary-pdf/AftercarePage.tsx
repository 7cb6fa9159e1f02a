/** @jsxRuntime automatic */
// (tsx, used by the bench and scripts, reads the root tsconfig, which sets no JSX mode.)
import type { SummaryClinic, SummaryTreatment } from '../../../shared/summary/model';
import { SUMMARY_WORDS as W } from '../../../shared/summary/wording';
import { Callout } from './Callout';
import { useSummary } from './context';
import { SectionHeading, SubHeading } from './Headings';
import { Phones } from './Phones';
import { Text, View } from './primitives';
import { Bullets } from './Prose';
import { HELP, MUTED, SIZE } from './theme';

/**
 * What to do if something goes wrong: 999 signs beside the signs to call the
 * clinic about, with the clinic's numbers. It comes first on the treatment's
 * page, so it is never pushed onto a page the patient might not keep.
 */
function GettingHelp({ treatment, clinic }: { treatment: SummaryTreatment; clinic: SummaryClinic }) {
  return (
    <Callout background={HELP.background} border={HELP.border} style={{ marginBottom: 12 }}>
      <SubHeading colour={HELP.ink}>{W.getHelp}</SubHeading>
      <View style={{ flexDirection: 'row' }}>
        {treatment.emergency.length > 0 && (
          <View style={{ flex: 1, paddingRight: 10 }}>
            <Text style={{ fontWeight: 600, color: HELP.ink, marginBottom: 3 }}>{W.emergency}</Text>
            <Bullets items={treatment.emergency} colour={HELP.ink} />
          </View>
        )}
        <View style={{ flex: 1, paddingLeft: treatment.emergency.length > 0 ? 10 : 0 }}>
          <Text style={{ fontWeight: 600, color: HELP.ink, marginBottom: 3 }}>{W.seekHelp}</Text>
          <Bullets items={treatment.seekHelp} colour={HELP.ink} />
        </View>
      </View>
      <Phones clinic={clinic} />
    </Callout>
  );
}

/**
 * The sheet to keep after treatment: when to get help (first, so it can never
 * be pushed onto a later page), then the aftercare.
 */
export function AftercarePage({ treatment, clinic }: { treatment: SummaryTreatment; clinic: SummaryClinic }) {
  const { theme } = useSummary();
  return (
    <View>
      <SectionHeading first>{W.afterHeading(treatment.name)}</SectionHeading>
      <Text style={{ fontSize: SIZE.small, color: MUTED, marginTop: -6, marginBottom: 10 }}>{W.plannedFor(treatment.concernNumbers)}</Text>
      <GettingHelp treatment={treatment} clinic={clinic} />
      <SubHeading>{W.aftercare}</SubHeading>
      <Bullets items={treatment.aftercare} colour={theme.accent} />
    </View>
  );
}
