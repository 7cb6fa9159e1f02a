import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy, DEV_CSP_NONCE, devSocketOrigin, readStaticFile, resolveInside } from '../../main/services/static-files';
import { makeTempDir } from '../fixtures/temp-dirs';

let root: string;

beforeAll(() => {
  const parent = makeTempDir('facet-static-');
  root = path.join(parent, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Facet</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(parent, 'secret.txt'), 'outside the app');
});

describe('resolveInside', () => {
  it('maps the root and nested paths to files inside the folder', () => {
    expect(resolveInside(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveInside(root, '/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets%5c..%5c..%5csecret.txt',
    '/index.html%00.js',
    '/%E0%A4%A',
  ])('refuses %s', (urlPath) => {
    expect(resolveInside(root, urlPath)).toBeNull();
  });
});

describe('readStaticFile', () => {
  it('serves a file with its content type and the strict CSP', async () => {
    const response = await readStaticFile(root, '/assets/app.js');

    expect(response.status).toBe(200);
    expect(response.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.body.toString()).toBe('console.log(1)');
  });

  it('answers 400 for a path escaping the folder and never returns its content', async () => {
    const response = await readStaticFile(root, '/../secret.txt');

    expect(response.status).toBe(400);
    expect(response.body.toString()).not.toContain('outside the app');
  });

  it('answers 404 for a missing file and for a folder', async () => {
    expect((await readStaticFile(root, '/nope.js')).status).toBe(404);
    expect((await readStaticFile(root, '/assets')).status).toBe(404);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows only the app itself and data: images', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)|https?:|\*/);
  });
});

describe('the policy in development (npm run dev)', () => {
  const dev = contentSecurityPolicy({ origin: 'http://localhost:5173' });

  it('is the same strict policy, plus the hot-reload socket and Vite’s nonce for the tags it injects', () => {
    expect(dev).toContain("connect-src 'self' ws://localhost:5173");
    expect(dev).toContain(`script-src 'self' 'nonce-${DEV_CSP_NONCE}'`);
    expect(dev).toContain(`style-src 'self' 'nonce-${DEV_CSP_NONCE}'`);
    expect(dev).not.toMatch(/unsafe-(inline|eval)|\*/);
    expect(CONTENT_SECURITY_POLICY).not.toContain(DEV_CSP_NONCE);
  });

  it('names the socket of the dev server it was given, and nothing else', () => {
    expect(devSocketOrigin({ origin: 'https://127.0.0.1:5999' })).toBe('wss://127.0.0.1:5999');
    expect(dev.match(/ws:\/\/[^\s;]+/g)).toEqual(['ws://localhost:5173']);
  });
});
