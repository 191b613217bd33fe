/**
 * The service tier (between the pure unit tests and the HTTP end-to-end ones, as immich's "medium" tests): the real
 * modules and services on a real, empty database — SQLite in a temporary folder, or MariaDB when DATABASE_URL or
 * TEST_MYSQL_URL names one (`npm run test:mariadb`). Nothing from the demo: each test makes what it needs with the
 * factories below (a legislature, a point and its people, a task, opinions) and calls the services directly.
 */
import {
  ContactPointKind,
  ContactPointLevel,
  ExecutivePosition,
  LegislatureLevel,
  OrganizationService,
} from '@app/organization';
import { AccountService, Role, permissionsOf, type Actor } from '@app/identity';
import { DraftsService, DraftStage } from '@app/drafts';
import { PointTaskState, TaskService } from '@app/consultation';
import { OpinionChannel, OpinionService } from '@app/feedback';
import { Clock } from '@app/common';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { WRITE_LOAD_ENV } from '../../support/write-load.js';

/** A short regulation: three articles, enough to point opinions at provisions. */
export const SMALL_DRAFT_TEXT = [
  '第一条　为了规范养犬行为，保障公民健康和人身安全，制定本条例。',
  '第二条　本市行政区域内养犬以及相关管理活动，适用本条例。',
  '第三条　养犬人应当依法办理养犬登记。',
].join('\n');

export interface World {
  t: TestApp;
  clock: Clock;
  organization: OrganizationService;
  accounts: AccountService;
  drafts: DraftsService;
  tasks: TaskService;
  opinions: OpinionService;
  /** A system administrator, made first. */
  admin: Actor;
}

let serial = 0;
/** Names unique within a run (usernames, organisation names). */
export const unique = (prefix: string): string => `${prefix}${process.pid}x${++serial}`;

export async function startWorld(): Promise<World> {
  if (!process.env.DATABASE_URL && process.env.TEST_MYSQL_URL)
    process.env.DATABASE_URL = process.env.TEST_MYSQL_URL;
  // The service tier builds its worlds through the services, one liaison officer writing hundreds of opinions a
  // minute: far beyond the per-account opinion budget a person meets (OPINION_WRITE_LIMITS), as a write load is.
  const t = await startTestApp({ seed: false, env: WRITE_LOAD_ENV });
  const accounts = t.app.get(AccountService);
  const account = await t.db.transaction((em) =>
    accounts.create(em, {
      username: unique('admin'),
      password: 'service-test-password',
      displayName: '系统管理员',
      grants: [{ role: Role.SYSTEM_ADMIN, legislatureId: null, contactPointId: null, liaisonUnitId: null }],
    }),
  );
  const admin: Actor = {
    accountId: account.id,
    username: account.username,
    displayName: account.displayName,
    grants: [{ role: Role.SYSTEM_ADMIN, legislatureId: null, contactPointId: null, liaisonUnitId: null }],
    permissions: permissionsOf([Role.SYSTEM_ADMIN]),
    requestId: 'service-test',
  };
  return {
    t,
    clock: t.app.get(Clock),
    organization: t.app.get(OrganizationService),
    accounts,
    drafts: t.app.get(DraftsService),
    tasks: t.app.get(TaskService),
    opinions: t.app.get(OpinionService),
    admin,
  };
}

/** The actor of an account, as a request would load it. */
export async function actorOf(w: World, accountId: string): Promise<Actor> {
  const actor = await w.accounts.loadActor(accountId, 'service-test');
  if (!actor) throw new Error(`no actor for ${accountId}`);
  return actor;
}

export async function makeLegislature(w: World): Promise<{ id: string; staff: Actor }> {
  const legislature = await w.organization.createLegislature(w.admin, {
    name: unique('人大常委会'),
    region: '某市',
    level: LegislatureLevel.CITY,
  });
  const staff = await w.organization.createAccount(w.admin, {
    username: unique('staff'),
    password: 'service-test-password',
    displayName: '法工委工作人员',
    role: Role.LEGISLATURE_STAFF,
    organizationId: legislature.id,
  });
  return { id: legislature.id, staff: await actorOf(w, staff.id) };
}

/** A contact point of the legislature with its head and its liaison officer (the executing body). */
export async function makePoint(
  w: World,
  legislatureId: string,
): Promise<{ id: string; head: Actor; liaison: Actor }> {
  const point = await w.organization.createContactPoint(w.admin, {
    legislatureId,
    name: unique('联系点'),
    hostInstitution: '某街道办事处',
    level: ContactPointLevel.CITY,
    kind: ContactPointKind.STREET_TOWN,
    designatedOn: '2022-03-01',
  });
  const member = async (position: ExecutivePosition, role: Role, name: string, by: Actor = w.admin) => {
    const row = await w.organization.addExecutiveMember(by, {
      contactPointId: point.id,
      name,
      position,
    });
    const account = await w.organization.createAccount(
      by,
      {
        username: unique(role.toLowerCase().replace(/_/g, '')),
        password: 'service-test-password',
        displayName: name,
        role,
        organizationId: point.id,
        memberId: row.id,
      },
      undefined,
      { tellHead: false },
    );
    return actorOf(w, account.id);
  };
  const head = await member(ExecutivePosition.POINT_HEAD, Role.POINT_HEAD, '点长');
  // Once the point has its head, the head staffs the executing body (an administrator may not: POINT_HAS_HEAD).
  const liaison = await member(ExecutivePosition.LIAISON_OFFICER, Role.LIAISON_OFFICER, '联络员', head);
  return { id: point.id, head, liaison };
}

/** An issued task on a small draft, sent to the points named; `deadline` as the API takes it (default: in 30 days). */
export async function makeTask(
  w: World,
  legislature: { id: string; staff: Actor },
  pointIds: string[],
  deadline = new Date(w.clock.now().getTime() + 30 * 86_400_000),
): Promise<{ id: string }> {
  const draft = await w.drafts.createDraft(legislature.staff, {
    legislatureId: legislature.id,
    title: unique('养犬管理条例'),
  });
  const version = await w.drafts.addVersion(legislature.staff, {
    draftId: draft.id,
    stage: DraftStage.SOLICITATION,
    label: '征求意见稿',
    text: SMALL_DRAFT_TEXT,
  });
  const task = await w.tasks.create(legislature.staff, {
    draftVersionId: version.id,
    title: unique('关于征求意见的通知'),
    noticeText: '请广泛征求意见。',
    deadline,
    contactPointIds: pointIds,
  });
  await w.tasks.issue(legislature.staff, task.id);
  return { id: task.id };
}

/** Opinions by the executing body (who may submit for its point), one per text, on article 3 at a forum by default. */
export async function makeOpinions(
  w: World,
  author: Actor,
  taskId: string,
  texts: string[],
  {
    provisionAddress = 'art_3',
    channel = OpinionChannel.FORUM,
  }: { provisionAddress?: string; channel?: OpinionChannel } = {},
): Promise<string[]> {
  const ids: string[] = [];
  for (const proposedChange of texts) {
    const { opinion } = await w.opinions.submit(author, {
      taskId,
      provisionAddress,
      proposedChange,
      channel,
    });
    ids.push(opinion.id);
  }
  return ids;
}

/** Moves a point's task to 征集中 (已接收 → 已分发 → 征集中), as its executing body does by hand. */
export async function startCollecting(
  w: World,
  executive: Actor,
  taskId: string,
  contactPointId: string,
): Promise<void> {
  for (const to of [PointTaskState.DISPATCHED, PointTaskState.COLLECTING])
    await w.tasks.transition(executive, { taskId, contactPointId, to });
}
