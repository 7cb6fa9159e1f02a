import type { ContentLoadResult } from '../shared/content/pack';
import type { FacetApi, ReadChannel } from '../shared/ipc/api';
import type { ResponseOf } from '../shared/ipc/contract';
import type { IpcResult } from '../shared/ipc/result';

/**
 * The first screen's answers from main, gathered before React first renders.
 *
 * The preload sends the first screen's reads before the page's scripts have
 * arrived (shared/ipc/api.ts, askEarly), so by the time this entry runs they
 * have usually been answered. Rendering the providers with them, rather than
 * rendering "loading" and asking again from effects, draws the home screen
 * complete in one render, one layout and one paint, instead of one for the
 * empty screen and one more for each answer as it lands.
 *
 * The answers serve that first render only: once the first screen is shown
 * (markFirstScreen) they are forgotten, and anything mounted later asks main.
 */

type Answers = Map<ReadChannel, IpcResult<unknown>>;
let first: { api: FacetApi; answers: Answers; stop: () => void } | null = null;

const call = (api: FacetApi, channel: ReadChannel): Promise<IpcResult<unknown>> => {
  const [namespace, method] = channel.split('.') as [string, string];
  return (api as unknown as Record<string, Record<string, () => Promise<IpcResult<unknown>>>>)[namespace]![method]!();
};

/**
 * Asks for `channels` (taking the answers the preload already has) and waits
 * until all are in or `limitMs` has passed: a slow main then gets the
 * screen drawn without them, filled in as they come, as before.
 */
export async function awaitFirstAnswers(api: FacetApi, channels: readonly ReadChannel[], limitMs: number): Promise<void> {
  forgetFirstAnswers();
  const answers: Answers = new Map();
  // Content pushed before the providers listen must not be lost behind an older answer.
  const stop = channels.includes('content.load')
    ? api.content.onChanged((pushed) => {
        const held = answers.get('content.load');
        const heldRevision = held?.ok ? (held.value as ContentLoadResult).revision : -1;
        if (pushed.revision >= heldRevision) answers.set('content.load', { ok: true, value: pushed });
      })
    : () => undefined;
  first = { api, answers, stop };
  const all = Promise.all(
    channels.map((channel) =>
      call(api, channel).then(
        (result) => {
          if (!answers.has(channel)) answers.set(channel, result);
        },
        () => undefined, // a transport failure: the provider asks again and reports it
      ),
    ),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([all, new Promise<void>((resolve) => (timer = setTimeout(resolve, limitMs)))]);
  clearTimeout(timer);
}

/** main's answer to `channel` gathered before the first render, if it is for this API and still held. */
export function firstAnswer<C extends ReadChannel>(api: FacetApi, channel: C): IpcResult<ResponseOf<C>> | undefined {
  if (!first || first.api !== api) return undefined;
  return first.answers.get(channel) as IpcResult<ResponseOf<C>> | undefined;
}

/** Drops the held answers: the first screen is drawn, from now on every read asks main. */
export function forgetFirstAnswers(): void {
  first?.stop();
  first = null;
}
