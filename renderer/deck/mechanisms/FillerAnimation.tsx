import { useTransition } from '../../motion';
import { Motion } from '../../ui/Motion';
import type { MechanismLabels } from './labels';

/**
 * Dermal filler, step by step, in a cross-section of skin: 0 a crease where
 * the supporting fat has thinned; 1 filler placed under it fills and lifts
 * the crease; 2 over months the body breaks the gel down and the crease
 * slowly returns. It draws no new collagen: the evidence that hyaluronic-acid
 * filler makes the skin grow its own is weak.
 */
const SURFACE = {
  creased: 'M 40 150 C 200 150 290 150 330 156 C 365 162 380 236 400 236 C 420 236 435 162 470 156 C 510 150 600 150 760 150',
  lifted: 'M 40 150 C 200 150 290 148 330 146 C 365 144 380 142 400 142 C 420 142 435 144 470 146 C 510 148 600 150 760 150',
  settling: 'M 40 150 C 200 150 290 149 330 151 C 365 153 380 189 400 189 C 420 189 435 153 470 151 C 510 149 600 150 760 150',
};
const FAT = {
  thinned: 'M 40 300 C 200 300 300 300 340 296 C 370 293 385 262 400 262 C 415 262 430 293 460 296 C 500 300 600 300 760 300',
  restored: 'M 40 300 C 200 300 300 296 340 290 C 370 286 385 284 400 284 C 415 284 430 286 460 290 C 500 296 600 300 760 300',
  settling: 'M 40 300 C 200 300 300 298 340 293 C 370 290 385 273 400 273 C 415 273 430 290 460 293 C 500 298 600 300 760 300',
};

export function FillerAnimation({ phase, labels }: { phase: number; labels: MechanismLabels }) {
  const move = useTransition(0.9);
  const appear = useTransition(0.6);
  const filled = phase >= 1;
  const breakingDown = phase >= 2;
  const surface = breakingDown ? SURFACE.settling : filled ? SURFACE.lifted : SURFACE.creased;
  const fat = breakingDown ? FAT.settling : filled ? FAT.restored : FAT.thinned;

  return (
    <svg className="mechanism-svg" viewBox="0 0 800 500" role="img" aria-label={labels.describe}>
      <defs>
        <linearGradient id="filler-skin" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor="#f6e3d6" />
          <stop offset="1" stopColor="#eed2c1" />
        </linearGradient>
        <radialGradient id="filler-gel" cx="50%" cy="45%" r="55%">
          <stop offset="0" stopColor="#d7ecf7" />
          <stop offset="1" stopColor="#8fc3e0" />
        </radialGradient>
      </defs>

      {/* Skin */}
      <Motion as="path" d={`${SURFACE.creased} L 760 300 L 40 300 Z`} initial={false} animate={{ d: `${surface} L 760 300 L 40 300 Z` }} transition={move} fill="url(#filler-skin)" />
      {/* Supporting fat: thinned under the crease, restored once filled */}
      <Motion as="path" d={`${FAT.thinned} L 760 420 L 40 420 Z`} initial={false} animate={{ d: `${fat} L 760 420 L 40 420 Z` }} transition={move} fill="#f6e2b3" />
      {[110, 190, 270, 530, 610, 690].map((x) => (
        <ellipse key={x} cx={x} cy="360" rx="34" ry="28" fill="#f1d594" opacity="0.7" />
      ))}
      <Motion as="path" d={FAT.thinned} initial={false} animate={{ d: fat }} transition={move} fill="none" stroke="#d9b56a" strokeWidth="2.5" />

      {/* Filler gel */}
      <Motion as="ellipse"
        cx="400"
        cy="222"
        rx="78"
        ry="52"
        fill="url(#filler-gel)"
        stroke="#4f9cc8"
        strokeWidth="2.5"
        initial={false}
        animate={{ opacity: breakingDown ? 0.45 : filled ? 0.92 : 0, scale: breakingDown ? 0.6 : filled ? 1 : 0.3 }}
        transition={appear}
        style={{ originX: '400px', originY: '222px' }}
      />

      {/* The skin's surface line */}
      <Motion as="path" d={SURFACE.creased} initial={false} animate={{ d: surface }} transition={move} fill="none" stroke="#8a5b4a" strokeWidth="4" strokeLinecap="round" />

      <g className="mechanism-labels">
        {labels.skin && <text x="60" y="130">{labels.skin}</text>}
        {labels.fat && <text x="60" y="460">{labels.fat}</text>}
        {labels.filler && filled && <text x="500" y="232">{labels.filler}</text>}
      </g>
    </svg>
  );
}
