import { describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../main/handlers';
import { createLogger } from '../../main/services/log';
import { FacetError } from '../../shared/ipc/result';

vi.mock('electron', () => ({ Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => undefined } }));
const { fileMenuActions } = await import('../../main/menu');

/** A data folder that cannot be written: creating the content folder fails, as the real service says. */
function readOnlyBackend(): Backend {
  const refuse = async () => {
    throw new FacetError('io-failed', 'Facet could not create the content folder in its data folder.');
  };
  return { content: { ensureOverrideFolder: refuse, copyBuiltIn: refuse, refresh: refuse } } as unknown as Backend;
}

function actionsWith(backend: Backend, openFolder: (folder: string) => Promise<boolean> = async () => true) {
  const problems: { title: string; detail: string }[] = [];
  const lines: string[] = [];
  const actions = fileMenuActions({
    backend,
    openFolder,
    showProblem: (title, detail) => problems.push({ title, detail }),
    isDevelopment: false,
    log: createLogger((line) => lines.push(line)),
  });
  return { actions, problems, lines };
}

describe('the File menu with a read-only data folder', () => {
  it.each([
    ['openContentFolder', 'Facet could not open the content folder'],
    ['copyBuiltIn', 'Facet could not copy the built-in content'],
    ['reloadContent', 'Facet could not reload the content'],
  ] as const)('%s shows a dialog with the reason instead of doing nothing', async (action, title) => {
    const { actions, problems, lines } = actionsWith(readOnlyBackend());

    await actions[action]();

    expect(problems).toEqual([{ title, detail: expect.stringContaining('Facet could not create the content folder in its data folder.') }]);
    expect(problems[0]!.detail).toContain('ask your IT contact');
    expect(lines.join('\n')).toContain('menu.action-failed');
  });

  it('says so when the system cannot open the folder', async () => {
    const backend = { content: { ensureOverrideFolder: async () => '/data/content' } } as unknown as Backend;
    const { actions, problems } = actionsWith(backend, async () => false);

    await actions.openContentFolder();

    expect(problems.map((p) => p.title)).toEqual(['Facet could not open the content folder']);
  });

  it('never shows a raw error message (it may hold paths)', async () => {
    const backend = {
      content: {
        refresh: async () => {
          throw new Error('EACCES: permission denied, open /home/jane.doe/secret');
        },
      },
    } as unknown as Backend;
    const { actions, problems, lines } = actionsWith(backend);

    await actions.reloadContent();

    expect(problems[0]!.detail).not.toContain('jane.doe');
    expect(lines.join('\n')).not.toContain('jane.doe');
  });

  it('shows nothing when the action works', async () => {
    const backend = { content: { ensureOverrideFolder: async () => '/data/content', copyBuiltIn: async () => ({ copied: [], kept: [] }) } } as unknown as Backend;
    const opened: string[] = [];
    const { actions, problems } = actionsWith(backend, async (folder: string) => {
      opened.push(folder);
      return true;
    });

    await actions.copyBuiltIn();

    expect(problems).toEqual([]);
    expect(opened).toEqual(['/data/content']);
  });
});
