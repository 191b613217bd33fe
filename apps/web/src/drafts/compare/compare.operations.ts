// The version comparison's operations: a draft's versions (to choose two) and the article-by-article comparison.
import { graphql } from '../../gql';

export const DraftVersionsForCompareDocument = graphql(`
  query DraftVersionsForCompare($draftId: ID!) {
    draft(id: $draftId) {
      id
      title
      versions {
        id
        label
        sequence
        createdAt
        articleCount
      }
    }
  }
`);

export const CompareSummaryDocument = graphql(`
  query CompareSummary($fromVersionId: ID!, $toVersionId: ID!) {
    compareDraftVersions(fromVersionId: $fromVersionId, toVersionId: $toVersionId) {
      fromVersionId
      toVersionId
      summary {
        unchanged
        modified
        moved
        split
        merged
        added
        removed
        renumbered
        fromArticles
        toArticles
      }
    }
  }
`);

export const CompareChangesDocument = graphql(`
  query CompareChanges(
    $fromVersionId: ID!
    $toVersionId: ID!
    $kinds: [ArticleChangeKind!]
    $first: Int
    $after: String
  ) {
    compareDraftVersions(fromVersionId: $fromVersionId, toVersionId: $toVersionId) {
      fromVersionId
      toVersionId
      changes(kinds: $kinds, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            kind
            renumbered
            relocated
            reordered
            textChanged
            formattingChanged
            headingChanged
            similarity
            description
            diff {
              op
              text
            }
            from {
              ...ComparedArticle
            }
            to {
              ...ComparedArticle
            }
          }
        }
      }
    }
  }

  fragment ComparedArticle on ArticleRef {
    address
    label
    citation
    heading
    text
    containers {
      kind
      label
      heading
    }
  }
`);
