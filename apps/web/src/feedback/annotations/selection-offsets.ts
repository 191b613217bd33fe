// The page computes an annotation's offsets from the reader's selection (nobody types them): UTF-16 code units in the
// provision's own text, as the API's anchoring counts them (libs/feedback/src/anchoring). Each provision's text is one
// element carrying data-anchor-address whose text content is exactly the provision's text (highlights inside it add
// no characters), so a Range from the element's start to the selection's start measures the offset.

export interface SelectedPassage {
  address: string;
  start: number;
  end: number;
  quote: string;
}

export type SelectionResult =
  { ok: true; passage: SelectedPassage; rect: DOMRect } | { ok: false; problem: string | null };

const ADDRESS_ATTRIBUTE = 'data-anchor-address';

function anchorElement(node: Node | null): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  return element?.closest<HTMLElement>(`[${ADDRESS_ATTRIBUTE}]`) ?? null;
}

/** Characters of `element`'s text before the boundary point (container, offset). */
function offsetWithin(element: HTMLElement, container: Node, offset: number): number {
  const before = document.createRange();
  before.selectNodeContents(element);
  before.setEnd(container, offset);
  return before.toString().length;
}

/**
 * The passage the selection covers inside one provision, or why it cannot be annotated (null: nothing selected, no
 * message needed). A selection over two provisions is refused: an annotation anchors to one provision's text.
 */
export function passageOfSelection(selection: Selection | null, root: HTMLElement): SelectionResult {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return { ok: false, problem: null };
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return { ok: false, problem: null };
  const startElement = anchorElement(range.startContainer);
  const endElement = anchorElement(range.endContainer);
  if (!startElement && !endElement) return { ok: false, problem: null };
  if (!startElement || startElement !== endElement)
    return { ok: false, problem: '一条批注只能选择同一款（项）中的文字，请缩小选择范围' };
  const address = startElement.getAttribute(ADDRESS_ATTRIBUTE) ?? '';
  const start = offsetWithin(startElement, range.startContainer, range.startOffset);
  const end = offsetWithin(startElement, range.endContainer, range.endOffset);
  const text = startElement.textContent ?? '';
  const quote = text.slice(start, end);
  if (!quote.trim()) return { ok: false, problem: null };
  return { ok: true, passage: { address, start, end, quote }, rect: range.getBoundingClientRect() };
}

export { ADDRESS_ATTRIBUTE };
