/** @jsxRuntime automatic */
// (tsx, used by the bench and scripts, reads the root tsconfig, which sets no JSX mode.)
import type { ReactNode } from 'react';
import type { SummaryConcern, SummaryModel } from '../../../shared/summary/model';
import { sentenceStart, SUMMARY_WORDS as W } from '../../../shared/summary/wording';
import { useSummary } from './context';
import { labelStyle, SectionHeading } from './Headings';
import { NumberBadge } from './NumberBadge';
import { PlanSection } from './PlanSection';
import { Text, View } from './primitives';
import { Prose } from './Prose';
import { FAINT, INK, MUTED, RULE, SIZE } from './theme';

function Row({ children, last = false }: { children: ReactNode; last?: boolean }) {
  return (
    <View style={{ flexDirection: 'row', paddingVertical: 5.5, borderBottomWidth: last ? 0 : 0.5, borderBottomColor: RULE }} wrap={false}>
      {children}
    </View>
  );
}

function RowLabel({ children }: { children: string }) {
  return <Text style={{ ...labelStyle, width: 100, paddingTop: 1.5, paddingRight: 8 }}>{children}</Text>;
}

/** A cell of the plan row: its label above its value. */
function Cell({ name, children, grow = 1 }: { name: string; children: ReactNode; grow?: number }) {
  return (
    <View style={{ flexGrow: grow, flexBasis: 0, paddingRight: 10 }}>
      <Text style={{ ...labelStyle, marginBottom: 1.5 }}>{name}</Text>
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
  if (concern.product) {
    const { name, amountText } = concern.product;
    rows.push({
      key: 'product',
      content: (
        <>
          <RowLabel>{W.product}</RowLabel>
          <Text style={{ flex: 1 }}>
            {name}
            {amountText && <Text style={{ fontWeight: 600, color: theme.strong }}>{` · ${amountText}`}</Text>}
          </Text>
        </>
      ),
    });
  }
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

/** Area by area, each as a small table, then the consultation's notes. */
export function AreasPage({ model }: { model: SummaryModel }) {
  return (
    <>
      <PlanSection model={model} />
      {model.concerns.map((concern, index) => (
        <View key={concern.number} wrap={false}>
          {index === 0 && <SectionHeading first>{W.areaTableHeading}</SectionHeading>}
          <ConcernTable concern={concern} />
        </View>
      ))}
      <Notes model={model} first={model.concerns.length === 0} />
    </>
  );
}
