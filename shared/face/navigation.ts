import type { Point } from './path';

export type Direction = 'up' | 'down' | 'left' | 'right';

const UNIT: Record<Direction, Point> = { up: { x: 0, y: -1 }, down: { x: 0, y: 1 }, left: { x: -1, y: 0 }, right: { x: 1, y: 0 } };

/**
 * The region to move to when an arrow key is pressed: the nearest one whose
 * label lies in that direction, preferring ones straight ahead over ones off
 * to the side. Returns `fromId` when there is nothing further that way.
 */
export function regionInDirection(labels: readonly { id: string; label: Point }[], fromId: string, direction: Direction): string {
  const from = labels.find((region) => region.id === fromId);
  if (!from) return labels[0]?.id ?? fromId;
  const unit = UNIT[direction];
  let best: { id: string; score: number } | null = null;
  for (const candidate of labels) {
    if (candidate.id === fromId) continue;
    const dx = candidate.label.x - from.label.x;
    const dy = candidate.label.y - from.label.y;
    const ahead = dx * unit.x + dy * unit.y;
    const aside = Math.abs(dx * unit.y - dy * unit.x);
    // Only regions within a 60° cone either side of the arrow's direction.
    if (ahead <= 0 || aside > ahead * 1.8) continue;
    const score = ahead + aside * 2.5;
    if (!best || score < best.score) best = { id: candidate.id, score };
  }
  return best?.id ?? fromId;
}

/** Reading order for Tab: top to bottom, then the viewer's left to right within a row. */
export function readingOrder<T extends { label: Point }>(regions: readonly T[], rowHeight = 40): T[] {
  return [...regions].sort((a, b) => Math.round(a.label.y / rowHeight) - Math.round(b.label.y / rowHeight) || a.label.x - b.label.x);
}
