// All provisions of a task's draft, read page by page (the API gives at most 100 a page) up to a named limit.
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { AnnotationTaskProvisionsQuery } from '../../gql/graphql';
import { AnnotationTaskProvisionsDocument } from './annotations.operations';

export type TaskProvision = NonNullable<
  AnnotationTaskProvisionsQuery['consultationTask']
>['draftVersion']['provisions']['edges'][number]['node'];

const PAGE = 100;
/** A regulation as long as the Criminal Law has about 1,700 provisions; stop reading well past that. */
export const MAX_PROVISIONS = 5000;

export function useTaskProvisions(taskId: string): {
  provisions: TaskProvision[] | null;
  error: unknown;
} {
  const client = useApolloClient();
  const [state, setState] = useState<{ provisions: TaskProvision[] | null; error: unknown }>({
    provisions: null,
    error: null,
  });
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const all: TaskProvision[] = [];
      let after: string | null = null;
      try {
        do {
          const { data }: { data?: AnnotationTaskProvisionsQuery } = await client.query({
            query: AnnotationTaskProvisionsDocument,
            variables: { taskId, first: PAGE, after },
          });
          const page:
            | NonNullable<AnnotationTaskProvisionsQuery['consultationTask']>['draftVersion']['provisions']
            | undefined = data?.consultationTask?.draftVersion.provisions;
          if (!page) break;
          all.push(...page.edges.map((e) => e.node));
          after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
        } while (after && all.length < MAX_PROVISIONS);
        if (!cancelled) setState({ provisions: all, error: null });
      } catch (error) {
        if (!cancelled) setState({ provisions: null, error });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [client, taskId]);
  return state;
}
