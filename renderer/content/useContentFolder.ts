import type { CopyBuiltInResult } from '../../shared/ipc/contract';
import { useFacetApi } from '../api-context';
import { failed, type Outcome } from '../outcome';

/** What happened, in a sentence for the practitioner, whichever way it went. */
export type Report = Outcome & { message: string };

function copiedReport({ copied, kept }: CopyBuiltInResult): string {
  if (copied.length === 0) return 'Your content folder already has every file; nothing was replaced.';
  const files = `${copied.length} file${copied.length === 1 ? '' : 's'}`;
  const keeping = kept.length > 0 ? `, keeping your ${kept.length} edited file${kept.length === 1 ? '' : 's'}` : '';
  return `Copied ${files} into your content folder${keeping}. Open the folder to start editing.`;
}

/** The clinic's content folder: copy the built-in pack into it to start editing, and open it in the file manager. */
export function useContentFolder() {
  const api = useFacetApi();
  return {
    async copyBuiltIn(): Promise<Report> {
      const result = await api.content.copyBuiltIn();
      if (!result.ok) return { ...failed(result.error.message), message: result.error.message };
      return { ok: true, message: copiedReport(result.value) };
    },
    async open(): Promise<Report> {
      const result = await api.content.openFolder();
      return result.ok && result.value.opened
        ? { ok: true, message: 'The content folder is open in your file manager.' }
        : { ok: false, message: 'Facet could not open the content folder.' };
    },
  };
}
