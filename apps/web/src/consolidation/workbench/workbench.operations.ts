// The consolidation workbench's GraphQL operations: every list a page of at most 50 (cursor `after`), never a whole list.
import { graphql } from '../../gql';

/** The counters of the workbench's bar: on the first screen, and asked again (WorkbenchFreshCounts). */
export const WorkbenchCountsFragment = graphql(`
  fragment WorkbenchCounts on ConsolidationCounts {
    opinions
    active
    outOfScope
    withdrawn
    unaccounted
    unaccountedAnnotations
    suggestions
    duplicateGroups
    people
    byChannel {
      key
      label
      opinions
      people
    }
    byUnit {
      key
      label
      opinions
      people
    }
  }
`);

/**
 * A provision's line in the list (and 总体意见's, pinned): its `id` makes it one entry in Apollo's cache, so that the
 * line asked again (WorkbenchProvisionCounts) shows its new counts wherever it is shown, the list's pages kept.
 */
export const WorkbenchProvisionTallyFragment = graphql(`
  fragment WorkbenchProvisionTally on ProvisionTally {
    id
    provisionAddress
    citation
    text
    opinions
    people
    suggestions
    duplicateGroups
    annotations
    byChannel {
      key
      label
      opinions
    }
    byUnit {
      key
      label
      opinions
    }
  }
`);

/**
 * The counters as they are now, past the cache, for 生成汇总初稿's and 提交审核's confirmations (colleagues work on the
 * same table): only the table's counts and state, not the provisions' lines. The answer lands on the same
 * Consolidation in the cache, so the bar shows what the dialog says.
 */
export const WorkbenchFreshCountsDocument = graphql(`
  query WorkbenchFreshCounts($taskId: ID!, $pointId: ID!) {
    consolidation(taskId: $taskId, contactPointId: $pointId) {
      id
      status
      groupedAt
      returnReason
      ...SignoffState
      counts {
        ...WorkbenchCounts
      }
    }
  }
`);

/**
 * The lines of the provisions the list shows (at most 100 addresses a request), and 总体意见's, asked again: they land on
 * the same cache entries (by id) as the list's, which keeps its length (更多 included). `all`: how many lines there are
 * now; when it changed, provisions came or went and the list is read again from its first page.
 */
export const WorkbenchProvisionCountsDocument = graphql(`
  query WorkbenchProvisionCounts($taskId: ID!, $pointId: ID!, $addresses: [String!]!) {
    consolidation(taskId: $taskId, contactPointId: $pointId) {
      id
      generalOpinions {
        ...WorkbenchProvisionTally
      }
      shown: provisions(first: 100, addresses: $addresses) {
        edges {
          node {
            ...WorkbenchProvisionTally
          }
        }
      }
      all: provisions(first: 0) {
        totalCount
      }
    }
  }
`);

/**
 * The first screen in one request: the counters and a page of provisions with their counts both start from one count
 * over the point's opinions (a million of them), which the server makes once per request. `after`: the next page of
 * provisions (the counters come with it, current). Refetched after a change while the list shows its first page only;
 * once extended with 更多, its counters and lines are asked again instead (WorkbenchFreshCounts and
 * WorkbenchProvisionCounts), so the list keeps its length. SignoffState: what 提交审核's confirmation reads.
 */
export const WorkbenchSummaryDocument = graphql(`
  query WorkbenchSummary($taskId: ID!, $pointId: ID!, $after: String) {
    consultationTask(id: $taskId) {
      id
      title
      pointTasks {
        id
        contactPointId
        state
        acceptingOpinions
        contactPoint {
          id
          active
        }
        effectiveDeadline
      }
    }
    consolidation(taskId: $taskId, contactPointId: $pointId) {
      id
      status
      groupedAt
      returnReason
      ...SignoffState
      groupingJob {
        ...GroupingJobFields
      }
      counts {
        ...WorkbenchCounts
      }
      generalOpinions {
        ...WorkbenchProvisionTally
      }
      provisions(first: 50, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...WorkbenchProvisionTally
          }
        }
      }
    }
  }
`);

export const WorkbenchOpinionFieldsFragment = graphql(`
  fragment WorkbenchOpinionFields on Opinion {
    id
    receiptNumber
    provisionAddress
    provisionCitation
    proposedChange
    reason
    channel
    peopleRepresented
    contributorCategory
    contributorUnit
    status
    statusReason
    gatheredOn
  }
`);

export const WorkbenchSuggestionFieldsFragment = graphql(`
  fragment WorkbenchSuggestionFields on ConsolidatedSuggestion {
    id
    version
    number
    citation
    provisionAddress
    originalText
    proposedChange
    reason
    updatedAt
    counts {
      opinions
      people
      units
      channels
      annotations
    }
  }
`);

export const WorkbenchSuggestionsDocument = graphql(`
  query WorkbenchSuggestions(
    $taskId: ID!
    $pointId: ID!
    $provisionAddress: String
    $general: Boolean
    $search: String
    $first: Int = 50
    $after: String
    $withTotal: Boolean = true
  ) {
    consolidation(taskId: $taskId, contactPointId: $pointId) {
      id
      suggestions(
        first: $first
        after: $after
        provisionAddress: $provisionAddress
        general: $general
        search: $search
      ) {
        totalCount @include(if: $withTotal)
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...WorkbenchSuggestionFields
          }
        }
      }
    }
  }
`);

export const SuggestionSourcesDocument = graphql(`
  query SuggestionSources($id: ID!, $after: String, $first: Int = 50) {
    suggestion(id: $id) {
      ...WorkbenchSuggestionFields
      sources(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            type
            sourceId
            opinion {
              ...WorkbenchOpinionFields
            }
          }
        }
      }
    }
  }
`);

export const UnaccountedOpinionsDocument = graphql(`
  query UnaccountedOpinions(
    $taskId: ID!
    $pointId: ID!
    $provisionAddress: String
    $general: Boolean
    $after: String
  ) {
    consolidation(taskId: $taskId, contactPointId: $pointId) {
      id
      unaccountedOpinions(first: 50, after: $after, provisionAddress: $provisionAddress, general: $general) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...WorkbenchOpinionFields
          }
        }
      }
    }
  }
`);

export const ProvisionOpinionsDocument = graphql(`
  query ProvisionOpinions(
    $taskId: ID!
    $provisionAddress: String
    $general: Boolean
    $status: OpinionStatus
    $receiptNumber: String
    $after: String
    $withTotal: Boolean = true
  ) {
    opinions(
      taskId: $taskId
      provisionAddress: $provisionAddress
      general: $general
      status: $status
      receiptNumber: $receiptNumber
      first: 50
      after: $after
    ) {
      totalCount @include(if: $withTotal)
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...WorkbenchOpinionFields
        }
      }
    }
  }
`);

export const SearchProvisionOpinionsDocument = graphql(`
  query SearchProvisionOpinions(
    $taskId: ID!
    $query: String!
    $provisionAddress: String
    $general: Boolean
    $status: OpinionStatus
    $after: String
  ) {
    searchOpinions(
      taskId: $taskId
      query: $query
      provisionAddress: $provisionAddress
      general: $general
      status: $status
      first: 50
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...WorkbenchOpinionFields
        }
      }
    }
  }
`);

export const DuplicateGroupsDocument = graphql(`
  query DuplicateGroups(
    $taskId: ID!
    $pointId: ID!
    $provisionAddress: String
    $general: Boolean
    $after: String
  ) {
    consolidation(taskId: $taskId, contactPointId: $pointId) {
      id
      groupedAt
      duplicateGroups(first: 20, after: $after, provisionAddress: $provisionAddress, general: $general) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            opinionCount
            peopleCount
            variantCount
            provisionAddress
            representative {
              ...WorkbenchOpinionFields
            }
          }
        }
      }
    }
  }
`);

/** One group's members, a page at a time: the group is found again by the cursor before it in its list. */
export const GroupMembersDocument = graphql(`
  query GroupMembers(
    $taskId: ID!
    $pointId: ID!
    $provisionAddress: String
    $general: Boolean
    $groupAfter: String
    $after: String
  ) {
    consolidation(taskId: $taskId, contactPointId: $pointId) {
      id
      duplicateGroups(first: 1, after: $groupAfter, provisionAddress: $provisionAddress, general: $general) {
        edges {
          node {
            id
            opinions(first: 50, after: $after) {
              totalCount
              pageInfo {
                hasNextPage
                endCursor
              }
              edges {
                node {
                  ...WorkbenchOpinionFields
                }
              }
            }
          }
        }
      }
    }
  }
`);

export const ProvisionAnnotationsDocument = graphql(`
  query ProvisionAnnotations($taskId: ID!, $provisionAddress: String) {
    annotations(taskId: $taskId, provisionAddress: $provisionAddress) {
      id
      provisionAddress
      quote
      note
      proposedWording
      legalBasis
      status
    }
  }
`);

export const GroupingJobFieldsFragment = graphql(`
  fragment GroupingJobFields on Job {
    ...JobStatusFields
    duplicateGrouping {
      opinions
      groups
      grouped
      milliseconds
    }
  }
`);

/** Starts grouping as a background job; the page follows its progress (useJob), then reads its result (GroupingJob). */
export const StartDuplicateGroupingDocument = graphql(`
  mutation StartDuplicateGrouping($input: PointTaskRefInput!) {
    startDuplicateGrouping(input: $input) {
      ...GroupingJobFields
    }
  }
`);

export const GroupingJobDocument = graphql(`
  query GroupingJob($id: ID!) {
    job(id: $id) {
      ...GroupingJobFields
    }
  }
`);

export const DraftSuggestionsDocument = graphql(`
  mutation DraftSuggestions($input: PointTaskRefInput!) {
    draftSuggestions(input: $input) {
      created
      opinions
      annotations
    }
  }
`);

export const CreateSuggestionDocument = graphql(`
  mutation CreateSuggestion($input: CreateSuggestionInput!) {
    createSuggestion(input: $input) {
      ...WorkbenchSuggestionFields
    }
  }
`);

export const UpdateSuggestionDocument = graphql(`
  mutation UpdateSuggestion($input: UpdateSuggestionInput!) {
    updateSuggestion(input: $input) {
      ...WorkbenchSuggestionFields
    }
  }
`);

export const DeleteSuggestionDocument = graphql(`
  mutation DeleteSuggestion($input: SuggestionVersionInput!) {
    deleteSuggestion(input: $input) {
      deletedSuggestionId
      consolidation {
        id
        status
      }
    }
  }
`);

export const MergeSuggestionsDocument = graphql(`
  mutation MergeSuggestions($input: MergeSuggestionsInput!) {
    mergeSuggestions(input: $input) {
      ...WorkbenchSuggestionFields
    }
  }
`);

export const SplitSuggestionDocument = graphql(`
  mutation SplitSuggestion($input: SplitSuggestionInput!) {
    splitSuggestion(input: $input) {
      ...WorkbenchSuggestionFields
    }
  }
`);

export const AddSuggestionSourcesDocument = graphql(`
  mutation AddSuggestionSources($input: ChangeSuggestionSourcesInput!) {
    addSuggestionSources(input: $input) {
      ...WorkbenchSuggestionFields
    }
  }
`);

export const RemoveSuggestionSourcesDocument = graphql(`
  mutation RemoveSuggestionSources($input: ChangeSuggestionSourcesInput!) {
    removeSuggestionSources(input: $input) {
      ...WorkbenchSuggestionFields
    }
  }
`);

export const MarkOpinionOutOfScopeDocument = graphql(`
  mutation MarkOpinionOutOfScope($input: OpinionStatusInput!) {
    markOpinionOutOfScope(input: $input) {
      ...WorkbenchOpinionFields
    }
  }
`);

export const RequestConsolidationApprovalDocument = graphql(`
  mutation RequestConsolidationApproval($input: PointTaskRefInput!) {
    requestConsolidationApproval(input: $input) {
      id
      status
    }
  }
`);
