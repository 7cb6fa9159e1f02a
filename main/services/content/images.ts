import path from 'node:path';
import { isPackImagePath } from '../../../shared/content/image-path';
import { readPlainFile, resolveInside, type ReadPlain } from './open-inside';
import { formatSize } from './read-file';

/** Logos and slide pictures are small; a bigger file is a mistake and would slow every start. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/**
 * All the pictures one load sends to the page. Each name counts (the page gets one copy
 * per name), so a picture named a thousand ways, or a folder of links to one big file,
 * cannot turn a small YAML file into gigabytes of data URLs.
 */
export const MAX_TOTAL_IMAGE_BYTES = 32 * 1024 * 1024;

const MIME_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
};

export type ImageResult = { ok: true; dataUrl: string; bytes: Buffer } | { ok: false; message: string };

export type ImageReader = (imagePath: string) => Promise<ImageResult>;

/**
 * Reads the images named in the content, looking in each folder in turn (the clinic's
 * override folder first). A path must stay inside its folder, through any links; each
 * real file is read once per load, however many names lead to it.
 */
export function createImageReader(folders: readonly string[]): ImageReader {
  const reads = new Map<string, Promise<ReadPlain>>();
  const dataUrls = new Map<string, string>();

  return async (imagePath) => {
    const quoted = `the image "${imagePath.slice(0, 80)}"`;
    if (!isPackImagePath(imagePath)) {
      return { ok: false, message: `${quoted} must be a file inside the content folder, such as images/logo.png` };
    }
    for (const folder of folders) {
      const resolved = await resolveInside(folder, imagePath);
      if (!resolved.ok && resolved.reason === 'missing') continue;
      if (!resolved.ok) {
        return { ok: false, message: resolved.reason === 'outside' ? `${quoted} is outside the content folder` : `${quoted} could not be read` };
      }
      const { realPath } = resolved;
      let read = reads.get(realPath);
      if (!read) reads.set(realPath, (read = readPlainFile(realPath, MAX_IMAGE_BYTES)));
      const result = await read;
      if (!result.ok) {
        if (result.reason === 'too-big') return { ok: false, message: `${quoted} is ${formatSize(result.size)}; images can be at most ${formatSize(MAX_IMAGE_BYTES)}` };
        if (result.reason === 'folder' || result.reason === 'not-plain') return { ok: false, message: `${quoted} is not a plain file` };
        return { ok: false, message: `${quoted} could not be read` };
      }
      const mime = MIME_TYPES[path.extname(imagePath).toLowerCase()]!;
      const key = `${mime} ${realPath}`;
      let dataUrl = dataUrls.get(key);
      if (dataUrl === undefined) dataUrls.set(key, (dataUrl = `data:${mime};base64,${result.bytes.toString('base64')}`));
      return { ok: true, dataUrl, bytes: result.bytes };
    }
    return { ok: false, message: `${quoted} was not found in the content folder` };
  };
}
