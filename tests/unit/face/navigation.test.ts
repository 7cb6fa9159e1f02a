import { describe, expect, it } from 'vitest';
import { readingOrder, regionInDirection } from '../../../shared/face/navigation';

// A plus-shaped layout around "centre", with one far-off region.
const labels = [
  { id: 'centre', label: { x: 300, y: 300 } },
  { id: 'above', label: { x: 305, y: 200 } },
  { id: 'below', label: { x: 295, y: 420 } },
  { id: 'viewer-left', label: { x: 180, y: 310 } },
  { id: 'viewer-right', label: { x: 420, y: 290 } },
  { id: 'far-corner', label: { x: 560, y: 40 } },
];

describe('regionInDirection', () => {
  it.each([
    ['up', 'above'],
    ['down', 'below'],
    ['left', 'viewer-left'],
    ['right', 'viewer-right'],
  ] as const)('moves %s to the nearest region that way', (direction, expected) => {
    expect(regionInDirection(labels, 'centre', direction)).toBe(expected);
  });

  it('stays put at the edge', () => {
    expect(regionInDirection(labels, 'viewer-left', 'left')).toBe('viewer-left');
  });

  it('prefers straight ahead over a nearer region mostly off to the side', () => {
    const layout = [
      { id: 'start', label: { x: 300, y: 300 } },
      { id: 'straight-up', label: { x: 300, y: 150 } },
      { id: 'near-but-sideways', label: { x: 190, y: 250 } },
    ];

    expect(regionInDirection(layout, 'start', 'up')).toBe('straight-up');
    expect(regionInDirection(labels, 'below', 'up')).toBe('centre');
  });
});

describe('readingOrder', () => {
  it('goes top to bottom, then the viewer’s left to right within a row', () => {
    const rows = [
      { id: 'chin', label: { x: 300, y: 600 } },
      { id: 'cheek-left', label: { x: 420, y: 402 } },
      { id: 'forehead', label: { x: 300, y: 100 } },
      { id: 'cheek-right', label: { x: 180, y: 398 } },
    ];

    expect(readingOrder(rows).map((r) => r.id)).toEqual(['forehead', 'cheek-right', 'cheek-left', 'chin']);
  });
});
