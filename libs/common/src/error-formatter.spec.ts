import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { ConflictError, NotFoundError } from './errors.js';
import { formatGraphQLError, translateGraphQLMessage } from './error-formatter.js';

const wrap = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ['x'] });

describe('formatGraphQLError', () => {
  it('keeps a domain error’s code, reason, details and Chinese message', () => {
    const error = wrap(new ConflictError('USERNAME_TAKEN', '用户名 a 已被使用', { field: 'input.username' }));
    expect(formatGraphQLError({ message: error.message, path: ['x'] }, error, { production: true })).toEqual({
      message: '用户名 a 已被使用',
      path: ['x'],
      locations: undefined,
      extensions: { code: 'CONFLICT', reason: 'USERNAME_TAKEN', field: 'input.username' },
    });
    expect(
      formatGraphQLError({ message: 'x' }, wrap(new NotFoundError('联系点', 'abc')), { production: false })
        .extensions,
    ).toMatchObject({
      code: 'NOT_FOUND',
      id: 'abc',
    });
  });

  it('hides unexpected errors (SQL, stack traces) in production, and keeps them for debugging elsewhere', () => {
    const error = wrap(new Error('SQLITE_CONSTRAINT: UNIQUE constraint failed: account.username'));
    const formatted = {
      message: error.message,
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at …'] },
    };
    const production = formatGraphQLError(formatted, error, { production: true });
    expect(production).toEqual({
      message: '服务器内部错误，请稍后再试',
      path: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL_ERROR' },
    });
    expect(JSON.stringify(production)).not.toMatch(/SQLITE|stack/i);
    expect(formatGraphQLError(formatted, error, { production: false }).message).toContain(
      'SQLITE_CONSTRAINT',
    );
  });

  it('turns GraphQL’s own input errors into BAD_USER_INPUT with a Chinese message', () => {
    const formatted = {
      message:
        'Variable "$input" got invalid value "ASTRONAUT" at "input.category"; Value "ASTRONAUT" does not exist in "CollectorCategory" enum.',
      extensions: { code: 'BAD_USER_INPUT' },
    };
    const result = formatGraphQLError(formatted, new GraphQLError(formatted.message), { production: true });
    expect(result.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(result.message).toBe('变量 $input 无效：取值 "ASTRONAUT" 不是 CollectorCategory 的有效选项');
  });

  it('leaves messages it does not know untranslated', () => {
    expect(translateGraphQLMessage('Something entirely different')).toBeUndefined();
  });
});
