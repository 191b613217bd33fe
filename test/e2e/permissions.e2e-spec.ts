import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Permission, ROLE_PERMISSIONS, Role } from '@app/identity';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Every root operation × every role (and no token at all). The table names the permission each operation must declare;
 * an operation missing from it fails the test, so a new operation cannot slip in unreviewed. Inputs are well-formed
 * but name objects that do not exist, so a permitted call fails later (NOT_FOUND, BAD_USER_INPUT) and writes nothing.
 */
const OPERATIONS: Record<string, { permission: Permission | 'PUBLIC'; document: string }> = {
  login: {
    permission: 'PUBLIC',
    document: 'mutation { login(input: {username: "nobody", password: "x"}) { accessToken } }',
  },
  me: { permission: Permission.SELF, document: '{ me { id } }' },
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
    document:
      'mutation { createConsultationTask(input: {draftVersionId: "missing", title: "x", noticeText: "x", deadline: "2099-01-01", contactPointIds: ["missing"]}) { id } }',
  },
  issueConsultationTask: {
    permission: Permission.TASK_MANAGE,
    document: 'mutation { issueConsultationTask(id: "missing") { id } }',
  },
  extendTaskDeadline: {
    permission: Permission.TASK_MANAGE,
    document:
      'mutation { extendTaskDeadline(input: {taskId: "missing", deadline: "2099-01-01", reason: "x"}) { id } }',
  },
  transitionPointTask: {
    permission: Permission.TASK_DISTRIBUTE,
    document:
      'mutation { transitionPointTask(input: {taskId: "missing", contactPointId: "missing", to: COLLECTING}) { id } }',
  },
  distributeTask: {
    permission: Permission.TASK_DISTRIBUTE,
    document:
      'mutation { distributeTask(input: {taskId: "missing", contactPointId: "missing", assignments: [{assigneeType: EXPERT, assigneeId: "missing", dueAt: "2099-01-01"}]}) { id } }',
  },
  notifications: { permission: Permission.SELF, document: '{ notifications(first: 1) { totalCount } }' },
  unreadNotificationCount: { permission: Permission.SELF, document: '{ unreadNotificationCount }' },
  markNotificationsRead: {
    permission: Permission.SELF,
    document: 'mutation { markNotificationsRead(input: {ids: ["missing"]}) }',
  },
  setAccountActive: {
    permission: Permission.ACCOUNT_MANAGE,
    document: 'mutation { setAccountActive(input: {accountId: "missing", active: false}) { id } }',
  },
  changePassword: {
    permission: Permission.SELF,
    document:
      'mutation { changePassword(input: {currentPassword: "wrong-password", newPassword: "another-password"}) }',
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
  markOpinionOutOfScope: {
    permission: Permission.OPINION_MANAGE,
    document: 'mutation { markOpinionOutOfScope(input: {id: "missing", reason: "x"}) { id } }',
  },
  opinions: {
    permission: Permission.OPINION_READ,
    document: '{ opinions(taskId: "missing", first: 1) { totalCount } }',
  },
  opinion: { permission: Permission.OPINION_READ, document: '{ opinion(id: "missing") { id } }' },
  searchOpinions: {
    permission: Permission.OPINION_READ,
    document: '{ searchOpinions(taskId: "missing", query: "养犬", first: 1) { totalCount } }',
  },
  recordCollectionActivity: {
    permission: Permission.OPINION_WRITE,
    document:
      'mutation { recordCollectionActivity(input: {taskId: "missing", channel: FORUM, title: "x", heldOn: "2026-01-01", participants: 3}) { id } }',
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
  annotations: {
    permission: Permission.ANNOTATION_WRITE,
    document: '{ annotations(taskId: "missing") { id } }',
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
    document: 'mutation { deleteSuggestion(input: {id: "missing", version: 1}) }',
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
      'mutation { delegateConsolidationApproval(input: {contactPointId: "missing", accountId: "missing"}) }',
  },
  exportConsolidatedFeedback: {
    permission: Permission.TASK_READ,
    document:
      'mutation { exportConsolidatedFeedback(input: {taskId: "missing", contactPointId: "missing", format: DOCX}) { url } }',
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
  ledgerSuggestions: {
    permission: Permission.LEDGER_READ,
    document: '{ ledgerSuggestions(contactPointId: "missing", year: 2022) { totalCount } }',
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
        expect(anonymous.errors?.[0]?.extensions.reason).toBe('INVALID_CREDENTIALS');
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
