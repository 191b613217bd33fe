// The ledger's (工作台账) GraphQL operations: the year's figures with their breakdowns, the same figures over several
// years, the suggestions behind a figure, the points a legislature may choose, and the yearly evaluation's download.
import { graphql } from '../../gql';

export const LedgerFiguresFragment = graphql(`
  fragment LedgerLine on LedgerFigures {
    key
    label
    tasks
    opinions
    suggestions
    adopted
    partiallyAdopted
    notAdopted
    underStudy
    awaitingDecision
    adoptionRate
  }
`);

export const AdoptionLedgerDocument = graphql(`
  query AdoptionLedger($contactPointId: ID!, $year: Int!) {
    adoptionLedger(contactPointId: $contactPointId, year: $year) {
      contactPointId
      year
      key
      label
      tasks
      opinions
      suggestions
      adopted
      partiallyAdopted
      notAdopted
      underStudy
      awaitingDecision
      adoptionRate
      byTask {
        ...LedgerLine
      }
      byUnit {
        ...LedgerLine
      }
      byChannel {
        ...LedgerLine
      }
      byCollector {
        ...LedgerLine
      }
    }
  }
`);

/** Five years up to the chosen one, for the chart by year (a year before the point existed reads zeros). */
export const LedgerYearsDocument = graphql(`
  query LedgerYears($contactPointId: ID!, $y1: Int!, $y2: Int!, $y3: Int!, $y4: Int!, $y5: Int!) {
    y1: adoptionLedger(contactPointId: $contactPointId, year: $y1) {
      ...LedgerYear
    }
    y2: adoptionLedger(contactPointId: $contactPointId, year: $y2) {
      ...LedgerYear
    }
    y3: adoptionLedger(contactPointId: $contactPointId, year: $y3) {
      ...LedgerYear
    }
    y4: adoptionLedger(contactPointId: $contactPointId, year: $y4) {
      ...LedgerYear
    }
    y5: adoptionLedger(contactPointId: $contactPointId, year: $y5) {
      ...LedgerYear
    }
  }
  fragment LedgerYear on AdoptionLedger {
    year
    tasks
    opinions
    suggestions
    adopted
    partiallyAdopted
    notAdopted
    underStudy
    awaitingDecision
    adoptionRate
  }
`);

export const LedgerPointsDocument = graphql(`
  query LedgerPoints {
    contactPoints(first: 100) {
      edges {
        node {
          id
          name
          designatedOn
        }
      }
    }
  }
`);

export const LedgerSuggestionsDocument = graphql(`
  query LedgerSuggestions(
    $contactPointId: ID!
    $year: Int!
    $outcome: AdoptionOutcome
    $taskId: ID
    $liaisonUnitId: ID
    $collectorId: ID
    $channel: OpinionChannel
    $first: Int!
    $after: String
  ) {
    ledgerSuggestions(
      contactPointId: $contactPointId
      year: $year
      outcome: $outcome
      taskId: $taskId
      liaisonUnitId: $liaisonUnitId
      collectorId: $collectorId
      channel: $channel
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          taskId
          number
          citation
          proposedChange
          reason
          counts {
            opinions
          }
          decision {
            id
            outcome
            reason
            reflectedCitation
          }
        }
      }
    }
  }
`);

/** Only the cursor at the end of a page: the way to page N of a list opened from its address. */
export const LedgerSuggestionsCursorDocument = graphql(`
  query LedgerSuggestionsCursor(
    $contactPointId: ID!
    $year: Int!
    $outcome: AdoptionOutcome
    $taskId: ID
    $liaisonUnitId: ID
    $collectorId: ID
    $channel: OpinionChannel
    $first: Int!
    $after: String
  ) {
    ledgerSuggestions(
      contactPointId: $contactPointId
      year: $year
      outcome: $outcome
      taskId: $taskId
      liaisonUnitId: $liaisonUnitId
      collectorId: $collectorId
      channel: $channel
      first: $first
      after: $after
    ) {
      pageInfo {
        endCursor
      }
    }
  }
`);

export const ExportEvaluationDocument = graphql(`
  mutation ExportEvaluation($input: ExportLedgerInput!) {
    exportEvaluation(input: $input) {
      filename
      signedUrl
    }
  }
`);

/** The legislature's overview: a page of its points' lines (sorted on the server) and the totals over all of them. */
export const LedgerOverviewDocument = graphql(`
  query LedgerOverview(
    $year: Int!
    $orderBy: LedgerOverviewOrder
    $descending: Boolean
    $first: Int!
    $after: String
  ) {
    adoptionLedgerOverview(
      year: $year
      orderBy: $orderBy
      descending: $descending
      first: $first
      after: $after
    ) {
      year
      inactivePointIds
      totals {
        ...LedgerLine
      }
      points {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...LedgerLine
          }
        }
      }
    }
  }
`);
