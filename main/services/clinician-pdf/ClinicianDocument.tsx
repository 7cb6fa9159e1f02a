/** @jsxRuntime automatic */
// (tsx, used by the bench and scripts, reads the root tsconfig, which sets no JSX mode.)
import type { ClinicianRecord } from '../../../shared/clinician/model';
import { CLINICIAN_WORDS as W } from '../../../shared/clinician/wording';
import { PageNumber } from '../summary-pdf/page-numbering';
import { Document, Page, Text, View } from '../summary-pdf/primitives';
import { FAINT, INK, MUTED } from '../summary-pdf/theme';
import { CLINICAL_LINE_HEIGHT, CLINICAL_MARGIN, CLINICAL_SIZE, FOOTER_BOTTOM } from './layout';
import { AssessmentSection, DiscussedSection, NotesSection, PatientSection, PlanSection, ScreeningSection } from './Sections';

/** On every page: that this is a confidential clinical record, whose it is, and the page's number. */
function Footer({ record }: { record: ClinicianRecord }) {
  return (
    <View
      fixed
      style={{
        position: 'absolute',
        bottom: FOOTER_BOTTOM,
        left: CLINICAL_MARGIN.x,
        right: CLINICAL_MARGIN.x,
        flexDirection: 'row',
        justifyContent: 'space-between',
        paddingTop: 4,
        borderTopWidth: 0.75,
        borderTopColor: INK,
        fontSize: CLINICAL_SIZE.small,
      }}
    >
      <Text style={{ fontWeight: 700 }}>{`${W.confidential} · ${record.clinic.name}`}</Text>
      <PageNumber numbering={{ kind: 'byLayout' }} sectionIndex={0} patientName={W.footerPatient(record.patient.name, record.patient.dateOfBirth)} />
    </View>
  );
}

function Header({ record }: { record: ClinicianRecord }) {
  return (
    <View style={{ flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-end', paddingBottom: 5, borderBottomWidth: 1.25, borderBottomColor: INK }}>
      <View>
        <Text style={{ fontSize: CLINICAL_SIZE.title, fontWeight: 700, lineHeight: 1.2 }}>{W.title}</Text>
        <Text style={{ color: MUTED }}>{W.subtitle}</Text>
      </View>
      <View style={{ alignItems: 'flex-end', maxWidth: '55%' }}>
        <Text style={{ fontWeight: 700 }}>{record.clinic.name}</Text>
        {record.clinic.contact.length > 0 && <Text style={{ fontSize: CLINICAL_SIZE.small, color: MUTED, textAlign: 'right' }}>{record.clinic.contact.join(' · ')}</Text>}
        <Text style={{ fontSize: CLINICAL_SIZE.small, color: FAINT }}>{W.generated(record.generatedOn)}</Text>
      </View>
    </View>
  );
}

/** The clinician's copy: one flowing record, its tables breaking between rows, never inside one. */
export function ClinicianDocument({ record, family }: { record: ClinicianRecord; family: string }) {
  const { metadata } = record;
  return (
    <Document {...metadata} pageMode="useNone">
      <Page
        size={record.paperSize}
        style={{ fontFamily: family, fontSize: CLINICAL_SIZE.body, color: INK, paddingTop: CLINICAL_MARGIN.top, paddingBottom: CLINICAL_MARGIN.bottom, paddingHorizontal: CLINICAL_MARGIN.x }}
      >
        <Footer record={record} />
        {/* Line height on a view, not the page: react-pdf resolves it again for each
            re-layout it makes for page numbers, and the footer would grow (see SummaryDocument). */}
        <View style={{ fontSize: CLINICAL_SIZE.body, lineHeight: CLINICAL_LINE_HEIGHT }}>
          <Header record={record} />
          <PatientSection record={record} />
          <AssessmentSection record={record} />
          <ScreeningSection record={record} />
          <PlanSection record={record} />
          <DiscussedSection record={record} />
          <NotesSection record={record} />
        </View>
      </Page>
    </Document>
  );
}
