// Types for pass-through.mjs (plain JavaScript so `npm start` needs no TypeScript loader).
import type { EventEmitter } from 'node:events';

export function exitCodeOf(code: number | null, signal: NodeJS.Signals | null): number;
export function passThrough(options: { command: string; args: string[]; env?: NodeJS.ProcessEnv; signals?: EventEmitter }): Promise<number>;
