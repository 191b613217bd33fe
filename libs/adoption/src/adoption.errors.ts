import { DomainError } from '@app/common';

/** The one answer for a number that names nothing to show: the same whether it was never issued or not. */
export const RECEIPT_NOT_FOUND_MESSAGE =
  '没有查到这个回执号的意见。请核对号码；如仍查不到，请联系为您记录意见的采集员';

/** 回执查询: no opinion to show under this receipt number (never issued, or its task or draft version is gone). */
export class ReceiptNotFoundError extends DomainError {
  constructor() {
    super('NOT_FOUND', 'RECEIPT_NOT_FOUND', RECEIPT_NOT_FOUND_MESSAGE);
  }
}
