import { COMMON_PASSWORDS_TEXT } from './common-passwords.js';

/**
 * The password policy, in the spirit of NIST SP 800-63B §3.1.1.2: a length, no composition rules (no "one digit, one
 * symbol"), and a refusal of what an attacker guesses first — common passwords, the person's own names and numbers,
 * and sequences. A pure function: the services call it wherever a password is set (createAccount, changePassword, the
 * CLI's first administrator) and turn its answer into BAD_USER_INPUT on their field.
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** What is known of the person the password is for; every field optional. */
export interface PasswordContext {
  username?: string | null;
  /** The person's names: the account's display name, a member record's name — in pinyin or as given. */
  names?: ReadonlyArray<string | null | undefined>;
  /** The person's phone numbers, in any format (+86 138-1234-5678). */
  phones?: ReadonlyArray<string | null | undefined>;
}

export type PasswordRefusal =
  | 'INVALID_PASSWORD'
  | 'PASSWORD_TOO_COMMON'
  | 'PASSWORD_CONTAINS_USERNAME'
  | 'PASSWORD_CONTAINS_PERSONAL_INFO'
  | 'PASSWORD_TOO_SIMPLE';

export interface PasswordProblem {
  reason: PasswordRefusal;
  /** zh-CN, saying what to do instead. */
  message: string;
}

const ADVICE = '建议用一句只有自己知道的话或几个不相关的词（可以是中文），不必加符号';

export const PASSWORD_MESSAGES: Record<PasswordRefusal, string> = {
  INVALID_PASSWORD: `密码长度应在 ${PASSWORD_MIN_LENGTH} 到 ${PASSWORD_MAX_LENGTH} 个字符之间`,
  PASSWORD_TOO_COMMON: `这是常见密码（或常见密码加几个数字），容易被猜中，请换一个：${ADVICE}`,
  PASSWORD_CONTAINS_USERNAME: `密码不能是用户名或用户名加几个数字、符号，请换一个与用户名无关的密码：${ADVICE}`,
  PASSWORD_CONTAINS_PERSONAL_INFO: `密码不能是本人的姓名或手机号（或再加几个数字、符号），请换一个别人猜不到的密码：${ADVICE}`,
  PASSWORD_TOO_SIMPLE: `密码不能是同一个字符重复、键盘或数字字母的连续序列（如 12345678、qwertyui、abcdefgh）或日期，请换一个：${ADVICE}`,
};

/** One line for a form's hint, the same rule the server applies. */
export const PASSWORD_RULE_HINT = `${PASSWORD_MIN_LENGTH} 到 ${PASSWORD_MAX_LENGTH} 个字符；不能是常见密码、用户名、姓名或手机号（加几个数字也不行），也不能是 12345678、qwertyui 这样的序列或日期`;

const COMMON: ReadonlySet<string> = new Set(COMMON_PASSWORDS_TEXT.split(/\s+/).filter(Boolean));

/** Keyboard walks (US layout, which Chinese keyboards share): rows, columns and zig-zags; also matched reversed. */
const KEYBOARD_WALKS = [
  '`1234567890-=',
  'qwertyuiop[]\\',
  "asdfghjkl;'",
  'zxcvbnm,./',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/',
  'qazwsxedcrfvtgbyhnujmik,ol.p;/',
  'zaq1xsw2cde3vfr4bgt5nhy6mju7,ki8.lo9/;p0',
  '1q2w3e4r5t6y7u8i9o0p',
  'q1w2e3r4t5y6u7i8o9p0',
  'qawsedrftgyhujikolp',
  'a1s2d3f4g5h6j7k8l9',
  'qweasdzxc',
  '7894561230',
  '1472583690',
  '3216549870',
];
const WALKS = KEYBOARD_WALKS.flatMap((w) => [w, [...w].reverse().join('')]);
/** The shifted digits typed with Shift (!@#… for 123…), read as the digits for the walk check. */
const SHIFTED = new Map([...'!@#$%^&*()'].map((c, i) => [c, '1234567890'[i]]));
const LEET = new Map([
  ['@', 'a'],
  ['4', 'a'],
  ['$', 's'],
  ['5', 's'],
  ['0', 'o'],
  ['3', 'e'],
  ['1', 'i'],
  ['!', 'i'],
  ['7', 't'],
]);

const NOT_LETTERS_AT_END = /[^\p{L}]+$/u;
const NOT_LETTERS_AT_START = /^[^\p{L}]+/u;
const SEPARATORS = /[\s._\-·]+/gu;

/** Lower-case, full-width forms folded (ＡＢＣ１２３ → abc123), whitespace removed. */
function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/**
 * The forms a guesser would try the password as: itself, without separators (i-love-you), and its core with
 * leading/trailing digits and symbols removed (woaini of woaini1314!), each also with leetspeak undone (p@ssw0rd).
 */
function variants(password: string): Set<string> {
  const out = new Set<string>();
  for (const form of [password, password.replace(SEPARATORS, '')]) {
    out.add(form);
    const core = form.replace(NOT_LETTERS_AT_END, '').replace(NOT_LETTERS_AT_START, '');
    if (core) out.add(core);
    const trailing = form.replace(NOT_LETTERS_AT_END, '');
    if (trailing) out.add(trailing);
  }
  for (const v of [...out]) {
    const unleet = [...v].map((c) => LEET.get(c) ?? c).join('');
    out.add(unleet);
    out.add(unleet.replace(NOT_LETTERS_AT_END, ''));
  }
  out.delete('');
  return out;
}

function isCommon(password: string): boolean {
  for (const v of variants(password)) if (COMMON.has(v)) return true;
  return false;
}

/** Each step +1 or each step −1 in code points (abcdefgh, 87654321, 一二三 is not), 9→0 counting as a step. */
function isRun(text: string): boolean {
  const cps = [...text].map((c) => c.codePointAt(0)!);
  if (cps.length < 3) return false;
  const step = (a: number, b: number) =>
    a === 0x39 && b === 0x30 ? 1 : a === 0x30 && b === 0x39 ? -1 : b - a;
  const first = step(cps[0], cps[1]);
  if (first !== 1 && first !== -1) return false;
  for (let i = 2; i < cps.length; i++) if (step(cps[i - 1], cps[i]) !== first) return false;
  return true;
}

function isKeyboardWalk(text: string): boolean {
  if (text.length < 4) return false;
  const unshifted = [...text].map((c) => SHIFTED.get(c) ?? c).join('');
  return WALKS.some((w) => w.includes(text) || w.includes(unshifted));
}

/** A date written as 8 digits (19861010, 20240101): a birthday is the first thing tried after the name. */
function isDate(text: string): boolean {
  return /^(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.test(text);
}

/** At most two different characters, a short unit repeated (abcabcabc), a run, a keyboard walk or a date. */
function isSimple(text: string): boolean {
  const chars = [...text];
  if (new Set(chars).size <= 2) return true;
  if (isRun(text) || isKeyboardWalk(text) || isDate(text)) return true;
  for (let unit = 1; unit <= chars.length / 2; unit++) {
    if (chars.length % unit) continue;
    const head = chars.slice(0, unit).join('');
    if (head.repeat(chars.length / unit) === text && (unit <= 3 || isSimple(head))) return true;
  }
  return false;
}

/**
 * The password is simple as a whole; or its core (4+ characters) is simple with only digits/symbols around it
 * (abcd2580); or it is made of simple pieces — runs of letters, of digits, of symbols — with under 4 characters of
 * anything else (12345678abc, zxcv1234, cat12345678).
 */
function looksSimple(password: string): boolean {
  const compact = password.replace(SEPARATORS, '');
  if (isSimple(compact)) return true;
  const core = compact.replace(NOT_LETTERS_AT_END, '').replace(NOT_LETTERS_AT_START, '');
  if (core.length >= 4 && core !== compact && isSimple(core)) return true;
  let rest = 0;
  for (const piece of compact.match(/\p{L}+|\p{N}+|[^\p{L}\p{N}]+/gu) ?? []) {
    const symbols = !/[\p{L}\p{N}]/u.test(piece);
    if (!symbols && !([...piece].length >= 3 && isSimple(piece))) rest += [...piece].length;
  }
  return rest < 4;
}

/**
 * Whether the password is `token` dressed up: the token with its occurrences removed leaves under 4 characters, no
 * letter at all (zhangwei@2024), or something itself simple or common.
 */
function builtOn(password: string, token: string): boolean {
  if (!token || !password.includes(token)) return false;
  const rest = password.split(token).join('');
  if ([...rest].length < 4 || !/\p{L}/u.test(rest)) return true;
  return looksSimple(rest) || isCommon(rest);
}

/** The forms of a name or username to look for: as given, without separators, and without trailing digits. */
function nameTokens(text: string | null | undefined, minLength: number): string[] {
  if (!text) return [];
  const n = normalize(text);
  const forms = [n, n.replace(SEPARATORS, ''), n.replace(NOT_LETTERS_AT_END, '')];
  // Two Chinese characters are a whole name (张伟); two Latin letters match too much by chance.
  return [...new Set(forms)].filter((f) => [...f].length >= (/\p{Script=Han}/u.test(f) ? 2 : minLength));
}

function phoneTokens(text: string | null | undefined): string[] {
  const digits = (text ?? '').replace(/\D/g, '');
  if (digits.length < 6) return [];
  // +86 138… and 0086 138…: the national number alone is what people type.
  return [...new Set([digits, digits.length > 11 ? digits.slice(-11) : digits])];
}

/**
 * Checks a new password; null when acceptable, else the first problem found (length, then common, then the person's
 * own details, then simple). Pure: no database, no clock.
 */
export function checkPassword(password: string, context: PasswordContext = {}): PasswordProblem | null {
  const refuse = (reason: PasswordRefusal): PasswordProblem => ({
    reason,
    message: PASSWORD_MESSAGES[reason],
  });
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH)
    return refuse('INVALID_PASSWORD');
  const text = normalize(password);
  if (isCommon(text)) return refuse('PASSWORD_TOO_COMMON');
  const compact = text.replace(SEPARATORS, '');
  for (const token of nameTokens(context.username, 3))
    if (builtOn(text, token) || builtOn(compact, token)) return refuse('PASSWORD_CONTAINS_USERNAME');
  const personal = [
    ...(context.names ?? []).flatMap((n) => nameTokens(n, 3)),
    ...(context.phones ?? []).flatMap(phoneTokens),
  ];
  for (const token of personal)
    if (builtOn(text, token) || builtOn(compact, token)) return refuse('PASSWORD_CONTAINS_PERSONAL_INFO');
  if (looksSimple(text)) return refuse('PASSWORD_TOO_SIMPLE');
  return null;
}
