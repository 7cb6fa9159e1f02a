import { useId, useState } from 'react';
import { PAPER_SIZES } from '../../shared/settings-defaults';
import { useNavigation } from '../navigation';
import { ScreenHeader } from '../ui/ScreenHeader';
import { useSettings } from './SettingsContext';
import { useLogsFolder, useStorageStatus } from './useDiagnostics';

const PAPER_NAMES: Record<(typeof PAPER_SIZES)[number], string> = { A4: 'A4', LETTER: 'US Letter' };

/** Practitioner-only: paper size, how long unfinished consultations are kept, motion, content, and where the logs are. */
export function SettingsScreen() {
  const { settings, update } = useSettings();
  const { go, back } = useNavigation();
  const ids = { paper: useId(), retention: useId(), motion: useId() };
  const [message, setMessage] = useState<string | null>(null);
  const storageStatus = useStorageStatus();
  const storage = storageStatus.status === 'ready' ? storageStatus.value : null;

  const apply = async (patch: Parameters<typeof update>[0]) => {
    const outcome = await update(patch);
    setMessage(outcome.ok ? 'Saved.' : outcome.message);
  };

  return (
    <div className="app-shell">
      <ScreenHeader title="Settings" onBack={back} />
      <main className="page page--narrow" aria-labelledby="settings-title">
        <div className="page-intro">
          <h1 id="settings-title">Settings</h1>
        </div>
        <section className="panel form" aria-label="Settings">
          <div className="field">
            <label htmlFor={ids.paper}>Paper size for summaries</label>
            <select id={ids.paper} value={settings.paperSize} onChange={(e) => void apply({ paperSize: e.target.value as (typeof PAPER_SIZES)[number] })}>
              {PAPER_SIZES.map((size) => (
                <option key={size} value={size}>
                  {PAPER_NAMES[size]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.retention}>Delete unfinished consultations after</label>
            <select id={ids.retention} value={settings.retentionDays} onChange={(e) => void apply({ retentionDays: Number(e.target.value) })}>
              {[1, 3, 7, 14, 30].map((days) => (
                <option key={days} value={days}>
                  {days === 1 ? '1 day' : `${days} days`}
                </option>
              ))}
            </select>
            <p className="field-hint">Checked each time Facet starts. Ending a consultation deletes it straight away.</p>
          </div>
          <label className="checkbox" htmlFor={ids.motion}>
            <input id={ids.motion} type="checkbox" checked={settings.reducedMotion} onChange={(e) => void apply({ reducedMotion: e.target.checked })} />
            Reduce motion: slides change without animation
          </label>
          <p className="action-result" role="status">
            {message}
          </p>
        </section>

        {storage && !storage.storageIsSecure && (
          <section className="panel notice" aria-label="Storage security">
            <h2>This computer has no secure key storage</h2>
            <p>
              Unfinished consultations are still encrypted, but the key is kept in Facet’s data folder rather than in the system’s
              keychain. Anyone who can copy that folder could read them. Ask your IT contact to set up the system keychain, and end
              each consultation when it is done.
            </p>
          </section>
        )}

        <LogsPanel />

        <section className="panel" aria-labelledby="settings-content-title">
          <h2 id="settings-content-title">Content</h2>
          <p>The words, slides and clinic details Facet shows. Your clinic can edit its own copy.</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => go('content')}>
              Open content settings
            </button>
          </div>
        </section>
      </main>
    </div>
  );
}

/** Where Facet's daily log files are, for the clinic's IT contact: shown as text to copy, and opened in the file manager. */
function LogsPanel() {
  const logs = useLogsFolder();
  const folder = logs.folder;
  const [message, setMessage] = useState<string | null>(null);

  const openFolder = async () => {
    const outcome = await logs.open();
    setMessage(outcome.ok ? 'The logs folder is open in your file manager.' : outcome.message);
  };

  return (
    <section className="panel" aria-labelledby="settings-logs-title">
      <h2 id="settings-logs-title">Logs and support</h2>
      <p>
        Facet keeps a log of what it does, one file a day for the last 14 days, so your IT contact can see what went wrong if
        something does. It never records patients’ names, notes or anything else from a consultation.
      </p>
      <dl className="facts">
        <dt>Logs folder</dt>
        <dd>
          {folder.status === 'loading' && 'Finding the logs folder…'}
          {folder.status === 'ready' && <code className="folder-path">{folder.value}</code>}
          {folder.status === 'failed' && `Facet could not tell where its logs are. ${folder.message}`}
        </dd>
      </dl>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void openFolder()}>
          Open logs folder
        </button>
      </div>
      <p className="action-result" role="status">
        {message}
      </p>
    </section>
  );
}
