import type { ReactNode } from 'react';
import { useTransition } from '../motion';
import { Motion } from '../ui/Motion';

/**
 * One part of a slide revealed by a step. Parts not yet revealed keep their
 * space (so nothing jumps) but are invisible and hidden from screen readers.
 */
export function Reveal({ shown, children, className, as = 'li', order = 0 }: { shown: boolean; children: ReactNode; className?: string; as?: 'li' | 'div' | 'tr'; order?: number }) {
  const transition = useTransition(0.28, order * 0.04);
  return (
    <Motion
      as={as}
      className={shown ? className : `${className ?? ''} is-unrevealed`.trim()}
      aria-hidden={!shown}
      initial={false}
      animate={shown ? { opacity: 1, y: 0 } : { opacity: 0, y: 14 }}
      transition={transition}
    >
      {children}
    </Motion>
  );
}
