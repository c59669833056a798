// Counts per key in insertion order, for the surfaces and types of a name group. A name group holds
// one surface and one type nearly always, and there is one name group per name per document: two Maps
// each (a hash table apiece) were a large share of what a pass allocated and kept until it ended. The
// first key lives in two fields; a second key moves them to two arrays.

/** The part of Map<K, number> that name groups use, with Map's order: insertion, a deleted key re-added goes last. */
export class Counts<K> {
  private k0: K | undefined = undefined;
  private c0 = 0;
  private n = 0;
  private ks: K[] | null = null;
  private cs: number[] | null = null;

  get size(): number {
    return this.ks ? this.ks.length : this.n;
  }

  /** The i-th key in insertion order (0 <= i < size). */
  keyAt(i: number): K {
    return this.ks ? this.ks[i] : (this.k0 as K);
  }

  /** The count of the i-th key (0 <= i < size). */
  countAt(i: number): number {
    return this.cs ? this.cs[i] : this.c0;
  }

  get(k: K): number | undefined {
    if (this.ks) {
      const i = this.ks.indexOf(k);
      return i >= 0 ? (this.cs as number[])[i] : undefined;
    }
    return this.n === 1 && this.k0 === k ? this.c0 : undefined;
  }

  /** Adds `by` to the key's count (a new key starts at 0). */
  add(k: K, by: number): void {
    this.set(k, (this.get(k) ?? 0) + by);
  }

  set(k: K, c: number): void {
    if (this.ks) {
      const i = this.ks.indexOf(k);
      if (i >= 0) (this.cs as number[])[i] = c;
      else {
        this.ks.push(k);
        (this.cs as number[]).push(c);
      }
    } else if (this.n === 0) {
      this.k0 = k;
      this.c0 = c;
      this.n = 1;
    } else if (this.k0 === k) this.c0 = c;
    else {
      this.ks = [this.k0 as K, k];
      this.cs = [this.c0, c];
      this.k0 = undefined;
    }
  }

  delete(k: K): boolean {
    if (this.ks) {
      const i = this.ks.indexOf(k);
      if (i < 0) return false;
      this.ks.splice(i, 1);
      (this.cs as number[]).splice(i, 1);
      return true;
    }
    if (this.n === 1 && this.k0 === k) {
      this.n = 0;
      this.k0 = undefined;
      return true;
    }
    return false;
  }

  /** The sum of the counts. */
  total(): number {
    let t = 0;
    for (let i = 0; i < this.size; i++) t += this.countAt(i);
    return t;
  }
}
