import type { ContentProblem } from '../../shared/content/pack';
import { consequenceOf } from './problem-text';

/** Problems as `file:line path`, the message, and what Facet did about it. */
export function ProblemList({ problems }: { problems: readonly ContentProblem[] }) {
  return (
    <ul className="problem-list">
      {problems.map((problem, index) => (
        <li key={index} className={`problem problem--${problem.severity}`}>
          <p className="problem-where">
            <code>
              {problem.file}
              {problem.line !== null && `:${problem.line}`}
            </code>
            {problem.path && <span className="problem-path">{problem.path}</span>}
          </p>
          <p className="problem-message">{problem.message}</p>
          <p className="problem-consequence">{consequenceOf(problem)}</p>
        </li>
      ))}
    </ul>
  );
}

/**
 * The content check (npm run content:check) on the files in use: the same
 * guidance Facet's own text is held to, as warnings, since the text is still used.
 */
export function WordingChecks({ findings }: { findings: readonly ContentProblem[] }) {
  return (
    <section className="panel" aria-labelledby="checks-title">
      <h2 id="checks-title">Wording and safety checks</h2>
      <p className="action-result">
        Patient text should read at about age 12 (grade 7), explain medical words, name no brands, avoid selling words and
        include the safety information the summary needs.
      </p>
      {findings.length === 0 ? <p className="all-good">Nothing to change: the text patients see passes every check.</p> : <ProblemList problems={findings} />}
    </section>
  );
}
