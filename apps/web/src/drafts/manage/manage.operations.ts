// The legislature's drafts and tasks: drafts with their versions, the parse preview, new versions, issuing a task,
// each point's state and deadline, and what the points submitted (per point and per provision).
import { graphql } from '../../gql';

export const DraftsListDocument = graphql(`
  query DraftsList($first: Int!, $after: String) {
    drafts(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          subject
          updatedAt
          versions {
            id
            sequence
            label
            stage
            articleCount
            createdAt
            frozen
            supersededById
          }
        }
      }
    }
  }
`);

export const DraftDetailDocument = graphql(`
  query DraftDetail($id: ID!) {
    draft(id: $id) {
      id
      title
      subject
      legislatureId
      createdAt
      versions {
        id
        sequence
        label
        stage
        textTitle
        articleCount
        sourceFilename
        sourceEncoding
        createdAt
        frozen
        supersededById
        warnings {
          code
          message
          line
        }
        followUpJob {
          ...JobStatusFields
        }
      }
    }
  }
`);

export const PreviewDraftVersionDocument = graphql(`
  mutation PreviewDraftVersion($input: PreviewDraftVersionInput!) {
    previewDraftVersion(input: $input) {
      textTitle
      preamble
      articleCount
      provisionCount
      sourceEncoding
      outlineTruncated
      warnings {
        code
        message
        line
      }
      outline {
        kind
        label
        heading
        citation
        address
        depth
        excerpt
        paragraphs
      }
    }
  }
`);

export const CreateDraftDocument = graphql(`
  mutation CreateDraft($input: CreateDraftInput!) {
    createDraft(input: $input) {
      id
      title
    }
  }
`);

export const AddDraftVersionDocument = graphql(`
  mutation AddDraftVersion($input: AddDraftVersionInput!) {
    addDraftVersion(input: $input) {
      id
      draftId
      sequence
      label
      articleCount
      followUpJob {
        ...JobStatusFields
      }
    }
  }
`);

export const NewTaskFormDataDocument = graphql(`
  query NewTaskFormData {
    drafts(first: 100) {
      edges {
        node {
          id
          title
          versions {
            id
            sequence
            label
            stage
            articleCount
            supersededById
          }
        }
      }
    }
    contactPoints(first: 100) {
      edges {
        node {
          id
          name
          active
        }
      }
    }
  }
`);

export const CreateConsultationTaskDocument = graphql(`
  mutation CreateConsultationTask($input: CreateConsultationTaskInput!) {
    createConsultationTask(input: $input) {
      id
      title
      status
    }
  }
`);

export const IssueConsultationTaskDocument = graphql(`
  mutation IssueConsultationTask($input: IssueConsultationTaskInput!) {
    issueConsultationTask(input: $input) {
      id
      status
      issuedAt
    }
  }
`);

export const TaskPointsDocument = graphql(`
  query TaskPoints($id: ID!) {
    consultationTask(id: $id) {
      id
      title
      deadline
      status
      issueDate
      focusQuestions
      draftVersion {
        id
        draftId
        label
      }
      pointTasks {
        id
        contactPointId
        contactPoint {
          id
          name
          active
        }
        state
        acceptingOpinions
        overdue
        effectiveDeadline
        extendedDeadline
        receivedAt
        updatedAt
      }
    }
  }
`);

export const ExtendTaskDeadlineDocument = graphql(`
  mutation ExtendTaskDeadline($input: ExtendDeadlineInput!) {
    extendTaskDeadline(input: $input) {
      id
      deadline
      pointTasks {
        id
        state
        overdue
        effectiveDeadline
        extendedDeadline
      }
    }
  }
`);

export const ReceivedConsolidationsDocument = graphql(`
  query ReceivedConsolidations($taskId: ID!) {
    consultationTask(id: $taskId) {
      id
      title
      deadline
      pointTasks {
        id
        contactPointId
        contactPoint {
          id
          name
          active
        }
        state
        acceptingOpinions
      }
    }
    submittedConsolidations(taskId: $taskId) {
      id
      contactPointId
      status
      submittedAt
      approvedAs
      counts {
        opinions
        active
        people
        suggestions
      }
    }
  }
`);

export const FeedbackByProvisionDocument = graphql(`
  query FeedbackByProvision($taskId: ID!, $first: Int!, $after: String, $itemsPerProvision: Int!) {
    feedbackByProvision(
      taskId: $taskId
      first: $first
      after: $after
      itemsPerProvision: $itemsPerProvision
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          provisionAddress
          citation
          opinions
          people
          suggestions
          moreItems
          points {
            contactPointId
            contactPointName
            opinions
            people
            suggestions
          }
          items {
            id
            contactPointId
            proposedChange
            reason
            counts {
              opinions
              people
            }
          }
        }
      }
    }
  }
`);

export const ExportConsolidatedFeedbackDocument = graphql(`
  mutation ExportConsolidatedFeedback($input: ExportConsolidatedFeedbackInput!) {
    exportConsolidatedFeedback(input: $input) {
      filename
      signedUrl
    }
  }
`);
