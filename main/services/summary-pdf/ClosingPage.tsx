/** @jsxRuntime automatic */
// (tsx, used by the bench and scripts, reads the root tsconfig, which sets no JSX mode.)
import type { SummaryModel } from '../../../shared/summary/model';
import { SUMMARY_WORDS as W } from '../../../shared/summary/wording';
import { Callout } from './Callout';
import { useSummary } from './context';
import { SubHeading } from './Headings';
import { Text, View } from './primitives';
import { Prose } from './Prose';
import { FAINT, MUTED, RULE, SIZE } from './theme';

/** The disclaimers and the sources the content was written from. */
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

/** The last page: how to reach the clinic, then the small print. */
export function ClosingPage({ model }: { model: SummaryModel }) {
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
