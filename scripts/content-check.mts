/**
 * npm run content:check [-- <clinic content folder>]
 *
 * Checks every patient-facing field of the content pack (the built-in one, or a
 * clinic's folder over it): reading grade, unexplained jargon, Latin muscle
 * names, brand names, promotional words, one name per thing, and the safety
 * information the summary needs. Prints a report with the grade of each file
 * and exits 1 on any finding, so the built-in pack is held to it in npm test.
 */
import path from 'node:path';
import { MAX_GRADE } from '../shared/content/check';
import { formatPath, formatProblem } from '../shared/content/problem-format';
import { loadAndCheckContent } from '../main/services/content/load';

const BUILT_IN = path.resolve(import.meta.dirname, '../assets/content/en');

export async function runContentCheck(override: string | null, write: (line: string) => void): Promise<number> {
  const { result, check } = await loadAndCheckContent({ builtIn: BUILT_IN, override });
  write(`Content check: ${override ? `${override} (over the built-in pack)` : 'built-in pack'}; reading grade target ${MAX_GRADE} or lower (Flesch–Kincaid)`);
  if (!check) {
    result.problems.forEach((p) => write(`  ${formatProblem(p)}`));
    write('No content pack could be made from these files.');
    return 2;
  }
  write('');
  write('  file               grade  words  graded fields  hardest field');
  for (const g of check.grades) {
    const hardest = g.hardest ? `${g.hardest.grade.toFixed(1)} ${formatPath(g.hardest.path)}` : '–';
    write(`  ${g.file.padEnd(18)} ${(g.grade === null ? '–' : g.grade.toFixed(1)).padStart(5)}  ${String(g.words).padStart(5)}  ${String(g.gradedFields).padStart(13)}  ${hardest}`);
  }
  const other = result.problems.filter((p) => p.category !== 'wording');
  const wording = result.problems.filter((p) => p.category === 'wording');
  write('');
  for (const problem of [...other, ...wording]) write(`  ${problem.severity === 'error' ? 'error' : 'check'}  ${formatProblem(problem)}`);
  const failures = other.filter((p) => p.severity === 'error').length + wording.length;
  write(failures === 0 ? 'No findings.' : `${wording.length} finding${wording.length === 1 ? '' : 's'}${other.length ? `, ${other.length} other problem${other.length === 1 ? '' : 's'}` : ''}.`);
  return failures === 0 ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const folder = process.argv[2] ? path.resolve(process.argv[2]) : null;
  process.exitCode = await runContentCheck(folder, (line) => console.log(line));
}
