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
      extensions: {
        code: original.code,
        reason: original.reason,
        ...original.details,
        ...coercedField(formatted.message, original),
      },
    };
  }
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
  const known = translateGraphQLMessage(formatted.message);
  if (known || (code && REQUEST_ERROR_CODES.has(code))) {
    const { stacktrace: _stack, http: _http, ...extensions } = formatted.extensions ?? {};
    return {
      // Anything graphql-js or Apollo says that we have no words for still reaches the user in a Chinese sentence.
      message: known?.message ?? `请求无效（${formatted.message}）`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        ...extensions,
        // The persisted-query protocol needs its code: clients retry with the full query on seeing it.
        code: code === 'PERSISTED_QUERY_NOT_FOUND' ? code : 'BAD_USER_INPUT',
        reason:
          known?.reason ?? (typeof extensions.reason === 'string' ? extensions.reason : 'INVALID_QUERY'),
      },
    };
  }
  if (code && code !== 'INTERNAL_SERVER_ERROR') {
    const reason = typeof formatted.extensions?.reason === 'string' ? formatted.extensions.reason : code;
    const message = /\p{Script=Han}/u.test(formatted.message)
      ? formatted.message
      : `请求无法完成（${formatted.message}）`;
    return { message, path: formatted.path, locations: formatted.locations, extensions: { code, reason } };
  }
  return {
    message: options.production ? '服务器内部错误，请稍后再试' : formatted.message,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL_ERROR' },
  };
}

/**
 * A scalar that refuses a variable's value (a bad Date, DateTime…) throws before any resolver, so its error names no
 * field; graphql-js says where in the variables it was (`Variable "$input" got invalid value … at "input.activeFrom"`),
 * and the form shows the message on that field like any other field error.
 */
function coercedField(
  message: string,
  error: DomainError,
): { fields?: Array<{ field: string; message: string }> } {
  if (error.details.fields?.length) return {};
  const match = message.match(/^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?;/s);
  if (!match) return {};
  return { fields: [{ field: match[2] ?? match[1], message: error.message }] };
}

/** Codes graphql-js and Apollo give errors in the request itself (its text, variables, operation or envelope). */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

function unwrap(error: unknown): unknown {
  let current = error;
  for (let i = 0; i < 5 && current && typeof current === 'object' && 'originalError' in current; i++) {
    const next = (current as { originalError?: unknown }).originalError;
    if (!next) break;
    current = next;
  }
  return current;
}

const translations: Array<[RegExp, (m: RegExpMatchArray) => string, string?]> = [
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
  // Before the syntax rule: graphql-js reports the cap as a syntax error, and spells it "more that" (sic).
  [/Document contains more th[ae][nt] (\d+) tokens/, (m) => `查询文本过长（超过 ${m[1]} 个词法单元）`],
  [/^Syntax Error: (.*)/s, (m) => `查询语法错误：${m[1]}`],
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
  [
    /Fragment "(\w+)" cannot be spread here as objects of type "(\w+)" can never be of type "(\w+)"/,
    (m) => `片段 ${m[1]} 不能用在这里：${m[2]} 类型的对象不可能是 ${m[3]} 类型`,
  ],
  [
    /^Fragment cannot be spread here as objects of type "(\w+)" can never be of type "(\w+)"/,
    (m) => `片段不能用在这里：${m[1]} 类型的对象不可能是 ${m[2]} 类型`,
  ],
  [/Unknown fragment "(\w+)"/, (m) => `未定义的片段 ${m[1]}`],
  [/Fragment "(\w+)" is never used/, (m) => `片段 ${m[1]} 定义了但没有使用`],
  [/Cannot spread fragment "(\w+)" within itself/, (m) => `片段 ${m[1]} 不能（直接或间接）引用自身`],
  [
    /Field "(\w+)" argument "(\w+)" of type "([^"]+)" is required, but it was not provided/,
    (m) => `字段 ${m[1]} 缺少必填参数 ${m[2]}（${m[3]}）`,
  ],
  [/Unknown argument "(\w+)" on field "([\w.]+)"/, (m) => `字段 ${m[2]} 没有参数 ${m[1]}`],
  [
    /Variable "\$(\w+)" of required type "([^"]+)" was not provided/,
    (m) => `缺少必填变量 $${m[1]}（${m[2]}）`,
  ],
  [/Variable "\$(\w+)" is not defined/, (m) => `变量 $${m[1]} 未声明`],
  [/Variable "\$(\w+)" is never used/, (m) => `变量 $${m[1]} 声明了但没有使用`],
  [/Unknown type "(\w+)"/, (m) => `未知的类型 ${m[1]}`],
  [/must have a selection of subfields/, () => '对象类型的字段必须选择子字段'],
  [/must not have a selection since type/, () => '标量字段不能选择子字段'],
  [/Operation batching disabled/, () => '不支持批量请求：请每次只发送一个操作', 'BATCHING_DISABLED'],
  [
    /Schema is not configured to execute subscription operation/,
    () => '本接口不支持订阅（subscription），请使用查询轮询',
    'SUBSCRIPTIONS_UNSUPPORTED',
  ],
  [
    /provided sha does not match query/,
    () => '持久化查询的哈希与查询文本不符',
    'PERSISTED_QUERY_HASH_MISMATCH',
  ],
  [
    /^PersistedQueryNotFound$/,
    () => '服务器上没有这个持久化查询，请连同查询文本重新发送',
    'PERSISTED_QUERY_NOT_FOUND',
  ],
  [/^PersistedQueryNotSupported$/, () => '不支持持久化查询', 'PERSISTED_QUERY_NOT_SUPPORTED'],
  [
    /GET requests only support query operations/,
    () => 'GET 请求只能执行查询（query），修改操作请用 POST',
    'METHOD_NOT_ALLOWED',
  ],
  [/must contain a non-empty `query`/, () => '请求中缺少查询文本（query）', 'QUERY_MISSING'],
  [
    /`variables` in a POST body should be provided as an object/,
    () => 'variables 应为 JSON 对象',
    'INVALID_VARIABLES',
  ],
  [/`(\w+)` in a POST body/, (m) => `请求体中的 ${m[1]} 格式不正确`],
  [
    /Must provide operation name if query contains multiple operations/,
    () => '查询中有多个操作，请用 operationName 指明执行哪一个',
    'OPERATION_NAME_REQUIRED',
  ],
  [/Unknown operation named "(\w+)"/, (m) => `查询中没有名为 ${m[1]} 的操作`, 'OPERATION_NOT_FOUND'],
  [/Must provide query string/, () => '请求中缺少查询文本（query）', 'QUERY_MISSING'],
];

/** A Chinese rendering of GraphQL's and Apollo's common request errors; undefined when the message is not one we know. */
export function translateGraphQLMessage(message: string): { message: string; reason?: string } | undefined {
  for (const [pattern, render, reason] of translations) {
    const match = message.match(pattern);
    if (match) {
      const variable = message.match(/^Variable "\$(\w+)" got invalid value/);
      return { message: variable ? `变量 $${variable[1]} 无效：${render(match)}` : render(match), reason };
    }
  }
  return undefined;
}
