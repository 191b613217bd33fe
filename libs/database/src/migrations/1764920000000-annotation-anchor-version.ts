import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { ref } from './migration-helpers.js';

/** One audit record of an annotation, its before/after snapshots parsed (null when absent or unreadable). */
export interface AnnotationHistoryEntry {
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const ANCHOR_FIELDS = ['provisionAddress', 'quote', 'startOffset', 'endOffset'] as const;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/**
 * The version an annotation's anchor was last written, re-selected or placed on, replayed from its audit trail (oldest
 * first): created on its version; re-selected by its author on the version it was listed on; placed by a re-anchoring
 * that did not orphan it; an orphaning keeps the anchor where it was (before this column, the version the annotation
 * stood on just before the run, if no earlier record says). Undefined when the trail says nothing usable.
 */
export function anchorVersionFromHistory(entries: readonly AnnotationHistoryEntry[]): string | undefined {
  let version: string | undefined;
  for (const { action, before, after } of entries) {
    if (!after) continue;
    if (action === 'annotation.create') version = str(after.draftVersionId) ?? version;
    else if (action === 'annotation.edit') {
      const reselected =
        before !== null &&
        (ANCHOR_FIELDS.some((f) => f in after && after[f] !== before[f]) ||
          (before.anchorStatus === 'ORPHANED' && after.anchorStatus === 'ANCHORED'));
      if (reselected) version = str(after.draftVersionId) ?? version;
    } else if (action === 'annotation.reanchor') {
      if (after.anchorStatus === undefined) continue;
      if (after.anchorStatus !== 'ORPHANED') version = str(after.draftVersionId) ?? version;
      // Orphaned by this run: its anchor stayed where it was before, which a placed annotation always stood on.
      else if (before && before.anchorStatus !== 'ORPHANED') version = str(before.draftVersionId) ?? version;
      else version ??= str(before?.draftVersionId);
    }
  }
  return version;
}

function parse(json: string | null): Record<string, unknown> | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * An orphaned annotation (not placed on a newer version) was moved on to that version while its anchor — address,
 * quote, context, offsets — stayed those of the older one, so a later re-anchoring read them as positions in a text
 * they never came from. The anchor now names its own version. Existing annotations: their version, except orphans,
 * whose anchor version is replayed from their audit trail (falling back to their version when it says nothing).
 */
export class AnnotationAnchorVersion1764920000000 implements MigrationInterface {
  name = 'AnnotationAnchorVersion1764920000000';

  async up(qr: QueryRunner): Promise<void> {
    // MariaDB commits a column at once: a run whose backfill failed is run again from here.
    if (!(await qr.hasColumn('annotation', 'anchor_version_id')))
      await qr.addColumn('annotation', new TableColumn(ref('anchor_version_id', true)));
    await qr.query('UPDATE annotation SET anchor_version_id = draft_version_id WHERE parent_id IS NULL');
    const orphans = (await qr.query(
      "SELECT id, draft_version_id FROM annotation WHERE parent_id IS NULL AND anchor_status = 'ORPHANED'",
    )) as Array<{ id: string; draft_version_id: string }>;
    // Chunked to stay within the engines' parameter limits.
    for (let i = 0; i < orphans.length; i += 500) {
      const chunk = orphans.slice(i, i + 500);
      const records = (await qr.query(
        `SELECT entity_id, action, ${qr.connection.driver.escape('before')}, ${qr.connection.driver.escape('after')}
           FROM audit_record
          WHERE entity_type = 'Annotation' AND entity_id IN (${chunk.map(() => '?').join(', ')})
          ORDER BY id`,
        chunk.map((o) => o.id),
      )) as Array<{ entity_id: string; action: string; before: string | null; after: string | null }>;
      const history = new Map<string, AnnotationHistoryEntry[]>();
      for (const r of records)
        history
          .set(r.entity_id, history.get(r.entity_id) ?? [])
          .get(r.entity_id)!
          .push({ action: r.action, before: parse(r.before), after: parse(r.after) });
      for (const orphan of chunk) {
        const version = anchorVersionFromHistory(history.get(orphan.id) ?? []);
        if (version && version !== orphan.draft_version_id)
          await qr.query('UPDATE annotation SET anchor_version_id = ? WHERE id = ?', [version, orphan.id]);
      }
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropColumn('annotation', 'anchor_version_id');
  }
}
