import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { slideView } from '../../shared/ink/limits';
import { strokesOf, type InkDrawings, type InkStroke } from '../../shared/ink/stroke';
import { InkProvider, useInk } from '../../renderer/ink/InkContext';
import { InkPalette } from '../../renderer/ink/InkPalette';

const view = slideView('intro');
const stroke = (id: string): InkStroke => ({ id, tool: 'pen', colour: 'teal', width: 5, points: [10, 10, 40, 40] });

let ink: ReturnType<typeof useInk>;
function Probe() {
  ink = useInk();
  return <p data-testid="count">{strokesOf(ink.drawings, view).length}</p>;
}

function setup(consultationId: string | null, saved?: InkDrawings) {
  const onSave = vi.fn();
  const ui = (id: string | null, drawings?: InkDrawings) => (
    <InkProvider consultationId={id} saved={drawings} onSave={onSave}>
      <Probe />
      <InkPalette />
    </InkProvider>
  );
  const result = render(ui(consultationId, saved));
  return { onSave, rerender: (id: string | null, drawings?: InkDrawings) => result.rerender(ui(id, drawings)) };
}

const count = () => screen.getByTestId('count').textContent;

describe('drawings and the consultation', () => {
  it('keeps a drawing made in the open consultation in it (for autosave)', () => {
    const { onSave } = setup('a', undefined);
    act(() => ink.add(view, stroke('s1')));
    expect(onSave).toHaveBeenLastCalledWith([{ view, strokes: [stroke('s1')] }]);
  });

  it('starts a new consultation with no drawings, and brings a resumed one’s back', () => {
    const { onSave, rerender } = setup('a', undefined);
    act(() => ink.add(view, stroke('s1')));
    rerender('a', [{ view, strokes: [stroke('s1')] }]);
    onSave.mockClear();

    rerender('b', undefined);
    expect(count()).toBe('0');
    rerender('c', [{ view, strokes: [stroke('x'), stroke('y')] }]);
    expect(count()).toBe('2');
    // Nothing of one consultation was saved into another.
    expect(onSave).not.toHaveBeenCalled();
  });

  it('forgets drawings when the deck closes with no consultation open, never a consultation’s', () => {
    const { rerender } = setup(null);
    act(() => ink.add(view, stroke('s1')));
    act(() => ink.deckClosed());
    expect(count()).toBe('0');

    rerender('a', [{ view, strokes: [stroke('s2')] }]);
    act(() => ink.deckClosed());
    expect(count()).toBe('1');
  });

  it('ends with the consultation', () => {
    const { rerender } = setup('a', [{ view, strokes: [stroke('s1')] }]);
    expect(count()).toBe('1');
    rerender(null);
    expect(count()).toBe('0');
  });
});

describe('the palette', () => {
  it('names each tool, shows which is in hand, and a second press puts it down', () => {
    setup(null);
    const pen = screen.getByRole('button', { name: 'Pen' });
    expect(screen.getByRole('toolbar', { name: 'Drawing tools' })).toBeTruthy();
    expect(pen.getAttribute('aria-pressed')).toBe('false');
    expect(pen.getAttribute('aria-keyshortcuts')).toBe('I');
    fireEvent.click(pen);
    expect(pen.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(pen);
    expect(pen.getAttribute('aria-pressed')).toBe('false');
  });

  it('picking a colour picks up the pen; a press does not take the focus from the deck', () => {
    setup(null);
    const berry = screen.getByRole('button', { name: 'Berry ink' });
    // The press's default action (focusing the button) is prevented.
    expect(fireEvent.mouseDown(berry)).toBe(false);
    fireEvent.click(berry);
    expect(screen.getByRole('button', { name: 'Berry ink' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Pen' }).getAttribute('aria-pressed')).toBe('true');
  });
});

describe('undo', () => {
  const ids = () => strokesOf(ink.drawings, view).map((s) => s.id);
  const undoButton = () => screen.getByRole('button', { name: 'Undo the last drawing change' });

  it('takes back strokes, erases and a clear on the view on screen, newest first', () => {
    setup('a', undefined);
    act(() => ink.setShownView(view));
    expect(undoButton().getAttribute('aria-disabled')).toBe('true');
    act(() => ink.add(view, stroke('s1')));
    act(() => ink.add(view, stroke('s2')));
    act(() => ink.add(view, stroke('s3')));
    act(() => ink.erase(view, ['s2']));
    act(() => ink.clearShown());
    expect(ids()).toEqual([]);
    expect(undoButton().getAttribute('aria-disabled')).toBe('false');

    fireEvent.click(undoButton());
    expect(ids()).toEqual(['s1', 's3']);
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(ids()).toEqual(['s1', 's2', 's3']);
    fireEvent.keyDown(window, { key: 'z', metaKey: true });
    expect(ids()).toEqual(['s1', 's2']);
  });

  it('leaves a typed Ctrl+Z to the field being typed in', () => {
    setup('a', undefined);
    act(() => ink.setShownView(view));
    act(() => ink.add(view, stroke('s1')));
    const field = document.createElement('textarea');
    document.body.append(field);
    fireEvent.keyDown(field, { key: 'z', ctrlKey: true });
    expect(ids()).toEqual(['s1']);
    field.remove();
  });

  it('starts afresh with each consultation: nothing of the last one can be brought back', () => {
    const { rerender } = setup('a', undefined);
    act(() => ink.setShownView(view));
    act(() => ink.add(view, stroke('s1')));
    act(() => ink.clearShown());
    rerender('b', undefined);
    act(() => ink.undoShown());
    expect(ids()).toEqual([]);
    expect(undoButton().getAttribute('aria-disabled')).toBe('true');
  });
});
