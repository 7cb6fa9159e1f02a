import type { ContentProblem } from '../../shared/content/pack';
import { formatProblem } from '../../shared/content/problem-format';

export { formatProblem };

/** What Facet did about a problem, in words for the practitioner. */
export function consequenceOf(problem: ContentProblem): string {
  if (problem.category === 'wording') {
    return 'Facet uses this text as written. Patients read it, so it is worth changing.';
  }
  if (problem.origin === 'built-in') {
    return 'Facet’s built-in content is damaged here. Reinstalling Facet restores it.';
  }
  if (problem.severity === 'error') {
    return 'Facet is using its built-in version of this file until it is fixed.';
  }
  return 'Facet uses this file, leaving out the part mentioned.';
}

/** The content check's findings (plain language, brands, safety information), shown apart from file problems. */
export function isWordingFinding(problem: ContentProblem): boolean {
  return problem.category === 'wording';
}

/** Problems with the clinic's own files are what the practitioner can fix. */
export function clinicProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return problems.filter((problem) => problem.origin === 'override');
}
