import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isPackImagePath } from '../../../shared/content/prose';
import { formatSize, isNotFound } from './read-file';

/** Logos and slide pictures are small; a bigger file is a mistake and would slow every start. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

const MIME_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
};

export type ImageResult = { ok: true; dataUrl: string } | { ok: false; message: string };

/**
 * Reads an image named in the content, looking in each folder in turn (the
 * clinic's override folder first). The path must stay inside the folder.
 */
export async function readPackImage(folders: readonly string[], imagePath: string): Promise<ImageResult> {
  if (!isPackImagePath(imagePath)) {
    return { ok: false, message: `the image "${imagePath.slice(0, 80)}" must be a file inside the content folder, such as images/logo.png` };
  }
  for (const folder of folders) {
    const root = path.resolve(folder);
    const file = path.resolve(root, imagePath);
    if (path.relative(root, file).startsWith('..')) {
      return { ok: false, message: `the image "${imagePath}" is outside the content folder` };
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) continue;
      if (info.size > MAX_IMAGE_BYTES) {
        return { ok: false, message: `the image "${imagePath}" is ${formatSize(info.size)}; images can be at most ${formatSize(MAX_IMAGE_BYTES)}` };
      }
      const mime = MIME_TYPES[path.extname(file).toLowerCase()]!;
      return { ok: true, dataUrl: `data:${mime};base64,${(await readFile(file)).toString('base64')}` };
    } catch (error) {
      if (!isNotFound(error)) return { ok: false, message: `the image "${imagePath}" could not be read` };
    }
  }
  return { ok: false, message: `the image "${imagePath}" was not found in the content folder` };
}
