// Runs a command as if it were this process: same output, same exit code, signals forwarded.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

const FORWARDED = process.platform === 'win32' ? ['SIGINT', 'SIGTERM'] : ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * The exit code a shell would report for the child: its own code, or 128 + the signal's number.
 * @param {number | null} code @param {NodeJS.Signals | null} signal
 */
export function exitCodeOf(code, signal) {
  if (code !== null) return code;
  return 128 + (signal ? (constants.signals[signal] ?? 0) : 0);
}

/**
 * Spawns `command args` and resolves with its exit code. On POSIX the child gets its own process
 * group, so a Ctrl-C in the terminal reaches it once, through us: Chromium takes the first SIGINT
 * as "quit gracefully" (Facet then finishes its last save) but dies at once on a second one.
 * @param {{ command: string, args: string[], env?: NodeJS.ProcessEnv, signals?: NodeJS.EventEmitter }} options
 */
export function passThrough({ command, args, env = process.env, signals = process }) {
  const child = spawn(command, args, { stdio: 'inherit', env, detached: process.platform !== 'win32' });
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of FORWARDED) signals.on(signal, forward);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      for (const name of FORWARDED) signals.off(name, forward);
      resolve(exitCodeOf(code, signal));
    });
  });
}
