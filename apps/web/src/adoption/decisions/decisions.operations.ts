// The legislature's decisions (采纳情况): the task, its review (every submitted suggestion with counts, evidence and
// the working decision), saving a decision as a draft, publishing them together, the 修改对照表.
import { graphql } from '../../gql';

export const DecisionsTaskDocument = graphql(`
  query DecisionsTask($taskId: ID!) {
    consultationTask(id: $taskId) {
      id
      title
      draftVersion {
        id
        draftId
        label
        sequence
      }
    }
  }
`);

export const DecisionsDraftVersionsDocument = graphql(`
  query DecisionsDraftVersions($draftId: ID!) {
    draft(id: $draftId) {
      id
      versions {
        id
        label
        sequence
      }
    }
  }
`);

export const DecisionRowFragment = graphql(`
  fragment DecisionRow on ConsolidatedSuggestion {
    id
    number
    contactPointId
    citation
    originalText
    proposedChange
    reason
    counts {
      opinions
      annotations
      people
      units
      channels
    }
    decision {
      id
      outcome
      reason
      version
      publishedAt
      changedSincePublished
    }
    evidence {
      laterVersionId
      laterCitation
      provisionChanged
      provisionDeleted
      suggestedOutcome
      summary
      matchedPassages {
        text
      }
    }
  }
`);

export const AdoptionReviewDocument = graphql(`
  query AdoptionReview($taskId: ID!, $first: Int, $after: String) {
    adoptionReview(taskId: $taskId) {
      taskId
      suggestions
      decided
      published
      unpublished
      unpublishedPoints
      points {
        contactPointId
        name
        suggestions
        decided
        published
      }
      items(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...DecisionRow
          }
        }
      }
    }
  }
`);

export const RecordDecisionDocument = graphql(`
  mutation RecordDecision($input: RecordAdoptionDecisionInput!) {
    recordAdoptionDecision(input: $input) {
      id
      outcome
      reason
      version
      publishedAt
      changedSincePublished
    }
  }
`);

export const PublishDecisionsDocument = graphql(`
  mutation PublishDecisions($input: PublishAdoptionDecisionsInput!) {
    publishAdoptionDecisions(input: $input) {
      decisions
      opinions
      notified
    }
  }
`);

export const ProposeFromTextDocument = graphql(`
  mutation ProposeFromText($input: ProposeAdoptionFromTextInput!) {
    proposeAdoptionFromText(input: $input) {
      laterVersionId
    }
  }
`);

export const ExportComparisonTableDocument = graphql(`
  mutation ExportComparisonTable($input: ExportComparisonTableInput!) {
    exportComparisonTable(input: $input) {
      filename
      signedUrl
    }
  }
`);
