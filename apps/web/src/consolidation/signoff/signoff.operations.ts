// The sign-off page's and the outcomes page's server calls: the consolidation's state, its steps and one page of the
// table as it is sent, the sign-off mutations, the exports, and the published outcomes with feedback deliveries.
import { graphql } from '../../gql';

export const SignoffDocument = graphql(`
  query Signoff($taskId: ID!, $contactPointId: ID!, $first: Int!, $after: String) {
    consultationTask(id: $taskId) {
      id
      title
      legislatureId
    }
    consolidation(taskId: $taskId, contactPointId: $contactPointId) {
      id
      status
      returnReason
      approvedAs
      approvedAt
      submittedAt
      ...SignoffState
      steps {
        kind
        at
        actorName
        capacity
        reason
      }
      suggestions(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            number
            citation
            originalText
            proposedChange
            reason
            proposers
          }
        }
      }
    }
  }
`);

/** The status, counts and allowed steps: shown on the page, and asked again (network-only) when a confirmation opens. */
export const SignoffStateFragment = graphql(`
  fragment SignoffState on Consolidation {
    id
    status
    counts {
      opinions
      active
      outOfScope
      unaccounted
      suggestions
      people
    }
    viewerCan {
      requestApproval
      approve
      submit
    }
  }
`);

/**
 * The counts as they are now, for a confirmation: others may have changed opinions or suggestions since the page was
 * loaded. Written to the cache too, so the page's status card shows the same figures as the dialog.
 */
export const SignoffFreshStateDocument = graphql(`
  query SignoffFreshState($taskId: ID!, $contactPointId: ID!) {
    consolidation(taskId: $taskId, contactPointId: $contactPointId) {
      ...SignoffState
    }
  }
`);

/** The legislature the table goes to, named in 报送's confirmation (asked apart: a refusal must not hide the page). */
export const SignoffLegislatureDocument = graphql(`
  query SignoffLegislature($id: ID!) {
    legislature(id: $id) {
      id
      name
      commission
    }
  }
`);

export const RequestApprovalDocument = graphql(`
  mutation RequestConsolidationApproval($input: PointTaskRefInput!) {
    requestConsolidationApproval(input: $input) {
      id
      status
    }
  }
`);

export const ApproveDocument = graphql(`
  mutation ApproveConsolidation($input: PointTaskRefInput!) {
    approveConsolidation(input: $input) {
      id
      status
    }
  }
`);

export const ReturnDocument = graphql(`
  mutation ReturnConsolidation($input: ReturnConsolidationInput!) {
    returnConsolidation(input: $input) {
      id
      status
      returnReason
    }
  }
`);

export const SubmitDocument = graphql(`
  mutation SubmitConsolidation($input: PointTaskRefInput!) {
    submitConsolidation(input: $input) {
      id
      status
    }
  }
`);

export const ExportJobFieldsFragment = graphql(`
  fragment ExportJobFields on Job {
    ...JobStatusFields
    file {
      filename
      size
      signedUrl
      signedUrlExpiresAt
      expiresAt
    }
  }
`);

/** Starts the consolidated table's export as a background job; the page follows its progress, then reads its file. */
export const StartConsolidatedExportDocument = graphql(`
  mutation StartConsolidatedExport($input: StartConsolidatedExportInput!) {
    startConsolidatedExport(input: $input) {
      ...ExportJobFields
    }
  }
`);

export const ExportJobDocument = graphql(`
  query ExportJob($id: ID!) {
    job(id: $id) {
      ...ExportJobFields
    }
  }
`);

/** One page of the point's suggestions with their published decisions and the opinions behind each. */
export const OutcomesDocument = graphql(`
  query Outcomes($taskId: ID!, $contactPointId: ID!, $first: Int!, $after: String) {
    consultationTask(id: $taskId) {
      id
      title
      pointTasks {
        id
        contactPointId
        state
      }
    }
    consolidation(taskId: $taskId, contactPointId: $contactPointId) {
      id
      status
      suggestions(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            number
            citation
            proposedChange
            decision {
              id
              outcome
              reason
              reflectedCitation
              publishedAt
            }
            sources(first: 50) {
              totalCount
              edges {
                node {
                  sourceId
                  type
                  opinion {
                    id
                    receiptNumber
                    proposedChange
                    provisionCitation
                    peopleRepresented
                    outcome {
                      outcome
                      reason
                      contributorTold
                      contributorWantsFeedback
                      contributorErased
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

export const RecordDeliveryDocument = graphql(`
  mutation RecordFeedbackDelivery($input: RecordFeedbackDeliveryInput!) {
    recordFeedbackDelivery(input: $input) {
      id
      opinionId
      method
      deliveredAt
    }
  }
`);

/** The head's delegation of approval: the point's deputy heads and who holds a delegation now. */
export const ApprovalDelegationDocument = graphql(`
  query ApprovalDelegation($taskId: ID!, $contactPointId: ID!) {
    contactPoint(id: $contactPointId) {
      id
      executingBody {
        deputyHeads {
          id
          accountId
          name
          active
        }
      }
    }
    consolidation(taskId: $taskId, contactPointId: $contactPointId) {
      id
      approvalDelegates
    }
  }
`);

export const DelegateApprovalDocument = graphql(`
  mutation DelegateConsolidationApproval($input: DelegateApprovalInput!) {
    delegateConsolidationApproval(input: $input) {
      active
      delegation {
        id
        accountId
        revokedAt
      }
    }
  }
`);
