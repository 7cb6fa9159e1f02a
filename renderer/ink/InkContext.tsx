import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { addStroke, clearView, removeStrokes, restoreStrokes, type InkColour, type InkDrawings, type InkStroke } from '../../shared/ink/stroke';
import { remember, removal, takeLast, undoEdit, type InkEdit, type UndoHistory } from '../../shared/ink/undo';
import { isEditable } from '../deck/useDeckKeys';
import { INK_CHANNEL, isLive, type InkMessage, type LiveInk } from './channel';

/** The tools of the palette; null is no tool (the slide and the face work as usual). */
export const INK_TOOL_IDS = ['laser', 'pen', 'highlighter', 'eraser'] as const;
export type InkToolId = (typeof INK_TOOL_IDS)[number];

interface Ink {
  drawings: InkDrawings;
  tool: InkToolId | null;
  colour: InkColour;
  /** Picks a tool; picking the tool in hand puts it down. */
  toggleTool(tool: InkToolId): void;
  putDown(): void;
  chooseColour(colour: InkColour): void;
  add(view: string, stroke: InkStroke): void;
  /** `gesture` names one sweep of the eraser, undone as one. */
  erase(view: string, ids: string[], gesture?: string): void;
  /** Clears the view on screen (the one whose drawing layer is showing). */
  clearShown(): void;
  /** Takes back this window's last drawing change on the view on screen: a stroke, an erase or a clear. */
  undoShown(): void;
  /** Whether the view on screen has a change of this window's to undo (for the palette's Undo button). */
  canUndo: boolean;
  /** The deck was closed: with no consultation open, its drawings are forgotten (a consultation keeps them). */
  deckClosed(): void;
  /** The view whose drawing layer is on screen, set by that layer. */
  setShownView(view: string | null): void;
  sendLive(event: LiveInk): void;
  onLive(listener: (event: LiveInk) => void): () => void;
}

const InkContext = createContext<Ink | null>(null);

interface Owned {
  /** The consultation these drawings belong to; null when none is open. */
  owner: string | null;
  drawings: InkDrawings;
}

export interface InkProviderProps {
  /** The open consultation's id; null when none is open. */
  consultationId: string | null;
  /** The drawings saved in it. */
  saved: InkDrawings | undefined;
  /** Keeps changed drawings in the open consultation (which autosaves them). */
  onSave(drawings: InkDrawings): void;
  children: ReactNode;
}

/**
 * The drawings of this window, kept per view while the practitioner moves
 * between slides and the face, mirrored to the other window, and stored in
 * the open consultation (so they are autosaved, encrypted, with it). A new
 * consultation starts with none; a resumed one brings its own back. Bound to
 * the consultation by renderer/consultation/ConsultationInk.tsx, so drawing
 * knows nothing of consultations.
 */
export function InkProvider({ consultationId, saved, onSave, children }: InkProviderProps) {
  const [owned, setOwned] = useState<Owned>({ owner: null, drawings: [] });
  const [tool, setTool] = useState<InkToolId | null>(null);
  const [colour, setColour] = useState<InkColour>('teal');
  const shownView = useRef<string | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  // Only this window's own changes are undone here; the other window keeps its own history.
  const [history, setHistory] = useState<UndoHistory>(() => new Map());
  const channel = useRef<BroadcastChannel | null>(null);
  const liveListeners = useRef(new Set<(event: LiveInk) => void>());
  const latest = useRef({ owned, consultationId });
  const consultationDrawings = useRef(saved);
  // Read by the channel's handler, attached once.
  useLayoutEffect(() => {
    latest.current = { owned, consultationId };
    consultationDrawings.current = saved;
  });

  const post = useCallback((message: InkMessage) => channel.current?.postMessage(message), []);
  const update = useCallback((edit: (drawings: InkDrawings) => InkDrawings) => setOwned((o) => ({ ...o, drawings: edit(o.drawings) })), []);

  // Another consultation (new, resumed or ended): its own drawings replace these, in both windows.
  useEffect(() => {
    if (consultationId === null && latest.current.owned.owner === null) return;
    const drawings = consultationId === null ? [] : (consultationDrawings.current ?? []);
    setOwned({ owner: consultationId, drawings });
    setHistory(new Map());
    post({ type: 'drawings', drawings });
  }, [consultationId, post]);

  // Drawings changed here or in the other window: the open consultation keeps them (and autosaves).
  useEffect(() => {
    if (consultationId === null || owned.owner !== consultationId || owned.drawings === consultationDrawings.current) return;
    if (owned.drawings.length === 0 && !consultationDrawings.current) return;
    onSave(owned.drawings);
  }, [owned, consultationId, onSave]);

  // While a tool is in hand, Escape puts it down (as in other presenting apps) instead of opening the overview or closing a panel.
  useEffect(() => {
    if (tool === null) return;
    const onKeyDown = (event: KeyboardEvent) => {
      // A dialog on top (the shortcuts list, the overview) closes first.
      if (event.key !== 'Escape' || document.querySelector('[role="dialog"][aria-modal="true"]')) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      setTool(null);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [tool]);

  // Ctrl+Z (Cmd+Z on a Mac) undoes a drawing change, as in every drawing app; U does the same from a clicker's keys.
  const undoShownRef = useRef<() => void>(() => undefined);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'z') return;
      if (isEditable(event.target)) return;
      event.preventDefault();
      undoShownRef.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => {
    const bc = new BroadcastChannel(INK_CHANNEL);
    channel.current = bc;
    bc.onmessage = (event: MessageEvent<InkMessage>) => {
      const message = event.data;
      if (!message || typeof message !== 'object') return;
      if (isLive(message)) {
        liveListeners.current.forEach((listener) => listener(message));
        return;
      }
      switch (message.type) {
        case 'hello':
          bc.postMessage({ type: 'drawings', drawings: latest.current.owned.drawings } satisfies InkMessage);
          return;
        case 'drawings':
          if (latest.current.consultationId === null) setOwned((o) => ({ ...o, drawings: message.drawings }));
          return;
        case 'add':
          update((d) => addStroke(d, message.view, message.stroke));
          return;
        case 'erase':
          update((d) => removeStrokes(d, message.view, message.ids));
          return;
        case 'clear':
          update((d) => clearView(d, message.view));
          return;
        case 'restore':
          update((d) => restoreStrokes(d, message.view, message.strokes, message.order));
      }
    };
    bc.postMessage({ type: 'hello' } satisfies InkMessage);
    return () => {
      bc.close();
      channel.current = null;
    };
  }, [update]);

  // Stable, so the layer's effect that reports its view runs only when its view changes.
  const setShownView = useCallback((view: string | null) => {
    shownView.current = view;
    setShown(view);
  }, []);

  const latestDrawings = useRef(owned.drawings);
  useLayoutEffect(() => {
    latestDrawings.current = owned.drawings;
  });

  const value = useMemo<Ink>(
    () => ({
      drawings: owned.drawings,
      tool,
      colour,
      toggleTool: (next) => setTool((current) => (current === next ? null : next)),
      putDown: () => setTool(null),
      chooseColour: (next) => {
        setColour(next);
        setTool((current) => (current === 'pen' || current === 'highlighter' ? current : 'pen'));
      },
      add: (view, stroke) => {
        update((d) => addStroke(d, view, stroke));
        post({ type: 'add', view, stroke });
        setHistory((h) => remember(h, { kind: 'add', view, stroke }));
      },
      erase: (view, ids, gesture) => {
        const edit = removal(latestDrawings.current, view, ids, gesture);
        if (edit) setHistory((h) => remember(h, edit));
        update((d) => removeStrokes(d, view, ids));
        post({ type: 'erase', view, ids });
      },
      clearShown: () => {
        const view = shownView.current;
        if (view === null) return;
        const edit = removal(latestDrawings.current, view, 'all');
        if (edit) setHistory((h) => remember(h, edit));
        update((d) => clearView(d, view));
        post({ type: 'clear', view });
      },
      undoShown: () => {
        const view = shownView.current;
        const last = view === null ? null : takeLast(history, view);
        if (!last) return;
        setHistory(last.history);
        update((d) => undoEdit(d, last.edit));
        post(undoMessage(last.edit));
      },
      canUndo: shown !== null && (history.get(shown)?.length ?? 0) > 0,
      deckClosed: () => {
        if (latest.current.consultationId !== null) return;
        setOwned((o) => ({ ...o, drawings: [] }));
        post({ type: 'drawings', drawings: [] });
      },
      setShownView,
      sendLive: post,
      onLive: (listener) => {
        liveListeners.current.add(listener);
        return () => liveListeners.current.delete(listener);
      },
    }),
    [owned.drawings, tool, colour, update, post, history, shown, setShownView],
  );
  useLayoutEffect(() => {
    undoShownRef.current = value.undoShown;
  });
  return <InkContext.Provider value={value}>{children}</InkContext.Provider>;
}

/** What the other window must do to show an undone change: erase the stroke, or put strokes back in their place. */
function undoMessage(edit: InkEdit): InkMessage {
  return edit.kind === 'add'
    ? { type: 'erase', view: edit.view, ids: [edit.stroke.id] }
    : { type: 'restore', view: edit.view, strokes: edit.strokes, order: edit.order };
}

export function useInk(): Ink {
  const ink = useContext(InkContext);
  if (!ink) throw new Error('useInk must be used inside <InkProvider>');
  return ink;
}
