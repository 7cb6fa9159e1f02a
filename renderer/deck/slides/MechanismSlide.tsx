import type { Slide } from '../../../shared/content/schema';
import { MECHANISM_VIEWS } from '../mechanisms/views';

/** A mechanism animation, one phase per step, with the content's caption for each. */
export function MechanismSlide({ slide, step }: { slide: Extract<Slide, { kind: 'mechanism' }>; step: number }) {
  const phase = Math.min(step, slide.steps.length - 1);
  const labels = { ...slide.labels, describe: slide.steps.slice(0, phase + 1).map((s) => s.caption).join('. ') };
  const Animation = MECHANISM_VIEWS[slide.animation];
  return (
    <div className="slide slide--mechanism">
      <h2 className="slide-heading">{slide.title}</h2>
      <div className="mechanism-body">
        <div className="mechanism-stage">
          <Animation phase={phase} labels={labels} />
        </div>
        <ol className="mechanism-steps">
          {slide.steps.map((s, index) => (
            <li key={index} className={index === phase ? 'is-current' : index < phase ? 'is-done' : 'is-next'} aria-current={index === phase ? 'step' : undefined}>
              <span className="mechanism-step-number" aria-hidden="true">
                {index + 1}
              </span>
              <span>{s.caption}</span>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
