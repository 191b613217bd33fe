import type { VersionIndex } from '@app/drafts';
import { GENERAL_SORT_KEY } from './consolidation.enums.js';

/** Where a provision sits in the draft, how it is cited and what it says — for ordering and labelling rows. */
export class ProvisionOrder {
  private readonly positions = new Map<string, number>();

  constructor(private readonly version: VersionIndex) {
    version.addresses().forEach((address, i) => this.positions.set(address, i));
  }

  has(address: string): boolean {
    return this.positions.has(address);
  }

  /** The provision's place in document order; general opinions (null) and unknown addresses go last. */
  sortKey(address: string | null): number {
    return address === null ? GENERAL_SORT_KEY : (this.positions.get(address) ?? GENERAL_SORT_KEY - 1);
  }

  citation(address: string | null): string {
    if (address === null) return '总体意见';
    return this.version.get(address)?.citation ?? address;
  }

  text(address: string | null): string | null {
    return address === null ? null : this.version.fullText(address);
  }
}
