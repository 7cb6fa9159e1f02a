// Types for electron-binary.mjs (plain JavaScript so `npm start` needs no TypeScript loader).
export type ElectronLocation = { binary: string; distDir: string } | { missing: string };

export function locateElectron(facts: {
  packageDir: string;
  env: Record<string, string | undefined>;
  platform: string;
  exists: (file: string) => boolean;
  readText: (file: string) => string;
}): ElectronLocation;

export function findElectron(projectRoot: string, env?: Record<string, string | undefined>): ElectronLocation;
