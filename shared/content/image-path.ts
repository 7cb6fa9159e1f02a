const IMAGE_EXTENSION = /\.(svg|png|jpe?g|webp)$/i;

/** A path inside the pack: relative, no scheme, no `..`, an image file. */
export function isPackImagePath(src: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('/') || src.startsWith('\\')) return false;
  const segments = src.split(/[\\/]/);
  return IMAGE_EXTENSION.test(src) && !segments.includes('..') && !segments.includes('');
}

/**
 * One spelling per picture: `./images/x.png`, `images/./x.png` and `images\x.png` all
 * become `images/x.png`, so a picture named many ways is still read, and sent, once.
 * null when the path is not a picture inside the pack.
 */
export function packImagePath(src: string): string | null {
  if (!isPackImagePath(src)) return null;
  return src
    .split(/[\\/]/)
    .filter((segment) => segment !== '.')
    .join('/');
}
