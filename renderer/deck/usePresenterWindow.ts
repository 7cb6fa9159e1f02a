import { useFacetApi } from '../api-context';
import { DONE, failed, outcomeOf, type Outcome } from '../outcome';

/** Opens the presenter view (main places it on the practitioner's display). */
export function usePresenterWindow(): { open(): Promise<Outcome> } {
  const api = useFacetApi();
  return {
    async open() {
      const result = await api.presenter.open();
      if (!result.ok) return outcomeOf(result);
      return result.value.opened ? DONE : failed('Facet could not open the presenter view.');
    },
  };
}
