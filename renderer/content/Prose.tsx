import { Fragment, useMemo } from 'react';
import { parseProse, type Inline } from '../../shared/content/prose';
import { usePack } from './ContentContext';

/**
 * Draws content Markdown as React elements: never as HTML, so nothing in a
 * content file can run. Images come from the pack (data URLs), never a URL.
 */
export function Prose({ markdown, className }: { markdown: string; className?: string }) {
  const pack = usePack();
  const blocks = useMemo(() => parseProse(markdown).blocks, [markdown]);
  return (
    <div className={className ? `prose ${className}` : 'prose'}>
      {blocks.map((block, index) => {
        switch (block.type) {
          case 'paragraph':
            return <p key={index}>{renderInlines(block.children)}</p>;
          case 'heading':
            return <h4 key={index}>{renderInlines(block.children)}</h4>;
          case 'list': {
            const items = block.items.map((item, i) => <li key={i}>{renderInlines(item)}</li>);
            return block.ordered ? <ol key={index}>{items}</ol> : <ul key={index}>{items}</ul>;
          }
          case 'image': {
            const src = pack?.images[block.src];
            return src ? <img key={index} src={src} alt={block.alt} /> : null;
          }
        }
      })}
    </div>
  );
}

/** Inline-only prose (a bullet, a table cell): no wrapping paragraph. */
export function InlineProse({ markdown }: { markdown: string }) {
  const blocks = useMemo(() => parseProse(markdown).blocks, [markdown]);
  return (
    <>
      {blocks.map((block, index) => (
        <Fragment key={index}>
          {index > 0 && ' '}
          {block.type === 'paragraph' || block.type === 'heading'
            ? renderInlines(block.children)
            : block.type === 'list'
              ? block.items.map((item, i) => <Fragment key={i}>{i > 0 && '; '}{renderInlines(item)}</Fragment>)
              : null}
        </Fragment>
      ))}
    </>
  );
}

function renderInlines(inlines: Inline[]) {
  return inlines.map((inline, index) => {
    switch (inline.type) {
      case 'text':
        return <Fragment key={index}>{inline.text}</Fragment>;
      case 'strong':
        return <strong key={index}>{renderInlines(inline.children)}</strong>;
      case 'em':
        return <em key={index}>{renderInlines(inline.children)}</em>;
      case 'break':
        return <br key={index} />;
    }
  });
}
