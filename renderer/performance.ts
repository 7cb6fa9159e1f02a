import { forgetFirstAnswers } from './first-answers';

export const FIRST_SCREEN_MARK = 'facet:first-screen';

/**
 * Marks the moment the first real screen has been painted (after the next
 * frame), for the cold-start benchmark and for tests waiting on a ready app.
 */
export function markFirstScreen(): void {
  if (document.documentElement.dataset.ready === 'true') return;
  requestAnimationFrame(() => {
    // The answers gathered for the first render have served (every provider's effect has run by
    // now, parents' after this screen's): later screens ask main themselves.
    forgetFirstAnswers();
    performance.mark(FIRST_SCREEN_MARK);
    document.documentElement.dataset.ready = 'true';
  });
}
