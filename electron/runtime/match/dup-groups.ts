/**
 * Near-duplicate groups: postings with the same dupKeyOf (normalised title, trade, workplace
 * address, pay) share a number. The engine numbers every posting it sees. Keeping 100k key strings
 * in a Map cost a start-up build about a fifth of its time (building, hashing and keeping the
 * strings), so a key is kept as two independent 32-bit hashes in an open-addressing table of typed
 * arrays, which the garbage collector never walks. Two different keys are taken for one only if
 * both hashes agree: for 100k distinct postings, about one chance in a billion.
 */
import type { Job } from '../../schema/job';
import { normTitle } from './indexed-job';

/** ECMAScript white space and line terminators: what `\s` removes from the address in dupKeyOf. */
const isSpace = (c: number) =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** Two hashes fed the same code units: FNV-1a, and a multiply-rotate mix with another seed. */
class KeyHash {
  a = 0x811c9dc5 | 0;
  b = 0x9747b28c | 0;
  unit(c: number): void {
    this.a = Math.imul(this.a ^ c, 0x01000193);
    this.b = Math.imul(this.b ^ c, 0x5bd1e995);
    this.b ^= this.b >>> 15;
  }
  text(s: string, skipSpace = false): void {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (!skipSpace || !isSpace(c)) this.unit(c);
    }
    // A separator no text holds, so that ("ab", "c") and ("a", "bc") differ.
    this.unit(0x10000);
  }
  number(n: number): void {
    view[0] = n + 0; // -0 and 0 print alike in dupKeyOf
    this.unit(words[0]!);
    this.unit(words[1]!);
  }
}
const view = new Float64Array(1);
const words = new Uint32Array(view.buffer);

/** Final avalanche (murmur3's fmix32), so that the table's low bits depend on every unit. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

export class DuplicateGroups {
  private hashA = new Int32Array(1 << 10);
  private hashB = new Int32Array(1 << 10);
  /** Group number + 1; 0 marks a free cell. */
  private ids = new Int32Array(1 << 10);
  private count = 0;
  private readonly h = new KeyHash();

  /** The group of a posting whose comparable daily pay is `daily`; a new number for a key not seen before. */
  groupOf(job: Job, daily: number | null): number {
    const h = this.h;
    h.a = 0x811c9dc5 | 0;
    h.b = 0x9747b28c | 0;
    h.text(normTitle(job.title));
    h.text(job.occupation);
    h.text(job.address, true);
    if (daily === null) {
      h.unit(1);
      h.number(job.pay.amount);
    } else {
      h.unit(2);
      h.number(Math.round(daily / 10));
    }
    return this.intern(fmix(h.a), fmix(h.b));
  }

  get size(): number {
    return this.count;
  }

  private intern(a: number, b: number): number {
    const mask = this.ids.length - 1;
    for (let i = a & mask; ; i = (i + 1) & mask) {
      const id = this.ids[i]!;
      if (id === 0) {
        this.hashA[i] = a;
        this.hashB[i] = b;
        this.ids[i] = ++this.count;
        if (this.count * 2 > this.ids.length) this.grow();
        return this.count - 1;
      }
      if (this.hashA[i] === a && this.hashB[i] === b) return id - 1;
    }
  }

  private grow(): void {
    const { hashA, hashB, ids } = this;
    const size = ids.length * 2;
    this.hashA = new Int32Array(size);
    this.hashB = new Int32Array(size);
    this.ids = new Int32Array(size);
    const mask = size - 1;
    for (let k = 0; k < ids.length; k++) {
      if (ids[k] === 0) continue;
      let i = hashA[k]! & mask;
      while (this.ids[i] !== 0) i = (i + 1) & mask;
      this.hashA[i] = hashA[k]!;
      this.hashB[i] = hashB[k]!;
      this.ids[i] = ids[k]!;
    }
  }
}
