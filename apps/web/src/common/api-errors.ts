// The API's errors shown as people read them: its Chinese `message`, never a code or a stack; validation problems
// (`extensions.fields`, e.g. [{field: "input.content", message}]) and conflicts naming their field (`extensions.field`)
// placed on their form fields.
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

export interface FieldProblem {
  /** The antd Form field name: `input.content` → `content`, `input.contributor.name` → ['contributor', 'name']. */
  name: string | (string | number)[];
  errors: string[];
}

interface ApiFieldError {
  field: string;
  message: string;
}

export const NETWORK_MESSAGE = '无法连接服务器，请检查网络后重试';
const FALLBACK_MESSAGE = '操作未成功，请稍后重试';

function isChinese(text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text);
}

/** One sentence to show for any error thrown by Apollo (or fetch). */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const messages = [...new Set(error.errors.map((e) => e.message).filter(isChinese))];
    return messages.length ? messages.join('；') : FALLBACK_MESSAGE;
  }
  if (ServerError.is(error) || ServerParseError.is(error)) {
    return error.statusCode >= 500 ? '服务器暂时无法处理请求，请稍后重试' : FALLBACK_MESSAGE;
  }
  if (error instanceof TypeError || (error instanceof Error && /fetch|network/i.test(error.message))) {
    return NETWORK_MESSAGE;
  }
  return FALLBACK_MESSAGE;
}

export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The API's stable reason (extensions.reason, e.g. ONLINE_COLLECTION_CLOSED) of the first error, if any. */
export function errorReason(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const reason = error.errors[0]?.extensions?.reason;
  return typeof reason === 'string' ? reason : undefined;
}

/** Maps a field path from the API to the form's field name (the mutation's `input.` prefix dropped). */
export function formFieldName(field: string): string | (string | number)[] {
  const parts = field
    .replace(/^input\./, '')
    .split('.')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  return parts.length === 1 ? String(parts[0]) : parts;
}

export function apiFieldErrors(fields: unknown): FieldProblem[] {
  if (!Array.isArray(fields)) return [];
  const byField = new Map<string, string[]>();
  for (const f of fields as ApiFieldError[]) {
    if (typeof f?.field !== 'string' || typeof f.message !== 'string') continue;
    byField.set(f.field, [...(byField.get(f.field) ?? []), f.message]);
  }
  return [...byField].map(([field, errors]) => ({ name: formFieldName(field), errors }));
}

/**
 * The field problems carried by an Apollo error: a validation error's `extensions.fields`, and a conflict that names
 * its field (`extensions.field`, e.g. a name already taken) with its own message. Empty for any other error.
 */
export function fieldErrors(error: unknown): FieldProblem[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => {
    const field = e.extensions?.field;
    return typeof field === 'string'
      ? apiFieldErrors([{ field, message: e.message }])
      : apiFieldErrors(e.extensions?.fields);
  });
}

/** Something with antd Form's setFields (any Form instance, whatever its values' type). */
interface SettableForm {
  setFields(fields: never[]): void;
}

/**
 * Puts the API's field errors on the form's fields; answers false when the error carried none (show errorMessage
 * instead).
 */
export function showFieldErrors(form: SettableForm, error: unknown): boolean {
  const problems = fieldErrors(error);
  if (!problems.length) return false;
  (form.setFields as (fields: FieldProblem[]) => void)(problems);
  return true;
}
