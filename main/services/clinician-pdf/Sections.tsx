/** @jsxRuntime automatic */
// (tsx, used by the bench and scripts, reads the root tsconfig, which sets no JSX mode.)
import type { ClinicianArea, ClinicianPerson, ClinicianRecord } from '../../../shared/clinician/model';
import { CLINICIAN_WORDS as W } from '../../../shared/clinician/wording';
import { labelStyle } from '../summary-pdf/Headings';
import { Text, View } from '../summary-pdf/primitives';
import { HELP, INK, MUTED, RULE } from '../summary-pdf/theme';
import { CLINICAL_SIZE } from './layout';
import { Facts, Heading, Lines, Table, type Column } from './Table';

const person = (p: ClinicianPerson | undefined) => (p ? { value: p.name, detail: p.role } : { value: W.notRecorded });

export function PatientSection({ record }: { record: ClinicianRecord }) {
  const { patient } = record;
  return (
    <>
      <Heading>{W.patientHeading}</Heading>
      <Facts
        facts={[
          { label: W.name, value: patient.name },
          { label: W.dateOfBirth, value: patient.dateOfBirth ?? W.notRecorded },
          { label: W.ageOnTheDay, value: patient.age === undefined ? W.notRecorded : W.age(patient.age) },
          { label: W.reference, value: patient.reference ?? W.notRecorded },
          { label: W.consultationDate, value: record.consultationDate },
        ]}
      />
    </>
  );
}

export function AssessmentSection({ record }: { record: ClinicianRecord }) {
  return (
    <>
      <Heading>{W.assessmentHeading}</Heading>
      <Facts
        facts={[
          { label: W.consultationBy, value: record.consultationBy },
          { label: W.assessedBy, ...person(record.assessor) },
          { label: W.prescriber, ...person(record.prescriber) },
          { label: W.assessment, value: record.inPerson ? W.inPerson : W.notInPerson },
        ]}
      />
      {record.closedBecause && <Text style={{ marginTop: 4, color: HELP.ink }}>{record.closedBecause}</Text>}
    </>
  );
}

const SCREENING_COLUMNS: Column[] = [{ heading: W.question, grow: 3 }, { heading: W.answer, width: 62 }, { heading: W.rulesOut, grow: 1.2 }, { heading: W.proceedReason, grow: 2.4 }];

export function ScreeningSection({ record }: { record: ClinicianRecord }) {
  return (
    <>
      <Heading>{W.screeningHeading}</Heading>
      {record.screening.length === 0 ? (
        <Text style={{ color: MUTED }}>{W.noScreening}</Text>
      ) : (
        <Table
          columns={SCREENING_COLUMNS}
          rows={record.screening.map((s, i) => {
            const ruling = s.rulesOut.length > 0;
            return {
              key: String(i),
              cells: [
                s.question,
                <Text style={{ fontWeight: ruling ? 700 : 400 }}>{s.answer === null ? W.notRecorded : s.answer === 'yes' ? W.yes : W.no}</Text>,
                ruling ? <Text style={{ fontWeight: 600 }}>{s.rulesOut.join(', ')}</Text> : '–',
                ruling ? (s.proceedReason ?? <Text style={{ color: HELP.ink, fontWeight: 600 }}>{W.noReasonRecorded}</Text>) : '',
              ],
            };
          })}
        />
      )}
    </>
  );
}

const AREA_COLUMNS: Column[] = [
  { heading: 'No.', width: 20 },
  { heading: W.area, grow: 2 },
  { heading: W.treatment, grow: 1.3 },
  { heading: W.product, grow: 2.2 },
  { heading: W.plannedAmount, width: 58 },
  { heading: W.status, grow: 1.8 },
];

function areaRow(area: ClinicianArea) {
  const statusColour = area.status === 'ready' ? MUTED : area.status === 'ready-despite-screening' ? INK : HELP.ink;
  return {
    key: String(area.number),
    cells: [
      String(area.number),
      <Text style={{ fontWeight: 600 }}>{area.areaName}</Text>,
      area.treatment ?? '–',
      area.product ?? '–',
      <Text style={{ fontWeight: 600 }}>{area.amount?.text ?? '–'}</Text>,
      <Text style={{ color: statusColour }}>{area.statusText}</Text>,
    ],
    ...(area.note && {
      below: (
        <Text style={{ marginTop: 1.5, marginLeft: 20, fontSize: CLINICAL_SIZE.small }}>
          <Text style={{ fontWeight: 600 }}>{`${W.note}: `}</Text>
          {area.note}
        </Text>
      ),
    }),
  };
}

function PlanLine({ label, value, detail }: { label: string; value: string; detail?: string | undefined }) {
  return (
    <View style={{ flexDirection: 'row', paddingVertical: 2.5, borderBottomWidth: 0.5, borderBottomColor: RULE }} wrap={false}>
      <Text style={{ ...labelStyle, width: 120, paddingTop: 1 }}>{label}</Text>
      <Text style={{ flex: 1 }}>
        <Text style={{ fontWeight: 600 }}>{value}</Text>
        {detail ? ` — ${detail}` : ''}
      </Text>
    </View>
  );
}

export function PlanSection({ record }: { record: ClinicianRecord }) {
  const { estimate } = record;
  return (
    <>
      <Heading>{W.planHeading}</Heading>
      {record.areas.length === 0 ? <Text style={{ color: MUTED }}>{W.noAreas}</Text> : <Table columns={AREA_COLUMNS} rows={record.areas.map(areaRow)} />}
      {record.omitted.map((line) => (
        <Text key={line} style={{ marginTop: 3, color: MUTED }}>
          {line}
        </Text>
      ))}
      <View style={{ marginTop: 6 }}>
        {record.totals.map((total) => (
          <PlanLine key={total.treatmentId} label={`${W.totals}: ${total.name}`} value={total.amountText} />
        ))}
        {record.earliest && <PlanLine label={W.earliestDate} value={record.earliest.date} detail={record.earliest.reason} />}
        {record.areas.length > 0 && !record.closedBecause && (
          <PlanLine label={W.plannedDate} value={record.plannedDate ?? W.noPlannedDate} detail={record.refusedPlannedDate && W.refusedPlannedDate(record.refusedPlannedDate)} />
        )}
        {estimate && (
          <PlanLine
            label={W.estimate}
            value={estimate.range}
            detail={[estimate.includes.length > 0 ? `${W.estimateIncludes}: ${estimate.includes.join('; ')}.` : '', estimate.leftOut ?? '', estimate.validUntil].filter(Boolean).join(' ')}
          />
        )}
      </View>
    </>
  );
}

const DISCUSSED_LABEL_WIDTH = 112;

export function DiscussedSection({ record }: { record: ClinicianRecord }) {
  if (record.discussed.length === 0) return null;
  return (
    <>
      <Heading>{W.discussedHeading}</Heading>
      {record.discussed.map((d) => (
        <View key={d.treatmentId} style={{ marginBottom: 6 }}>
          <Text style={{ fontWeight: 700, marginBottom: 2 }} minPresenceAhead={40}>
            {`${d.name} · ${W.plannedFor(d.areaNumbers)}`}
          </Text>
          {[
            { label: W.commonRisks, lines: d.risks.common },
            { label: W.rareRisks, lines: d.risks.rare },
            { label: W.alternatives, lines: d.alternatives },
            { label: W.ifUnhappy, lines: d.ifUnhappyWithResult },
          ].map((row) => (
            <View key={row.label} style={{ flexDirection: 'row', paddingVertical: 2.5, borderTopWidth: 0.5, borderTopColor: RULE }} wrap={false}>
              <Text style={{ ...labelStyle, width: DISCUSSED_LABEL_WIDTH, paddingTop: 1, paddingRight: 6 }}>{row.label}</Text>
              <View style={{ flex: 1 }}>
                <Lines lines={row.lines} empty={W.notInContent} />
              </View>
            </View>
          ))}
        </View>
      ))}
    </>
  );
}

export function NotesSection({ record }: { record: ClinicianRecord }) {
  return (
    <>
      <Heading>{W.notesHeading}</Heading>
      {record.notes.length === 0 ? (
        <Text style={{ color: MUTED }}>{W.noNotes}</Text>
      ) : (
        record.notes.map((paragraph, i) => (
          <Text key={i} style={{ marginBottom: 3 }}>
            {paragraph}
          </Text>
        ))
      )}
    </>
  );
}
