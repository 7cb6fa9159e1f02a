import { useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Region } from '../../shared/content/pack';
import { FACE_ART } from '../../shared/face/art';
import { REGION_SHAPES } from '../../shared/face/regions';
import { FACE_VIEWBOX } from '../../shared/face/viewbox';
import { readingOrder, regionInDirection, type Direction } from '../../shared/face/navigation';
import type { RegionMark } from '../../shared/face/selection';
import { treatmentStyle } from '../../shared/face/treatment-style';
import { TreatmentPatterns, useTreatmentFill } from './TreatmentPatterns';

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

export interface FaceDiagramProps {
  regions: readonly Region[];
  /** The treatments to mark in each region (see regionMarks). */
  marks: ReadonlyMap<string, readonly RegionMark[]>;
  selectedId: string | null;
  /** Region ids added to the consultation, in order: their numbers are shown on the face. */
  concernIds: readonly string[];
  onSelect?: (regionId: string) => void;
  onClose?: () => void;
  /** A short description of the picture for screen readers. */
  label: string;
  /** Drawn over the face in the same box (the drawing layer). */
  overlay?: ReactNode;
}

/**
 * The front-view face with its clickable regions. Regions are one roving tab
 * stop: Tab enters the face, arrow keys move between regions, Enter or Space
 * opens one, Escape closes the panel.
 */
export function FaceDiagram(props: FaceDiagramProps) {
  const { regions, marks, selectedId, concernIds, onSelect, onClose, label, overlay } = props;
  const uid = useId();
  const fillOf = useTreatmentFill();
  const shapes = useMemo(() => {
    const byId = new Map(regions.map((region) => [region.id, region]));
    return readingOrder(REGION_SHAPES.filter((shape) => byId.has(shape.id))).map((shape) => ({ ...shape, region: byId.get(shape.id)! }));
  }, [regions]);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const pathRefs = useRef(new Map<string, SVGPathElement>());
  const tabStop = selectedId ?? focusedId ?? shapes[0]?.id ?? null;
  const shownLabel = shapes.find((shape) => shape.id === (hoveredId ?? focusedId));
  const interactive = onSelect !== undefined;

  const onKeyDown = (event: KeyboardEvent<SVGPathElement>, regionId: string) => {
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      const next = regionInDirection(shapes, regionId, direction);
      pathRefs.current.get(next)?.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect?.(regionId);
    } else if (event.key === 'Escape') {
      onClose?.();
    }
  };

  return (
    <div className="face-diagram">
      <svg viewBox={`0 0 ${FACE_VIEWBOX.width} ${FACE_VIEWBOX.height}`} role="group" aria-label={label} className="face-svg">
        <defs>
          <TreatmentPatterns idPrefix={uid} />
          <radialGradient id={`${uid}-skin`} cx="50%" cy="42%" r="60%">
            <stop offset="0%" stopColor="#f8eee6" />
            <stop offset="100%" stopColor="#efdfd3" />
          </radialGradient>
        </defs>
        <g className="face-art" aria-hidden="true">
          <path d={FACE_ART.silhouette} className="face-skin" fill={`url(#${uid}-skin)`} />
          <path d={FACE_ART.hair} className="face-hair" />
          {FACE_ART.strokes.map((stroke, index) => (
            <path key={index} d={stroke.d} className={`face-stroke face-stroke--${stroke.kind}`} />
          ))}
        </g>
        <g className="face-regions">
          {shapes.map(({ id, path, region }) => {
            const regionMarks = marks.get(id) ?? [];
            const isSelected = id === selectedId;
            return (
              <g key={id} className="face-region-group">
                {regionMarks.map((mark) => (
                  <path
                    key={mark.treatmentId}
                    d={path}
                    className={`face-region-mark face-region-mark--${mark.use}`}
                    {...fillOf(uid, mark.treatmentIndex)}
                    stroke={treatmentStyle(mark.treatmentIndex).ink}
                    data-treatment={mark.treatmentId}
                    aria-hidden="true"
                  />
                ))}
                <path
                  ref={(element) => {
                    if (element) pathRefs.current.set(id, element);
                    else pathRefs.current.delete(id);
                  }}
                  d={path}
                  className={['face-region', isSelected && 'is-selected', regionMarks.length > 0 && 'is-highlighted', concernIds.includes(id) && 'is-concern']
                    .filter(Boolean)
                    .join(' ')}
                  role={interactive ? 'button' : undefined}
                  tabIndex={interactive ? (id === tabStop ? 0 : -1) : undefined}
                  aria-label={interactive ? region.name : undefined}
                  aria-hidden={interactive ? undefined : true}
                  aria-pressed={interactive ? isSelected : undefined}
                  data-region={id}
                  onClick={interactive ? () => onSelect(id) : undefined}
                  onKeyDown={interactive ? (event) => onKeyDown(event, id) : undefined}
                  onFocus={() => setFocusedId(id)}
                  onBlur={() => setFocusedId((current) => (current === id ? null : current))}
                  onPointerEnter={() => setHoveredId(id)}
                  onPointerLeave={() => setHoveredId((current) => (current === id ? null : current))}
                />
              </g>
            );
          })}
        </g>
        <g className="face-markers" aria-hidden="true">
          {concernIds.map((id, index) => {
            const shape = shapes.find((s) => s.id === id);
            if (!shape) return null;
            return (
              <g key={id} className="concern-marker" transform={`translate(${shape.label.x} ${shape.label.y})`}>
                <circle r="15" />
                <text dy="5.5" textAnchor="middle">
                  {index + 1}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      {overlay}
      {shownLabel && (
        <div
          className="face-hover-label"
          aria-hidden="true"
          ref={(element) => {
            // Positioned in viewBox percentages so it follows the diagram at any size.
            element?.style.setProperty('left', `${(shownLabel.label.x / FACE_VIEWBOX.width) * 100}%`);
            element?.style.setProperty('top', `${(shownLabel.label.y / FACE_VIEWBOX.height) * 100}%`);
          }}
        >
          {shownLabel.region.name}
        </div>
      )}
    </div>
  );
}
