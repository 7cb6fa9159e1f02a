import { useNavigation } from '../navigation';
import { useContent } from './ContentContext';
import { isWordingFinding } from './problem-text';

/** A quiet line on the practitioner's home screen when edited content has problems. */
export function ContentNotice() {
  const content = useContent();
  const { go } = useNavigation();
  // Wording advice waits on the Content screen: it changes nothing the patient sees today.
  const problems = content.status === 'ready' ? content.result.problems.filter((p) => !isWordingFinding(p)) : [];
  if (problems.length === 0) return null;
  const count = problems.length;
  return (
    <aside className="content-notice" aria-label="Content problems">
      <p>
        <strong>{count === 1 ? 'One part of the content needs attention.' : `${count} parts of the content need attention.`}</strong>{' '}
        Facet is carrying on with its built-in text where needed.
      </p>
      <button type="button" className="button button--quiet" onClick={() => go('content')}>
        Review content
      </button>
    </aside>
  );
}
