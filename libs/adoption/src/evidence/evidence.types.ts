/** What the text of a later version says about one suggestion: plain data in, plain data out. */

export type SuggestedOutcome = 'ADOPTED' | 'PARTIALLY_ADOPTED' | 'NOT_ADOPTED';

export interface EvidenceInput {
  /** The provision's text in the consulted version (null: a general opinion, or the provision is unknown). */
  consultedText: string | null;
  /** The text of the matching provision in the later version (null: deleted, or not found). */
  laterText: string | null;
  /** The proposed change (修改意见), e.g. 建议将“每户限养一只犬”修改为“每户限养两只犬，但烈性犬除外”。 */
  proposedChange: string;
  /** How the summary names the provision, e.g. 第九条 (default 该条款). */
  provisionLabel?: string;
}

/** A stretch of the later text, with UTF-16 offsets: `laterText.slice(start, end) === text`. */
export interface Passage {
  text: string;
  start: number;
  end: number;
}

/** The wording a proposed change asks for, as read from its text. */
export interface ProposalWording {
  /** Wording asked for: quoted after 修改为/改为/增加/补充…, or the proposal minus boilerplate. */
  wanted: string[];
  /** Wording asked to be deleted: quoted after 删除/删去…, or the item or paragraph a 删除第三项 points at. */
  removed: string[];
  /** Original wording that the proposal replaces: the “A” of 将“A”修改为“B”. */
  replaced: string[];
  /** The proposal asks to delete the whole provision (建议删除本条). */
  deleteProvision: boolean;
  /** True when the wording comes from quotes or a resolved reference; false when it is the proposal's own prose. */
  explicit: boolean;
}

export interface TextEvidence {
  /** Consulted and later texts differ once width, quote style and spaces are folded (a deleted provision changed). */
  provisionChanged: boolean;
  /** The later text is null while the consulted text existed. */
  provisionDeleted: boolean;
  /** How close the old and the new wording are to the change asked for, 0..1. */
  before: number;
  after: number;
  /** after − before, the headline score (−1..1). */
  score: number;
  /** A suggested outcome to offer the legislature for confirmation, or null when the text cannot say. */
  suggestedOutcome: SuggestedOutcome | null;
  /** Passages of the later text that match the wording asked for, in text order, never overlapping. */
  matchedPassages: Passage[];
  /** Passages of the later text that still hold wording the proposal asked to delete or replace. */
  remainingPassages: Passage[];
  /** What was read from the proposed change. */
  proposal: ProposalWording;
  /** A one-line Chinese explanation. */
  summary: string;
}
