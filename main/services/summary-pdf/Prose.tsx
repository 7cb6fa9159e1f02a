/** @jsxRuntime automatic */
// (tsx, used by the bench and scripts, reads the root tsconfig, which sets no JSX mode.)
import type { Inline } from '../../../shared/content/prose';
import type { SummaryProse } from '../../../shared/summary/model';
import type { Style } from './context';
import { Text, View } from './primitives';

function Inlines({ inlines }: { inlines: readonly Inline[] }) {
  return (
    <>
      {inlines.map((inline, index) => {
        switch (inline.type) {
          case 'text':
            return inline.text;
          case 'break':
            return '\n';
          case 'strong':
            return (
              <Text key={index} style={{ fontWeight: 600 }}>
                <Inlines inlines={inline.children} />
              </Text>
            );
          case 'em':
            return (
              <Text key={index} style={{ fontStyle: 'italic' }}>
                <Inlines inlines={inline.children} />
              </Text>
            );
        }
      })}
    </>
  );
}

interface BulletsProps {
  items: readonly (string | readonly Inline[])[];
  colour: string;
  ordered?: boolean;
  style?: Style;
  gap?: number;
}

export function Bullets({ items, colour, ordered = false, style, gap = 3 }: BulletsProps) {
  return (
    <View style={style}>
      {items.map((item, index) => (
        <View key={index} style={{ flexDirection: 'row', marginTop: index === 0 ? 0 : gap }} wrap={false}>
          {ordered ? (
            <Text style={{ width: 14, color: colour, fontWeight: 600, flexShrink: 0 }}>{index + 1}.</Text>
          ) : (
            <View style={{ width: 3.6, height: 3.6, borderRadius: 1.8, backgroundColor: colour, marginTop: 5.4, marginRight: 7, flexShrink: 0 }} />
          )}
          <Text style={{ flex: 1 }}>{typeof item === 'string' ? item : <Inlines inlines={item} />}</Text>
        </View>
      ))}
    </View>
  );
}

/** Content prose (paragraphs, lists, emphasis) as react-pdf text. */
export function Prose({ blocks, bullet, style, spacing = 5 }: { blocks: SummaryProse; bullet: string; style?: Style; spacing?: number }) {
  return (
    <View style={style}>
      {blocks.map((block, index) => {
        const margin = { marginTop: index === 0 ? 0 : spacing };
        switch (block.type) {
          case 'paragraph':
            return (
              <Text key={index} style={margin}>
                <Inlines inlines={block.children} />
              </Text>
            );
          case 'heading':
            return (
              <Text key={index} style={{ ...margin, fontWeight: 600 }}>
                <Inlines inlines={block.children} />
              </Text>
            );
          case 'list':
            return <Bullets key={index} items={block.items} ordered={block.ordered} colour={bullet} style={margin} />;
        }
      })}
    </View>
  );
}
