import { useState } from 'react';
import type { ContentLoadResult, ContentProblem } from '../../shared/content/pack';
import { useNavigation } from '../navigation';
import { ScreenHeader } from '../ui/ScreenHeader';
import { useContent } from './ContentContext';
import { useContentFolder } from './useContentFolder';
import { isWordingFinding } from './problem-text';
import { ProblemList, WordingChecks } from './ProblemList';

/**
 * The practitioner's view of the content pack: what is in use, what is wrong
 * with the clinic's edits, and where to edit them. Never shown to patients
 * unless the practitioner opens it.
 */
export function ContentScreen() {
  const content = useContent();
  const { back } = useNavigation();
  return (
    <div className="app-shell">
      <ScreenHeader title="Content" onBack={back} />
      <main className="page" aria-labelledby="content-title">
        <div className="page-intro">
          <h1 id="content-title">Content</h1>
          <p className="lead">
            Facet’s words and data come from a content pack. Your clinic can edit its own copy in a text editor; Facet
            checks every change and updates within a second.
          </p>
        </div>
        {content.status === 'loading' && <p>Loading content…</p>}
        {content.status === 'failed' && (
          <p className="status-problem" role="alert">
            {content.message}
          </p>
        )}
        {content.status === 'ready' && (
          <div className="content-grid">
            <InUse result={content.result} />
            <Problems problems={content.result.problems.filter((p) => !isWordingFinding(p))} />
            <WordingChecks findings={content.result.problems.filter(isWordingFinding)} />
            {content.result.pack && <Sources sources={content.result.pack.meta.sources} />}
          </div>
        )}
      </main>
    </div>
  );
}

function InUse({ result }: { result: ContentLoadResult }) {
  const folder = useContentFolder();
  const [message, setMessage] = useState<string | null>(null);
  const meta = result.pack?.meta;

  const copyBuiltIn = async () => setMessage((await folder.copyBuiltIn()).message);
  const openFolder = async () => setMessage((await folder.open()).message);

  return (
    <section className="panel" aria-labelledby="in-use-title">
      <h2 id="in-use-title">In use</h2>
      {meta && (
        <dl className="facts">
          <dt>Pack</dt>
          <dd>{meta.name}</dd>
          <dt>Version</dt>
          <dd>
            {meta.version}
            {meta.updated ? `, updated ${meta.updated}` : ''}
          </dd>
          <dt>Clinic’s own files</dt>
          <dd>{result.overridden.length > 0 ? result.overridden.join(', ') : 'None yet: the built-in content is in use'}</dd>
        </dl>
      )}
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => void copyBuiltIn()}>
          Copy built-in content to edit
        </button>
        <button type="button" className="button" onClick={() => void openFolder()}>
          Open content folder
        </button>
      </div>
      <p className="action-result" role="status">
        {message}
      </p>
    </section>
  );
}

function Problems({ problems }: { problems: ContentProblem[] }) {
  return (
    <section className="panel" aria-labelledby="problems-title">
      <h2 id="problems-title">Problems</h2>
      {problems.length === 0 ? <p className="all-good">No problems found. Everything in the content is in use.</p> : <ProblemList problems={problems} />}
    </section>
  );
}

function Sources({ sources }: { sources: { id: string; title: string; publisher?: string | undefined; url: string }[] }) {
  return (
    <section className="panel panel--wide" aria-labelledby="sources-title">
      <h2 id="sources-title">Sources behind the facts</h2>
      <ol className="source-list">
        {sources.map((source) => (
          <li key={source.id}>
            <span className="source-title">{source.title}</span>
            {source.publisher && <span className="source-publisher"> · {source.publisher}</span>}
            {/* Shown as text to copy, never opened: Facet does not go online. */}
            <span className="source-url">{source.url}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
