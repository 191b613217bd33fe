import { applyDecorators, ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import {
  IsDateString,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  type ValidationError,
} from 'class-validator';
import { Transform } from 'class-transformer';
import { BadInputError, type FieldProblem } from './errors.js';

/**
 * Validation decorators with Chinese messages that name the field. Inputs use these instead of bare class-validator
 * decorators so that every message a person sees is written once, here.
 */

/** Control characters other than tab and newlines have no business in a name or a note. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export function TextField(
  label: string,
  maxLength: number,
  options: { optional?: boolean } = {},
): PropertyDecorator {
  const decorators = [
    trim,
    IsString({ message: `${label}必须是文字` }),
    MaxLength(maxLength, { message: `${label}不能超过 ${maxLength} 个字符` }),
    Matches(CONTROL_CHARACTERS, { message: `${label}不能包含控制字符` }),
  ];
  if (options.optional) decorators.unshift(IsOptional());
  else decorators.push(IsNotEmpty({ message: `${label}不能为空` }));
  return applyDecorators(...decorators);
}

/** Mainland mobile (1xxxxxxxxxx) or landline (区号-号码, optional extension). */
export const PHONE_PATTERN = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d{1,6})?)$/;

export function PhoneField(label: string): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    trim,
    IsString({ message: `${label}必须是文字` }),
    Matches(PHONE_PATTERN, { message: `${label}格式不正确：应为 11 位手机号或“区号-号码”形式的座机号` }),
  );
}

export function EnumField(
  enumType: object,
  label: string,
  options: { optional?: boolean } = {},
): PropertyDecorator {
  const decorators = [IsEnum(enumType, { message: `${label}的取值无效` })];
  if (options.optional) decorators.unshift(IsOptional());
  return applyDecorators(...decorators);
}

export function DateField(label: string, options: { optional?: boolean } = {}): PropertyDecorator {
  const decorators = [
    IsDateString({ strict: true }, { message: `${label}必须是有效日期，格式 YYYY-MM-DD` }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${label}必须是有效日期，格式 YYYY-MM-DD` }),
  ];
  if (options.optional) decorators.unshift(IsOptional());
  return applyDecorators(...decorators);
}

export function IdField(label: string, options: { optional?: boolean } = {}): PropertyDecorator {
  const decorators = [
    IsString({ message: `${label}必须是字符串` }),
    MaxLength(64, { message: `${label}无效` }),
    IsNotEmpty({ message: `${label}不能为空` }),
  ];
  if (options.optional) decorators.unshift(IsOptional());
  return applyDecorators(...decorators);
}

function flatten(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.startsWith('property ') ? `不允许的字段：${field}` : message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** ValidationPipe's exceptionFactory: one BAD_USER_INPUT listing every field problem. */
export function validationErrorFactory(errors: ValidationError[]): BadInputError {
  const fields = flatten(errors, '');
  const message = fields.map((f) => f.message).join('；') || '输入无效';
  return new BadInputError('VALIDATION_FAILED', message, fields);
}

/**
 * The global ValidationPipe: whitelist, refuse unknown fields, transform, and name each field by its full path in the
 * operation (`input.name`, not `name`) so that a client can point at the right box.
 */
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationErrorFactory,
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
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
