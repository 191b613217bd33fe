// The expert annotation page's operations: the task's draft (its provisions, page by page), the task's annotations
// with their threads, creating an annotation or a reply, and the author's corrections (edit, re-select, withdraw).
import { graphql } from '../../gql';

export const AnnotationTaskDocument = graphql(`
  query AnnotationTask($taskId: ID!) {
    consultationTask(id: $taskId) {
      id
      title
      draftVersionId
      draftVersion {
        id
        draftId
        label
        textTitle
        supersededById
      }
      pointTasks {
        id
        state
        acceptingOpinions
        contactPoint {
          id
          active
        }
        effectiveDeadline
      }
    }
    myAssignments(first: 100) {
      edges {
        node {
          id
          taskId
          assigneeType
          provisionAddresses
        }
      }
    }
  }
`);

export const AnnotationTaskProvisionsDocument = graphql(`
  query AnnotationTaskProvisions($taskId: ID!, $first: Int!, $after: String) {
    consultationTask(id: $taskId) {
      id
      draftVersion {
        id
        provisions(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              address
              kind
              label
              heading
              text
              citation
              depth
              parentId
              position
            }
          }
        }
      }
    }
  }
`);

export const TaskAnnotationsDocument = graphql(`
  query TaskAnnotations($taskId: ID!) {
    annotations(taskId: $taskId) {
      ...AnnotationThread
    }
  }

  fragment AnnotationThread on Annotation {
    id
    taskId
    draftVersionId
    anchorVersionId
    provisionAddress
    quote
    startOffset
    endOffset
    anchorStatus
    anchorNote
    note
    proposedWording
    legalBasis
    authorAccountId
    createdAt
    updatedAt
    revision
    revisions {
      revision
      action
      changedAt
    }
    replies {
      id
      parentId
      note
      authorAccountId
      createdAt
    }
  }
`);

export const CreateAnnotationDocument = graphql(`
  mutation CreateAnnotation($input: CreateAnnotationInput!) {
    createAnnotation(input: $input) {
      ...AnnotationThread
    }
  }
`);

export const ReplyToAnnotationDocument = graphql(`
  mutation ReplyToAnnotation($input: ReplyToAnnotationInput!) {
    replyToAnnotation(input: $input) {
      id
      parentId
      note
      authorAccountId
      createdAt
    }
  }
`);

export const UpdateAnnotationDocument = graphql(`
  mutation UpdateAnnotation($input: UpdateAnnotationInput!) {
    updateAnnotation(input: $input) {
      ...AnnotationThread
    }
  }
`);

export const WithdrawAnnotationDocument = graphql(`
  mutation WithdrawAnnotation($input: WithdrawAnnotationInput!) {
    withdrawAnnotation(input: $input) {
      id
      status
      revision
    }
  }
`);

/** Re-places the task's annotations (of the caller's points) on a newer version, as a background job. */
export const StartAnnotationReanchorDocument = graphql(`
  mutation StartAnnotationReanchor($input: ReanchorAnnotationsInput!) {
    startAnnotationReanchor(input: $input) {
      ...JobStatusFields
    }
  }
`);

/**
 * What the re-anchoring card offers (the point's executing body only): the draft's latest version, and where the
 * point's annotations stand now, by version.
 */
export const AnnotationReanchorPlanDocument = graphql(`
  query AnnotationReanchorPlan($taskId: ID!) {
    annotationReanchorPlan(taskId: $taskId) {
      taskId
      latestVersion {
        id
        sequence
        label
        createdAt
      }
      waiting {
        count
        version {
          id
          sequence
          label
        }
      }
    }
  }
`);
