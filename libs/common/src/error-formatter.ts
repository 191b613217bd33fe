import type { GraphQLFormattedError } from 'graphql';
import { DomainError } from './errors.js';

/**
 * Turns any error that reaches Apollo into the response a client sees: DomainErrors keep their code, reason and
 * Chinese message; GraphQL's own input errors become BAD_USER_INPUT with a Chinese message; anything else becomes an
 * opaque INTERNAL_SERVER_ERROR in production (no SQL, no stack), and keeps its text elsewhere for debugging.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: { production: boolean },
): GraphQLFormattedError {
  const original = unwrap(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: original.code, reason: original.reason, ...original.details },
    };
  }
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
  if (
    code === 'GRAPHQL_VALIDATION_FAILED' ||
    code === 'BAD_USER_INPUT' ||
    code === 'GRAPHQL_PARSE_FAILED' ||
    code === 'BAD_REQUEST'
  ) {
    const translated = translateGraphQLMessage(formatted.message);
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return {
      message: translated ?? formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { reason: 'INVALID_QUERY', ...extensions, code: translated ? 'BAD_USER_INPUT' : code },
    };
  }
  if (code && code !== 'INTERNAL_SERVER_ERROR') {
    return { ...formatted, extensions: { code } };
  }
  return {
    message: options.production ? '服务器内部错误，请稍后再试' : formatted.message,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

function unwrap(error: unknown): unknown {
  let current = error;
  for (let i = 0; i < 5 && current && typeof current === 'object' && 'originalError' in current; i++) {
    const next = (current as { originalError?: unknown }).originalError;
    if (!next) break;
    current = next;
  }
  return current;
}

const translations: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/^查询过于复杂/, (m) => m.input ?? ''],
  [/Query depth limit of (\d+) exceeded, found (\d+)/, (m) => `查询嵌套 ${m[2]} 层，超过上限 ${m[1]} 层`],
  [/Aliases limit of (\d+) exceeded, found (\d+)/, (m) => `查询使用了 ${m[2]} 个别名，超过上限 ${m[1]} 个`],
  [/Token limit of (\d+) exceeded, found (\d+)/, (m) => `查询文本过长（${m[2]} 个词法单元，上限 ${m[1]}）`],
  [
    /Directives limit of (\d+) exceeded, found (\d+)/,
    (m) => `查询使用了 ${m[2]} 个指令，超过上限 ${m[1]} 个`,
  ],
  [/Value "([^"]*)" does not exist in "(\w+)" enum/, (m) => `取值 "${m[1]}" 不是 ${m[2]} 的有效选项`],
  [
    /Enum "(\w+)" cannot represent non-enum value: "?([^".]*)"?/,
    (m) => `取值 "${m[2]}" 不是 ${m[1]} 的有效选项`,
  ],
  [/Field "([\w.]+)" of required type "([^"]+)" was not provided/, (m) => `缺少必填字段 ${m[1]}（${m[2]}）`],
  [/^Syntax Error: (.*)/s, (m) => `查询语法错误：${m[1]}`],
  [/Document contains more than (\d+) tokens/, (m) => `查询文本过长（超过 ${m[1]} 个词法单元）`],
  [
    /Cross-Site Request Forgery/,
    () =>
      '请求被拦截（防跨站请求伪造）：请使用 Content-Type: application/json，或加上 apollo-require-preflight 请求头',
  ],
  [/Int cannot represent non-integer value: (.*)/, (m) => `${m[1]} 不是整数`],
  [/Int cannot represent non 32-bit signed integer value: (.*)/, (m) => `${m[1]} 超出整数范围`],
  [/String cannot represent a non string value: (.*)/, (m) => `${m[1]} 不是字符串`],
  [/Field "(\w+)" is not defined by type "(\w+)"/, (m) => `${m[2]} 没有字段 ${m[1]}`],
  [/Cannot query field "(\w+)" on type "(\w+)"/, (m) => `类型 ${m[2]} 上没有字段 ${m[1]}`],
];

/** A Chinese rendering of GraphQL's common input errors; undefined when the message is not one we know. */
export function translateGraphQLMessage(message: string): string | undefined {
  for (const [pattern, render] of translations) {
    const match = message.match(pattern);
    if (match) {
      const variable = message.match(/^Variable "\$(\w+)"/);
      return variable ? `变量 $${variable[1]} 无效：${render(match)}` : render(match);
    }
  }
  return undefined;
}
