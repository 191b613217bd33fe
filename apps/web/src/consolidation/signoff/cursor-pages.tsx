// Page by page through a Relay list without loading more than one page: the cursors of the pages seen so far are kept,
// so 上一页 goes back to the cursor it came from and 下一页 to the last page's endCursor.
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';

export interface CursorPages {
  /** The `after` of the current page (null on the first). */
  after: string | null;
  page: number;
  next(endCursor: string | null | undefined): void;
  previous(): void;
  reset(): void;
}

export function useCursorPages(): CursorPages {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    after: cursors.at(-1) ?? null,
    page: cursors.length,
    next: (endCursor) => {
      if (endCursor) setCursors((c) => [...c, endCursor]);
    },
    previous: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
    reset: () => setCursors([null]),
  };
}

export function Pager({
  pages,
  pageSize,
  totalCount,
  hasNextPage,
  endCursor,
  label,
}: {
  pages: CursorPages;
  pageSize: number;
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
  label: string;
}) {
  const lastPage = Math.max(1, Math.ceil(totalCount / pageSize));
  if (lastPage <= 1) return null;
  return (
    <nav aria-label={`${label}分页`}>
      <Space wrap style={{ justifyContent: 'center', width: '100%' }}>
        <Button disabled={pages.page <= 1} onClick={() => pages.previous()}>
          上一页
        </Button>
        <Typography.Text>
          第 {pages.page} / {lastPage} 页
        </Typography.Text>
        <Button disabled={!hasNextPage} onClick={() => pages.next(endCursor)}>
          下一页
        </Button>
      </Space>
    </nav>
  );
}
