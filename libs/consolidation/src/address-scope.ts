// Which provisions a workbench list covers: an article with the provisions below it (their addresses), only the
// general opinions (总体意见, stored with no provision address: `null`), or the whole task (`undefined`).
import { In, IsNull, type FindOperator } from 'typeorm';

export type AddressScope = string[] | null | undefined;

/** The scope as a find-options condition on `provisionAddress` (nothing when the whole task is listed). */
export function addressCondition(scope: AddressScope): { provisionAddress?: FindOperator<string> } {
  if (scope === undefined) return {};
  return { provisionAddress: scope === null ? (IsNull() as FindOperator<string>) : In(scope) };
}
