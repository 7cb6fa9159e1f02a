import { Composer, LineCounter, Parser, type CST, type Document } from 'yaml';

/**
 * Parses a content file's YAML, turning everything that is wrong with it into problems
 * with a line: syntax errors, tags Facet does not know (their values would otherwise be
 * kept as if untagged), and nesting deep enough to overflow the stack of the code that
 * turns the parsed text into values.
 */

/** Content files nest a few levels (a slide's rows' cells); anything past this is a mistake or an attack. */
export const MAX_YAML_DEPTH = 32;

export interface YamlProblem {
  line: number | null;
  message: string;
}

export type YamlResult = { ok: true; document: Document.Parsed; lineCounter: LineCounter } | { ok: false; problems: YamlProblem[] };

export function parseYaml(source: string): YamlResult {
  // Old Mac (CR) and Windows (CR LF) line endings: counted as lines, so line numbers are right.
  const text = source.replace(/\r\n?/g, '\n');
  const lineCounter = new LineCounter();
  const line = (offset: number) => lineCounter.linePos(offset).line;
  // The parser builds its tree without recursion; the composer after it recurses, so depth is checked in between.
  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
  const tooDeep = firstTooDeep(tokens);
  if (tooDeep !== null) {
    return { ok: false, problems: [{ line: line(tooDeep), message: `this file is nested too deeply (more than ${MAX_YAML_DEPTH} levels)` }] };
  }

  const documents = Array.from(new Composer({ uniqueKeys: true }).compose(tokens, true, text.length));
  const document = documents[0]!;
  const problems: YamlProblem[] = document.errors.map((error) => ({ line: line(error.pos[0]), message: `not valid YAML: ${firstLine(error.message)}` }));
  for (const warning of document.warnings) {
    problems.push({
      line: line(warning.pos[0]),
      message:
        warning.code === 'TAG_RESOLVE_FAILED'
          ? `the YAML tag ${text.slice(warning.pos[0], warning.pos[1]).trim()} is not supported; remove it`
          : `not valid YAML: ${firstLine(warning.message)}`,
    });
  }
  if (documents.length > 1) {
    problems.push({ line: line(documents[1]!.range[0]), message: 'not valid YAML: a file holds one document, but a line of "---" starts another here' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, document, lineCounter };
}

/** The offset of the first collection nested deeper than MAX_YAML_DEPTH, or null. Walks with its own stack. */
function firstTooDeep(tokens: readonly CST.Token[]): number | null {
  const pending: [CST.Token, number][] = tokens.map((token) => [token, 0]);
  let first: number | null = null;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [token, depth] = next;
    if (token.type === 'document') {
      if (token.value) pending.push([token.value, depth]);
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth >= MAX_YAML_DEPTH) {
        first = first === null ? token.offset : Math.min(first, token.offset);
        continue;
      }
      for (const item of token.items) {
        if (item.key) pending.push([item.key, depth + 1]);
        if (item.value) pending.push([item.value, depth + 1]);
      }
    }
  }
  return first;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
