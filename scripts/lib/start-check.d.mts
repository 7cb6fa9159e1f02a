// Types for start-check.mjs (plain JavaScript so `npm start` needs no TypeScript loader).
import type { ElectronLocation } from './electron-binary.mjs';

export type SandboxHelper = { path: string; absent: true } | { path: string; absent?: undefined; uid: number; mode: number };

export type StartFacts = {
  platform: string;
  arch: string;
  /** Electron's version, for the download advice. */
  version: string;
  uid: number | null;
  electron: ElectronLocation;
  chromeSandbox: SandboxHelper;
  /** Which kernel setting keeps unprivileged user namespaces from Chromium, if any. */
  userns: 'apparmor' | 'clone-disabled' | 'no-namespaces' | null;
  /** A file in /etc/apparmor.d that names the Electron binary. */
  apparmorProfile: string | null;
  /** The developer asked for no sandbox (--noSandbox, NO_SANDBOX=1, or -- --no-sandbox). */
  sandboxDisabled: boolean;
  /** The command being checked, for the advice to run it as another user. */
  command: string;
  /** How to ask for no sandbox from that command, shown as a last resort to root. */
  noSandboxHint: string;
};

export type StartVerdict =
  | { ok: true; warning?: string }
  | { ok: false; kind: 'no-binary' | 'root' | 'sandbox-helper'; message: string };

export function checkStart(facts: StartFacts): StartVerdict;
export function sandboxDisabledBy(args: string[], env: Record<string, string | undefined>): boolean;
export function shellQuote(text: string): string;
export function gatherStartFacts(options: {
  projectRoot: string;
  args: string[];
  env?: Record<string, string | undefined>;
  electron?: ElectronLocation;
  command: string;
  noSandboxHint: string;
}): StartFacts;
