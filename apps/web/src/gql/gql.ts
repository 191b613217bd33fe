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
    "\n  query DraftVersionsForCompare($draftId: ID!) {\n    draft(id: $draftId) {\n      id\n      title\n      versions {\n        id\n        label\n        sequence\n        createdAt\n        articleCount\n      }\n    }\n  }\n": typeof types.DraftVersionsForCompareDocument,
    "\n  query CompareSummary($fromVersionId: ID!, $toVersionId: ID!) {\n    compareDraftVersions(fromVersionId: $fromVersionId, toVersionId: $toVersionId) {\n      fromVersionId\n      toVersionId\n      summary {\n        unchanged\n        modified\n        moved\n        split\n        merged\n        added\n        removed\n        renumbered\n        fromArticles\n        toArticles\n      }\n    }\n  }\n": typeof types.CompareSummaryDocument,
    "\n  query CompareChanges(\n    $fromVersionId: ID!\n    $toVersionId: ID!\n    $kinds: [ArticleChangeKind!]\n    $first: Int\n    $after: String\n  ) {\n    compareDraftVersions(fromVersionId: $fromVersionId, toVersionId: $toVersionId) {\n      fromVersionId\n      toVersionId\n      changes(kinds: $kinds, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            kind\n            renumbered\n            relocated\n            reordered\n            textChanged\n            formattingChanged\n            headingChanged\n            similarity\n            description\n            diff {\n              op\n              text\n            }\n            from {\n              ...ComparedArticle\n            }\n            to {\n              ...ComparedArticle\n            }\n          }\n        }\n      }\n    }\n  }\n\n  fragment ComparedArticle on ArticleRef {\n    address\n    label\n    citation\n    heading\n    text\n    containers {\n      kind\n      label\n      heading\n    }\n  }\n": typeof types.CompareChangesDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      account {\n        id\n        username\n        displayName\n        roles {\n          role\n          contactPointId\n          legislatureId\n          liaisonUnitId\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
};
const documents: Documents = {
    "\n  query DraftVersionsForCompare($draftId: ID!) {\n    draft(id: $draftId) {\n      id\n      title\n      versions {\n        id\n        label\n        sequence\n        createdAt\n        articleCount\n      }\n    }\n  }\n": types.DraftVersionsForCompareDocument,
    "\n  query CompareSummary($fromVersionId: ID!, $toVersionId: ID!) {\n    compareDraftVersions(fromVersionId: $fromVersionId, toVersionId: $toVersionId) {\n      fromVersionId\n      toVersionId\n      summary {\n        unchanged\n        modified\n        moved\n        split\n        merged\n        added\n        removed\n        renumbered\n        fromArticles\n        toArticles\n      }\n    }\n  }\n": types.CompareSummaryDocument,
    "\n  query CompareChanges(\n    $fromVersionId: ID!\n    $toVersionId: ID!\n    $kinds: [ArticleChangeKind!]\n    $first: Int\n    $after: String\n  ) {\n    compareDraftVersions(fromVersionId: $fromVersionId, toVersionId: $toVersionId) {\n      fromVersionId\n      toVersionId\n      changes(kinds: $kinds, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            kind\n            renumbered\n            relocated\n            reordered\n            textChanged\n            formattingChanged\n            headingChanged\n            similarity\n            description\n            diff {\n              op\n              text\n            }\n            from {\n              ...ComparedArticle\n            }\n            to {\n              ...ComparedArticle\n            }\n          }\n        }\n      }\n    }\n  }\n\n  fragment ComparedArticle on ArticleRef {\n    address\n    label\n    citation\n    heading\n    text\n    containers {\n      kind\n      label\n      heading\n    }\n  }\n": types.CompareChangesDocument,
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
export function graphql(source: "\n  query DraftVersionsForCompare($draftId: ID!) {\n    draft(id: $draftId) {\n      id\n      title\n      versions {\n        id\n        label\n        sequence\n        createdAt\n        articleCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query DraftVersionsForCompare($draftId: ID!) {\n    draft(id: $draftId) {\n      id\n      title\n      versions {\n        id\n        label\n        sequence\n        createdAt\n        articleCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareSummary($fromVersionId: ID!, $toVersionId: ID!) {\n    compareDraftVersions(fromVersionId: $fromVersionId, toVersionId: $toVersionId) {\n      fromVersionId\n      toVersionId\n      summary {\n        unchanged\n        modified\n        moved\n        split\n        merged\n        added\n        removed\n        renumbered\n        fromArticles\n        toArticles\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompareSummary($fromVersionId: ID!, $toVersionId: ID!) {\n    compareDraftVersions(fromVersionId: $fromVersionId, toVersionId: $toVersionId) {\n      fromVersionId\n      toVersionId\n      summary {\n        unchanged\n        modified\n        moved\n        split\n        merged\n        added\n        removed\n        renumbered\n        fromArticles\n        toArticles\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareChanges(\n    $fromVersionId: ID!\n    $toVersionId: ID!\n    $kinds: [ArticleChangeKind!]\n    $first: Int\n    $after: String\n  ) {\n    compareDraftVersions(fromVersionId: $fromVersionId, toVersionId: $toVersionId) {\n      fromVersionId\n      toVersionId\n      changes(kinds: $kinds, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            kind\n            renumbered\n            relocated\n            reordered\n            textChanged\n            formattingChanged\n            headingChanged\n            similarity\n            description\n            diff {\n              op\n              text\n            }\n            from {\n              ...ComparedArticle\n            }\n            to {\n              ...ComparedArticle\n            }\n          }\n        }\n      }\n    }\n  }\n\n  fragment ComparedArticle on ArticleRef {\n    address\n    label\n    citation\n    heading\n    text\n    containers {\n      kind\n      label\n      heading\n    }\n  }\n"): (typeof documents)["\n  query CompareChanges(\n    $fromVersionId: ID!\n    $toVersionId: ID!\n    $kinds: [ArticleChangeKind!]\n    $first: Int\n    $after: String\n  ) {\n    compareDraftVersions(fromVersionId: $fromVersionId, toVersionId: $toVersionId) {\n      fromVersionId\n      toVersionId\n      changes(kinds: $kinds, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            kind\n            renumbered\n            relocated\n            reordered\n            textChanged\n            formattingChanged\n            headingChanged\n            similarity\n            description\n            diff {\n              op\n              text\n            }\n            from {\n              ...ComparedArticle\n            }\n            to {\n              ...ComparedArticle\n            }\n          }\n        }\n      }\n    }\n  }\n\n  fragment ComparedArticle on ArticleRef {\n    address\n    label\n    citation\n    heading\n    text\n    containers {\n      kind\n      label\n      heading\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      account {\n        id\n        username\n        displayName\n        roles {\n          role\n          contactPointId\n          legislatureId\n          liaisonUnitId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      account {\n        id\n        username\n        displayName\n        roles {\n          role\n          contactPointId\n          legislatureId\n          liaisonUnitId\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;