// GraphiQL served from our own build (a second Vite entry, its own chunks, never loaded by the workbench): the API
// serves this page at /graphiql outside production and redirects a browser's GET /graphql here, so it works on a
// network without a CDN. Requests carry the signed-in session's bearer token (the workbench's sign-in, same origin).
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { graphiqlFetcher } from './fetcher';

const DEFAULT_QUERY = `# 民意接口调试
# 已在工作台登录时，请求会带上登录令牌；未登录时只能调用 login 等公开操作。
{
  me {
    username
  }
}
`;

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={graphiqlFetcher} defaultQuery={DEFAULT_QUERY} />
  </StrictMode>,
);
