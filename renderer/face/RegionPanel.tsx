import { Motion } from '../ui/Motion';
import { useId } from 'react';
import type { ContentPack, Region } from '../../shared/content/pack';
import { timingIn } from '../../shared/content/timing';
import { describeTiming } from '../../shared/face/selection';
import { useConcerns } from './concerns';
import { Prose } from '../content/Prose';
import { TreatmentSwatch } from './TreatmentPatterns';
import { treatmentEntry } from '../../shared/content/treatments';

/**
 * What the patient sees after tapping an area: what causes lines there, what
 * can help and how, and when it works and for how long. All words from content.
 * Keyed by region inside, so choosing another area replays the entrance at once
 * instead of waiting for the previous panel to leave.
 */
export function RegionPanel({ pack, region, onClose }: { pack: ContentPack; region: Region; onClose: () => void }) {
  return (
    <Motion as="div" className="region-panel-frame" initial={{ opacity: 0 }} animate={{ opacity: 1 }} exit={{ opacity: 0 }} transition={{ duration: 0.12 }}>
      <RegionDetails key={region.id} pack={pack} region={region} onClose={onClose} />
    </Motion>
  );
}

function RegionDetails({ pack, region, onClose }: { pack: ContentPack; region: Region; onClose: () => void }) {
  const titleId = useId();
  const prefix = useId();
  const concerns = useConcerns();
  const added = concerns.has(region.id);
  const uses = region.treatments
    .flatMap((use) => {
      const entry = treatmentEntry(pack, use.treatment);
      return entry ? [{ use, treatment: entry.treatment, index: entry.index }] : [];
    })
    .sort((a, b) => Number(b.use.usual) - Number(a.use.usual));

  return (
    <Motion
      as="section"
      className="region-panel"
      aria-labelledby={titleId}
      initial={{ opacity: 0, x: 24 }}
      animate={{ opacity: 1, x: 0 }}
      transition={{ duration: 0.22, ease: [0.2, 0.7, 0.2, 1] }}
    >
      <header className="region-panel-header">
        <h2 id={titleId}>{region.name}</h2>
        <ul className="cause-chips" aria-label="What causes lines here">
          {region.lines.map((cause) => (
            <li key={cause} className={`cause-chip cause-chip--${cause}`}>
              {pack.meta.lineCauseNames[cause]}
            </li>
          ))}
        </ul>
      </header>

      {/* Focusable so the text can be scrolled from the keyboard. */}
      <div className="region-panel-body" tabIndex={0} role="region" aria-label={`About ${region.name}`}>
        <section aria-label="Why lines form here">
          <Prose markdown={region.causes} />
        </section>

        <ul className="treatment-uses" aria-label="What can help">
          {uses.map(({ use, treatment, index }) => {
            // This area's own timing where the content gives one (filler under the eyes lasts less).
            const timing = describeTiming(timingIn(treatment, use));
            return (
              <li key={use.treatment} className={use.usual ? 'treatment-use' : 'treatment-use treatment-use--sometimes'}>
                <h3>
                  <TreatmentSwatch index={index} idPrefix={`${prefix}-${use.treatment}`} />
                  {treatment.name}
                  {!use.usual && <span className="use-tag">In some cases</span>}
                </h3>
                <Prose markdown={use.how} />
                <dl className="timing">
                  <div>
                    <dt>Starts to work</dt>
                    <dd>{timing.onset}</dd>
                  </div>
                  {timing.fullEffect && (
                    <div>
                      <dt>Full effect</dt>
                      <dd>{timing.fullEffect}</dd>
                    </div>
                  )}
                  <div>
                    <dt>Usually lasts</dt>
                    <dd>{timing.duration}</dd>
                  </div>
                </dl>
              </li>
            );
          })}
        </ul>
      </div>

      <footer className="region-panel-actions">
        <button type="button" className={added ? 'button is-added' : 'button button--primary'} aria-pressed={added} onClick={() => concerns.toggle(region.id)}>
          {added ? '✓ Added to consultation' : 'Add to consultation'}
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </footer>
    </Motion>
  );
}
