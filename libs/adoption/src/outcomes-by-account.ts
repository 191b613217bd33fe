import { OUTCOME_RANK, type AdoptionOutcome } from './adoption.enums.js';

/**
 * Whom a publication tells, and of what: each opinion's best outcome over the published suggestions it went into
 * (`outcomeOf`; a suggestion not there is skipped), counted for its author and its unit's admins — once per account
 * and opinion, an admin who wrote it counted once. Accounts in the order they first appear. One pass over the links
 * and one over the opinions (100,000 of them: a map of opinions per account cost ~1.5 s on a loaded machine, issue 16).
 */
export function outcomesByAccount(
  links: ReadonlyArray<{
    suggestionId: string;
    opinionId: string;
    /** Null: submitted by the public through 网上征集 — no account is told (the person looks it up by 回执号). */
    authorAccountId: string | null;
    liaisonUnitId: string | null;
  }>,
  outcomeOf: ReadonlyMap<string, AdoptionOutcome>,
  unitAdmins: ReadonlyMap<string, readonly string[]>,
): {
  opinions: number;
  perAccount: Map<string, { opinions: number; counts: Map<AdoptionOutcome, number> }>;
} {
  const best = new Map<string, { outcome: AdoptionOutcome; author: string | null; unit: string | null }>();
  for (const link of links) {
    const outcome = outcomeOf.get(link.suggestionId);
    if (outcome === undefined) continue;
    const known = best.get(link.opinionId);
    if (!known) best.set(link.opinionId, { outcome, author: link.authorAccountId, unit: link.liaisonUnitId });
    else if (OUTCOME_RANK[outcome] < OUTCOME_RANK[known.outcome]) known.outcome = outcome;
  }
  const perAccount = new Map<string, { opinions: number; counts: Map<AdoptionOutcome, number> }>();
  const count = (accountId: string, outcome: AdoptionOutcome) => {
    let mine = perAccount.get(accountId);
    if (!mine) perAccount.set(accountId, (mine = { opinions: 0, counts: new Map() }));
    mine.opinions++;
    mine.counts.set(outcome, (mine.counts.get(outcome) ?? 0) + 1);
  };
  for (const { outcome, author, unit } of best.values()) {
    if (author) count(author, outcome);
    if (unit)
      for (const admin of new Set(unitAdmins.get(unit) ?? [])) if (admin !== author) count(admin, outcome);
  }
  return { opinions: best.size, perAccount };
}
