import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME, readStaticFile } from './services/static-files';

/** Must run before the app is ready: `app://` behaves like https (standard, secure origin). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves `app://facet/...` from the built renderer folder, and nothing outside it. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') {
      return new Response('Not found', { status: 404 });
    }
    const file = await readStaticFile(rendererRoot, url.pathname);
    return new Response(new Uint8Array(file.body), { status: file.status, headers: file.headers });
  });
}
