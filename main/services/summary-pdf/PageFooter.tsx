/** @jsxRuntime automatic */
// (tsx, used by the bench and scripts, reads the root tsconfig, which sets no JSX mode.)
import type { SummaryModel } from '../../../shared/summary/model';
import { SUMMARY_WORDS as W } from '../../../shared/summary/wording';
import { PageNumber, type PageNumbering } from './page-numbering';
import { Text, View } from './primitives';
import { FAINT, MARGIN, RULE, SIZE } from './theme';

/** Repeated at the foot of every page: who made the summary and when, and the page's number. */
export function PageFooter({ model, numbering, sectionIndex }: { model: SummaryModel; numbering: PageNumbering; sectionIndex: number }) {
  return (
    <View
      fixed
      style={{
        position: 'absolute',
        bottom: 28,
        left: MARGIN.x,
        right: MARGIN.x,
        flexDirection: 'row',
        justifyContent: 'space-between',
        paddingTop: 6,
        borderTopWidth: 0.5,
        borderTopColor: RULE,
        fontSize: SIZE.tiny,
        color: FAINT,
      }}
    >
      <Text>{`${model.clinic.name} · ${W.generated(model.generatedOn)}`}</Text>
      <PageNumber numbering={numbering} sectionIndex={sectionIndex} patientName={model.patient.name} />
    </View>
  );
}
