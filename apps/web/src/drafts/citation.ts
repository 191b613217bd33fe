// How a provision is cited (第十三条, 第五条第二款第（三）项) when only its stable address (art_13, art_5__para_2) is at
// hand: on the device without a network (待同步) or for an opinion queued before the citation was kept with it. The
// server's own `citation` is used wherever it is loaded; this reading of the address is the fallback, never raw codes.

const CHINESE_DIGITS = '零一二三四五六七八九';
/** 13 → 十三, 105 → 一百零五: so "13" finds 第十三条. */
export function chineseNumber(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n];
  if (n < 20) return `十${n % 10 ? CHINESE_DIGITS[n % 10] : ''}`;
  if (n < 100) return `${CHINESE_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CHINESE_DIGITS[n % 10] : ''}`;
  const rest = n % 100;
  const tail =
    rest === 0
      ? ''
      : rest < 10
        ? `零${CHINESE_DIGITS[rest]}`
        : rest < 20
          ? `一${chineseNumber(rest)}`
          : chineseNumber(rest);
  return `${CHINESE_DIGITS[Math.floor(n / 100)]}百${tail}`;
}

const UNITS: Record<string, (n: string, insertion: string | undefined) => string> = {
  part: (n) => `第${chineseNumber(Number(n))}编`,
  subpart: (n) => `第${chineseNumber(Number(n))}分编`,
  chp: (n) => `第${chineseNumber(Number(n))}章`,
  sec: (n) => `第${chineseNumber(Number(n))}节`,
  art: (n, i) => `第${chineseNumber(Number(n))}条${i ? `之${chineseNumber(Number(i))}` : ''}`,
  para: (n) => `第${chineseNumber(Number(n))}款`,
  item: (n) => `第（${chineseNumber(Number(n))}）项`,
  subitem: (n) => `第${n}目`,
};

/**
 * art_13 → 第十三条, art_17_1 → 第十七条之一, art_5__para_2__item_3 → 第五条第二款第（三）项. Anything it cannot read
 * (a number past 999, an unknown part) gives 该条文 rather than the code.
 */
export function citationOfAddress(address: string): string {
  let out = '';
  for (const part of address.split('__')) {
    if (part.startsWith('dup_')) continue;
    const m = /^([a-z]+)_(\d{1,3})(?:_(\d{1,2}))?$/.exec(part);
    const unit = m && UNITS[m[1]];
    if (!m || !unit) return '该条文';
    out += unit(m[2], m[3]);
  }
  return out || '该条文';
}

/** What a collector reads for an opinion's place in the draft: the citation, or 总体意见 when it has none. */
export function provisionLabel(address: string | null | undefined, citation?: string | null): string {
  if (!address) return '总体意见';
  return citation || citationOfAddress(address);
}

/**
 * The label of an opinion waiting on the device (待同步): kept with it when it was written; opinions queued before the
 * citation was kept carry 条文 art_8 and are read from their address instead.
 */
export function queuedProvisionLabel(label: string | undefined, address: string | null | undefined): string {
  if (!address) return '总体意见';
  return label && !label.startsWith('条文 ') && !label.includes(address) ? label : citationOfAddress(address);
}
