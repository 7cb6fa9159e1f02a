import path from 'node:path';
import { z } from 'zod';
import { nodeFs, writeFileAtomically, type FsPort } from '../atomic-write';
import type { Logger } from '../log';

/**
 * The main window's last size and position (window-state.json beside the
 * settings). Losing it costs nothing but a default-sized window, so every
 * failure is logged and shrugged off.
 */
const SavedWindow = z.object({
  bounds: z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().positive(), height: z.number().int().positive() }),
  maximized: z.boolean(),
});
export type SavedWindow = z.infer<typeof SavedWindow>;

export interface WindowStateFile {
  read(): Promise<SavedWindow | null>;
  write(state: SavedWindow): Promise<void>;
}

export function windowStateFile(file: string, log: Logger, fs: FsPort = nodeFs): WindowStateFile {
  return {
    async read() {
      try {
        const parsed = SavedWindow.safeParse(JSON.parse((await fs.readFile(file)).toString('utf8')));
        if (!parsed.success) log.warn('window-state.invalid');
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    async write(state) {
      try {
        await fs.mkdir(path.dirname(file));
        await writeFileAtomically(file, `${JSON.stringify(state)}\n`, fs, { action: 'save the window position' });
      } catch {
        log.warn('window-state.unsaved');
      }
    },
  };
}
