// A provision's text with the annotated passages highlighted. The marks add no characters, so the element's text stays
// exactly the provision's text and selections inside it still measure true offsets (selection-offsets.ts).
import type { ReactNode } from 'react';

export interface Highlight {
  id: string;
  start: number;
  end: number;
}

export function AnnotatedText(props: {
  text: string;
  highlights: Highlight[];
  activeId: string | null;
  onActivate: (id: string) => void;
}) {
  const { text, highlights } = props;
  const valid = highlights.filter((h) => h.start >= 0 && h.end <= text.length && h.start < h.end);
  if (!valid.length) return <>{text}</>;
  const cuts = [...new Set([0, text.length, ...valid.flatMap((h) => [h.start, h.end])])].sort(
    (a, b) => a - b,
  );
  const parts: ReactNode[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const covering = valid.filter((h) => h.start <= from && h.end >= to);
    const piece = text.slice(from, to);
    if (!covering.length) {
      parts.push(piece);
      continue;
    }
    const first = covering[0].id;
    const active = covering.some((h) => h.id === props.activeId);
    parts.push(
      <mark
        key={from}
        className={`anno-mark${active ? ' anno-mark-active' : ''}${covering.length > 1 ? ' anno-mark-overlap' : ''}`}
        data-annotation-ids={covering.map((h) => h.id).join(' ')}
        onClick={() => props.onActivate(first)}
      >
        {piece}
      </mark>,
    );
  }
  return <>{parts}</>;
}
