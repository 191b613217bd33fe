import { applyDecorators, ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import {
  validateSync,
  IsBoolean,
  IsDateString,
  IsEnum,
  IsNotEmpty,
  IsString,
  Matches,
  MaxLength,
  ValidateBy,
  ValidateIf,
  type ValidationError,
  type ValidationOptions,
  type ValidatorOptions,
} from 'class-validator';
import { Transform } from 'class-transformer';
import { BadInputError, type FieldProblem } from './errors.js';
import { cacheValidationMetadata } from './validation-metadata-cache.js';
import { isSafeText, SINGLE_LINE } from './unsafe-text.js';

/**
 * Validation decorators with Chinese messages that name the field. Inputs use these instead of bare class-validator
 * decorators so that every message a person sees is written once, here.
 */

/** Control characters other than tab and newlines have no business in a name or a note. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

export { isSafeText, MAX_COMBINING_MARKS } from './unsafe-text.js';

export const SAFE_TEXT_CONSTRAINT = 'isSafeText';

/** "Safe text" for any free-text input (TextField applies it; use it alone on arrays of strings with `each`). */
export function SafeText(label: string, options: ValidationOptions = {}): PropertyDecorator {
  return ValidateBy(
    {
      name: SAFE_TEXT_CONSTRAINT,
      validator: { validate: (value: unknown) => isSafeText(value) },
    },
    {
      message: `${label}不能包含不可见字符、文字方向控制字符、无效的字符编码或层层叠加的附加符号`,
      ...options,
    },
  );
}

const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/**
 * How a field may be left out. `optional`: absent or null both mean "not given" (an update leaves the value alone),
 * but a given value must be valid — an update cannot blank a required name. `clearable`: for values the record may
 * lack (an address, a phone number): null or an empty string clears it, anything else must be valid.
 */
export interface Presence {
  optional?: boolean;
  clearable?: boolean;
}

const nullAsAbsent = Transform(({ value }: { value: unknown }) => (value === null ? undefined : value));
const emptyAsNull = Transform(({ value }: { value: unknown }) =>
  value === '' || (typeof value === 'string' && value.trim() === '') ? null : value,
);
const givenOnly = ValidateIf((_object: object, value: unknown) => value !== undefined && value !== null);

function presence(options: Presence): PropertyDecorator[] {
  if (options.clearable) return [emptyAsNull, givenOnly];
  if (options.optional) return [nullAsAbsent, givenOnly];
  return [];
}

export function TextField(label: string, maxLength: number, options: Presence = {}): PropertyDecorator {
  return applyDecorators(
    trim,
    ...presence(options),
    IsString({ message: `${label}必须是文字` }),
    IsNotEmpty({ message: `${label}不能为空` }),
    MaxLength(maxLength, { message: `${label}不能超过 ${maxLength} 个字符` }),
    Matches(CONTROL_CHARACTERS, { message: `${label}不能包含控制字符` }),
    SafeText(label),
  );
}

/**
 * A one-line text — a name, a title, a place: TextField's rules and no line break. A name with a line break in it
 * splits its table row and lets a second line pass for a value of its own (张三, then =1+1 on the next line).
 */
export function LineField(label: string, maxLength: number, options: Presence = {}): PropertyDecorator {
  return applyDecorators(
    TextField(label, maxLength, options),
    Matches(SINGLE_LINE, { message: `${label}不能换行` }),
  );
}

/** Mainland mobile (1xxxxxxxxxx) or landline (区号-号码, optional extension). */
export const PHONE_PATTERN = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d{1,6})?)$/;

/** Phone numbers are always clearable: an empty box in a form clears the number. */
export function PhoneField(label: string): PropertyDecorator {
  return applyDecorators(
    trim,
    ...presence({ clearable: true }),
    IsString({ message: `${label}必须是文字` }),
    Matches(PHONE_PATTERN, { message: `${label}格式不正确：应为 11 位手机号或“区号-号码”形式的座机号` }),
  );
}

export function EnumField(enumType: object, label: string, options: Presence = {}): PropertyDecorator {
  return applyDecorators(...presence(options), IsEnum(enumType, { message: `${label}的取值无效` }));
}

export function DateField(label: string, options: Presence = {}): PropertyDecorator {
  return applyDecorators(
    ...presence(options),
    IsDateString({ strict: true }, { message: `${label}必须是有效日期，格式 YYYY-MM-DD` }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${label}必须是有效日期，格式 YYYY-MM-DD` }),
  );
}

export function IdField(label: string, options: Presence = {}): PropertyDecorator {
  return applyDecorators(
    ...presence(options),
    IsString({ message: `${label}必须是字符串` }),
    MaxLength(64, { message: `${label}无效` }),
    IsNotEmpty({ message: `${label}不能为空` }),
  );
}

/** Booleans that may be left out (null is "not given"). */
export function FlagField(label: string): PropertyDecorator {
  return applyDecorators(
    ...presence({ optional: true }),
    IsBoolean({ message: `${label}必须是 true 或 false` }),
  );
}

function flatten(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.startsWith('property ') ? `不允许的字段：${field}` : chineseConstraint(field, message),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** class-validator's default (English) messages, for decorators that name none, in Chinese. */
function chineseConstraint(field: string, message: string): string {
  if (/\p{Script=Han}/u.test(message)) return message;
  const rules: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
    [/must not be less than (\S+)/, (m) => `${field} 不能小于 ${m[1]}`],
    [/must not be greater than (\S+)/, (m) => `${field} 不能大于 ${m[1]}`],
    [/shorter than or equal to (\d+)/, (m) => `${field} 不能超过 ${m[1]} 个字符`],
    [/longer than or equal to (\d+)/, (m) => `${field} 至少需要 ${m[1]} 个字符`],
    [/must contain no more than (\d+) elements/, (m) => `${field} 最多 ${m[1]} 项`],
    [/must contain at least (\d+) elements/, (m) => `${field} 至少需要 ${m[1]} 项`],
    [/should not be empty/, () => `${field} 不能为空`],
    [/must be an integer/, () => `${field} 必须是整数`],
  ];
  for (const [pattern, render] of rules) {
    const match = message.match(pattern);
    if (match) return render(match);
  }
  return `${field} 的取值无效`;
}

/** ValidationPipe's exceptionFactory: one BAD_USER_INPUT listing every field problem. */
export function validationErrorFactory(errors: ValidationError[], path = ''): BadInputError {
  const fields = flatten(errors, path);
  const message = fields.map((f) => f.message).join('；') || '输入无效';
  // A refusal only for unsafe characters gets its own reason, so a client can say exactly that.
  const constraints = constraintNames(errors);
  const reason =
    constraints.length && constraints.every((c) => c === SAFE_TEXT_CONSTRAINT)
      ? 'UNSAFE_TEXT'
      : 'VALIDATION_FAILED';
  return new BadInputError(reason, message, fields);
}

function constraintNames(errors: ValidationError[]): string[] {
  return errors.flatMap((e) => [...Object.keys(e.constraints ?? {}), ...constraintNames(e.children ?? [])]);
}

/** The options of the global pipe, so that an input checked item by item is judged by the same rules. */
const PIPE_OPTIONS = { whitelist: true, forbidNonWhitelisted: true } as const;

/**
 * Validates one already-transformed input object (an item of a batch) as the global pipe would, naming each field by
 * its full path under `path` (`input.items.2.proposedChange`); null when it is valid.
 */
export function validateInput(value: object, path: string): BadInputError | null {
  const errors = validateSync(value, PIPE_OPTIONS);
  return errors.length ? validationErrorFactory(errors, path) : null;
}

/**
 * The global ValidationPipe: whitelist, refuse unknown fields, transform, and name each field by its full path in the
 * operation (`input.name`, not `name`) so that a client can point at the right box.
 */
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    cacheValidationMetadata();
    super({
      ...PIPE_OPTIONS,
      transform: true,
      exceptionFactory: (errors) => validationErrorFactory(errors),
    });
  }

  /**
   * Synchronously: every rule here answers at once (a rule declared asynchronous is refused when it is declared, see
   * validation-metadata-cache.ts; a rule must return its answer, never a promise, which validateSync would not wait
   * for), and class-validator's `validate` runs through promises it then awaits all together — CPU on every
   * operation with an input, for nothing.
   */
  protected override validate(object: object, validatorOptions?: ValidatorOptions): ValidationError[] {
    return validateSync(object, validatorOptions);
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // A custom parameter (the caller, from @CurrentActor()) is never validated (validateCustomDecorators is off):
    // returned at once, not through ValidationPipe's own async steps, on every signed-in operation.
    if (metadata.type === 'custom') return value;
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof BadInputError && metadata.data) {
        const fields = (error.details.fields ?? []).map((f) => ({
          ...f,
          field: `${metadata.data}.${f.field}`,
        }));
        throw new BadInputError(error.reason, error.message, fields);
      }
      throw error;
    }
  }
}
