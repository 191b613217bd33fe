import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Permission, ROLE_PERMISSIONS, Role } from '@app/identity';
import { chinaDate } from '@app/common';
import { pollJob } from '../support/jobs.js';
import { distributeToExpert, startTestApp, type TestApp } from '../support/test-app.js';
import { FAR_DEADLINE, FAR_DUE } from '../support/dates.js';

/**
 * Every root operation × every role (and no token at all). The table names the permission each operation must declare;
 * an operation missing from it fails the test, so a new operation cannot slip in unreviewed. Inputs are well-formed
 * but name objects that do not exist, so a permitted call fails later (NOT_FOUND, BAD_USER_INPUT) and writes nothing.
 */
const OPERATIONS: Record<
  string,
  { permission: Permission | 'PUBLIC'; document: string; anonymousReason?: string }
> = {
  login: {
    permission: 'PUBLIC',
    document: 'mutation { login(input: {username: "nobody", password: "x"}) { accessToken } }',
  },
  refreshSession: {
    permission: 'PUBLIC',
    document: 'mutation { refreshSession(input: {refreshToken: "not-issued"}) { accessToken } }',
    anonymousReason: 'REFRESH_TOKEN_INVALID',
  },
  logout: {
    permission: 'PUBLIC',
    document: 'mutation { logout(input: {refreshToken: "not-issued", everywhere: true}) { everywhere } }',
    anonymousReason: 'REFRESH_TOKEN_INVALID',
  },
  // A mistyped receipt number (check digit wrong): refused before counting against the address's lookups.
  opinionReceipt: {
    permission: 'PUBLIC',
    document: '{ opinionReceipt(receiptNumber: "19030412345670") { stage } }',
    anonymousReason: 'INVALID_RECEIPT_NUMBER',
  },
  // 网上征集: a token that names nothing (well-formed, never issued).
  onlineCollection: {
    permission: 'PUBLIC',
    document: '{ onlineCollection(token: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") { title } }',
    anonymousReason: 'ONLINE_COLLECTION_NOT_FOUND',
  },
  submitOnlineOpinion: {
    permission: 'PUBLIC',
    document:
      'mutation { submitOnlineOpinion(input: {token: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", proposedChange: "x", idempotencyKey: "permissions-0000000001"}) { receiptNumber } }',
    anonymousReason: 'ONLINE_COLLECTION_NOT_FOUND',
  },
  me: { permission: Permission.SELF, document: '{ me { id } }' },
  node: { permission: Permission.SELF, document: '{ node(id: "missing") { id } }' },
  legislatures: {
    permission: Permission.ORGANIZATION_READ,
    document: '{ legislatures(first: 1) { totalCount } }',
  },
  legislature: {
    permission: Permission.ORGANIZATION_READ,
    document: '{ legislature(id: "missing") { id } }',
  },
  contactPoints: {
    permission: Permission.ORGANIZATION_READ,
    document: '{ contactPoints(first: 1) { totalCount } }',
  },
  contactPoint: {
    permission: Permission.ORGANIZATION_READ,
    document: '{ contactPoint(id: "missing") { id } }',
  },
  liaisonUnit: {
    permission: Permission.ORGANIZATION_READ,
    document: '{ liaisonUnit(id: "missing") { id } }',
  },
  auditRecords: { permission: Permission.AUDIT_READ, document: '{ auditRecords(first: 1) { totalCount } }' },
  createLegislature: {
    permission: Permission.LEGISLATURE_MANAGE,
    document: 'mutation { createLegislature(input: {name: "", region: "x", level: CITY}) { id } }',
  },
  updateLegislature: {
    permission: Permission.LEGISLATURE_MANAGE,
    document: 'mutation { updateLegislature(input: {id: "missing", name: "x"}) { id } }',
  },
  createContactPoint: {
    permission: Permission.CONTACT_POINT_MANAGE,
    document:
      'mutation { createContactPoint(input: {legislatureId: "missing", name: "x", hostInstitution: "x", level: CITY, kind: OTHER, designatedOn: "2025-01-01"}) { id } }',
  },
  updateContactPoint: {
    permission: Permission.CONTACT_POINT_MANAGE,
    document: 'mutation { updateContactPoint(input: {id: "missing", name: "x"}) { id } }',
  },
  addExecutiveMember: {
    permission: Permission.POINT_STRUCTURE_MANAGE,
    document:
      'mutation { addExecutiveMember(input: {contactPointId: "missing", name: "x", position: DEPUTY_HEAD}) { id } }',
  },
  updateExecutiveMember: {
    permission: Permission.POINT_STRUCTURE_MANAGE,
    document: 'mutation { updateExecutiveMember(input: {id: "missing"}) { id } }',
  },
  addExpert: {
    permission: Permission.POINT_STRUCTURE_MANAGE,
    document:
      'mutation { addExpert(input: {contactPointId: "missing", name: "x", discipline: "x", affiliation: "x"}) { id } }',
  },
  updateExpert: {
    permission: Permission.POINT_STRUCTURE_MANAGE,
    document: 'mutation { updateExpert(input: {id: "missing"}) { id } }',
  },
  addLiaisonUnit: {
    permission: Permission.POINT_STRUCTURE_MANAGE,
    document:
      'mutation { addLiaisonUnit(input: {contactPointId: "missing", name: "x", type: LIAISON_UNIT}) { id } }',
  },
  updateLiaisonUnit: {
    permission: Permission.POINT_STRUCTURE_MANAGE,
    document: 'mutation { updateLiaisonUnit(input: {id: "missing"}) { id } }',
  },
  addCollector: {
    permission: Permission.POINT_STRUCTURE_MANAGE,
    document:
      'mutation { addCollector(input: {liaisonUnitId: "missing", name: "x", category: LAWYER}) { id } }',
  },
  updateCollector: {
    permission: Permission.POINT_STRUCTURE_MANAGE,
    document: 'mutation { updateCollector(input: {id: "missing"}) { id } }',
  },
  drafts: { permission: Permission.DRAFT_MANAGE, document: '{ drafts(first: 1) { totalCount } }' },
  draft: { permission: Permission.DRAFT_MANAGE, document: '{ draft(id: "missing") { id } }' },
  draftVersion: { permission: Permission.DRAFT_MANAGE, document: '{ draftVersion(id: "missing") { id } }' },
  createDraft: {
    permission: Permission.DRAFT_MANAGE,
    document: 'mutation { createDraft(input: {legislatureId: "missing", title: "x"}) { id } }',
  },
  addDraftVersion: {
    permission: Permission.DRAFT_MANAGE,
    document:
      'mutation { addDraftVersion(input: {draftId: "missing", stage: SOLICITATION, text: "第一条 测试。"}) { id } }',
  },
  previewDraftVersion: {
    permission: Permission.DRAFT_MANAGE,
    document: 'mutation { previewDraftVersion(input: {text: "没有条文"}) { articleCount } }',
  },
  updateDraftVersion: {
    permission: Permission.DRAFT_MANAGE,
    document: 'mutation { updateDraftVersion(input: {id: "missing"}) { id } }',
  },
  compareDraftVersions: {
    permission: Permission.DRAFT_MANAGE,
    document: '{ compareDraftVersions(fromVersionId: "missing", toVersionId: "missing") { fromVersionId } }',
  },
  consultationTasks: {
    permission: Permission.TASK_READ,
    document: '{ consultationTasks(first: 1) { totalCount } }',
  },
  consultationTask: {
    permission: Permission.TASK_READ,
    document: '{ consultationTask(id: "missing") { id } }',
  },
  myAssignments: { permission: Permission.TASK_READ, document: '{ myAssignments(first: 1) { totalCount } }' },
  createConsultationTask: {
    permission: Permission.TASK_MANAGE,
    document: `mutation { createConsultationTask(input: {draftVersionId: "missing", title: "x", noticeText: "x", deadline: "${FAR_DEADLINE}", contactPointIds: ["missing"]}) { id } }`,
  },
  issueConsultationTask: {
    permission: Permission.TASK_MANAGE,
    document: 'mutation { issueConsultationTask(id: "missing") { id } }',
  },
  extendTaskDeadline: {
    permission: Permission.TASK_MANAGE,
    document: `mutation { extendTaskDeadline(input: {taskId: "missing", deadline: "${FAR_DEADLINE}", reason: "x"}) { id } }`,
  },
  transitionPointTask: {
    permission: Permission.TASK_DISTRIBUTE,
    document:
      'mutation { transitionPointTask(input: {taskId: "missing", contactPointId: "missing", to: COLLECTING}) { id } }',
  },
  distributeTask: {
    permission: Permission.TASK_DISTRIBUTE,
    document: `mutation { distributeTask(input: {taskId: "missing", contactPointId: "missing", assignments: [{assigneeType: EXPERT, assigneeId: "missing", dueAt: "${FAR_DUE}"}]}) { id } }`,
  },
  remindAssignees: {
    permission: Permission.TASK_DISTRIBUTE,
    document:
      'mutation { remindAssignees(input: {taskId: "missing", contactPointId: "missing", assignmentIds: ["missing"]}) { sent } }',
  },
  notifications: { permission: Permission.SELF, document: '{ notifications(first: 1) { totalCount } }' },
  unreadNotificationCount: { permission: Permission.SELF, document: '{ unreadNotificationCount }' },
  markNotificationsRead: {
    permission: Permission.SELF,
    document: 'mutation { markNotificationsRead(input: {ids: ["missing"]}) { unreadCount } }',
  },
  setAccountActive: {
    permission: Permission.ACCOUNT_MANAGE,
    document: 'mutation { setAccountActive(input: {accountId: "missing", active: false}) { id } }',
  },
  resetAccountPassword: {
    permission: Permission.ACCOUNT_MANAGE,
    document:
      'mutation { resetAccountPassword(input: {accountId: "missing", password: "long-enough-pw"}) { id } }',
  },
  changePassword: {
    permission: Permission.SELF,
    document:
      'mutation { changePassword(input: {currentPassword: "wrong-password", newPassword: "another-password"}) { id } }',
  },
  submitOpinion: {
    permission: Permission.OPINION_WRITE,
    document:
      'mutation { submitOpinion(input: {taskId: "missing", proposedChange: "x", channel: VISIT}) { receiptNumber } }',
  },
  submitOpinions: {
    permission: Permission.OPINION_WRITE,
    document:
      'mutation { submitOpinions(input: {items: [{taskId: "missing", proposedChange: "x", channel: VISIT}]}) { ok } }',
  },
  updateOpinion: {
    permission: Permission.OPINION_WRITE,
    document: 'mutation { updateOpinion(input: {id: "missing", proposedChange: "x"}) { id } }',
  },
  withdrawOpinion: {
    permission: Permission.OPINION_WRITE,
    document: 'mutation { withdrawOpinion(input: {id: "missing", reason: "x"}) { id } }',
  },
  eraseContributor: {
    permission: Permission.OPINION_WRITE,
    document: 'mutation { eraseContributor(input: {opinionId: "missing"}) { erased } }',
  },
  markOpinionOutOfScope: {
    permission: Permission.OPINION_MANAGE,
    document: 'mutation { markOpinionOutOfScope(input: {id: "missing", reason: "x"}) { id } }',
  },
  opinions: {
    permission: Permission.OPINION_READ,
    document: '{ opinions(taskId: "missing", first: 1) { totalCount } }',
  },
  opinion: { permission: Permission.OPINION_READ, document: '{ opinion(id: "missing") { id } }' },
  opinionByReceipt: {
    permission: Permission.OPINION_READ,
    document: '{ opinionByReceipt(receiptNumber: "19030412345676") { id } }',
  },
  searchOpinions: {
    permission: Permission.OPINION_READ,
    document: '{ searchOpinions(taskId: "missing", query: "养犬", first: 1) { totalCount } }',
  },
  recordCollectionActivity: {
    permission: Permission.OPINION_WRITE,
    document:
      'mutation { recordCollectionActivity(input: {taskId: "missing", channel: FORUM, title: "x", heldOn: "2026-01-01", participants: 3}) { id } }',
  },
  openOnlineCollection: {
    permission: Permission.TASK_DISTRIBUTE,
    document: 'mutation { openOnlineCollection(input: {taskId: "missing"}) { id } }',
  },
  closeOnlineCollection: {
    permission: Permission.TASK_DISTRIBUTE,
    document: 'mutation { closeOnlineCollection(input: {activityId: "missing"}) { id } }',
  },
  onlineCollectionFlow: {
    permission: Permission.TASK_DISTRIBUTE,
    document: '{ onlineCollectionFlow(activityId: "missing") { received } }',
  },
  collectionActivities: {
    permission: Permission.OPINION_WRITE,
    document: '{ collectionActivities(taskId: "missing") { id } }',
  },
  createAnnotation: {
    permission: Permission.ANNOTATION_WRITE,
    document:
      'mutation { createAnnotation(input: {taskId: "missing", provisionAddress: "art_1", start: 0, end: 1, note: "x"}) { id } }',
  },
  replyToAnnotation: {
    permission: Permission.ANNOTATION_WRITE,
    document: 'mutation { replyToAnnotation(input: {parentId: "missing", note: "x"}) { id } }',
  },
  updateAnnotation: {
    permission: Permission.ANNOTATION_WRITE,
    document: 'mutation { updateAnnotation(input: {id: "missing", note: "x"}) { id } }',
  },
  withdrawAnnotation: {
    permission: Permission.ANNOTATION_WRITE,
    document: 'mutation { withdrawAnnotation(input: {id: "missing"}) { id } }',
  },
  reanchorAnnotations: {
    permission: Permission.ANNOTATION_WRITE,
    document:
      'mutation { reanchorAnnotations(input: {taskId: "missing", toVersionId: "missing"}) { moved } }',
  },
  startAnnotationReanchor: {
    permission: Permission.ANNOTATION_WRITE,
    document:
      'mutation { startAnnotationReanchor(input: {taskId: "missing", toVersionId: "missing"}) { id } }',
  },
  annotations: {
    permission: Permission.ANNOTATION_WRITE,
    document: '{ annotations(taskId: "missing") { id } }',
  },
  annotationReanchorPlan: {
    permission: Permission.ANNOTATION_WRITE,
    document: '{ annotationReanchorPlan(taskId: "missing") { latestVersion { id label } } }',
  },
  importOpinions: {
    permission: Permission.OPINION_WRITE,
    document: 'mutation { importOpinions(input: {taskId: "missing", fileBase64: "AAAA"}) { imported } }',
  },
  createAccount: {
    permission: Permission.ACCOUNT_MANAGE,
    document:
      'mutation { createAccount(input: {username: "matrix-user", password: "long-enough-pw", displayName: "x", role: COLLECTOR, organizationId: "missing"}) { id } }',
  },
  consolidation: {
    permission: Permission.TASK_READ,
    document: '{ consolidation(taskId: "missing", contactPointId: "missing") { id } }',
  },
  submittedConsolidations: {
    permission: Permission.TASK_READ,
    document: '{ submittedConsolidations(taskId: "missing") { id } }',
  },
  feedbackByProvision: {
    permission: Permission.SUBMISSION_READ,
    document: '{ feedbackByProvision(taskId: "missing") { totalCount } }',
  },
  suggestion: {
    permission: Permission.TASK_READ,
    document: '{ suggestion(id: "missing") { id } }',
  },
  startDuplicateGrouping: {
    permission: Permission.CONSOLIDATION_WRITE,
    document:
      'mutation { startDuplicateGrouping(input: {taskId: "missing", contactPointId: "missing"}) { id } }',
  },
  job: { permission: Permission.SELF, document: '{ job(id: "missing") { id } }' },
  groupDuplicateOpinions: {
    permission: Permission.CONSOLIDATION_WRITE,
    document:
      'mutation { groupDuplicateOpinions(input: {taskId: "missing", contactPointId: "missing"}) { groups } }',
  },
  draftSuggestions: {
    permission: Permission.CONSOLIDATION_WRITE,
    document:
      'mutation { draftSuggestions(input: {taskId: "missing", contactPointId: "missing"}) { created } }',
  },
  createSuggestion: {
    permission: Permission.CONSOLIDATION_WRITE,
    document:
      'mutation { createSuggestion(input: {taskId: "missing", contactPointId: "missing", sources: {opinionIds: ["missing"]}}) { id } }',
  },
  updateSuggestion: {
    permission: Permission.CONSOLIDATION_WRITE,
    document: 'mutation { updateSuggestion(input: {id: "missing", version: 1, proposedChange: "x"}) { id } }',
  },
  addSuggestionSources: {
    permission: Permission.CONSOLIDATION_WRITE,
    document:
      'mutation { addSuggestionSources(input: {id: "missing", version: 1, sources: {opinionIds: ["missing"]}}) { id } }',
  },
  removeSuggestionSources: {
    permission: Permission.CONSOLIDATION_WRITE,
    document:
      'mutation { removeSuggestionSources(input: {id: "missing", version: 1, sources: {opinionIds: ["missing"]}}) { id } }',
  },
  deleteSuggestion: {
    permission: Permission.CONSOLIDATION_WRITE,
    document: 'mutation { deleteSuggestion(input: {id: "missing", version: 1}) { deletedSuggestionId } }',
  },
  mergeSuggestions: {
    permission: Permission.CONSOLIDATION_WRITE,
    document:
      'mutation { mergeSuggestions(input: {suggestions: [{id: "a", version: 1}, {id: "b", version: 1}]}) { id } }',
  },
  splitSuggestion: {
    permission: Permission.CONSOLIDATION_WRITE,
    document:
      'mutation { splitSuggestion(input: {id: "missing", version: 1, parts: [{proposedChange: "a", opinionIds: ["x"]}, {proposedChange: "b", opinionIds: ["y"]}]}) { id } }',
  },
  requestConsolidationApproval: {
    permission: Permission.CONSOLIDATION_WRITE,
    document:
      'mutation { requestConsolidationApproval(input: {taskId: "missing", contactPointId: "missing"}) { id } }',
  },
  approveConsolidation: {
    permission: Permission.CONSOLIDATION_APPROVE,
    document:
      'mutation { approveConsolidation(input: {taskId: "missing", contactPointId: "missing"}) { id } }',
  },
  returnConsolidation: {
    permission: Permission.CONSOLIDATION_APPROVE,
    document:
      'mutation { returnConsolidation(input: {taskId: "missing", contactPointId: "missing", reason: "x"}) { id } }',
  },
  submitConsolidation: {
    permission: Permission.CONSOLIDATION_WRITE,
    document:
      'mutation { submitConsolidation(input: {taskId: "missing", contactPointId: "missing"}) { id } }',
  },
  delegateConsolidationApproval: {
    permission: Permission.CONSOLIDATION_APPROVE,
    document:
      'mutation { delegateConsolidationApproval(input: {contactPointId: "missing", accountId: "missing"}) { active } }',
  },
  exportConsolidatedFeedback: {
    permission: Permission.TASK_READ,
    document:
      'mutation { exportConsolidatedFeedback(input: {taskId: "missing", contactPointId: "missing", format: DOCX}) { url } }',
  },
  startConsolidatedExport: {
    permission: Permission.TASK_READ,
    document:
      'mutation { startConsolidatedExport(input: {taskId: "missing", contactPointId: "missing", format: XLSX}) { id } }',
  },
  exportTaskFeedback: {
    permission: Permission.SUBMISSION_READ,
    document: 'mutation { exportTaskFeedback(input: {taskId: "missing", format: XLSX}) { url } }',
  },
  recordAdoptionDecision: {
    permission: Permission.ADOPTION_DECIDE,
    document:
      'mutation { recordAdoptionDecision(input: {suggestionId: "missing", outcome: ADOPTED, reason: "x"}) { id } }',
  },
  publishAdoptionDecisions: {
    permission: Permission.ADOPTION_DECIDE,
    document: 'mutation { publishAdoptionDecisions(input: {taskId: "missing"}) { decisions } }',
  },
  proposeAdoptionFromText: {
    permission: Permission.ADOPTION_DECIDE,
    document:
      'mutation { proposeAdoptionFromText(input: {taskId: "missing", laterVersionId: "missing"}) { summary } }',
  },
  exportComparisonTable: {
    permission: Permission.ADOPTION_DECIDE,
    document: 'mutation { exportComparisonTable(input: {taskId: "missing"}) { url } }',
  },
  recordFeedbackDelivery: {
    permission: Permission.OPINION_WRITE,
    document: 'mutation { recordFeedbackDelivery(input: {opinionId: "missing", method: PHONE}) { id } }',
  },
  exportFeedbackReport: {
    permission: Permission.OPINION_WRITE,
    document: 'mutation { exportFeedbackReport(input: {liaisonUnitId: "missing", year: 2022}) { url } }',
  },
  exportEvaluation: {
    permission: Permission.LEDGER_READ,
    document: 'mutation { exportEvaluation(input: {contactPointId: "missing", year: 2022}) { url } }',
  },
  adoptionLedger: {
    permission: Permission.LEDGER_READ,
    document: '{ adoptionLedger(contactPointId: "missing", year: 2022) { tasks } }',
  },
  adoptionLedgerOverview: {
    permission: Permission.LEDGER_READ,
    document: '{ adoptionLedgerOverview(legislatureId: "missing", year: 2022) { totals { tasks } } }',
  },
  ledgerSuggestions: {
    permission: Permission.LEDGER_READ,
    document: '{ ledgerSuggestions(contactPointId: "missing", year: 2022) { totalCount } }',
  },
  adoptionReview: {
    permission: Permission.ADOPTION_DECIDE,
    document: '{ adoptionReview(taskId: "missing") { suggestions items(first: 1) { totalCount } } }',
  },
};

const DEMO_USERS: Record<Role, string> = {
  [Role.SYSTEM_ADMIN]: 'admin',
  [Role.LEGISLATURE_STAFF]: 'legislature',
  [Role.POINT_HEAD]: 'head',
  [Role.DEPUTY_HEAD]: 'deputy',
  [Role.LIAISON_OFFICER]: 'liaison',
  [Role.EXPERT]: 'expert',
  [Role.UNIT_ADMIN]: 'unit',
  [Role.COLLECTOR]: 'collector',
};

describe('every operation for every role', () => {
  let t: TestApp;
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    t = await startTestApp();
    for (const role of Object.values(Role)) tokens[role] = await t.login(DEMO_USERS[role]);
  });
  afterAll(() => t.close());

  it('has a permission on record for every root operation in the schema', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const fields = [
      ...Object.keys(schema.getQueryType()!.getFields()),
      ...Object.keys(schema.getMutationType()!.getFields()),
    ];
    expect(fields.sort()).toEqual(Object.keys(OPERATIONS).sort());
  });

  it.each(Object.entries(OPERATIONS))(
    '%s: refuses whoever lacks its permission, lets through whoever has it',
    async (name, op) => {
      const anonymous = await t.gql(op.document);
      if (op.permission === 'PUBLIC') {
        expect(anonymous.errors?.[0]?.extensions.reason).toBe(op.anonymousReason ?? 'INVALID_CREDENTIALS');
      } else {
        expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      }
      for (const role of Object.values(Role)) {
        const res = await t.gql(op.document, {}, tokens[role]);
        const reasons = (res.errors ?? []).map((e) => e.extensions.reason);
        expect(reasons).not.toContain('NO_PERMISSION_DECLARED');
        const allowed = op.permission === 'PUBLIC' || ROLE_PERMISSIONS[role].includes(op.permission);
        if (allowed)
          expect({ name, role, reasons }).toEqual({
            name,
            role,
            reasons: expect.not.arrayContaining(['PERMISSION_DENIED']),
          });
        else
          expect({ name, role, code: res.errors?.[0]?.extensions.code, reason: reasons[0] }).toEqual({
            name,
            role,
            code: 'FORBIDDEN',
            reason: 'PERMISSION_DENIED',
          });
      }
    },
  );
});

/**
 * Every operation and every file route, as each member of ANOTHER point (point B), aimed at point A's objects: the
 * operations come from the same table (so from the schema), the file routes from Fastify's own route list, and each
 * `"missing"` id in a document is replaced by the point A object its argument names. Nothing of point A may come back,
 * and nothing may be done to it.
 */
describe('every operation and every file route, as another point, with this point’s ids', () => {
  let t: TestApp;
  const a = {} as Record<
    | 'taskId'
    | 'pointId'
    | 'unitId'
    | 'collectorId'
    | 'opinionId'
    | 'versionId'
    | 'headAccountId'
    | 'exportJobId'
    | 'draftId'
    | 'legislatureId'
    | 'activityId'
    | 'annotationId'
    | 'suggestionId',
    string
  >;
  const pointB: Record<string, string> = {};
  /** A staff member of another legislature (created below). */
  let farStaff: string;

  async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const res = await t.gql<T>(query, variables, token);
    if (res.errors) throw new Error(`${query}: ${JSON.stringify(res.errors)}`);
    return res.data!;
  }

  beforeAll(async () => {
    t = await startTestApp();
    const [admin, legislature, head, collector] = await Promise.all(
      ['admin', 'legislature', 'head', 'collector'].map((u) => t.login(u)),
    );
    type Units = {
      edges: Array<{
        node: { id: string; name: string; collectors: { edges: Array<{ node: { id: string } }> } };
      }>;
    };
    const points = await ok<{
      contactPoints: {
        edges: Array<{
          node: { id: string; name: string; legislature: { id: string }; liaisonUnits: Units };
        }>;
      };
    }>(
      '{ contactPoints(first: 5) { edges { node { id name legislature { id } liaisonUnits(first: 20) { edges { node { id name collectors(first: 5) { edges { node { id } } } } } } } } } }',
      {},
      admin,
    );
    const pointA = points.contactPoints.edges.find((e) => e.node.name.startsWith('西南大学'))!.node;
    const other = points.contactPoints.edges.find((e) => e.node.name.includes('天生街道'))!.node;
    const union = pointA.liaisonUnits.edges.find((e) => e.node.name === '北碚区总工会')!.node;
    a.pointId = pointA.id;
    a.unitId = union.id;
    a.collectorId = union.collectors.edges[0].node.id;
    a.headAccountId = (await ok<{ me: { id: string } }>('{ me { id } }', {}, head)).me.id;
    a.legislatureId = pointA.legislature.id;

    // A task sent to point A only, distributed to its trade union, with one opinion.
    const draft = await ok<{ createDraft: { id: string } }>(
      'mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }',
      { i: { legislatureId: pointA.legislature.id, title: '权限测试条例（草案）' } },
      legislature,
    );
    a.draftId = draft.createDraft.id;
    a.versionId = (
      await ok<{ addDraftVersion: { id: string } }>(
        'mutation($i: AddDraftVersionInput!) { addDraftVersion(input: $i) { id } }',
        {
          i: {
            draftId: draft.createDraft.id,
            stage: 'SOLICITATION',
            text: '第一条 为了测试，制定本条例。\n第二条 本条例自公布之日起施行。',
          },
        },
        legislature,
      )
    ).addDraftVersion.id;
    a.taskId = (
      await ok<{ createConsultationTask: { id: string } }>(
        'mutation($i: CreateConsultationTaskInput!) { createConsultationTask(input: $i) { id } }',
        {
          i: {
            draftVersionId: a.versionId,
            title: '权限测试',
            noticeText: '请提意见',
            deadline: FAR_DEADLINE,
            contactPointIds: [a.pointId],
          },
        },
        legislature,
      )
    ).createConsultationTask.id;
    await ok(`mutation { issueConsultationTask(id: "${a.taskId}") { id } }`, {}, legislature);
    await ok(
      'mutation($i: DistributeTaskInput!) { distributeTask(input: $i) { id } }',
      {
        i: {
          taskId: a.taskId,
          contactPointId: a.pointId,
          assignments: [{ assigneeType: 'LIAISON_UNIT', assigneeId: a.unitId, dueAt: FAR_DUE }],
        },
      },
      head,
    );
    a.opinionId = (
      await ok<{ submitOpinion: { opinion: { id: string } } }>(
        'mutation($i: SubmitOpinionInput!) { submitOpinion(input: $i) { opinion { id } } }',
        { i: { taskId: a.taskId, proposedChange: '建议明确施行日期', channel: 'VISIT' } },
        collector,
      )
    ).submitOpinion.opinion.id;
    // An activity, an expert's annotation and a consolidated suggestion of point A's.
    a.activityId = (
      await ok<{ recordCollectionActivity: { id: string } }>(
        'mutation($i: RecordActivityInput!) { recordCollectionActivity(input: $i) { id } }',
        {
          i: {
            taskId: a.taskId,
            channel: 'FORUM',
            title: '座谈会',
            heldOn: chinaDate(new Date()),
            participants: 3,
          },
        },
        head,
      )
    ).recordCollectionActivity.id;
    await distributeToExpert(t, { taskId: a.taskId, pointId: a.pointId, headToken: head });
    a.annotationId = (
      await ok<{ createAnnotation: { id: string } }>(
        'mutation($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }',
        { i: { taskId: a.taskId, provisionAddress: 'art_1', start: 0, end: 2, note: '宜写明目的' } },
        await t.login('expert'),
      )
    ).createAnnotation.id;
    a.suggestionId = (
      await ok<{ createSuggestion: { id: string } }>(
        'mutation($i: CreateSuggestionInput!) { createSuggestion(input: $i) { id } }',
        {
          i: {
            taskId: a.taskId,
            contactPointId: a.pointId,
            sources: { opinionIds: [a.opinionId] },
          },
        },
        head,
      )
    ).createSuggestion.id;
    // An export of point A's table, run to its end: its job and its file are point A's too.
    a.exportJobId = (
      await ok<{ startConsolidatedExport: { id: string } }>(
        'mutation($i: StartConsolidatedExportInput!) { startConsolidatedExport(input: $i) { id } }',
        { i: { taskId: a.taskId, contactPointId: a.pointId, format: 'XLSX' } },
        head,
      )
    ).startConsolidatedExport.id;
    await pollJob((q, v) => t.gql(q, v, head), a.exportJobId);

    // Point B's people, one account per role (its head only if it has none yet).
    const unitB =
      other.liaisonUnits.edges[0]?.node.id ??
      (
        await ok<{ addLiaisonUnit: { id: string } }>(
          'mutation($i: AddLiaisonUnitInput!) { addLiaisonUnit(input: $i) { id } }',
          { i: { contactPointId: other.id, name: '（测试）B点单位', type: 'LIAISON_UNIT' } },
          admin,
        )
      ).addLiaisonUnit.id;
    const roles: Array<[Role, string]> = [
      [Role.POINT_HEAD, other.id],
      [Role.DEPUTY_HEAD, other.id],
      [Role.LIAISON_OFFICER, other.id],
      [Role.EXPERT, other.id],
      [Role.UNIT_ADMIN, unitB],
      [Role.COLLECTOR, unitB],
    ];
    for (const [role, organizationId] of roles) {
      const username = `b-${role.toLowerCase().replace(/_/g, '-')}`;
      const created = await t.gql(
        'mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }',
        { i: { username, password: 'long-enough-pw', displayName: username, role, organizationId } },
        admin,
      );
      if (!created.errors) pointB[role] = await t.login(username, 'long-enough-pw');
      // Below a head, the executing body is the head's to staff (an administrator may not): point B's head does it.
      else if (pointB[Role.POINT_HEAD]) {
        await ok(
          'mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }',
          { i: { username, password: 'long-enough-pw', displayName: username, role, organizationId } },
          pointB[Role.POINT_HEAD],
        );
        pointB[role] = await t.login(username, 'long-enough-pw');
      }
    }
    expect(Object.keys(pointB).sort()).toEqual(roles.map(([role]) => role).sort());
    // The staff of another legislature: every object of point A lies outside its scope too.
    const farLegislature = (
      await ok<{ createLegislature: { id: string } }>(
        'mutation($i: CreateLegislatureInput!) { createLegislature(input: $i) { id } }',
        { i: { name: '（测试）另一立法机关', region: '测试市', level: 'CITY' } },
        admin,
      )
    ).createLegislature.id;
    await ok(
      'mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }',
      {
        i: {
          username: 'far-legislature-staff',
          password: 'long-enough-pw',
          displayName: '另一立法机关工作人员',
          role: 'LEGISLATURE_STAFF',
          organizationId: farLegislature,
        },
      },
      admin,
    );
    farStaff = await t.login('far-legislature-staff', 'long-enough-pw');
  });
  afterAll(() => t.close());

  /** The point A object an argument (or, for a bare `id`, the operation's name) points at. */
  function pointAId(operation: string, arg: string, legislatureToo = false): string | null {
    const byArg: Record<string, string> = {
      taskId: a.taskId,
      contactPointId: a.pointId,
      contactPointIds: a.pointId,
      liaisonUnitId: a.unitId,
      organizationId: a.unitId,
      assigneeId: a.unitId,
      collectorIds: a.collectorId,
      opinionId: a.opinionId,
      opinionIds: a.opinionId,
      draftVersionId: a.versionId,
      fromVersionId: a.versionId,
      toVersionId: a.versionId,
      laterVersionId: a.versionId,
      accountId: a.headAccountId,
      draftId: a.draftId,
      // Point B's legislature is point A's: it lies outside the scope of another legislature's staff only.
      ...(legislatureToo ? { legislatureId: a.legislatureId } : {}),
      activityId: a.activityId,
      parentId: a.annotationId,
      suggestionId: a.suggestionId,
    };
    if (arg in byArg) return byArg[arg];
    if (arg !== 'id') return null;
    const byOperation: Array<[RegExp, string]> = [
      // node(id:) aimed at point A's opinion: it must answer as for an id that names nothing.
      [/^node$/, a.opinionId],
      [/^job$/, a.exportJobId],
      [/annotation/i, a.annotationId],
      [/suggestion/i, a.suggestionId],
      [/^draft$/, a.draftId],
      ...(legislatureToo
        ? ([[/^(legislature|updateLegislature)$/, a.legislatureId]] as Array<[RegExp, string]>)
        : []),
      [/opinion/i, a.opinionId],
      [/draftVersion/i, a.versionId],
      [/task/i, a.taskId],
      [/contactPoint/i, a.pointId],
      [/liaisonUnit/i, a.unitId],
      [/collector/i, a.collectorId],
    ];
    return byOperation.find(([re]) => re.test(operation))?.[1] ?? null;
  }

  function aimAtPointA(operation: string, document: string, idFor = pointAId): string {
    return document
      .replace(/(\w+): "missing"/g, (whole, arg: string) => {
        const id = idFor(operation, arg);
        return id ? `${arg}: "${id}"` : whole;
      })
      .replace(/(\w+): \["missing"\]/g, (whole, arg: string) => {
        const id = idFor(operation, arg);
        return id ? `${arg}: ["${id}"]` : whole;
      });
  }

  it('gives point B none of point A’s objects through any operation', async () => {
    const secrets = Object.values(a);
    const problems: unknown[] = [];
    let aimed = 0;
    for (const [name, op] of Object.entries(OPERATIONS)) {
      const document = aimAtPointA(name, op.document);
      if (document !== op.document) aimed += 1;
      for (const [role, token] of Object.entries(pointB)) {
        const res = await t.gql<Record<string, unknown>>(document, {}, token);
        const leaked = secrets.filter((id) => JSON.stringify(res.data ?? null).includes(id));
        const codes = (res.errors ?? []).map((e) => `${e.extensions.code}/${e.extensions.reason}`);
        const refused = codes.length > 0 && codes.every((c) => /^(FORBIDDEN|NOT_FOUND)\//.test(c));
        // Operations that name no object of point A (lists, one's own inbox) may answer, with nothing of A in them.
        const harmless = document === op.document;
        if (
          leaked.length ||
          !(refused || harmless || codes.every((c) => c.startsWith('BAD_USER_INPUT/VALIDATION')))
        )
          problems.push({ name, role, codes, leaked, data: res.data });
      }
    }
    expect(problems).toEqual([]);
    // The substitution reached most of the table (a change in its documents must not quietly turn this off).
    expect(aimed).toBeGreaterThan(40);
  });

  /**
   * An object outside the caller's scope must answer exactly as an id that names nothing (same code, reason, message
   * and extensions, the id itself aside): a FORBIDDEN for the one and a NOT_FOUND for the other would tell anyone
   * which ids exist. The same document is sent twice — with point A's ids, and with well-formed ids of nothing.
   */
  it('answers point A’s ids exactly as ids that name nothing, for every role of point B and another legislature', async () => {
    const nothing = (_operation: string, arg: string) =>
      `00000000-0000-4000-8000-${arg.length.toString().padStart(12, '0')}`;
    const ids = [...Object.values(a), ...[...Array(40).keys()].map((n) => nothing('', 'x'.repeat(n)))];
    const normalized = (res: { data?: unknown; errors?: unknown }) => {
      let text = JSON.stringify({ data: res.data ?? null, errors: res.errors ?? [] });
      for (const id of ids) text = text.split(id).join('<id>');
      return JSON.parse(text) as unknown;
    };
    /** One line per error (code/reason, message, any other extensions), and the data when it differs. */
    const summary = (value: unknown) => {
      const { data, errors } = value as {
        data: unknown;
        errors: Array<{ message: string; extensions: Record<string, unknown> }>;
      };
      return [
        ...errors.map(({ message, extensions: { code, reason, ...rest } }) =>
          [`${String(code)}/${String(reason)}`, message, Object.keys(rest).length ? JSON.stringify(rest) : '']
            .join(' ')
            .trim(),
        ),
        `data ${JSON.stringify(data)}`,
      ];
    };
    const callers: Array<[string, string, boolean]> = [
      ...Object.entries(pointB).map(([role, token]): [string, string, boolean] => [
        `point B ${role}`,
        token,
        false,
      ]),
      ['another legislature’s LEGISLATURE_STAFF', farStaff, true],
    ];
    const differences: unknown[] = [];
    let compared = 0;
    for (const [name, op] of Object.entries(OPERATIONS)) {
      for (const [who, token, legislatureToo] of callers) {
        const idFor = (operation: string, arg: string) => pointAId(operation, arg, legislatureToo);
        const foreign = aimAtPointA(name, op.document, idFor);
        if (foreign === op.document) continue;
        const missing = aimAtPointA(name, op.document, (operation, arg) =>
          idFor(operation, arg) ? nothing(operation, arg) : null,
        );
        const [seen, absent] = await Promise.all([t.gql(foreign, {}, token), t.gql(missing, {}, token)]);
        compared += 1;
        const [s, m] = [normalized(seen), normalized(absent)];
        if (JSON.stringify(s) !== JSON.stringify(m))
          differences.push({ name, who, foreign: summary(s), missing: summary(m) });
      }
    }
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThan(300);
  });

  it('serves point B no file of point A, on every registered file route, answering as for ids of nothing', async () => {
    const routes = fileRoutes(t.app.getHttpAdapter().getInstance().printRoutes({ commonPrefix: false }));
    expect(routes).toEqual(expect.arrayContaining(['/files/tasks/:taskId/opinion-template.xlsx']));
    expect(routes.length).toBeGreaterThanOrEqual(6);
    const params: Record<string, string> = {
      taskId: a.taskId,
      contactPointId: a.pointId,
      liaisonUnitId: a.unitId,
      jobId: a.exportJobId,
    };
    const problems: unknown[] = [];
    for (const route of routes) {
      const formats = route.includes(':format') ? ['docx', 'xlsx'] : [''];
      for (const format of formats) {
        const url = route.replace(/:(\w+)/g, (_m, p: string) =>
          p === 'format' ? format : (params[p] ?? 'missing'),
        );
        expect({ url, unresolved: url.includes('missing') }).toEqual({ url, unresolved: false });
        // The same route with ids of nothing: point A's objects must answer as those do (no existence oracle).
        const nothing = route.replace(/:(\w+)/g, (_m, p: string) =>
          p === 'format' ? format : `00000000-0000-4000-8000-${String(p.length).padStart(12, '0')}`,
        );
        for (const [role, token] of Object.entries(pointB)) {
          const res = await t.download(`${url}${url.includes('?') ? '&' : '?'}year=2026`, token);
          const missing = await t.download(`${nothing}?year=2026`, token);
          if (![400, 403, 404].includes(res.status) || res.status !== missing.status)
            problems.push({ url, role, status: res.status, missing: missing.status });
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

/** The GET routes under /files, from Fastify's printed route tree (so a new file route is tested without a new line). */
function fileRoutes(tree: string): string[] {
  const routes: string[] = [];
  const stack: Array<{ depth: number; path: string }> = [];
  for (const line of tree.split('\n')) {
    const match = /^([\s│├└─]*)(\S.*?)(?: \(([^)]*)\))?$/.exec(line);
    if (!match || !match[2]) continue;
    const depth = match[1].length;
    while (stack.length && stack[stack.length - 1].depth >= depth) stack.pop();
    const path = `${stack[stack.length - 1]?.path ?? ''}${match[2]}`;
    stack.push({ depth, path });
    if (match[3]?.split(', ').includes('GET') && path.startsWith('/files/')) routes.push(path);
  }
  return [...new Set(routes)];
}
