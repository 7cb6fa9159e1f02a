// Types for smoke-packaged.mjs (plain JavaScript, run by node without a TypeScript loader).
import type { ElectronLocation } from './electron-binary.mjs';

export const USAGE: string;
export type SmokeOptions = { strict: boolean; noSandbox: boolean; keep: boolean; help: boolean };
export function parseSmokeArgs(args: string[]): SmokeOptions | { error: string };
export function smokeDecision(electron: ElectronLocation, options: { strict: boolean }): { action: 'run' } | { action: 'skip' | 'fail'; message: string };
export function smokeBuilderConfig<T extends { directories?: Record<string, unknown>; files?: unknown[] }>(
  base: T,
  where: { bundleDir: string; outputDir: string; electronDist: string },
): T & { directories: Record<string, unknown>; files: unknown[]; electronDist: string; publish: null };
export function findUnpackedExecutable(facts: {
  platform: string;
  outputDir: string;
  name: string;
  productName: string;
  list: (dir: string) => string[];
  exists: (file: string) => boolean;
}): string | null;
export function devToolsEndpoint(output: string, activePortFile?: string | null): string | null;
export function quitVerdict(outcome: { code: number | null; signal: string | null; elapsedMs: number; limitMs: number }): { ok: boolean; message: string };
export function displayProblem(platform: string, env: Record<string, string | undefined>): string | null;
