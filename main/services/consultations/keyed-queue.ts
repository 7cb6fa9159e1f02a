/**
 * Runs tasks one at a time per key, in the order they were queued, whatever
 * the outcome of the one before. Different keys run side by side.
 */
export interface KeyedQueue {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** Nothing is queued or running for this key. */
  isIdle(key: string): boolean;
  /** Resolves once every task queued so far, under any key, has settled (whatever its outcome). */
  whenIdle(): Promise<void>;
}

export function createKeyedQueue(): KeyedQueue {
  const queues = new Map<string, { tail: Promise<unknown>; pending: number }>();
  return {
    run(key, task) {
      const queue = queues.get(key) ?? { tail: Promise.resolve(), pending: 0 };
      queues.set(key, queue);
      queue.pending += 1;
      // Counted down before the caller hears the result, so isIdle() is true right after the last task settles.
      const run = queue.tail.then(task).finally(() => {
        queue.pending -= 1;
        if (queue.pending === 0) queues.delete(key);
      });
      queue.tail = run.catch(() => undefined);
      return run;
    },
    isIdle: (key) => !queues.has(key),
    // Tails never reject, so one failed save cannot make this resolve early.
    whenIdle: async () => void (await Promise.all([...queues.values()].map((queue) => queue.tail))),
  };
}
