// 网上征集: the executing body opens and closes a public round; the public page (no sign-in) reads it and submits.
import { graphql } from '../gql';

/** A provision as the public page shows it (the first page and every further one). */
export const OnlineProvisionFieldsFragment = graphql(`
  fragment OnlineProvisionFields on PublicProvision {
    address
    kind
    label
    heading
    text
    citation
    depth
  }
`);

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

// The first answer: the round, the picker's articles and the first page of provisions; the page asks for the next
// pages (OnlineCollectionProvisions) as the reader scrolls, so a load costs one bounded page whatever the draft's size.
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
      articles {
        address
        citation
        heading
      }
      provisions {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...OnlineProvisionFields
          }
        }
      }
    }
  }
`);

export const OnlineCollectionProvisionsDocument = graphql(`
  query OnlineCollectionProvisions($token: String!, $after: String!) {
    onlineCollection(token: $token) {
      provisions(after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...OnlineProvisionFields
          }
        }
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
