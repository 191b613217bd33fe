import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import {
  getMetadataStorage,
  IsString,
  MaxLength,
  validate,
  registerDecorator,
  ValidateBy,
  validateSync,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { cacheValidationMetadata } from './validation-metadata-cache.js';

cacheValidationMetadata();

class Inner {
  @MaxLength(3)
  code!: string;
}

class Outer {
  @IsString()
  name!: string;

  @ValidateNested()
  @Type(() => Inner)
  inner!: Inner;
}

const make = <T extends object>(cls: new () => T, values: Partial<T>): T => Object.assign(new cls(), values);

describe('class-validator rules kept per class', () => {
  it('validates the same way on every call, nested objects included', async () => {
    for (let i = 0; i < 3; i++) {
      expect(await validate(make(Outer, { name: 'a', inner: make(Inner, { code: 'abc' }) }))).toEqual([]);
      const errors = await validate(make(Outer, { name: 'a', inner: make(Inner, { code: 'abcd' }) }));
      expect(errors.map((e) => e.children?.[0]?.constraints)).toEqual([{ maxLength: expect.any(String) }]);
    }
  });

  it('keeps the answer for a class instead of looking it up again', () => {
    const storage = getMetadataStorage();
    const first = storage.getTargetValidationMetadatas(Outer, '', false, false);
    expect(storage.getTargetValidationMetadatas(Outer, '', false, false)).toBe(first);
    expect(storage.groupByPropertyName(first)).toBe(storage.groupByPropertyName(first));
  });

  it('forgets what it kept when a rule is added later (a subclass loaded after the first validations)', async () => {
    class Later extends Outer {}
    expect(await validate(make(Later, { name: 'a', inner: make(Inner, { code: 'x' }) }))).toEqual([]);
    MaxLength(2)(Later.prototype, 'name');
    const errors = await validate(make(Later, { name: 'abc', inner: make(Inner, { code: 'x' }) }));
    expect(errors.map((e) => e.property)).toEqual(['name']);
  });

  it('refuses an asynchronous rule where it is declared (the pipe validates synchronously, and would skip it)', () => {
    class Checked {
      name!: string;
    }
    const declare = () =>
      registerDecorator({
        name: 'remoteCheck',
        async: true,
        target: Checked,
        propertyName: 'name',
        validator: { validate: () => Promise.resolve(false) },
      });
    expect(declare).toThrow(/asynchronous validation rule remoteCheck/);
  });

  it('throws when a rule not declared asynchronous answers with a promise (validateSync would skip it silently)', () => {
    class Remote {
      @ValidateBy({ name: 'remoteLookup', validator: { validate: () => Promise.resolve(false) } })
      code!: string;
    }
    class Local {
      @ValidateBy({ name: 'localCheck', validator: { validate: (v: unknown) => v === 'ok' } })
      code!: string;
    }
    expect(() => validateSync(Object.assign(new Remote(), { code: 'x' }))).toThrow(
      /validation rule remoteLookup answered with a promise/,
    );
    expect(validateSync(Object.assign(new Local(), { code: 'ok' }))).toEqual([]);
    expect(validateSync(Object.assign(new Local(), { code: 'no' })).map((e) => e.property)).toEqual(['code']);
  });
});
