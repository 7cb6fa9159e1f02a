import { useId, useMemo } from 'react';
import type { ContentPack } from '../../../shared/content/pack';
import type { Slide } from '../../../shared/content/schema';
import { areaTimings, buildTimeline } from '../../../shared/deck/timeline';
import { describeTiming } from '../../../shared/face/selection';
import { Prose } from '../../content/Prose';
import { TreatmentSwatch } from '../../face/TreatmentPatterns';
import { Reveal } from '../Reveal';
import { treatmentById, treatmentEntry } from '../../../shared/content/treatments';

const percent = (fraction: number) => `${(fraction * 100).toFixed(2)}%`;

/**
 * Onset and duration of each treatment on one month axis. The effect builds
 * over its onset range, holds, then fades across its duration range: ranges
 * drawn as ranges, never as single points.
 */
export function TimelineSlide({ slide, step, pack }: { slide: Extract<Slide, { kind: 'timeline' }>; step: number; pack: ContentPack }) {
  const prefix = useId();
  const treatments = useMemo(
    () => slide.treatments.map((id) => treatmentById(pack, id)).filter((t) => t !== undefined),
    [slide.treatments, pack],
  );
  const timeline = useMemo(() => buildTimeline(treatments, slide.axisMonths), [treatments, slide.axisMonths]);
  /** Per treatment, the areas where it usually lasts a different time: "Under-eye hollow: 6–12 months". */
  const areaNotes = useMemo(
    () => treatments.map((t) => areaTimings(pack, t).map((area) => `${area.name}: ${describeTiming(area.timing).duration}`)),
    [treatments, pack],
  );

  return (
    <div className="slide slide--timeline">
      <h2 className="slide-heading">{slide.title}</h2>
      <div className="timeline" role="img" aria-label={treatments
          .map((t, i) => `${t.name}: starts ${describeTiming(t).onset.toLowerCase()}, lasts ${describeTiming(t).duration}${areaNotes[i]!.length ? ` (${areaNotes[i]!.join('; ')})` : ''}`)
          .join('. ')}>
        {timeline.rows.map((row, r) => {
          const { index, style } = treatmentEntry(pack, row.treatmentId)!;
          const timing = describeTiming(treatments[r]!);
          return (
            <Reveal key={row.treatmentId} as="div" className="timeline-row" shown={r <= step}>
              <div className="timeline-label">
                <TreatmentSwatch index={index} idPrefix={`${prefix}-${row.treatmentId}`} />
                <span>{row.name}</span>
              </div>
              <div className="timeline-track">
                <div
                  className="timeline-build"
                  ref={(el) => place(el, row.onsetFrom, Math.max(row.fullEffect ?? row.onsetTo, row.onsetFrom + 0.004), style.colour)}
                />
                <div className="timeline-hold" ref={(el) => place(el, row.fullEffect ?? row.onsetTo, row.wearsOffFrom, style.colour)} />
                <div className="timeline-fade" ref={(el) => place(el, row.wearsOffFrom, row.wearsOffTo, style.colour)} />
                <span className="timeline-note timeline-note--start" ref={(el) => el?.style.setProperty('left', percent(row.onsetFrom))}>
                  Starts: {timing.onset.toLowerCase()}
                  {timing.fullEffect && ` · full effect ${timing.fullEffect}`}
                </span>
                <span className="timeline-note timeline-note--end" ref={(el) => el?.style.setProperty('left', percent(row.wearsOffFrom))}>
                  Wears off: {timing.duration}
                  {areaNotes[r]!.length > 0 && ` · ${areaNotes[r]!.join(' · ')}`}
                </span>
              </div>
            </Reveal>
          );
        })}
        <div className="timeline-axis" aria-hidden="true">
          {timeline.ticks.map((tick) => (
            <span key={tick.month} className="timeline-tick" ref={(el) => el?.style.setProperty('left', percent(tick.at))}>
              {tick.month}
            </span>
          ))}
          <span className="timeline-axis-unit">months after treatment</span>
        </div>
      </div>
      {slide.caption && <Prose markdown={slide.caption} className="slide-caption" />}
    </div>
  );
}

/** Positions a bar along the track (CSSOM, which the content security policy allows). */
function place(element: HTMLElement | null, from: number, to: number, colour: string) {
  if (!element) return;
  element.style.setProperty('left', percent(from));
  element.style.setProperty('width', percent(Math.max(0, to - from)));
  element.style.setProperty('--bar-colour', colour);
}
