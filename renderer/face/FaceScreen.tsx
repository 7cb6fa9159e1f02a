import { AnimatePresence, motion } from 'framer-motion';
import { useEffect, useMemo, useReducer } from 'react';
import type { ContentPack } from '../../shared/content/pack';
import { faceReducer, initialFaceState, regionMarks, selectedRegion } from '../../shared/face/selection';
import { useConcerns } from './concerns';
import { usePack } from '../content/ContentContext';
import { useNavigation } from '../navigation';
import { ScreenHeader } from '../ui/ScreenHeader';
import { FACE_VIEW } from '../../shared/ink/limits';
import { InkLayer } from '../ink/InkLayer';
import { InkPalette } from '../ink/InkPalette';
import { useInkKeys } from '../ink/useInkKeys';
import { FaceDiagram } from './FaceDiagram';
import { FaceLegend } from './FaceLegend';
import { RegionPanel } from './RegionPanel';
import { TreatmentFilterBar } from './TreatmentFilterBar';
import { treatmentById } from '../../shared/content/treatments';

/** The face diagram screen: the face on the left, the filter and the explanation panel beside it. */
export function FaceScreen() {
  const pack = usePack();
  const { back } = useNavigation();
  return (
    <div className="app-shell face-screen">
      <ScreenHeader title="Face diagram" onBack={back} />
      {pack ? <FaceExplorer pack={pack} /> : <p className="page">Loading content…</p>}
    </div>
  );
}

function FaceExplorer({ pack }: { pack: ContentPack }) {
  const [state, dispatch] = useReducer(faceReducer, initialFaceState);
  const concerns = useConcerns();
  const marks = useMemo(() => regionMarks(pack, state.filter), [pack, state.filter]);
  const region = selectedRegion(pack, state);
  const filterIsKnown = state.filter === 'all' || treatmentById(pack, state.filter) !== undefined;
  useInkKeys();

  useEffect(() => {
    // Content reloaded without the filtered treatment: fall back to "All".
    if (!filterIsKnown) dispatch({ type: 'filter', filter: 'all' });
  }, [filterIsKnown]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') dispatch({ type: 'close' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <main className="face-layout" aria-label="Face diagram">
      <div className="face-stage">
        <FaceDiagram
          regions={pack.regions}
          marks={marks}
          selectedId={region?.id ?? null}
          concernIds={concerns.regionIds}
          onSelect={(regionId) => dispatch({ type: 'select', regionId })}
          onClose={() => dispatch({ type: 'close' })}
          label="Front view of a face. Choose an area to see what causes lines there and what can help."
          overlay={<InkLayer view={FACE_VIEW} />}
        />
        <InkPalette className="ink-palette--face" />
      </div>
      <div className="face-side">
        <TreatmentFilterBar pack={pack} filter={state.filter} onChange={(filter) => dispatch({ type: 'filter', filter })} />
        <FaceLegend pack={pack} filter={state.filter} />
        <div className="face-panel-slot" aria-live="polite">
          <AnimatePresence initial={false}>
            {region ? (
              <RegionPanel key="panel" pack={pack} region={region} onClose={() => dispatch({ type: 'close' })} />
            ) : (
              <motion.div key="intro" className="face-intro" initial={{ opacity: 0 }} animate={{ opacity: 1 }} exit={{ opacity: 0, transition: { duration: 0 } }}>
                <p className="face-intro-title">Choose an area of the face</p>
                <p>Tap it, or use the arrow keys and Enter, to see what causes lines there and what can help.</p>
                {concerns.regionIds.length > 0 && (
                  <p className="face-intro-count">
                    {concerns.regionIds.length === 1 ? '1 area' : `${concerns.regionIds.length} areas`} added to the consultation.
                  </p>
                )}
              </motion.div>
            )}
          </AnimatePresence>
        </div>
      </div>
    </main>
  );
}
