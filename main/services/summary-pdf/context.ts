import type * as ReactPdf from '@react-pdf/renderer';
import { createContext, useContext } from 'react';
import type { Theme } from './theme';

export type Style = ReactPdf.Styles[string];

export interface SummaryContext {
  theme: Theme;
  /** Makes text the font cannot draw safe to set (see shared/summary/printable.ts). */
  printable: (text: string) => string;
}

const Context = createContext<SummaryContext | null>(null);

export const SummaryContextProvider = Context.Provider;

export function useSummary(): SummaryContext {
  const value = useContext(Context);
  if (!value) throw new Error('Summary components must be rendered inside SummaryContextProvider');
  return value;
}
