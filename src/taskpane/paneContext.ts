/** The pane's controller, handed to every component without threading props through the tree. */
import { createContext, useContext } from 'react';
import type { Pane } from './usePane';

export const PaneContext = createContext<Pane | null>(null);

export function usePaneContext(): Pane {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error('PaneContext missing: render inside <App>');
  return pane;
}
