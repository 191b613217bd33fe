// What every part of the workbench needs to know: which task and point, which provision is chosen, whether the
// table may still be changed, and how to bring every list on the screen up to date after a change.
import { createContext, useContext } from 'react';

export interface WorkbenchState {
  taskId: string;
  pointId: string;
  /** The chosen provision's address; undefined = the whole task; null = 总体意见. */
  provisionAddress: string | null | undefined;
  provisionCitation?: string;
  /** DRAFTING: the liaison officer may still change the table. */
  editable: boolean;
  /** Refetches every list on the screen and the counters (after any change). */
  refresh(): Promise<void>;
  openSuggestion(id: string): void;
}

export const WorkbenchContext = createContext<WorkbenchState | null>(null);

export function useWorkbench(): WorkbenchState {
  const state = useContext(WorkbenchContext);
  if (!state) throw new Error('useWorkbench outside the workbench');
  return state;
}

/** The API's filter: an article (and what is below it), only 总体意见 (general), or the whole task (neither). */
export function listFilter(address: string | null | undefined): {
  provisionAddress?: string;
  general?: boolean;
} {
  if (address === null) return { general: true };
  return address === undefined ? {} : { provisionAddress: address };
}

export interface Paged<T> {
  /** Absent on a next page that did not ask for it again (`withTotal: false`): the first page's stays. */
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: Array<{ node: T; cursor?: string }>;
}

/** Appends a next page to the edges already shown (Apollo's fetchMore updateQuery). */
export function appendPage<C extends Paged<unknown>>(prev: C, next: C): C {
  return { ...next, totalCount: next.totalCount ?? prev.totalCount, edges: [...prev.edges, ...next.edges] };
}
