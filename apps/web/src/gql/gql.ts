/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Home {\n    unreadNotificationCount\n    notifications(first: 5) {\n      edges {\n        node {\n          id\n          title\n          body\n          createdAt\n          readAt\n          taskId\n        }\n      }\n    }\n    myAssignments(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          dueAt\n          overdue\n          note\n          provisionAddresses\n          task {\n            id\n            title\n            deadline\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query Notifications($after: String) {\n    unreadNotificationCount\n    notifications(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          body\n          createdAt\n          readAt\n          taskId\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query Task($id: ID!) {\n    consultationTask(id: $id) {\n      id\n      title\n      deadline\n      issueDate\n      noticeText\n      focusQuestions\n      status\n      draftVersion {\n        id\n        label\n        textTitle\n        preamble\n        articleCount\n      }\n    }\n    myAssignments(first: 100) {\n      edges {\n        node {\n          id\n          taskId\n          dueAt\n          overdue\n          note\n          provisionAddresses\n        }\n      }\n    }\n  }\n": typeof types.TaskDocument,
    "\n  query TaskProvisions($taskId: ID!, $after: String) {\n    consultationTask(id: $taskId) {\n      id\n      draftVersion {\n        id\n        provisions(first: 100, after: $after, kinds: [part, subpart, chapter, section, article]) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              id\n              address\n              citation\n              label\n              heading\n              kind\n              depth\n              fullText\n              position\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TaskProvisionsDocument,
    "\n  mutation SubmitOpinion($input: SubmitOpinionInput!) {\n    submitOpinion(input: $input) {\n      receiptNumber\n      replayed\n      opinion {\n        id\n        provisionCitation\n        status\n      }\n    }\n  }\n": typeof types.SubmitOpinionDocument,
    "\n  mutation SubmitOpinions($input: SubmitOpinionsInput!) {\n    submitOpinions(input: $input) {\n      index\n      ok\n      opinionId\n      receiptNumber\n      replayed\n      error {\n        code\n        message\n        reason\n      }\n    }\n  }\n": typeof types.SubmitOpinionsDocument,
    "\n  query OpinionFormData($taskId: ID!) {\n    consultationTask(id: $taskId) {\n      id\n      title\n      deadline\n    }\n    collectionActivities(taskId: $taskId) {\n      id\n      title\n      heldOn\n      channel\n    }\n  }\n": typeof types.OpinionFormDataDocument,
    "\n  query MyOpinions($taskId: ID!, $after: String) {\n    opinions(taskId: $taskId, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          receiptNumber\n          provisionCitation\n          proposedChange\n          reason\n          channel\n          status\n          statusReason\n          outcome {\n            outcome\n            reason\n            publishedAt\n          }\n          peopleRepresented\n          createdAt\n          updatedAt\n        }\n      }\n    }\n  }\n": typeof types.MyOpinionsDocument,
    "\n  mutation UpdateOpinion($input: UpdateOpinionInput!) {\n    updateOpinion(input: $input) {\n      id\n      proposedChange\n      reason\n      peopleRepresented\n      updatedAt\n    }\n  }\n": typeof types.UpdateOpinionDocument,
    "\n  mutation WithdrawOpinion($input: OpinionStatusInput!) {\n    withdrawOpinion(input: $input) {\n      id\n      status\n      statusReason\n    }\n  }\n": typeof types.WithdrawOpinionDocument,
    "\n  query Activities($taskId: ID!) {\n    collectionActivities(taskId: $taskId) {\n      id\n      title\n      channel\n      heldOn\n      place\n      participants\n      summary\n    }\n  }\n": typeof types.ActivitiesDocument,
    "\n  mutation RecordActivity($input: RecordActivityInput!) {\n    recordCollectionActivity(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.RecordActivityDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      account {\n        id\n        username\n        displayName\n        roles {\n          role\n          contactPointId\n          legislatureId\n          liaisonUnitId\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
};
const documents: Documents = {
    "\n  query Home {\n    unreadNotificationCount\n    notifications(first: 5) {\n      edges {\n        node {\n          id\n          title\n          body\n          createdAt\n          readAt\n          taskId\n        }\n      }\n    }\n    myAssignments(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          dueAt\n          overdue\n          note\n          provisionAddresses\n          task {\n            id\n            title\n            deadline\n            status\n          }\n        }\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  query Notifications($after: String) {\n    unreadNotificationCount\n    notifications(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          body\n          createdAt\n          readAt\n          taskId\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query Task($id: ID!) {\n    consultationTask(id: $id) {\n      id\n      title\n      deadline\n      issueDate\n      noticeText\n      focusQuestions\n      status\n      draftVersion {\n        id\n        label\n        textTitle\n        preamble\n        articleCount\n      }\n    }\n    myAssignments(first: 100) {\n      edges {\n        node {\n          id\n          taskId\n          dueAt\n          overdue\n          note\n          provisionAddresses\n        }\n      }\n    }\n  }\n": types.TaskDocument,
    "\n  query TaskProvisions($taskId: ID!, $after: String) {\n    consultationTask(id: $taskId) {\n      id\n      draftVersion {\n        id\n        provisions(first: 100, after: $after, kinds: [part, subpart, chapter, section, article]) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              id\n              address\n              citation\n              label\n              heading\n              kind\n              depth\n              fullText\n              position\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TaskProvisionsDocument,
    "\n  mutation SubmitOpinion($input: SubmitOpinionInput!) {\n    submitOpinion(input: $input) {\n      receiptNumber\n      replayed\n      opinion {\n        id\n        provisionCitation\n        status\n      }\n    }\n  }\n": types.SubmitOpinionDocument,
    "\n  mutation SubmitOpinions($input: SubmitOpinionsInput!) {\n    submitOpinions(input: $input) {\n      index\n      ok\n      opinionId\n      receiptNumber\n      replayed\n      error {\n        code\n        message\n        reason\n      }\n    }\n  }\n": types.SubmitOpinionsDocument,
    "\n  query OpinionFormData($taskId: ID!) {\n    consultationTask(id: $taskId) {\n      id\n      title\n      deadline\n    }\n    collectionActivities(taskId: $taskId) {\n      id\n      title\n      heldOn\n      channel\n    }\n  }\n": types.OpinionFormDataDocument,
    "\n  query MyOpinions($taskId: ID!, $after: String) {\n    opinions(taskId: $taskId, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          receiptNumber\n          provisionCitation\n          proposedChange\n          reason\n          channel\n          status\n          statusReason\n          outcome {\n            outcome\n            reason\n            publishedAt\n          }\n          peopleRepresented\n          createdAt\n          updatedAt\n        }\n      }\n    }\n  }\n": types.MyOpinionsDocument,
    "\n  mutation UpdateOpinion($input: UpdateOpinionInput!) {\n    updateOpinion(input: $input) {\n      id\n      proposedChange\n      reason\n      peopleRepresented\n      updatedAt\n    }\n  }\n": types.UpdateOpinionDocument,
    "\n  mutation WithdrawOpinion($input: OpinionStatusInput!) {\n    withdrawOpinion(input: $input) {\n      id\n      status\n      statusReason\n    }\n  }\n": types.WithdrawOpinionDocument,
    "\n  query Activities($taskId: ID!) {\n    collectionActivities(taskId: $taskId) {\n      id\n      title\n      channel\n      heldOn\n      place\n      participants\n      summary\n    }\n  }\n": types.ActivitiesDocument,
    "\n  mutation RecordActivity($input: RecordActivityInput!) {\n    recordCollectionActivity(input: $input) {\n      id\n      title\n    }\n  }\n": types.RecordActivityDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      account {\n        id\n        username\n        displayName\n        roles {\n          role\n          contactPointId\n          legislatureId\n          liaisonUnitId\n        }\n      }\n    }\n  }\n": types.LoginDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    unreadNotificationCount\n    notifications(first: 5) {\n      edges {\n        node {\n          id\n          title\n          body\n          createdAt\n          readAt\n          taskId\n        }\n      }\n    }\n    myAssignments(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          dueAt\n          overdue\n          note\n          provisionAddresses\n          task {\n            id\n            title\n            deadline\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    unreadNotificationCount\n    notifications(first: 5) {\n      edges {\n        node {\n          id\n          title\n          body\n          createdAt\n          readAt\n          taskId\n        }\n      }\n    }\n    myAssignments(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          dueAt\n          overdue\n          note\n          provisionAddresses\n          task {\n            id\n            title\n            deadline\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($after: String) {\n    unreadNotificationCount\n    notifications(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          body\n          createdAt\n          readAt\n          taskId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($after: String) {\n    unreadNotificationCount\n    notifications(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          body\n          createdAt\n          readAt\n          taskId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Task($id: ID!) {\n    consultationTask(id: $id) {\n      id\n      title\n      deadline\n      issueDate\n      noticeText\n      focusQuestions\n      status\n      draftVersion {\n        id\n        label\n        textTitle\n        preamble\n        articleCount\n      }\n    }\n    myAssignments(first: 100) {\n      edges {\n        node {\n          id\n          taskId\n          dueAt\n          overdue\n          note\n          provisionAddresses\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Task($id: ID!) {\n    consultationTask(id: $id) {\n      id\n      title\n      deadline\n      issueDate\n      noticeText\n      focusQuestions\n      status\n      draftVersion {\n        id\n        label\n        textTitle\n        preamble\n        articleCount\n      }\n    }\n    myAssignments(first: 100) {\n      edges {\n        node {\n          id\n          taskId\n          dueAt\n          overdue\n          note\n          provisionAddresses\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskProvisions($taskId: ID!, $after: String) {\n    consultationTask(id: $taskId) {\n      id\n      draftVersion {\n        id\n        provisions(first: 100, after: $after, kinds: [part, subpart, chapter, section, article]) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              id\n              address\n              citation\n              label\n              heading\n              kind\n              depth\n              fullText\n              position\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskProvisions($taskId: ID!, $after: String) {\n    consultationTask(id: $taskId) {\n      id\n      draftVersion {\n        id\n        provisions(first: 100, after: $after, kinds: [part, subpart, chapter, section, article]) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              id\n              address\n              citation\n              label\n              heading\n              kind\n              depth\n              fullText\n              position\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitOpinion($input: SubmitOpinionInput!) {\n    submitOpinion(input: $input) {\n      receiptNumber\n      replayed\n      opinion {\n        id\n        provisionCitation\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitOpinion($input: SubmitOpinionInput!) {\n    submitOpinion(input: $input) {\n      receiptNumber\n      replayed\n      opinion {\n        id\n        provisionCitation\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitOpinions($input: SubmitOpinionsInput!) {\n    submitOpinions(input: $input) {\n      index\n      ok\n      opinionId\n      receiptNumber\n      replayed\n      error {\n        code\n        message\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitOpinions($input: SubmitOpinionsInput!) {\n    submitOpinions(input: $input) {\n      index\n      ok\n      opinionId\n      receiptNumber\n      replayed\n      error {\n        code\n        message\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpinionFormData($taskId: ID!) {\n    consultationTask(id: $taskId) {\n      id\n      title\n      deadline\n    }\n    collectionActivities(taskId: $taskId) {\n      id\n      title\n      heldOn\n      channel\n    }\n  }\n"): (typeof documents)["\n  query OpinionFormData($taskId: ID!) {\n    consultationTask(id: $taskId) {\n      id\n      title\n      deadline\n    }\n    collectionActivities(taskId: $taskId) {\n      id\n      title\n      heldOn\n      channel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOpinions($taskId: ID!, $after: String) {\n    opinions(taskId: $taskId, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          receiptNumber\n          provisionCitation\n          proposedChange\n          reason\n          channel\n          status\n          statusReason\n          outcome {\n            outcome\n            reason\n            publishedAt\n          }\n          peopleRepresented\n          createdAt\n          updatedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOpinions($taskId: ID!, $after: String) {\n    opinions(taskId: $taskId, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          receiptNumber\n          provisionCitation\n          proposedChange\n          reason\n          channel\n          status\n          statusReason\n          outcome {\n            outcome\n            reason\n            publishedAt\n          }\n          peopleRepresented\n          createdAt\n          updatedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOpinion($input: UpdateOpinionInput!) {\n    updateOpinion(input: $input) {\n      id\n      proposedChange\n      reason\n      peopleRepresented\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOpinion($input: UpdateOpinionInput!) {\n    updateOpinion(input: $input) {\n      id\n      proposedChange\n      reason\n      peopleRepresented\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawOpinion($input: OpinionStatusInput!) {\n    withdrawOpinion(input: $input) {\n      id\n      status\n      statusReason\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawOpinion($input: OpinionStatusInput!) {\n    withdrawOpinion(input: $input) {\n      id\n      status\n      statusReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Activities($taskId: ID!) {\n    collectionActivities(taskId: $taskId) {\n      id\n      title\n      channel\n      heldOn\n      place\n      participants\n      summary\n    }\n  }\n"): (typeof documents)["\n  query Activities($taskId: ID!) {\n    collectionActivities(taskId: $taskId) {\n      id\n      title\n      channel\n      heldOn\n      place\n      participants\n      summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordActivity($input: RecordActivityInput!) {\n    recordCollectionActivity(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation RecordActivity($input: RecordActivityInput!) {\n    recordCollectionActivity(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      account {\n        id\n        username\n        displayName\n        roles {\n          role\n          contactPointId\n          legislatureId\n          liaisonUnitId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      account {\n        id\n        username\n        displayName\n        roles {\n          role\n          contactPointId\n          legislatureId\n          liaisonUnitId\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;