import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { Clock, DOCX_CONTENT_TYPE, ForbiddenError, XLSX_CONTENT_TYPE, type DownloadFile } from '@app/common';
import { ConsolidationService, SuggestionService, type ExportedFile } from '@app/consolidation';
import { TaskService, formatChinaTime } from '@app/consultation';
import { DRAFT_STAGE_LABELS, DraftsService, type DraftStage } from '@app/drafts';
import { OpinionService, OpinionStatus } from '@app/feedback';
import { Role, isSystemAdmin, type Actor } from '@app/identity';
import { actsForLegislature, OrganizationService } from '@app/organization';
import { AdoptionDecisionEntity } from './adoption.entities.js';
import { OUTCOME_LABELS, type AdoptionOutcome } from './adoption.enums.js';
import { AdoptionService } from './adoption.service.js';
import {
  renderComparisonTableDocx,
  renderEvaluationDocx,
  renderEvaluationXlsx,
  renderFeedbackReportDocx,
  type ComparisonTableDocument,
  type EvaluationLine,
  type EvaluationWorkbook,
  type FeedbackReportDocument,
  type OutcomeLabel,
} from './documents/index.js';
import { articleMapping, articleOf } from './evidence.service.js';
import { type LedgerFigures, awaitingDecision, withEveryMember } from './ledger.js';
import { LedgerService } from './ledger.service.js';

const DOCX = DOCX_CONTENT_TYPE;
const XLSX = XLSX_CONTENT_TYPE;

/** Where each document is fetched (adoption-files.controller.ts), with the same bearer token. */
export const adoptionFileUrl = {
  comparisonTable: (taskId: string, laterVersionId?: string) =>
    `/files/tasks/${encodeURIComponent(taskId)}/comparison-table.docx${laterVersionId ? `?laterVersionId=${encodeURIComponent(laterVersionId)}` : ''}`,
  evaluation: (pointId: string, year: number, format: 'xlsx' | 'docx' = 'xlsx') =>
    `/files/points/${encodeURIComponent(pointId)}/evaluation.${format}?year=${year}`,
  feedbackReport: (unitId: string, year: number) =>
    `/files/units/${encodeURIComponent(unitId)}/feedback-report.docx?year=${year}`,
};

const label = (outcome: AdoptionOutcome | null | undefined): OutcomeLabel =>
  outcome ? (OUTCOME_LABELS[outcome] as OutcomeLabel) : '待定';

const evaluationLine = (f: LedgerFigures, unit?: string): EvaluationLine => ({
  name: f.label,
  ...(unit !== undefined ? { unit } : {}),
  tasks: f.tasks,
  opinions: f.opinions,
  suggestions: f.suggestions,
  adopted: f.adopted,
  partiallyAdopted: f.partiallyAdopted,
  notAdopted: f.notAdopted,
  underStudy: f.underStudy,
  awaitingDecision: awaitingDecision(f),
  adoptionRate: f.adoptionRate,
});

const safeName = (name: string): string => name.replace(/[\\/:*?"<>|\s]/g, '').slice(0, 120);

/** The adoption step's documents: 修改对照表, 年度考核表 (.xlsx, .docx), and each unit's 采纳情况反馈. */
@Injectable()
export class AdoptionDocumentService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly adoption: AdoptionService,
    private readonly ledger: LedgerService,
    private readonly tasks: TaskService,
    private readonly drafts: DraftsService,
    private readonly organization: OrganizationService,
    private readonly clock: Clock,
    private readonly consolidations: ConsolidationService,
    private readonly suggestionRows: SuggestionService,
    private readonly opinions: OpinionService,
  ) {}

  // ── links (the mutations check access first, so that a refused export is a GraphQL error) ─────────────────────

  async comparisonTableLink(actor: Actor, taskId: string, laterVersionId?: string): Promise<ExportedFile> {
    const task = await this.tasks.mustFindVisibleTask(actor, taskId);
    if (!actsForLegislature(actor, task.legislatureId)) {
      throw new ForbiddenError('只有立法机关可以导出修改对照表', 'NOT_RECEIVING_LEGISLATURE');
    }
    // Only a later version of the task's own draft: access to the task is no access to any other draft's text.
    if (laterVersionId) await this.drafts.mustFindLaterVersion(actor, task.draftVersionId, laterVersionId);
    return {
      url: adoptionFileUrl.comparisonTable(taskId, laterVersionId),
      filename: `${safeName(`修改对照表-${task.title}`)}.docx`,
    };
  }

  async evaluationLink(
    actor: Actor,
    contactPointId: string,
    year: number,
    format: 'xlsx' | 'docx' = 'xlsx',
  ): Promise<ExportedFile> {
    await this.ledger.scope(actor, contactPointId, year);
    const point = await this.organization.mustFind('contactPoint', contactPointId);
    return {
      url: adoptionFileUrl.evaluation(contactPointId, year, format),
      filename: `${safeName(`${point.name}${year}年度考核表`)}.${format}`,
    };
  }

  async feedbackReportLink(actor: Actor, liaisonUnitId: string, year: number): Promise<ExportedFile> {
    const unit = await this.assertUnitReader(actor, liaisonUnitId);
    return {
      url: adoptionFileUrl.feedbackReport(liaisonUnitId, year),
      filename: `${safeName(`${unit.name}${year}年意见采纳情况反馈`)}.docx`,
    };
  }

  private async assertUnitReader(actor: Actor, liaisonUnitId: string) {
    // Another point's unit answers as missing; its own point's people who may not export it are refused.
    const unit = await this.organization.mustFindVisible(actor, 'liaisonUnit', liaisonUnitId);
    const allowed =
      isSystemAdmin(actor) ||
      actor.grants.some(
        (g) =>
          (g.role === Role.UNIT_ADMIN && g.liaisonUnitId === unit.id) ||
          ([Role.POINT_HEAD, Role.DEPUTY_HEAD, Role.LIAISON_OFFICER].includes(g.role) &&
            g.contactPointId === unit.contactPointId),
      );
    if (!allowed)
      throw new ForbiddenError('只有本单位管理员和联系点执行机构可以导出该单位的反馈', 'NOT_UNIT_READER');
    return unit;
  }

  // ── documents ────────────────────────────────────────────────────────────────────────────────────────────────

  async comparisonTable(actor: Actor, taskId: string, laterVersionId?: string): Promise<DownloadFile> {
    const link = await this.comparisonTableLink(actor, taskId, laterVersionId);
    const task = await this.tasks.mustFindVisibleTask(actor, taskId);
    const consulted = await this.drafts.mustFindVersion(task.draftVersionId);
    const draft = await this.drafts.mustFindDraft(consulted.draftId);
    const [legislature] = await this.organization.legislaturesByIds([task.legislatureId]);
    const later = laterVersionId
      ? (await this.drafts.mustFindLaterVersion(actor, consulted.id, laterVersionId)).later
      : null;
    const version = await this.drafts.versionIndex(consulted.id);
    const mapping = later
      ? articleMapping((await this.drafts.comparison(consulted.id, later.id)).changes)
      : null;

    const submitted = await this.consolidations.submittedOf(taskId);
    const suggestions = await this.suggestionRows.ofConsolidations(submitted.map((c) => c.id));
    const decisions = new Map(
      (await this.adoption.decisionsFor(suggestions.map((s) => s.id))).flatMap((d) =>
        d ? [[d.suggestionId, d] as const] : [],
      ),
    );
    const points = new Map(
      (await this.organization.pointsByIds(submitted.map((c) => c.contactPointId))).flatMap((p) =>
        p ? [[p.id, p.name] as const] : [],
      ),
    );
    // One row per article (or 总体意见), in the consulted version's order; suggestions on its paragraphs join it.
    const rows = new Map<string, ComparisonTableDocument['rows'][number]>();
    for (const s of suggestions) {
      const article = s.provisionAddress
        ? (articleOf(version, s.provisionAddress) ?? s.provisionAddress)
        : null;
      const key = article ?? '';
      let row = rows.get(key);
      if (!row) {
        const change = article && mapping ? mapping.get(article) : undefined;
        row = {
          provision: article ? (version.get(article)?.citation ?? article) : '总体意见',
          consultedText: article ? (version.fullText(article) ?? '') : '',
          laterProvision:
            !mapping || !article
              ? ''
              : change?.to.length
                ? change.to.map((a) => a.citation).join('、')
                : '（已删除）',
          laterText: change?.to.map((a) => a.text).join('\n') ?? '',
          suggestions: [],
        };
        rows.set(key, row);
      }
      const d = decisions.get(s.id);
      row.suggestions.push({
        contactPoint: points.get(s.contactPointId) ?? '',
        number: s.number ?? 0,
        proposedChange: s.proposedChange,
        outcome: label(d?.outcome),
        reason: d?.reason ?? '',
      });
    }
    const doc: ComparisonTableDocument = {
      title: `《${draft.title}》修改对照表`,
      legislatureName: legislature?.name ?? '',
      draftTitle: draft.title,
      consultedVersionLabel: consulted.label || DRAFT_STAGE_LABELS[consulted.stage as DraftStage] || '',
      laterVersionLabel: later ? later.label || DRAFT_STAGE_LABELS[later.stage as DraftStage] || '' : null,
      generatedAt: formatChinaTime(this.clock.now()),
      // Rows come in suggestion order (the draft's order); the general opinions' row was keyed '' and goes last.
      rows: [...rows.entries()].sort(([a], [b]) => Number(a === '') - Number(b === '')).map(([, row]) => row),
    };
    return { filename: link.filename, contentType: DOCX, content: await renderComparisonTableDocx(doc) };
  }

  /** 年度考核表 as .xlsx (the default) or as .docx: the same figures, notes and headings. */
  async evaluation(
    actor: Actor,
    contactPointId: string,
    year: number,
    format: 'xlsx' | 'docx' = 'xlsx',
  ): Promise<DownloadFile> {
    const link = await this.evaluationLink(actor, contactPointId, year, format);
    const point = await this.organization.mustFind('contactPoint', contactPointId);
    const ledger = await this.ledger.ledger(actor, contactPointId, year);
    // Every unit and collector of the point in the year, with zeros for those who gathered nothing.
    const members = await this.organization.pointMembersDuring(
      contactPointId,
      `${year}-01-01`,
      `${year}-12-31`,
    );
    const unitName = new Map(members.units.map((u) => [u.id, u.name]));
    const units = withEveryMember(
      await this.ledger.breakdown(ledger.scope, 'unit'),
      members.units.map((u) => ({ key: u.id, label: u.name })),
    );
    const collectorLines = withEveryMember(
      await this.ledger.breakdown(ledger.scope, 'collector'),
      members.collectors.map((c) => ({ key: c.id, label: c.name })),
    );
    // Name and unit from the collectors themselves: a unit's name may hold brackets of its own (（演示）…).
    const collectorOf = new Map(members.collectors.map((c) => [c.id, c]));
    const others = collectorLines.map((l) => l.key).filter((k) => !collectorOf.has(k));
    for (const c of await this.organization.collectorsByIds(others)) if (c) collectorOf.set(c.id, c);
    const moreUnits = [...collectorOf.values()].map((c) => c.liaisonUnitId).filter((id) => !unitName.has(id));
    for (const u of await this.organization.unitsByIds([...new Set(moreUnits)]))
      if (u) unitName.set(u.id, u.name);
    const workbook: EvaluationWorkbook = {
      title: `${point.name}${year}年度立法信息采集工作考核表`,
      year,
      contactPoint: point.name,
      generatedAt: formatChinaTime(this.clock.now()),
      totals: evaluationLine({ ...ledger, label: '合计' }),
      units: units.map((u) => evaluationLine(u)),
      collectors: collectorLines.map((line) => {
        const c = collectorOf.get(line.key);
        return c
          ? evaluationLine({ ...line, label: c.name }, unitName.get(c.liaisonUnitId) ?? '')
          : evaluationLine(line, '');
      }),
    };
    return format === 'docx'
      ? { filename: link.filename, contentType: DOCX, content: await renderEvaluationDocx(workbook) }
      : { filename: link.filename, contentType: XLSX, content: await renderEvaluationXlsx(workbook) };
  }

  async feedbackReport(actor: Actor, liaisonUnitId: string, year: number): Promise<DownloadFile> {
    const link = await this.feedbackReportLink(actor, liaisonUnitId, year);
    const unit = await this.organization.mustFind('liaisonUnit', liaisonUnitId);
    const point = await this.organization.mustFind('contactPoint', unit.contactPointId);
    const [legislature] = await this.organization.legislaturesByIds([point.legislatureId]);
    // The unit's view of the point's year: the tasks as the point sees them, read without the ledger's access rule.
    const scope = await this.ledger.scopeOf(unit.contactPointId, year);
    const opinions = await this.opinions.ofUnitOnTasks(
      liaisonUnitId,
      scope.tasks.map((t) => t.id),
    );
    const outcomes = await this.adoption.outcomesOf(opinions.map((o) => o.id));
    const collectors = new Map(
      (
        await this.organization.collectorsByIds([
          ...new Set(opinions.flatMap((o) => (o.collectorId ? [o.collectorId] : []))),
        ])
      ).flatMap((c) => (c ? [[c.id, c.name] as const] : [])),
    );
    const decided = await this.db.getRepository(AdoptionDecisionEntity).find({
      select: { taskId: true, publishedAt: true },
      where: {
        taskId: In(scope.tasks.length ? scope.tasks.map((t) => t.id) : ['-']),
        contactPointId: unit.contactPointId,
      },
    });
    const publishedAt = (taskId: string) => {
      const times = decided
        .filter((d) => d.taskId === taskId && d.publishedAt)
        .map((d) => d.publishedAt!.getTime());
      return times.length ? formatChinaTime(new Date(Math.max(...times))) : null;
    };
    // Which of the tasks the point has submitted: opinions in the others are still with the point.
    const submittedTasks = new Set(
      await this.consolidations.submittedTaskIds(
        unit.contactPointId,
        scope.tasks.map((t) => t.id),
      ),
    );
    const summary = {
      opinions: opinions.length,
      adopted: 0,
      partiallyAdopted: 0,
      notAdopted: 0,
      underStudy: 0,
      pending: 0,
      notForwarded: 0,
      withPoint: 0,
    };
    const key = {
      ADOPTED: 'adopted',
      PARTIALLY_ADOPTED: 'partiallyAdopted',
      NOT_ADOPTED: 'notAdopted',
      UNDER_STUDY: 'underStudy',
    } as const;
    const tasks: FeedbackReportDocument['tasks'] = [];
    for (const task of scope.tasks) {
      const mine = opinions
        .map((o, i) => ({ o, outcome: outcomes[i] }))
        .filter(({ o }) => o.taskId === task.id);
      if (!mine.length) continue;
      const submitted = submittedTasks.has(task.id);
      tasks.push({
        taskTitle: task.title,
        publishedAt: publishedAt(task.id),
        submitted,
        opinions: mine.map(({ o, outcome }) => {
          const line = {
            receiptNumber: o.receiptNumber,
            provision: o.provisionCitation ?? '总体意见',
            proposedChange: o.proposedChange,
            collector: o.collectorId ? (collectors.get(o.collectorId) ?? '') : '',
          };
          if (o.status === OpinionStatus.OUT_OF_SCOPE) {
            summary.notForwarded++;
            return {
              ...line,
              outcome: '不予报送' as const,
              reason: `联系点不予报送：${o.statusReason ?? ''}`,
            };
          }
          if (!submitted) {
            summary.withPoint++;
            return { ...line, outcome: '尚未报送' as const, reason: '联系点正在汇总，尚未报送立法机关' };
          }
          if (outcome) summary[key[outcome.outcome]]++;
          else summary.pending++;
          return { ...line, outcome: label(outcome?.outcome), reason: outcome?.reason ?? '立法机关尚未反馈' };
        }),
      });
    }
    const doc: FeedbackReportDocument = {
      title: `${unit.name}意见建议采纳情况反馈`,
      recipient: unit.name,
      contactPoint: point.name,
      legislatureName: legislature?.name ?? '',
      generatedAt: formatChinaTime(this.clock.now()),
      summary,
      tasks,
    };
    return { filename: link.filename, contentType: DOCX, content: await renderFeedbackReportDocx(doc) };
  }
}
