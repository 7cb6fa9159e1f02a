/**
 * Checks main makes before anything else, while a refusal can still end the process before
 * Chromium opens any debugging endpoint: Electron runs the main script (PostEarlyInitialization)
 * before it starts the DevTools server or pipe (PreMainMessageLoopRun), and app.exit() before
 * the message loop exits the process at once.
 */

// Vite's own declaration (vite/client) is the same, so the two merge if main ever includes it.
declare global {
  interface ImportMetaEnv {
    readonly MODE: string;
  }
  interface ImportMeta {
    readonly env: ImportMetaEnv;
  }
}

/**
 * True only in a build made with `electron-vite build --mode smoke` (scripts/smoke-packaged.mjs).
 * Vite writes the literal into the bundle, so a release build holds `false`: no variable, file or
 * switch given to a shipped app can turn the smoke-test allowances on.
 */
export const SMOKE_BUILD: boolean = import.meta.env.MODE === 'smoke';

/**
 * Switches that let another program inspect or drive the app, by name (without dashes).
 * Chromium's DevTools endpoint can read every page, storage and IPC of a window: patient data.
 */
const REFUSED_PREFIXES = [
  'remote-debugging', // --remote-debugging-port, -pipe, -address, -io-pipes, -targets: Chromium's DevTools endpoint
  'inspect', // --inspect, --inspect-brk, --inspect-port, --inspect-wait, --inspect-brk-node: Node's inspector in main
];
const REFUSED_NAMES = new Set([
  'remote-allow-origins', // lets web pages connect to a DevTools endpoint
  'debug', // Node's legacy debugger switches
  'debug-brk',
  'debug-port',
  'js-flags', // V8 flags for every process (--allow-natives-syntax and --expose-* hand internals to page scripts)
  'auto-open-devtools-for-tabs',
  'renderer-cmd-prefix', // run child processes under another program, such as a debugger
  'utility-cmd-prefix',
  'gpu-launcher',
]);

/** A switch's name as Chromium reads it: after "--" or "-" (and "/" on Windows), before "=". */
function switchName(arg: string, platform: NodeJS.Platform): string | null {
  const prefix = arg.startsWith('--') ? 2 : arg.startsWith('-') || (platform === 'win32' && arg.startsWith('/')) ? 1 : 0;
  if (prefix === 0) return null;
  const name = arg.slice(prefix).split('=', 1)[0]!;
  // Chromium ignores case on Windows; refusing every case everywhere costs nothing.
  return name.toLowerCase();
}

/**
 * The first argument that would open a debugger (as `--name`), or null. `args` excludes the
 * executable. Every argument is checked, even after "--", since refusing is always safe here.
 */
export function refusedDebugSwitch(args: readonly string[], platform: NodeJS.Platform = process.platform): string | null {
  for (const arg of args) {
    const name = switchName(arg, platform);
    if (name && (REFUSED_NAMES.has(name) || REFUSED_PREFIXES.some((prefix) => name.startsWith(prefix)))) return `--${name}`;
  }
  return null;
}

/**
 * In an installed app (not a development run, not the smoke-test build), ends the process with
 * exit code 1 and one line on stderr when a debugging switch was given. Returns whether it did.
 */
export function refuseDebuggingWhenPackaged(
  app: { readonly isPackaged: boolean; exit(code: number): void },
  argv: readonly string[] = process.argv,
  writeError: (line: string) => void = (line) => void process.stderr.write(line),
  smokeBuild: boolean = SMOKE_BUILD,
): boolean {
  if (!app.isPackaged || smokeBuild) return false;
  const refused = refusedDebugSwitch(argv.slice(1));
  if (!refused) return false;
  writeError(`Facet will not start with ${refused}: an installed Facet cannot be debugged by another program.\n`);
  app.exit(1);
  return true;
}

/**
 * The folder the smoke-test build exports into without asking (the folder dialog cannot be driven
 * over CDP): FACET_SMOKE_EXPORT_FOLDER, honoured only when `smokeBuild`; null in every other build.
 */
export function smokeExportFolder(env: NodeJS.ProcessEnv = process.env, smokeBuild: boolean = SMOKE_BUILD): string | null {
  return smokeBuild ? (env.FACET_SMOKE_EXPORT_FOLDER ?? null) : null;
}
