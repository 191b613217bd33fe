/**
 * How a person cites a provision, read back from its stable address when the caller has no citation at hand:
 * `art_13__para_1__item_2` → 第十三条第一款第（二）项, `art_17_1` → 第十七条之一, `chp_2` → 第二章.
 */
import { toChineseNumber } from '@app/drafts/text';

const CONTAINER_WORDS: Record<string, string> = { part: '编', subp: '分编', chp: '章', sec: '节' };

export function citationFromAddress(address: string): string {
  const containers: string[] = [];
  const own: string[] = [];
  for (const segment of address.split('__')) {
    const m = /^([a-z]+)_(\d+)(?:_(\d+))?$/.exec(segment);
    if (m === null) return address;
    const [, kind, num, ins] = m;
    const n = Number(num);
    const insertion = ins === undefined ? '' : `之${toChineseNumber(Number(ins))}`;
    if (kind === 'art') own.push(`第${toChineseNumber(n)}条${insertion}`);
    else if (kind === 'para') own.push(`第${toChineseNumber(n)}款`);
    else if (kind === 'item') own.push(`第（${toChineseNumber(n)}）项`);
    else if (kind === 'subitem') own.push(`第${n}目`);
    else if (kind === 'dup')
      continue; // the parser's mark for a repeated number: not part of the citation
    else if (kind in CONTAINER_WORDS)
      containers.push(`第${toChineseNumber(n)}${CONTAINER_WORDS[kind]}${insertion}`);
    else return address;
  }
  // An article is cited by its own number, whatever chapter holds it.
  return own.length > 0 ? own.join('') : containers.join('');
}
