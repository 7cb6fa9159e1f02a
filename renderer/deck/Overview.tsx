import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { ContentPack } from '../../shared/content/pack';
import type { Slide } from '../../shared/content/schema';
import { SlideThumbnail } from './DeckStage';

const COLUMNS = 4;

/** Every slide as a thumbnail; arrows move, Enter or a tap jumps there. */
export function Overview({ slides, current, pack, onChoose }: { slides: readonly Slide[]; current: number; pack: ContentPack; onChoose: (index: number) => void }) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  useEffect(() => buttons.current[current]?.focus(), [current]);

  const move = (event: KeyboardEvent, index: number) => {
    const delta = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: COLUMNS, ArrowUp: -COLUMNS }[event.key];
    if (delta === undefined) return;
    event.preventDefault();
    buttons.current[Math.min(slides.length - 1, Math.max(0, index + delta))]?.focus();
  };

  return (
    <div className="deck-overview" role="dialog" aria-modal="true" aria-label="All slides">
      <ol className="overview-grid">
        {slides.map((slide, index) => (
          <li key={slide.id}>
            <button
              type="button"
              ref={(el) => {
                buttons.current[index] = el;
              }}
              className={index === current ? 'overview-item is-current' : 'overview-item'}
              aria-current={index === current ? 'true' : undefined}
              aria-label={`Slide ${index + 1}: ${slide.title}`}
              onClick={() => onChoose(index)}
              onKeyDown={(event) => move(event, index)}
            >
              <SlideThumbnail slide={slide} pack={pack} />
              <span className="overview-caption">
                <span className="overview-number">{index + 1}</span> {slide.title}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
