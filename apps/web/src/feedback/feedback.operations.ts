import { graphql } from '../gql';

export const SubmitOpinionDocument = graphql(`
  mutation SubmitOpinion($input: SubmitOpinionInput!) {
    submitOpinion(input: $input) {
      receiptNumber
      replayed
      opinion {
        id
        provisionCitation
        status
      }
    }
  }
`);

export const SubmitOpinionsDocument = graphql(`
  mutation SubmitOpinions($input: SubmitOpinionsInput!) {
    submitOpinions(input: $input) {
      index
      ok
      opinionId
      receiptNumber
      replayed
      error {
        code
        message
        reason
      }
    }
  }
`);

export const OpinionFormDataDocument = graphql(`
  query OpinionFormData($taskId: ID!, $provisions: [String!], $withProvision: Boolean! = false) {
    consultationTask(id: $taskId) {
      id
      title
      deadline
      issueDate
      issuedAt
      pointTasks {
        id
        state
        acceptingOpinions
        effectiveDeadline
        receivedAt
        contactPoint {
          id
          active
        }
      }
      draft: draftVersion {
        id
        textTitle
      }
      draftVersion @include(if: $withProvision) {
        id
        provisions(addresses: $provisions, first: 1) {
          edges {
            node {
              id
              address
              citation
              fullText
            }
          }
        }
      }
    }
    collectionActivities(taskId: $taskId) {
      id
      title
      heldOn
      channel
      onlineRound
    }
    myAssignments(taskId: $taskId, first: 100) {
      edges {
        node {
          id
          taskId
          provisionAddresses
        }
      }
    }
  }
`);

export const MyOpinionFieldsFragment = graphql(`
  fragment MyOpinionFields on Opinion {
    id
    taskId
    receiptNumber
    provisionCitation
    proposedChange
    reason
    channel
    status
    statusReason
    outcome {
      outcome
      reason
      publishedAt
    }
    peopleRepresented
    createdAt
    updatedAt
  }
`);

export const MyOpinionsDocument = graphql(`
  query MyOpinions($taskId: ID!, $after: String) {
    opinions(taskId: $taskId, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...MyOpinionFields
        }
      }
    }
  }
`);

/** 按回执号查找 in whichever task the opinion belongs to: a person calling back does not know the task. */
export const MyOpinionByReceiptDocument = graphql(`
  query MyOpinionByReceipt($receiptNumber: String!) {
    opinionByReceipt(receiptNumber: $receiptNumber) {
      ...MyOpinionFields
    }
  }
`);

export const UpdateOpinionDocument = graphql(`
  mutation UpdateOpinion($input: UpdateOpinionInput!) {
    updateOpinion(input: $input) {
      id
      proposedChange
      reason
      peopleRepresented
      updatedAt
    }
  }
`);

export const WithdrawOpinionDocument = graphql(`
  mutation WithdrawOpinion($input: OpinionStatusInput!) {
    withdrawOpinion(input: $input) {
      id
      status
      statusReason
    }
  }
`);

export const ActivitiesDocument = graphql(`
  query Activities($taskId: ID!) {
    collectionActivities(taskId: $taskId) {
      id
      title
      channel
      heldOn
      place
      participants
      summary
      publicToken
      publicLink
      closesAt
      closedAt
      onlineRound
    }
  }
`);

export const RecordActivityDocument = graphql(`
  mutation RecordActivity($input: RecordActivityInput!) {
    recordCollectionActivity(input: $input) {
      id
      title
    }
  }
`);

/** The collector's opinions of a task with the activity each was gathered at (the API has no per-activity filter). */
export const ActivityOpinionsDocument = graphql(`
  query ActivityOpinions($taskId: ID!) {
    opinions(taskId: $taskId, first: 100) {
      totalCount
      edges {
        node {
          id
          receiptNumber
          activityId
          proposedChange
        }
      }
    }
  }
`);

export const ImportOpinionsDocument = graphql(`
  mutation ImportOpinions($input: ImportOpinionsInput!) {
    importOpinions(input: $input) {
      imported
      totalRows
      receiptNumbers
      errors {
        row
        column
        code
        message
      }
    }
  }
`);

/** The draft's title for a 待同步 card queued before the title was kept with it. */
export const QueuedDraftTitleDocument = graphql(`
  query QueuedDraftTitle($taskId: ID!) {
    consultationTask(id: $taskId) {
      id
      draft: draftVersion {
        id
        textTitle
      }
    }
  }
`);
