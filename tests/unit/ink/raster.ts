import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A page rasterised by Poppler (an independent reader of the PDF), as RGB pixels. */
export interface Raster {
  width: number;
  height: number;
  rgb: Buffer;
}

export function rasterise(pdf: Buffer, page = 1, dpi = 72): Raster {
  const dir = mkdtempSync(path.join(tmpdir(), 'facet-raster-'));
  try {
    writeFileSync(path.join(dir, 'in.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', path.join(dir, 'in.pdf'), path.join(dir, 'out')]);
    return parsePpm(readFileSync(path.join(dir, 'out.ppm')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function parsePpm(data: Buffer): Raster {
  // "P6\n<width> <height>\n255\n" then the pixels.
  const header = data.subarray(0, 64).toString('latin1').match(/^P6\s+(\d+)\s+(\d+)\s+255\s/);
  if (!header) throw new Error('not a binary PPM');
  return { width: Number(header[1]), height: Number(header[2]), rgb: data.subarray(header[0].length) };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box around every pixel that differs between two rasters of the same page; null when none does. */
export function differenceBox(a: Raster, b: Raster, threshold = 40): Box | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      const i = (y * a.width + x) * 3;
      const delta = Math.abs(a.rgb[i]! - b.rgb[i]!) + Math.abs(a.rgb[i + 1]! - b.rgb[i + 1]!) + Math.abs(a.rgb[i + 2]! - b.rgb[i + 2]!);
      if (delta < threshold) continue;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }
  return minX === Infinity ? null : { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1 };
}

/** Each page's text, as Poppler reads it. */
export function pdfText(pdf: Buffer): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'facet-text-'));
  try {
    writeFileSync(path.join(dir, 'in.pdf'), pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'in.pdf'), '-'], { encoding: 'utf8' }).split('\f').filter((page) => page.trim() !== '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
