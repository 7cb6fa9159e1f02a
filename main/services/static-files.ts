import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Serves the built renderer. Used by main's `app://` protocol handler and by
 * the browser test host, so both answer with the same files and headers.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'facet';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * The nonce Vite stamps on the script and style tags it injects in development
 * (`html.cspNonce` in electron.vite.config.mts), so the dev server can run under
 * the same strict policy as the app. Development only: the built app has no
 * inline script or style, and its policy allows none.
 */
export const DEV_CSP_NONCE = 'facet-development-only';

/** Where the renderer comes from in development (`npm run dev`): Vite's server, with its hot-reload socket. */
export interface DevServer {
  /** e.g. http://localhost:5173 */
  origin: string;
}

/** The hot-reload socket of a dev server: same host and port, ws:// (or wss://). */
export function devSocketOrigin(server: DevServer): string {
  const url = new URL(server.origin);
  return `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`;
}

/**
 * The app loads nothing from anywhere but itself: no remote code, styles,
 * fonts or connections. In development the same policy, plus Vite's nonce
 * for the tags it injects and its hot-reload socket.
 */
export function contentSecurityPolicy(devServer?: DevServer): string {
  const nonce = devServer ? ` 'nonce-${DEV_CSP_NONCE}'` : '';
  return [
    "default-src 'none'",
    `script-src 'self'${nonce}`,
    `style-src 'self'${nonce}`,
    "img-src 'self' data:",
    "font-src 'self'",
    devServer ? `connect-src 'self' ${devSocketOrigin(devServer)}` : "connect-src 'none'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

export interface StaticResponse {
  status: 200 | 400 | 404;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * Maps a URL path onto a file strictly inside `root`. Returns null for
 * anything that would leave it (`..`, encoded separators, absolute paths,
 * NUL bytes) so no request can read outside the app.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  if (path.isAbsolute(relative)) return null;
  const resolvedRoot = path.resolve(root);
  const candidate = path.resolve(resolvedRoot, relative);
  const fromRoot = path.relative(resolvedRoot, candidate);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return null;
  return candidate;
}

export function contentTypeOf(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export async function readStaticFile(root: string, urlPath: string): Promise<StaticResponse> {
  const filePath = resolveInside(root, urlPath);
  if (filePath === null) return textResponse(400, 'Bad request');
  try {
    const info = await stat(filePath);
    if (!info.isFile()) return textResponse(404, 'Not found');
    const body = await readFile(filePath);
    return { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeOf(filePath) }, body };
  } catch {
    return textResponse(404, 'Not found');
  }
}

function textResponse(status: 400 | 404, text: string): StaticResponse {
  return { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }, body: Buffer.from(text) };
}
