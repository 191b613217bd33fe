// Every submitted suggestion of a task, loaded page by page (100 a request) into one list the keyboard can walk, and
// each row's decision saved as a draft (the API's working copy, unseen by the points until published).
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage, fieldErrors } from '../../common/api-errors';
import type {
  AdoptionOutcome,
  AdoptionReviewQuery,
  AdoptionReviewQueryVariables,
  DecisionRowFragment,
} from '../../gql/graphql';
import { AdoptionReviewDocument, RecordDecisionDocument } from './decisions.operations';

export type Row = DecisionRowFragment;
export type ReviewSummary = Omit<AdoptionReviewQuery['adoptionReview'], 'items'>;

/** What the person chose on a row and has not saved yet. */
export interface Pending {
  outcome?: AdoptionOutcome;
  reason?: string;
}

export type SaveState = { kind: 'saving' } | { kind: 'error'; message: string };

/** Published, and not changed since: the row is read-only. */
export const isPublished = (row: Row): boolean =>
  !!row.decision?.publishedAt && !row.decision.changedSincePublished;

export function useReviewRows(taskId: string) {
  const client = useApolloClient();
  const [summary, setSummary] = useState<ReviewSummary | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [pending, setPending] = useState<Record<string, Pending>>({});
  const [saves, setSaves] = useState<Record<string, SaveState>>({});
  const pendingRef = useRef(pending);
  pendingRef.current = pending;
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  const [record] = useMutation(RecordDecisionDocument);

  const load = useCallback(async () => {
    setLoading(true);
    setLoadError(null);
    try {
      const all: Row[] = [];
      let after: string | null = null;
      let head: ReviewSummary | null = null;
      do {
        const variables: AdoptionReviewQueryVariables = { taskId, first: 100, after };
        const result = await client.query({
          query: AdoptionReviewDocument,
          variables,
          fetchPolicy: 'network-only',
        });
        if (!result.data) throw new Error('no data'); // errors are thrown by query itself (errorPolicy none)
        const { items, ...rest } = result.data.adoptionReview;
        head = rest;
        all.push(...items.edges.map((e) => e.node));
        after = items.pageInfo.hasNextPage ? items.pageInfo.endCursor : null;
      } while (after);
      setSummary(head);
      setRows(all);
    } catch (e) {
      setLoadError(e);
    } finally {
      setLoading(false);
    }
  }, [client, taskId]);

  useEffect(() => {
    void load();
  }, [load]);

  const choose = useCallback((id: string, change: Pending) => {
    setPending((p) => {
      const next = { ...p, [id]: { ...p[id], ...change } };
      pendingRef.current = next;
      return next;
    });
  }, []);

  /** Saves a row's pending choice when it is complete (an outcome and a reason) and differs from what is saved. */
  const saveNow = useCallback(
    async (id: string): Promise<boolean> => {
      const row = rowsRef.current.find((r) => r.id === id);
      const wanted = pendingRef.current[id];
      if (!row || !wanted || isPublished(row)) return true;
      const outcome = wanted.outcome ?? row.decision?.outcome;
      const reason = (wanted.reason ?? row.decision?.reason ?? '').trim();
      const forget = () =>
        setPending((p) => {
          const current = p[id];
          if (current?.outcome !== wanted.outcome || current?.reason !== wanted.reason) return p;
          const next = { ...p };
          delete next[id];
          pendingRef.current = next;
          return next;
        });
      if (!outcome || !reason) return false;
      if (row.decision && row.decision.outcome === outcome && row.decision.reason === reason) {
        forget();
        return true;
      }
      setSaves((s) => ({ ...s, [id]: { kind: 'saving' } }));
      try {
        const { data } = await record({
          variables: {
            input: { suggestionId: id, outcome, reason, expectedVersion: row.decision?.version },
          },
        });
        const decision = data!.recordAdoptionDecision;
        // Known at once to a save queued behind this one (it then sends the next version, or nothing).
        rowsRef.current = rowsRef.current.map((r) => (r.id === id ? { ...r, decision } : r));
        setRows((rs) => rs.map((r) => (r.id === id ? { ...r, decision } : r)));
        forget();
        setSaves((s) => {
          const next = { ...s };
          delete next[id];
          return next;
        });
        return true;
      } catch (e) {
        const field = fieldErrors(e)[0];
        setSaves((s) => ({
          ...s,
          [id]: { kind: 'error', message: field ? field.errors.join('；') : errorMessage(e) },
        }));
        return false;
      }
    },
    [record],
  );

  // One save at a time per row: leaving a row and leaving its reason box both ask to save it.
  const inflight = useRef(new Map<string, Promise<boolean>>());
  const save = useCallback(
    (id: string): Promise<boolean> => {
      const prior = inflight.current.get(id) ?? Promise.resolve(true);
      const run = prior.then(() => saveNow(id));
      inflight.current.set(id, run);
      void run.finally(() => {
        if (inflight.current.get(id) === run) inflight.current.delete(id);
      });
      return run;
    },
    [saveNow],
  );

  /** Saves every complete pending row (before publishing); answers how many rows are left incomplete. */
  const saveAll = useCallback(async (): Promise<number> => {
    let incomplete = 0;
    for (const id of Object.keys(pendingRef.current)) if (!(await save(id))) incomplete++;
    return incomplete;
  }, [save]);

  /** The rows as last saved (a render may not have caught up with saves just made). */
  const latestRows = useCallback(() => rowsRef.current, []);

  return { summary, rows, latestRows, loading, loadError, load, pending, saves, choose, save, saveAll };
}
