/** @jsxRuntime automatic */
// (tsx, used by the bench and scripts, reads the root tsconfig, which sets no JSX mode.)
import type { SummaryModel } from '../../../shared/summary/model';
import { SUMMARY_WORDS as W } from '../../../shared/summary/wording';
import { useSummary } from './context';
import { Dates } from './Dates';
import { FaceDiagram } from './FaceDiagram';
import { labelStyle, SectionHeading } from './Headings';
import { renderLogo } from './Logo';
import { NumberBadge } from './NumberBadge';
import { Text, View } from './primitives';
import { Prose } from './Prose';
import { FAINT, INK, MUTED, RULE, SIZE, TINT } from './theme';

function Header({ model }: { model: SummaryModel }) {
  const { theme, printable } = useSummary();
  const logo = renderLogo(model.clinic.logoDataUrl, theme.family, printable);
  return (
    <View style={{ flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-start', paddingBottom: 12, borderBottomWidth: 0.75, borderBottomColor: RULE }}>
      <View style={{ minHeight: 40, justifyContent: 'center' }}>
        {logo ?? <Text style={{ fontSize: 17, fontWeight: 600, color: theme.strong }}>{model.clinic.name}</Text>}
      </View>
      <View style={{ alignItems: 'flex-end', maxWidth: 240 }}>
        {logo && <Text style={{ fontSize: SIZE.body, fontWeight: 600, color: INK, marginBottom: 2 }}>{model.clinic.name}</Text>}
        {model.clinic.contact.map((line, index) => (
          <Text key={index} style={{ fontSize: SIZE.small, color: MUTED, textAlign: 'right' }}>
            {line}
          </Text>
        ))}
      </View>
    </View>
  );
}

/** One of the details under the title; the columns take the width of their words, and share what is left. */
function Detail({ name, value, detail }: { name: string; value: string; detail?: string }) {
  return (
    <View style={{ flexGrow: 1, flexShrink: 1, flexBasis: 'auto', paddingRight: 12 }}>
      <Text style={labelStyle}>{name}</Text>
      <Text style={{ fontSize: SIZE.lead, fontWeight: 500, color: INK, marginTop: 3 }}>{value}</Text>
      {detail && <Text style={{ fontSize: SIZE.small, color: MUTED }}>{detail}</Text>}
    </View>
  );
}

function TitleBlock({ model }: { model: SummaryModel }) {
  const { patient, practitioner } = model;
  const extra: { name: string; value: string }[] = [
    ...(patient.reference ? [{ name: W.reference, value: patient.reference }] : []),
    ...(patient.dateOfBirth ? [{ name: W.dateOfBirth, value: patient.dateOfBirth }] : []),
  ];
  return (
    <View style={{ marginTop: 14 }}>
      <Text style={{ fontSize: SIZE.h1, fontWeight: 600, color: INK, lineHeight: 1.2 }}>{W.title}</Text>
      <View style={{ flexDirection: 'row', marginTop: 12, paddingVertical: 10, paddingLeft: 14, paddingRight: 4, backgroundColor: TINT, borderRadius: 6 }}>
        <View style={{ flexGrow: 1.5, flexShrink: 1, flexBasis: 'auto', paddingRight: 12 }}>
          <Text style={labelStyle}>{W.patient}</Text>
          <Text style={{ fontSize: 12.5, fontWeight: 600, color: INK, marginTop: 3 }}>{patient.name}</Text>
        </View>
        <Detail name={W.date} value={model.date} />
        <Detail name={W.practitioner} value={practitioner.name} {...(practitioner.role && { detail: practitioner.role })} />
        {extra.map((d) => (
          <Detail key={d.name} name={d.name} value={d.value} />
        ))}
      </View>
    </View>
  );
}

/** The face's width in points: a little smaller on US Letter, which is shorter, so the first page still holds the dates. */
const FACE_WIDTH: Record<SummaryModel['paperSize'], number> = { A4: 180, LETTER: 140 };

/** Above this many areas each takes one line, so a long plan still fits page 1 (US Letter is shorter than A4). */
const COMPACT_FROM = 7;

function Overview({ model }: { model: SummaryModel }) {
  const { theme } = useSummary();
  const compact = model.concerns.length >= COMPACT_FROM;
  return (
    <View style={{ flexDirection: 'row', marginTop: 14 }} wrap={false}>
      <View style={{ width: FACE_WIDTH[model.paperSize] + 26, backgroundColor: TINT, borderRadius: 8, paddingVertical: 10, alignItems: 'center' }}>
        <FaceDiagram concerns={model.concerns} {...(model.faceDrawing && { drawing: model.faceDrawing })} width={FACE_WIDTH[model.paperSize]} />
      </View>
      <View style={{ flex: 1, paddingLeft: 22, paddingTop: 4 }}>
        <SectionHeading first>{W.areasHeading}</SectionHeading>
        {model.concerns.length === 0 ? (
          <Text style={{ color: MUTED }}>{W.noAreas}</Text>
        ) : (
          <>
            <Text style={{ fontSize: SIZE.small, color: MUTED, marginBottom: 6 }}>{W.areasIntro}</Text>
            {model.concerns.map((concern) => {
              const plan = concern.plannedTreatment
                ? `${compact ? '' : `${W.plannedTreatment}: `}${concern.plannedTreatment.name}${concern.product?.amountText ? ` · ${concern.product.amountText}` : ''}`
                : concern.planText;
              const planStyle = { fontSize: SIZE.small, color: concern.plannedTreatment ? theme.strong : MUTED };
              return compact ? (
                <View key={concern.number} style={{ flexDirection: 'row', alignItems: 'center', paddingVertical: 3, borderTopWidth: 0.5, borderTopColor: RULE }}>
                  <NumberBadge number={concern.number} size={15} />
                  <Text style={{ flex: 1, paddingLeft: 7, fontWeight: 600, color: INK, fontSize: SIZE.small }}>{concern.areaName}</Text>
                  <Text style={{ ...planStyle, maxWidth: '48%', textAlign: 'right' }}>{plan}</Text>
                </View>
              ) : (
                <View key={concern.number} style={{ flexDirection: 'row', paddingVertical: 5, borderTopWidth: 0.5, borderTopColor: RULE }}>
                  <NumberBadge number={concern.number} size={18} />
                  <View style={{ flex: 1, paddingLeft: 9, paddingTop: 1 }}>
                    <Text style={{ fontWeight: 600, color: INK }}>{concern.areaName}</Text>
                    <Text style={{ ...planStyle, marginTop: 1 }}>{plan}</Text>
                  </View>
                </View>
              );
            })}
          </>
        )}
        {model.omitted.map((line, index) => (
          <Text key={index} style={{ fontSize: SIZE.small, color: MUTED, marginTop: 8 }}>
            {line}
          </Text>
        ))}
        <FirstPageNotes model={model} />
      </View>
    </View>
  );
}

/** The page-1 caveat: what this summary is and is not. */
function FirstPageNotes({ model }: { model: SummaryModel }) {
  if (model.firstPageNotes.length === 0) return null;
  return (
    <View style={{ marginTop: 10, paddingTop: 6, borderTopWidth: 0.5, borderTopColor: RULE }} wrap={false}>
      <Text style={{ ...labelStyle, marginBottom: 2 }}>{W.caveatHeading}</Text>
      {model.firstPageNotes.map((note) => (
        <Prose key={note.id} blocks={note.blocks} bullet={FAINT} style={{ fontSize: SIZE.small, color: MUTED }} />
      ))}
    </View>
  );
}

/** Page 1: who the summary is for, where on the face, and when to expect what. */
export function OverviewPage({ model }: { model: SummaryModel }) {
  return (
    <>
      <Header model={model} />
      <TitleBlock model={model} />
      <Overview model={model} />
      {model.treatments.length > 0 && <Dates treatments={model.treatments} />}
    </>
  );
}
