import { motion } from 'framer-motion';
import { createElement, type ReactNode } from 'react';
import { useMotionPreference } from '../motion';

type Tag = 'div' | 'section' | 'li' | 'tr' | 'path' | 'g' | 'ellipse' | 'circle';
type Target = { opacity?: number; d?: string; scale?: number; x?: number | string; y?: number | string };

export interface MotionProps {
  as: Tag;
  children?: ReactNode;
  animate?: Target;
  initial?: false | Target;
  exit?: Target;
  transition?: object;
  [attribute: string]: unknown;
}

/**
 * A framer-motion element that, with reduced motion, is a plain element
 * already in its end state: no animation is created at all.
 */
export function Motion({ as, animate, initial, exit, transition, children, ...rest }: MotionProps) {
  const { reduce } = useMotionPreference();
  if (reduce) {
    // framer-only style keys (originX...) mean nothing on a plain element.
    const { style: _style, ...plain } = rest;
    return createElement(as, { ...plain, ...stillAttributes(animate) }, children);
  }
  const Component = motion[as] as unknown as (props: Record<string, unknown>) => ReactNode;
  return <Component {...rest} animate={animate} initial={initial} exit={exit} transition={transition}>{children}</Component>;
}

/** The end state of an animation as plain attributes. */
function stillAttributes(target: Target | undefined): Record<string, unknown> {
  if (!target) return {};
  const attributes: Record<string, unknown> = {};
  if (target.d !== undefined) attributes.d = target.d;
  if (target.opacity !== undefined) attributes.opacity = target.opacity;
  return attributes;
}
