import { registerEnumType } from '@nestjs/graphql';

/**
 * Registers a GraphQL enum whose values carry their Chinese label as description — the same labels the documents and
 * messages use, written once in a `Record<value, label>`.
 */
export function registerLabelledEnum<E extends Record<string, string>>(
  enumType: E,
  name: string,
  description: string,
  labels: Record<E[keyof E], string>,
): void {
  registerEnumType(enumType, {
    name,
    description,
    valuesMap: Object.fromEntries(
      Object.entries(labels).map(([value, label]) => [value, { description: label as string }]),
    ) as Partial<Record<keyof E, { description: string }>>,
  });
}
