/** @jsxRuntime automatic */
// (tsx, used by the bench and scripts, reads the root tsconfig, which sets no JSX mode.)
import type { ReactNode } from 'react';
import type { SummaryClinic, SummaryConcern, SummaryModel, SummaryTreatment } from '../../../shared/summary/model';
import { sentenceStart, SUMMARY_WORDS as W } from '../../../shared/summary/wording';
import { SummaryContextProvider, useSummary, type Style } from './context';
import { FaceDiagram } from './FaceDiagram';
import { renderLogo } from './Logo';
import { Document, Page, Text, View } from './primitives';
import { Bullets, Prose } from './Prose';
import { FAINT, HELP, INK, LINE_HEIGHT, MARGIN, MUTED, RULE, SIZE, TINT, WHITE, theme as makeTheme } from './theme';

export interface SummaryDocumentProps {
  /** The model, already made printable for the font. */
  model: SummaryModel;
  family: string;
  printable: (text: string) => string;
  numbering: Numbering;
}

/**
 * Small labels in sentence case, with no letter spacing: react-pdf sets spaced
 * letters one by one, so text extraction, search and screen readers got
 * "PATI E N T" instead of the word.
 */
const label: Style = { fontSize: SIZE.label, fontWeight: 600, color: FAINT };

function SectionHeading({ children, first = false }: { children: ReactNode; first?: boolean }) {
  const { theme } = useSummary();
  return (
    <View style={{ marginTop: first ? 0 : 18, marginBottom: 8 }} minPresenceAhead={90}>
      <View style={{ width: 22, height: 2, backgroundColor: theme.accent, marginBottom: 6 }} />
      <Text style={{ fontSize: SIZE.h2, fontWeight: 600, color: INK, lineHeight: 1.25 }}>{children}</Text>
    </View>
  );
}

function SubHeading({ children, colour = INK, style, minPresenceAhead }: { children: ReactNode; colour?: string; style?: Style; minPresenceAhead?: number }) {
  return (
    <Text style={{ fontSize: SIZE.h3, fontWeight: 600, color: colour, marginBottom: 4, ...style }} {...(minPresenceAhead !== undefined && { minPresenceAhead })}>
      {children}
    </Text>
  );
}

function NumberBadge({ number, size = 17 }: { number: number; size?: number }) {
  const { theme } = useSummary();
  return (
    <View style={{ width: size, height: size, borderRadius: size / 2, backgroundColor: theme.strong, alignItems: 'center', justifyContent: 'center', flexShrink: 0 }}>
      <Text style={{ color: WHITE, fontSize: size * 0.52, fontWeight: 600, lineHeight: 1 }}>{String(number)}</Text>
    </View>
  );
}

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
      <Text style={label}>{name}</Text>
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
          <Text style={label}>{W.patient}</Text>
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

function Overview({ model }: { model: SummaryModel }) {
  const { theme } = useSummary();
  return (
    <View style={{ flexDirection: 'row', marginTop: 14 }} wrap={false}>
      <View style={{ width: FACE_WIDTH[model.paperSize] + 26, backgroundColor: TINT, borderRadius: 8, paddingVertical: 10, alignItems: 'center' }}>
        <FaceDiagram concerns={model.concerns} width={FACE_WIDTH[model.paperSize]} />
      </View>
      <View style={{ flex: 1, paddingLeft: 22, paddingTop: 4 }}>
        <SectionHeading first>{W.areasHeading}</SectionHeading>
        {model.concerns.length === 0 ? (
          <Text style={{ color: MUTED }}>{W.noAreas}</Text>
        ) : (
          <>
            <Text style={{ fontSize: SIZE.small, color: MUTED, marginBottom: 6 }}>{W.areasIntro}</Text>
            {model.concerns.map((concern) => (
              <View key={concern.number} style={{ flexDirection: 'row', paddingVertical: 5, borderTopWidth: 0.5, borderTopColor: RULE }}>
                <NumberBadge number={concern.number} size={18} />
                <View style={{ flex: 1, paddingLeft: 9, paddingTop: 1 }}>
                  <Text style={{ fontWeight: 600, color: INK }}>{concern.areaName}</Text>
                  <Text style={{ fontSize: SIZE.small, color: concern.plannedTreatment ? theme.strong : MUTED, marginTop: 1 }}>
                    {concern.plannedTreatment ? `${W.plannedTreatment}: ${concern.plannedTreatment.name}` : concern.planText}
                  </Text>
                </View>
              </View>
            ))}
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

function Row({ children, last = false }: { children: ReactNode; last?: boolean }) {
  return (
    <View style={{ flexDirection: 'row', paddingVertical: 5.5, borderBottomWidth: last ? 0 : 0.5, borderBottomColor: RULE }} wrap={false}>
      {children}
    </View>
  );
}

function RowLabel({ children }: { children: string }) {
  return <Text style={{ ...label, width: 100, paddingTop: 1.5, paddingRight: 8 }}>{children}</Text>;
}

/** A cell of the plan row: its label above its value. */
function Cell({ name, children, grow = 1 }: { name: string; children: ReactNode; grow?: number }) {
  return (
    <View style={{ flexGrow: grow, flexBasis: 0, paddingRight: 10 }}>
      <Text style={{ ...label, marginBottom: 1.5 }}>{name}</Text>
      {children}
    </View>
  );
}

/** One area as a small table: what causes it; the plan (treatment, onset, duration); how it works; the note. */
function ConcernTable({ concern }: { concern: SummaryConcern }) {
  const { theme } = useSummary();
  const plan = concern.plannedTreatment;
  const rows: { key: string; content: ReactNode }[] = [
    {
      key: 'causes',
      content: (
        <>
          <RowLabel>{W.causes}</RowLabel>
          <Prose blocks={concern.causes} bullet={theme.accent} style={{ flex: 1 }} />
        </>
      ),
    },
    {
      key: 'plan',
      content: plan ? (
        <>
          <Cell name={W.plannedTreatment}>
            <Text style={{ fontWeight: 600, color: theme.strong }}>{plan.name}</Text>
          </Cell>
          <Cell name={W.onset} grow={1.5}>
            <Text>{sentenceStart(plan.onsetText)}</Text>
          </Cell>
          <Cell name={W.duration}>
            <Text>{sentenceStart(plan.durationText)}</Text>
          </Cell>
        </>
      ) : (
        <>
          <RowLabel>{W.plannedTreatment}</RowLabel>
          <Text style={{ flex: 1, color: MUTED }}>{concern.planText}</Text>
        </>
      ),
    },
  ];
  if (plan) {
    rows.push({
      key: 'how',
      content: (
        <>
          <RowLabel>{W.howItWorks}</RowLabel>
          <Prose blocks={plan.how} bullet={theme.accent} style={{ flex: 1 }} />
        </>
      ),
    });
  }
  if (concern.note) {
    rows.push({
      key: 'note',
      content: (
        <>
          <RowLabel>{W.note}</RowLabel>
          <Text style={{ flex: 1, fontStyle: 'italic' }}>{concern.note}</Text>
        </>
      ),
    });
  }
  return (
    <View style={{ marginBottom: 14 }}>
      <View style={{ flexDirection: 'row', alignItems: 'center', paddingBottom: 6, borderBottomWidth: 1, borderBottomColor: theme.accent }}>
        <NumberBadge number={concern.number} />
        <Text style={{ flex: 1, marginLeft: 8, fontSize: SIZE.h3, fontWeight: 600, color: INK }}>
          <Text style={{ color: FAINT, fontWeight: 500 }}>{`${W.area}  `}</Text>
          {concern.areaName}
        </Text>
        {concern.lineCauseNames.length > 0 && <Text style={{ fontSize: SIZE.small, color: MUTED }}>{concern.lineCauseNames.join(' · ')}</Text>}
      </View>
      {rows.map((row, index) => (
        <Row key={row.key} last={index === rows.length - 1}>
          {row.content}
        </Row>
      ))}
    </View>
  );
}

function Callout({ children, background, border, accentBar, style }: { children: ReactNode; background: string; border?: string; accentBar?: string; style?: Style }) {
  return (
    <View
      style={{
        backgroundColor: background,
        borderRadius: 6,
        paddingVertical: 9,
        paddingHorizontal: 12,
        ...(border && { borderWidth: 0.75, borderColor: border }),
        ...(accentBar && { borderLeftWidth: 3, borderLeftColor: accentBar }),
        ...style,
      }}
      wrap={false}
    >
      {children}
    </View>
  );
}

/** Follow-up lines that say the same for every treatment. */
function sharedItems(treatments: readonly SummaryTreatment[]): SummaryTreatment['followUp']['items'] {
  const [first, ...rest] = treatments;
  return (first?.followUp.items ?? []).filter((item) => rest.every((t) => t.followUp.items.some((other) => other.kind === item.kind && other.text === item.text)));
}

/** When each planned treatment usually works, is reviewed and wears off, counted from the day of treatment. */
function Dates({ treatments }: { treatments: readonly SummaryTreatment[] }) {
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

/** The page-1 caveat: what this summary is and is not. */
function FirstPageNotes({ model }: { model: SummaryModel }) {
  if (model.firstPageNotes.length === 0) return null;
  return (
    <View style={{ marginTop: 10, paddingTop: 6, borderTopWidth: 0.5, borderTopColor: RULE }} wrap={false}>
      <Text style={{ ...label, marginBottom: 2 }}>{W.caveatHeading}</Text>
      {model.firstPageNotes.map((note) => (
        <Prose key={note.id} blocks={note.blocks} bullet={FAINT} style={{ fontSize: SIZE.small, color: MUTED }} />
      ))}
    </View>
  );
}

/** The clinic's numbers, and where to go when the clinic cannot be reached. */
function Phones({ clinic }: { clinic: SummaryClinic }) {
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
function AboutTreatment({ treatment, clinic }: { treatment: SummaryTreatment; clinic: SummaryClinic }) {
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
            <Text style={{ ...label, marginBottom: 3 }}>{W.common}</Text>
            <Bullets items={treatment.sideEffects.common} colour={FAINT} />
          </View>
          <View style={{ flex: 1, paddingLeft: 12 }}>
            <Text style={{ ...label, marginBottom: 3 }}>{W.rare}</Text>
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

/**
 * The sheet to keep after treatment: when to get help (first, so it can never
 * be pushed onto a later page), then the aftercare.
 */
function AfterTreatment({ treatment, clinic }: { treatment: SummaryTreatment; clinic: SummaryClinic }) {
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

function Notes({ model, first = false }: { model: SummaryModel; first?: boolean }) {
  if (model.notes.general.length === 0) return null;
  return (
    <View>
      <SectionHeading first={first}>{W.notesHeading}</SectionHeading>
      {model.notes.general.map((paragraph, index) => (
        <Text key={index} style={{ marginTop: index === 0 ? 0 : 5 }}>
          {paragraph}
        </Text>
      ))}
    </View>
  );
}

function SmallPrint({ model }: { model: SummaryModel }) {
  return (
    <View style={{ marginTop: 18, paddingTop: 12, borderTopWidth: 0.75, borderTopColor: RULE }}>
      {model.disclaimers.length > 0 && (
        <View>
          <SubHeading colour={MUTED} style={{ fontSize: SIZE.small }} minPresenceAhead={40}>
            {W.disclaimersHeading}
          </SubHeading>
          {model.disclaimers.map((disclaimer) => (
            <Prose key={disclaimer.id} blocks={disclaimer.blocks} bullet={FAINT} style={{ fontSize: SIZE.small, color: MUTED, marginBottom: 3 }} />
          ))}
        </View>
      )}
      {model.sources.length > 0 && (
        <View style={{ marginTop: 10 }}>
          <SubHeading colour={MUTED} style={{ fontSize: SIZE.small }} minPresenceAhead={30}>
            {W.sourcesHeading}
          </SubHeading>
          {model.sources.map((source, index) => (
            <Text key={index} style={{ fontSize: SIZE.tiny, color: FAINT, marginBottom: 1.5 }}>
              {`${source.title}${source.publisher ? ` (${source.publisher})` : ''}: ${source.url}`}
            </Text>
          ))}
        </View>
      )}
    </View>
  );
}

/**
 * Page numbers. static: every section is known to fill exactly one page, so
 * each page's number is written in directly. dynamic: react-pdf numbers the
 * pages as it breaks them, which makes it lay every page out again (most of
 * the time a summary takes); used when a section runs over a page.
 */
export type Numbering = { kind: 'static'; total: number } | { kind: 'dynamic' };

function Footer({ model, numbering, page }: { model: SummaryModel; numbering: Numbering; page: number }) {
  const pageText = (number: number, total: number) => `${model.patient.name} · ${W.page(number, total)}`;
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
      {numbering.kind === 'static' ? (
        <Text>{pageText(page, numbering.total)}</Text>
      ) : (
        <Text render={({ pageNumber, totalPages }) => pageText(pageNumber, totalPages ?? pageNumber)} />
      )}
    </View>
  );
}

function Closing({ model }: { model: SummaryModel }) {
  const { theme } = useSummary();
  return (
    <View>
      {model.clinic.contact.length > 0 && (
        <Callout background={theme.soft} accentBar={theme.accent} style={{ marginBottom: 6 }}>
          <SubHeading colour={theme.strong}>{W.questions(model.clinic.name)}</SubHeading>
          <Text>{model.clinic.contact.join('   ·   ')}</Text>
        </Callout>
      )}
      <SmallPrint model={model} />
    </View>
  );
}

type Section =
  | { kind: 'overview' }
  | { kind: 'areas' }
  | { kind: 'treatment'; treatment: SummaryTreatment }
  | { kind: 'aftercare'; treatment: SummaryTreatment }
  | { kind: 'closing' };

/**
 * The summary's sections, each starting on a new page: the overview (who,
 * where on the face, when to expect what); area by area with the notes; for
 * each planned treatment, a page about it (to read before deciding) and an
 * aftercare sheet with the emergency advice (to keep afterwards); the small print.
 */
export function summarySections(model: SummaryModel): Section[] {
  return [
    { kind: 'overview' },
    ...(model.concerns.length > 0 || model.notes.general.length > 0 ? [{ kind: 'areas' } as const] : []),
    ...model.treatments.flatMap((treatment) => [{ kind: 'treatment', treatment } as const, { kind: 'aftercare', treatment } as const]),
    { kind: 'closing' },
  ];
}

function SectionContent({ section, model }: { section: Section; model: SummaryModel }) {
  switch (section.kind) {
    case 'overview':
      return (
        <>
          <Header model={model} />
          <TitleBlock model={model} />
          <Overview model={model} />
          {model.treatments.length > 0 && <Dates treatments={model.treatments} />}
        </>
      );
    case 'areas':
      return (
        <>
          {model.concerns.map((concern, index) => (
            <View key={concern.number} wrap={false}>
              {index === 0 && <SectionHeading first>{W.areaTableHeading}</SectionHeading>}
              <ConcernTable concern={concern} />
            </View>
          ))}
          <Notes model={model} first={model.concerns.length === 0} />
        </>
      );
    case 'treatment':
      return <AboutTreatment treatment={section.treatment} clinic={model.clinic} />;
    case 'aftercare':
      return <AfterTreatment treatment={section.treatment} clinic={model.clinic} />;
    case 'closing':
      return <Closing model={model} />;
  }
}

export function SummaryDocument({ model, family, printable, numbering }: SummaryDocumentProps) {
  const theme = makeTheme(family, model.clinic.palette);
  const { metadata } = model;
  const pageStyle: Style = {
    fontFamily: family,
    fontSize: SIZE.body,
    color: INK,
    paddingTop: MARGIN.top,
    paddingBottom: MARGIN.bottom,
    paddingHorizontal: MARGIN.x,
  };
  return (
    <SummaryContextProvider value={{ theme, printable }}>
      <Document
        title={metadata.title}
        author={metadata.author}
        subject={metadata.subject}
        keywords={metadata.keywords}
        creator={metadata.creator}
        producer={metadata.producer}
        language={metadata.language}
        pageMode="useNone"
      >
        {summarySections(model).map((section, index) => (
          <Page key={section.kind === 'treatment' || section.kind === 'aftercare' ? `${section.kind}-${section.treatment.id}` : section.kind} size={model.paperSize} style={pageStyle}>
            <Footer model={model} numbering={numbering} page={index + 1} />
            {/* Line height is set here, not on the page: react-pdf resolves a
                unitless line height again each time it re-lays out a page for
                its page numbers, and the footer would grow off the page. */}
            <View style={{ fontSize: SIZE.body, lineHeight: LINE_HEIGHT }}>
              <SectionContent section={section} model={model} />
            </View>
          </Page>
        ))}
      </Document>
    </SummaryContextProvider>
  );
}
