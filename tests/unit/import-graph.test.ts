import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The import graph of the app's own code (main/, renderer/, shared/): no
 * cycles, and renderer features depend on each other only in the directions
 * below. Lint keeps the layers apart (eslint.config.mjs); this keeps the
 * folders inside a layer honest, so each thing has one owner.
 */
const root = path.resolve(import.meta.dirname, '../..');
const LAYERS = ['main', 'renderer', 'shared'];
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Relative imports (static, dynamic and type-only alike: a type import still couples two modules). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
  return specifiers.flatMap((specifier) => {
    const base = path.resolve(path.dirname(file), specifier);
    const found = [base, ...EXTENSIONS.map((ext) => base + ext)].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
    return found ? [found] : [];
  });
}

const files = LAYERS.flatMap((layer) => sourceFiles(path.join(root, layer)));
const graph = new Map(files.map((file) => [file, importsOf(file)]));
const relative = (file: string) => path.relative(root, file);

/** Every cycle's files, by Tarjan's strongly connected components. */
function cycles(): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(relative(member));
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

/** The renderer folder a file belongs to ('' for renderer/ itself). */
const featureOf = (file: string) => {
  const parts = relative(file).split(path.sep);
  return parts[0] === 'renderer' && parts.length > 2 ? parts[1]! : '';
};

/** Which renderer features may not import which: lower features never reach up into the consultation. */
const FORBIDDEN: Record<string, string[]> = {
  face: ['consultation', 'deck', 'home', 'presenter', 'settings'],
  deck: ['consultation', 'home', 'presenter'],
  ink: ['consultation', 'home', 'presenter', 'settings'],
  content: ['consultation', 'deck', 'face', 'home', 'presenter', 'settings'],
  settings: ['consultation', 'deck', 'face', 'home', 'presenter'],
  ui: ['consultation', 'deck', 'face', 'home', 'presenter', 'settings'],
};

describe('the import graph', () => {
  it('finds the modules it checks (a broken walk would pass everything)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(graph.get(path.join(root, 'renderer/App.tsx'))?.length).toBeGreaterThan(5);
  });

  it('has no import cycles', () => {
    expect(cycles()).toEqual([]);
  });

  it('keeps renderer features in their lanes', () => {
    const crossings = [...graph].flatMap(([file, imports]) =>
      imports
        .filter((target) => (FORBIDDEN[featureOf(file)] ?? []).includes(featureOf(target)))
        .map((target) => `${relative(file)} -> ${relative(target)}`),
    );
    expect(crossings).toEqual([]);
  });

  it('lets only client hooks and providers call main: screens and components get state and outcomes', () => {
    const api = [path.join(root, 'renderer/api-context.tsx'), path.join(root, 'renderer/api.ts')];
    const mayCallMain = (file: string) => /(^|\/)(use[A-Z]\w*\.ts|\w+Context\.tsx|App\.tsx|main\.tsx|api-context\.tsx)$/.test(relative(file));
    const callers = [...graph].filter(([file, imports]) => imports.some((target) => api.includes(target)) && !mayCallMain(file)).map(([file]) => relative(file));

    expect(callers).toEqual([]);
  });
});
