// 意见回执查询 (public, no sign-in): what anyone holding a 回执号 may see of the opinion.
import { graphql } from '../../gql';

export const OpinionReceiptDocument = graphql(`
  query OpinionReceipt($receiptNumber: String!) {
    opinionReceipt(receiptNumber: $receiptNumber) {
      receiptNumber
      draftTitle
      provisionCitation
      receivedOn
      stage
      decisions {
        outcome
        reason
        publishedOn
      }
    }
  }
`);
