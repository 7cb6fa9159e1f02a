// Kept apart from the zod schemas so the renderer can format problems without bundling zod.

/** `regions.yaml:42 regions[3].treatments[0]: unknown treatment "fillr"` */
export function formatProblem(problem: { file: string; line: number | null; path: string; message: string }): string {
  const where = problem.line === null ? problem.file : `${problem.file}:${problem.line}`;
  return problem.path === '' ? `${where}: ${problem.message}` : `${where} ${problem.path}: ${problem.message}`;
}

/** `['regions', 3, 'treatments', 0]` -> `regions[3].treatments[0]` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}
