import { graphql } from '../gql';

export const HomeDocument = graphql(`
  query Home {
    unreadNotificationCount
    notifications(first: 5) {
      edges {
        node {
          id
          title
          body
          createdAt
          readAt
          taskId
          kind
        }
      }
    }
  }
`);

/**
 * 我的任务, as the API orders them (open work first, soonest due on top; then the rest, most recent first), a page at a
 * time: 首页's list with 更多, and 我的意见's task picker (search: words of the title; taskId: the chosen task's own).
 */
export const MyAssignmentsDocument = graphql(`
  query MyAssignments($first: Int!, $after: String, $search: String, $taskId: ID) {
    myAssignments(first: $first, after: $after, search: $search, taskId: $taskId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          dueAt
          overdue
          note
          provisionAddresses
          assigneeType
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
            status
          }
        }
      }
    }
  }
`);

/** The badge on 通知 in every page's frame; pushed counts are written over it (app-layout.tsx). */
export const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationsDocument = graphql(`
  query Notifications($after: String) {
    unreadNotificationCount
    notifications(first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          body
          createdAt
          readAt
          taskId
          kind
        }
      }
    }
  }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      notifications {
        id
        readAt
      }
      unreadCount
    }
  }
`);

export const TaskDocument = graphql(`
  query Task($id: ID!) {
    consultationTask(id: $id) {
      id
      title
      deadline
      issueDate
      noticeText
      focusQuestions
      status
      draftVersion {
        id
        label
        textTitle
        preamble
        articleCount
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
    myAssignments(taskId: $id, first: 100) {
      edges {
        node {
          id
          taskId
          dueAt
          overdue
          note
          provisionAddresses
          assigneeType
        }
      }
    }
  }
`);

export const TaskProvisionsDocument = graphql(`
  query TaskProvisions($taskId: ID!, $after: String) {
    consultationTask(id: $taskId) {
      id
      draftVersion {
        id
        provisions(first: 100, after: $after, kinds: [part, subpart, chapter, section, article]) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              address
              citation
              label
              heading
              kind
              depth
              fullText
              position
            }
          }
        }
      }
    }
  }
`);

/** The tasks the executing body or the legislature works on, with each point's state. */
export const WorkTasksDocument = graphql(`
  query WorkTasks($after: String) {
    consultationTasks(first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          deadline
          status
          issuedAt
          awaitingDecisions
          underStudyDecisions
          pointTasks {
            id
            contactPointId
            state
            acceptingOpinions
            overdue
            effectiveDeadline
            contactPoint {
              id
              name
              active
            }
          }
        }
      }
    }
  }
`);
