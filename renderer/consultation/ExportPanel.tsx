import { useEffect, useId, useRef, useState } from 'react';
import type { Consultation } from '../../shared/consultation/model';
import type { ContentPack } from '../../shared/content/pack';
import { reviewEvents } from '../../shared/export/calendar';
import { EXPORT_KIND_INFO, EXPORT_KINDS, orderedKinds, type ExportKind } from '../../shared/export/kinds';
import type { ExportedFile } from '../../shared/ipc/contract';
import { useSettings } from '../settings/SettingsContext';
import { useExports } from './useExports';

/**
 * The one place a consultation leaves Facet: the practitioner ticks what to
 * write (remembered for next time), picks one folder, and each file is saved
 * there. Only PDFs get an Open button: the others are for other programs.
 */
export function ExportPanel({ consultation, pack, onEnd }: { consultation: Consultation; pack: ContentPack; onEnd: () => Promise<string | null> }) {
  const { settings, update } = useSettings();
  const { state, write, open } = useExports(consultation.id);
  const [problem, setProblem] = useState<string | null>(null);
  const kinds = settings.exportKinds;
  const ids = { title: useId(), clinical: useId() };
  const done = useRef<HTMLDivElement>(null);
  // The list of what was saved can be below the panel's fold: bring it into view.
  useEffect(() => {
    // (jsdom, in tests, has no scrollIntoView.)
    if (state.status === 'saved') done.current?.scrollIntoView?.({ block: 'nearest' });
  }, [state]);
  const notYet = whyNotYet(consultation, pack);
  // What is ticked and can be made for this consultation: a remembered choice stays as it is.
  const writable = kinds.filter((kind) => notYet[kind] === undefined);
  const clinical = writable.some((kind) => EXPORT_KIND_INFO[kind].clinical);

  const toggle = (kind: ExportKind, on: boolean) => {
    const next = orderedKinds(on ? [...kinds, kind] : kinds.filter((k) => k !== kind));
    if (next.length > 0) void update({ exportKinds: next });
  };
  const openFile = async (file: ExportedFile) => {
    const outcome = await open(file);
    setProblem(outcome.ok ? null : outcome.message);
  };
  const end = async () => setProblem(await onEnd());
  const count = writable.length <= 1 ? 'Export' : `Export ${writable.length} files`;

  return (
    <section className="export-panel" aria-labelledby={ids.title}>
      <h2 id={ids.title}>Export</h2>
      <fieldset className="export-kinds" disabled={state.status === 'exporting'}>
        <legend>What to save</legend>
        {EXPORT_KINDS.map((kind) => {
          const on = kinds.includes(kind);
          const reason = notYet[kind];
          return (
            <label key={kind} className={`export-kind${reason ? ' is-unavailable' : ''}`}>
              <input
                type="checkbox"
                checked={on && !reason}
                disabled={reason !== undefined}
                // The last one ticked cannot be unticked: an export of nothing is not a choice.
                aria-disabled={on && kinds.length === 1 ? true : undefined}
                onChange={(e) => toggle(kind, e.target.checked)}
              />
              <span>
                <span className="export-kind-name">{EXPORT_KIND_INFO[kind].label}</span>
                <span className="export-kind-detail">{reason ?? EXPORT_KIND_INFO[kind].detail}</span>
              </span>
            </label>
          );
        })}
      </fieldset>
      {clinical && (
        <p id={ids.clinical} className="export-note">
          The clinical files hold more than the handout. Save them only where the clinic keeps its records; Facet keeps no copy.
        </p>
      )}
      <div aria-live="polite" className="export-status">
        <button
          type="button"
          className="button button--primary"
          disabled={state.status === 'exporting' || writable.length === 0}
          aria-describedby={clinical ? ids.clinical : undefined}
          onClick={() => void write(writable)}
        >
          {state.status === 'exporting' ? 'Saving…' : state.status === 'saved' ? 'Export again' : `${count}…`}
        </button>
        {state.status === 'cancelled' && <p className="action-result">Nothing was saved. You can export at any time.</p>}
        {state.status === 'failed' && (
          <p className="status-problem" role="alert">
            {state.message} The consultation is safe; you can try again.
          </p>
        )}
        {state.status === 'saved' && (
          <div className="export-done" ref={done}>
            <p>
              Saved in <strong>{state.folderName}</strong>:
            </p>
            <ul className="export-files">
              {state.files.map((file) => (
                <li key={file.exportId}>
                  <span className="export-file-name">{file.fileName}</span>
                  {file.fileName.endsWith('.pdf') && (
                    <button type="button" className="button button--quiet" aria-label={`Open ${file.fileName}`} onClick={() => void openFile(file)}>
                      Open
                    </button>
                  )}
                </li>
              ))}
            </ul>
            <button type="button" className="button" onClick={() => void end()}>
              End consultation
            </button>
            <p className="action-result">Ending the consultation deletes it from this computer; the exported files are the record to keep.</p>
          </div>
        )}
        {problem && (
          <p className="status-problem" role="alert">
            {problem}
          </p>
        )}
      </div>
    </section>
  );
}

/** The kinds this consultation cannot make yet, with what it needs. */
function whyNotYet(consultation: Consultation, pack: ContentPack): Partial<Record<ExportKind, string>> {
  return reviewEvents(consultation, pack).length === 0 ? { calendar: 'Needs a planned treatment date, on or after the earliest date, to date the review.' } : {};
}
