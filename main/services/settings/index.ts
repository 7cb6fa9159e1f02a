import path from 'node:path';
import { DEFAULT_SETTINGS, Settings, SettingsPatch } from '../../../shared/settings';
import { FacetError } from '../../../shared/ipc/result';
import { errnoCode, fsFailure, nodeFs, writeFileAtomically, type FsPort } from '../atomic-write';
import type { Logger } from '../log';

/**
 * The app's settings in one JSON file. A missing file means the defaults. A
 * file that cannot be used is never thrown away: it is renamed
 * `settings.json.broken-<time>`, the settings it still holds that are valid are
 * kept, and the rest fall back to the defaults.
 */
export interface SettingsStorePorts {
  file: string;
  fs?: FsPort;
  log: Logger;
  now?: () => Date;
}

export interface SettingsStore {
  get(): Promise<Settings>;
  /** Validates the change, applies it to the current settings and writes them atomically. */
  update(patch: SettingsPatch): Promise<Settings>;
}

const SAVE = 'save the settings';

export function createSettingsStore(ports: SettingsStorePorts): SettingsStore {
  const { file, log } = ports;
  const fs = ports.fs ?? nodeFs;
  const now = ports.now ?? (() => new Date());
  let loading: Promise<Settings> | null = null;
  let updates: Promise<unknown> = Promise.resolve();

  const write = async (settings: Settings): Promise<void> => {
    await fs.mkdir(path.dirname(file)).catch((error: unknown) => {
      throw fsFailure(error, SAVE);
    });
    await writeFileAtomically(file, `${JSON.stringify(settings, null, 2)}\n`, fs, { action: SAVE });
  };

  const read = async (): Promise<Settings> => {
    let text: string;
    try {
      text = (await fs.readFile(file)).toString('utf8');
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') log.warn('settings.unreadable', { code: errnoCode(error) ?? 'unknown' });
      return { ...DEFAULT_SETTINGS };
    }
    const { settings, problem } = interpret(text);
    if (problem === null) return settings;

    const aside = `${file}.broken-${now().toISOString().replace(/[:.]/g, '-')}`;
    try {
      await fs.rename(file, aside);
    } catch (error) {
      // Could not keep the original aside: use what it holds, but do not overwrite it.
      log.warn('settings.broken', { problem, keptAside: false, code: errnoCode(error) ?? 'unknown' });
      return settings;
    }
    log.warn('settings.broken', { problem, keptAside: true });
    await write(settings).catch(() => log.warn('settings.repair-not-saved'));
    return settings;
  };

  const get = (): Promise<Settings> => {
    loading ??= read();
    return loading.then((settings) => ({ ...settings }));
  };

  return {
    get,
    update(patch) {
      const parsed = SettingsPatch.safeParse(patch);
      if (!parsed.success) {
        const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.map(String).join('.') || 'settings'))];
        return Promise.reject(new FacetError('invalid-request', `These settings are not valid: ${fields.join(', ')}.`));
      }
      const changes = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
      // One update at a time, each applied on top of the one before.
      const run = updates.then(async () => {
        const next = Settings.parse({ ...(await get()), ...changes });
        await write(next);
        loading = Promise.resolve(next);
        log.info('settings.updated', { fields: Object.keys(changes).length });
        return { ...next };
      });
      updates = run.catch(() => undefined);
      return run;
    },
  };
}

type Problem = 'not-json' | 'invalid';

/** The settings a file's text holds: each field that is valid, the default for each that is not. */
function interpret(text: string): { settings: Settings; problem: Problem | null } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { settings: { ...DEFAULT_SETTINGS }, problem: 'not-json' };
  }
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  const stored: Record<string, unknown> = isObject ? { ...(value as object) } : {};
  // A file from an earlier version lacks the settings added since: their defaults fill in, and it is not broken.
  const whole = Settings.safeParse({ ...DEFAULT_SETTINGS, ...stored });
  if (isObject && whole.success) return { settings: whole.data, problem: null };
  const settings = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(Settings.shape) as (keyof Settings)[]) {
    const field = Settings.shape[key].safeParse(stored[key]);
    if (field.success) Object.assign(settings, { [key]: field.data });
  }
  return { settings, problem: 'invalid' };
}
