import { motion } from 'framer-motion';
import { useMotionPreference, useTransition } from '../../motion';
import { Motion } from '../../ui/Motion';
import type { MechanismLabels } from './labels';

/**
 * Botulinum toxin, step by step, in a cross-section of skin over muscle:
 * 0 a nerve signal travels to the muscle; 1 toxin blocks it at the junction;
 * 2 the muscle relaxes and lengthens; 3 the crease in the skin above softens.
 */
const SURFACE = {
  deep: 'M 40 120 C 250 120 330 118 372 120 C 390 121 394 178 400 178 C 406 178 410 121 428 120 C 470 118 550 120 760 120',
  soft: 'M 40 120 C 250 120 330 120 372 121 C 390 122 394 132 400 132 C 406 132 410 122 428 121 C 470 120 550 120 760 120',
};
const MUSCLE = {
  contracted: 'M 230 300 C 290 238 510 238 570 300 C 510 362 290 362 230 300 Z',
  relaxed: 'M 120 300 C 230 268 570 268 680 300 C 570 332 230 332 120 300 Z',
};
const FIBRES = {
  contracted: ['M 262 290 C 340 262 460 262 538 290', 'M 252 300 C 340 296 460 296 548 300', 'M 262 310 C 340 338 460 338 538 310'],
  relaxed: ['M 150 294 C 300 280 500 280 650 294', 'M 135 300 C 300 298 500 298 665 300', 'M 150 306 C 300 320 500 320 650 306'],
};
const NERVE = 'M 40 460 C 150 460 210 440 250 405 C 275 383 288 360 300 338';
const JUNCTION = { x: 300, y: 338 };

export function ToxinAnimation({ phase, labels }: { phase: number; labels: MechanismLabels }) {
  const { reduce } = useMotionPreference();
  const move = useTransition(0.9);
  const appear = useTransition(0.5);
  const relaxed = phase >= 2;
  const softened = phase >= 3;
  const blocked = phase >= 1;

  return (
    <svg className="mechanism-svg" viewBox="0 0 800 500" role="img" aria-label={labels.describe}>
      <defs>
        <linearGradient id="toxin-skin" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor="#f6e3d6" />
          <stop offset="1" stopColor="#efd3c3" />
        </linearGradient>
        <linearGradient id="toxin-muscle" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor="#c9766b" />
          <stop offset="1" stopColor="#a85a52" />
        </linearGradient>
      </defs>

      {/* Skin and the tissue under it */}
      <Motion as="path"
        d={`${SURFACE.deep} L 760 400 L 40 400 Z`}
        initial={false}
        animate={{ d: `${softened ? SURFACE.soft : SURFACE.deep} L 760 400 L 40 400 Z` }}
        transition={move}
        fill="url(#toxin-skin)"
      />
      <rect x="40" y="220" width="720" height="180" fill="#f3dccf" opacity="0.6" />
      <Motion as="path"
        d={SURFACE.deep}
        initial={false}
        animate={{ d: softened ? SURFACE.soft : SURFACE.deep }}
        transition={move}
        fill="none"
        stroke="#8a5b4a"
        strokeWidth="4"
        strokeLinecap="round"
      />

      {/* Muscle */}
      <Motion as="path" d={MUSCLE.contracted} initial={false} animate={{ d: relaxed ? MUSCLE.relaxed : MUSCLE.contracted }} transition={move} fill="url(#toxin-muscle)" />
      {FIBRES.contracted.map((fibre, i) => (
        <Motion as="path"
          key={i}
          d={fibre}
          initial={false}
          animate={{ d: relaxed ? FIBRES.relaxed[i]! : fibre }}
          transition={move}
          fill="none"
          stroke="#f1c3b9"
          strokeWidth="2.5"
          strokeLinecap="round"
          opacity="0.8"
        />
      ))}

      {/* Nerve and its signal */}
      <path d={NERVE} fill="none" stroke="#f4d27a" strokeWidth="12" strokeLinecap="round" opacity="0.45" />
      <path d={NERVE} fill="none" stroke="#d9a520" strokeWidth="5" strokeLinecap="round" />
      <circle cx={JUNCTION.x} cy={JUNCTION.y} r="9" fill="#d9a520" />
      {!blocked && !reduce && (
        <motion.circle
          r="11"
          fill="#fff6c7"
          stroke="#e0a800"
          strokeWidth="3"
          className="nerve-signal"
          ref={(el) => el?.style.setProperty('offset-path', `path("${NERVE}")`)}
          initial={{ offsetDistance: '0%' }}
          animate={{ offsetDistance: '100%' }}
          transition={{ duration: 1.4, repeat: Infinity, ease: 'easeIn' }}
        />
      )}
      {!blocked && reduce && <circle cx={JUNCTION.x - 24} cy={JUNCTION.y + 30} r="11" fill="#fff6c7" stroke="#e0a800" strokeWidth="3" />}

      {/* Toxin at the junction, blocking the signal */}
      <Motion as="g" initial={false} animate={{ opacity: blocked ? 1 : 0, scale: blocked ? 1 : 0.6 }} transition={appear} style={{ originX: `${JUNCTION.x}px`, originY: `${JUNCTION.y}px` }}>
        {[
          [-22, -8], [-12, 14], [4, -20], [18, 6], [-2, 4], [12, 24], [-26, 16], [24, -14],
        ].map(([dx, dy], i) => (
          <circle key={i} cx={JUNCTION.x + dx!} cy={JUNCTION.y + dy!} r="6" fill="#0072b2" opacity="0.85" />
        ))}
        <circle cx={JUNCTION.x} cy={JUNCTION.y} r="40" fill="none" stroke="#0072b2" strokeWidth="3" strokeDasharray="6 6" />
      </Motion>

      {/* Labels (words from content) */}
      <g className="mechanism-labels">
        {labels.skin && <text x="60" y="100">{labels.skin}</text>}
        {labels.muscle && <text x="560" y="380">{labels.muscle}</text>}
        {labels.nerve && <text x="60" y="490">{labels.nerve}</text>}
        {labels.toxin && blocked && <text x="352" y="396">{labels.toxin}</text>}
      </g>
    </svg>
  );
}
