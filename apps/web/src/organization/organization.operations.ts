// The point's 1+1+X structure, distribution of a task and the unit administrator's view: every server call of
// apps/web/src/organization as a named operation.
import { graphql } from '../gql';

export const PointStructureDocument = graphql(`
  query PointStructure($id: ID!) {
    contactPoint(id: $id) {
      id
      name
      hostInstitution
      active
      grantOptions {
        role
        grantable
        revocable
        refusal
        message
      }
      executingBody {
        pointHead {
          ...ExecutiveMemberFields
        }
        deputyHeads {
          ...ExecutiveMemberFields
        }
        liaisonOfficers {
          ...ExecutiveMemberFields
        }
      }
      experts(first: 100, includeInactive: true) {
        totalCount
        edges {
          node {
            id
            name
            discipline
            affiliation
            title
            phone
            accountId
            active
          }
        }
      }
      # The API's cost limit (50 000 field values) bounds units × collectors: 40 units of 60 collectors each fit.
      liaisonUnits(first: 40, includeInactive: true) {
        totalCount
        edges {
          node {
            ...LiaisonUnitFields
            collectors(first: 60, includeInactive: true) {
              totalCount
              edges {
                node {
                  ...CollectorFields
                }
              }
            }
          }
        }
      }
    }
  }
`);

export const ExecutiveMemberFieldsFragment = graphql(`
  fragment ExecutiveMemberFields on ExecutiveMember {
    id
    name
    position
    jobTitle
    phone
    accountId
    active
  }
`);

export const LiaisonUnitFieldsFragment = graphql(`
  fragment LiaisonUnitFields on LiaisonUnit {
    id
    name
    type
    address
    contactPerson
    contactPhone
    active
  }
`);

export const CollectorFieldsFragment = graphql(`
  fragment CollectorFields on InformationCollector {
    id
    name
    category
    phone
    activeFrom
    activeUntil
    accountId
    liaisonUnitId
    active
  }
`);

export const AddExecutiveMemberDocument = graphql(`
  mutation AddExecutiveMember($input: AddExecutiveMemberInput!) {
    addExecutiveMember(input: $input) {
      id
    }
  }
`);

export const UpdateExecutiveMemberDocument = graphql(`
  mutation UpdateExecutiveMember($input: UpdateExecutiveMemberInput!) {
    updateExecutiveMember(input: $input) {
      id
      active
    }
  }
`);

export const AddExpertDocument = graphql(`
  mutation AddExpert($input: AddExpertInput!) {
    addExpert(input: $input) {
      id
    }
  }
`);

export const UpdateExpertDocument = graphql(`
  mutation UpdateExpert($input: UpdateExpertInput!) {
    updateExpert(input: $input) {
      id
      active
    }
  }
`);

export const AddLiaisonUnitDocument = graphql(`
  mutation AddLiaisonUnit($input: AddLiaisonUnitInput!) {
    addLiaisonUnit(input: $input) {
      id
    }
  }
`);

export const UpdateLiaisonUnitDocument = graphql(`
  mutation UpdateLiaisonUnit($input: UpdateLiaisonUnitInput!) {
    updateLiaisonUnit(input: $input) {
      id
      active
    }
  }
`);

export const AddCollectorDocument = graphql(`
  mutation AddCollector($input: AddCollectorInput!) {
    addCollector(input: $input) {
      id
    }
  }
`);

export const UpdateCollectorDocument = graphql(`
  mutation UpdateCollector($input: UpdateCollectorInput!) {
    updateCollector(input: $input) {
      id
      active
    }
  }
`);

export const CreateAccountDocument = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id
      username
    }
  }
`);

export const ResetAccountPasswordDocument = graphql(`
  mutation ResetAccountPassword($input: ResetAccountPasswordInput!) {
    resetAccountPassword(input: $input) {
      id
      username
    }
  }
`);

export const SetAccountActiveDocument = graphql(`
  mutation SetAccountActive($input: SetAccountActiveInput!) {
    setAccountActive(input: $input) {
      id
      active
    }
  }
`);

export const DistributionDocument = graphql(`
  query Distribution($taskId: ID!) {
    consultationTask(id: $taskId) {
      id
      title
      deadline
      status
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
        assignments {
          id
          assigneeType
          assigneeId
          assigneeName
          dueAt
          overdue
          openedAt
          note
          provisionAddresses
          createdAt
        }
      }
    }
  }
`);

export const DistributeTaskDocument = graphql(`
  mutation DistributeTask($input: DistributeTaskInput!) {
    distributeTask(input: $input) {
      id
    }
  }
`);

export const RemindAssigneesDocument = graphql(`
  mutation RemindAssignees($input: RemindAssigneesInput!) {
    remindAssignees(input: $input) {
      assignmentId
      assigneeName
      sent
      reason
      message
    }
  }
`);

export const UnitDocument = graphql(`
  query Unit($id: ID!) {
    liaisonUnit(id: $id) {
      ...LiaisonUnitFields
      contactPoint {
        id
        name
      }
      collectors(first: 100, includeInactive: true) {
        totalCount
        edges {
          node {
            ...CollectorFields
          }
        }
      }
    }
  }
`);

/** The tasks given to the unit, a page at a time (open rounds first, as 首页 orders them): years of them, not a first 100. */
export const UnitAssignmentsDocument = graphql(`
  query UnitAssignments($first: Int!, $after: String, $taskId: ID) {
    myAssignments(first: $first, after: $after, taskId: $taskId, assigneeType: LIAISON_UNIT) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          assigneeType
          assigneeId
          dueAt
          overdue
          note
          provisionAddresses
          pointTask {
            id
            state
            acceptingOpinions
            contactPoint {
              id
              active
            }
            effectiveDeadline
          }
          task {
            id
            title
            deadline
            issueDate
          }
        }
      }
    }
  }
`);

export const UnitOpinionsDocument = graphql(`
  query UnitOpinions($taskId: ID!, $liaisonUnitId: ID, $first: Int!, $after: String, $receiptNumber: String) {
    opinions(
      taskId: $taskId
      liaisonUnitId: $liaisonUnitId
      receiptNumber: $receiptNumber
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
          receiptNumber
          provisionCitation
          proposedChange
          reason
          channel
          peopleRepresented
          status
          gatheredOn
          createdAt
          liaisonUnitId
          outcome {
            outcome
          }
        }
      }
    }
  }
`);

export const ExportFeedbackReportDocument = graphql(`
  mutation ExportFeedbackReport($input: ExportFeedbackReportInput!) {
    exportFeedbackReport(input: $input) {
      filename
      signedUrl
    }
  }
`);

/** Every contact point, for the administrator (who belongs to none) to choose one: on 首页 and on 组织. */
export const AdminContactPointsDocument = graphql(`
  query AdminContactPoints {
    contactPoints(first: 100, includeInactive: true) {
      totalCount
      edges {
        node {
          id
          name
          active
          legislature {
            id
            name
          }
          executingBody {
            pointHead {
              id
              name
              accountId
            }
          }
        }
      }
    }
  }
`);

// 系统管理: the administrator sets up legislatures and their contact points (setup-*.tsx).
export const SetupLegislatureFieldsFragment = graphql(`
  fragment SetupLegislatureFields on Legislature {
    id
    name
    region
    level
    commission
    active
    contactPointCount
  }
`);

export const SetupLegislaturesDocument = graphql(`
  query SetupLegislatures($first: Int!, $after: String) {
    legislatures(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...SetupLegislatureFields
        }
      }
    }
  }
`);

export const CreateLegislatureDocument = graphql(`
  mutation CreateLegislature($input: CreateLegislatureInput!) {
    createLegislature(input: $input) {
      ...SetupLegislatureFields
    }
  }
`);

export const UpdateLegislatureDocument = graphql(`
  mutation UpdateLegislature($input: UpdateLegislatureInput!) {
    updateLegislature(input: $input) {
      ...SetupLegislatureFields
    }
  }
`);

export const SetupContactPointFieldsFragment = graphql(`
  fragment SetupContactPointFields on ContactPoint {
    id
    name
    legislatureId
    legislature {
      id
      name
    }
    hostInstitution
    level
    kind
    designatedOn
    address
    active
    executingBody {
      pointHead {
        id
        name
        accountId
      }
    }
  }
`);

export const SetupContactPointsDocument = graphql(`
  query SetupContactPoints($first: Int!, $after: String, $legislatureId: ID, $includeInactive: Boolean) {
    contactPoints(
      first: $first
      after: $after
      legislatureId: $legislatureId
      includeInactive: $includeInactive
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...SetupContactPointFields
        }
      }
    }
  }
`);

export const CreateContactPointDocument = graphql(`
  mutation CreateContactPoint($input: CreateContactPointInput!) {
    createContactPoint(input: $input) {
      ...SetupContactPointFields
    }
  }
`);

export const UpdateContactPointDocument = graphql(`
  mutation UpdateContactPoint($input: UpdateContactPointInput!) {
    updateContactPoint(input: $input) {
      ...SetupContactPointFields
    }
  }
`);
