// 网上征集: the executing body opens and closes a public round; the public page (no sign-in) reads it and submits.
import { graphql } from '../gql';

export const OpenOnlineCollectionDocument = graphql(`
  mutation OpenOnlineCollection($input: OpenOnlineCollectionInput!) {
    openOnlineCollection(input: $input) {
      id
      title
      publicToken
      publicLink
      closesAt
    }
  }
`);

export const CloseOnlineCollectionDocument = graphql(`
  mutation CloseOnlineCollection($input: CloseOnlineCollectionInput!) {
    closeOnlineCollection(input: $input) {
      id
      closedAt
    }
  }
`);

export const OnlineCollectionFlowDocument = graphql(`
  query OnlineCollectionFlow($activityId: ID!) {
    onlineCollectionFlow(activityId: $activityId) {
      activityId
      received
      until
      daysTruncated
      hourly {
        start
        count
      }
      daily {
        start
        count
      }
    }
  }
`);

export const OnlineCollectionDocument = graphql(`
  query OnlineCollection($token: String!) {
    onlineCollection(token: $token) {
      title
      contactPointName
      draftTitle
      stage
      versionLabel
      closesAt
      focusQuestions
      consentText
      maxTextLength
      provisions {
        address
        kind
        label
        heading
        text
        citation
        depth
      }
    }
  }
`);

export const SubmitOnlineOpinionDocument = graphql(`
  mutation SubmitOnlineOpinion($input: SubmitOnlineOpinionInput!) {
    submitOnlineOpinion(input: $input) {
      receiptNumber
      replayed
      receivedAt
    }
  }
`);
