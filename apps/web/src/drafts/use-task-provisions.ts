import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { TaskProvisionsDocument } from '../consultation/consultation.operations';
import type { TaskProvisionsQuery, TaskProvisionsQueryVariables } from '../gql/graphql';

export type ReaderProvision = NonNullable<
  NonNullable<TaskProvisionsQuery['consultationTask']>['draftVersion']['provisions']['edges'][number]['node']
>;

/** A draft is read whole: this pages through its provisions (100 at a time, the API's page limit). */
const MAX_PAGES = 50;

export function useTaskProvisions(taskId: string): {
  provisions: ReaderProvision[];
  loading: boolean;
  error: unknown;
} {
  const client = useApolloClient();
  const [state, setState] = useState<{ provisions: ReaderProvision[]; loading: boolean; error: unknown }>({
    provisions: [],
    loading: true,
    error: null,
  });
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const all: ReaderProvision[] = [];
      let after: string | null = null;
      try {
        for (let page = 0; page < MAX_PAGES; page++) {
          const variables: TaskProvisionsQueryVariables = { taskId, after };
          const result = await client.query({ query: TaskProvisionsDocument, variables });
          const data: TaskProvisionsQuery | undefined = result.data;
          const conn = data?.consultationTask?.draftVersion.provisions;
          if (!conn) break;
          all.push(...conn.edges.map((e) => e.node));
          if (!conn.pageInfo.hasNextPage) break;
          after = conn.pageInfo.endCursor ?? null;
        }
        if (!cancelled) setState({ provisions: all, loading: false, error: null });
      } catch (error) {
        if (!cancelled) setState({ provisions: all, loading: false, error });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [client, taskId]);
  return state;
}
