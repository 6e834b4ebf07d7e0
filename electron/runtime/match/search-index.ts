/**
 * Inverted index from tokens to job slots, in two levels: token → the distinct texts holding it →
 * the slots holding each text. Postings repeat their words: a hall's 100k postings have a few
 * hundred titles, a thousand employers and a few hundred opening lines between them. A job costs
 * the index one slot added to each of its four texts, and a text is tokenised and posted once,
 * when the first job holding it arrives. Postings are typed arrays (4 bytes each).
 */
import { tokens } from './text';

/** Fields a token can come from; a hit in the title counts more than one in the description. */
export const fieldNames = ['title', 'employer', 'place', 'description'] as const;
export type Field = (typeof fieldNames)[number];
export const fieldWeight: readonly number[] = [3, 2, 2, 1];
const FIELDS = fieldNames.length;

/** A job's text per field, in fieldNames order. */
export type FieldTexts = readonly string[];

/**
 * Ids held in ascending order. Kept sorted so that removing one (an update that changes a job's
 * words) is a binary search and one native move, not a walk through 100k postings; and so that
 * slots are read front to back.
 */
class PostingList {
  ids = new Int32Array(4);
  n = 0;
  add(id: number): void {
    if (this.n === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    // A bulk build hands out slots in rising order: appending is the common case.
    if (this.n === 0 || this.ids[this.n - 1]! < id) {
      this.ids[this.n++] = id;
      return;
    }
    const at = this.lowerBound(id);
    if (this.ids[at] === id && at < this.n) return;
    this.ids.copyWithin(at + 1, at, this.n);
    this.ids[at] = id;
    this.n++;
  }
  remove(id: number): void {
    const at = this.lowerBound(id);
    if (at >= this.n || this.ids[at] !== id) return;
    this.ids.copyWithin(at, at + 1, this.n);
    this.n--;
  }
  /** First position whose id is not below `id`. */
  private lowerBound(id: number): number {
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ids[mid]! < id) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** No slot, or more than one (then they are in `many`). */
const NONE = -1;
const MANY = -2;

/** Told when a text first appears in a field and when its last job leaves (the pinyin vocabulary listens). */
export type TextListener = (field: number, text: string, present: boolean) => void;

export class TextIndex {
  private ids = new Map<string, number>();
  /** token id × FIELDS + field → ids of the texts holding the token in that field. */
  private lists: (PostingList | undefined)[] = [];
  /** Han character → ids of bigram tokens containing it, so a one-character query finds 洁 in 保洁. */
  private charTokens = new Map<string, Set<number>>();

  /** Per field, text → text id. Text ids are shared by all fields and reused once freed. */
  private textIds: Map<string, number>[] = Array.from({ length: FIELDS }, () => new Map());
  private textString: string[] = [];
  private textField: number[] = [];
  /** The text's only slot, or NONE, or MANY (then `many` holds them): most texts of a unique posting have one. */
  private one: number[] = [];
  private many: (PostingList | undefined)[] = [];
  private freeTexts: number[] = [];
  /** Slot × FIELDS + field → the id of the slot's text in that field: the engine keeps no document to ask. */
  private slotTexts = new Int32Array(0);

  constructor(private readonly listener: TextListener = () => {}) {}

  add(slot: number, texts: FieldTexts): void {
    if ((slot + 1) * FIELDS > this.slotTexts.length) {
      const grown = new Int32Array(Math.max((slot + 1) * FIELDS, this.slotTexts.length * 2, 1024 * FIELDS));
      grown.set(this.slotTexts);
      this.slotTexts = grown;
    }
    for (let f = 0; f < FIELDS; f++) this.slotTexts[slot * FIELDS + f] = this.addText(slot, f, texts[f]!);
  }

  remove(slot: number): void {
    for (let f = 0; f < FIELDS; f++) this.removeText(slot, f, this.text(slot, f));
  }

  /** A job's words changed: only the fields whose text changed move. */
  update(slot: number, after: FieldTexts): void {
    for (let f = 0; f < FIELDS; f++) {
      const before = this.text(slot, f);
      if (before === after[f]) continue;
      this.removeText(slot, f, before);
      this.slotTexts[slot * FIELDS + f] = this.addText(slot, f, after[f]!);
    }
  }

  /** The text a slot holds in a field (fieldNames order): for a title or employer, the job's own. */
  text(slot: number, field: number): string {
    return this.textString[this.slotTexts[slot * FIELDS + field]!]!;
  }

  /** Postings of a token over all fields: at least the number of jobs holding it (a job may hold it twice). */
  postings(id: number): number {
    let n = 0;
    for (let f = 0; f < FIELDS; f++) {
      const list = this.lists[id * FIELDS + f];
      if (list) for (let i = 0; i < list.n; i++) n += this.slotCount(list.ids[i]!);
    }
    return n;
  }

  idOf(token: string): number | undefined {
    return this.ids.get(token);
  }

  /** Calls visit(slot, weight) for every posting of a token id in any field. */
  forEach(id: number, visit: (slot: number, weight: number) => void): void {
    for (let f = 0; f < FIELDS; f++) {
      const list = this.lists[id * FIELDS + f];
      if (!list) continue;
      const w = fieldWeight[f]!;
      for (let i = 0; i < list.n; i++) {
        const t = list.ids[i]!;
        const only = this.one[t]!;
        if (only >= 0) visit(only, w);
        else if (only === MANY) {
          const slots = this.many[t]!;
          const ids = slots.ids;
          for (let k = 0; k < slots.n; k++) visit(ids[k]!, w);
        }
      }
    }
  }

  /** Token ids a single Han character stands for: itself and every indexed bigram containing it. */
  expandChar(c: string): number[] {
    const own = this.ids.get(c);
    return [...(own !== undefined ? [own] : []), ...(this.charTokens.get(c) ?? [])];
  }

  get tokenCount(): number {
    return this.ids.size;
  }

  /** Distinct texts held, over all fields. */
  get textCount(): number {
    return this.textString.length - this.freeTexts.length;
  }

  private slotCount(t: number): number {
    const only = this.one[t]!;
    return only >= 0 ? 1 : only === MANY ? this.many[t]!.n : 0;
  }

  private addText(slot: number, f: number, text: string): number {
    let t = this.textIds[f]!.get(text);
    if (t === undefined) t = this.newText(f, text);
    const only = this.one[t]!;
    if (only === NONE) this.one[t] = slot;
    else if (only === MANY) this.many[t]!.add(slot);
    else if (only !== slot) {
      const list = new PostingList();
      list.add(only);
      list.add(slot);
      this.many[t] = list;
      this.one[t] = MANY;
    }
    return t;
  }

  private removeText(slot: number, f: number, text: string): void {
    const t = this.textIds[f]!.get(text);
    if (t === undefined) return;
    const only = this.one[t]!;
    if (only === slot) this.one[t] = NONE;
    else if (only === MANY) {
      const list = this.many[t]!;
      list.remove(slot);
      if (list.n === 1) {
        this.one[t] = list.ids[0]!;
        this.many[t] = undefined;
      }
    }
    if (this.one[t] === NONE) this.dropText(t);
  }

  private newText(f: number, text: string): number {
    const t = this.freeTexts.pop() ?? this.textString.length;
    this.textIds[f]!.set(text, t);
    this.textString[t] = text;
    this.textField[t] = f;
    this.one[t] = NONE;
    this.many[t] = undefined;
    for (const id of this.tokenIds(text)) (this.lists[id * FIELDS + f] ??= new PostingList()).add(t);
    this.listener(f, text, true);
    return t;
  }

  /** The last job holding a text left: its postings go and its id is reused. */
  private dropText(t: number): void {
    const f = this.textField[t]!;
    const text = this.textString[t]!;
    for (const id of this.tokenIds(text)) this.lists[id * FIELDS + f]?.remove(t);
    this.textIds[f]!.delete(text);
    this.textString[t] = '';
    this.freeTexts.push(t);
    this.listener(f, text, false);
  }

  /** Interned token ids of a text; unknown tokens are created. */
  private tokenIds(text: string): number[] {
    const out: number[] = [];
    for (const t of tokens(text)) {
      let id = this.ids.get(t);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(t, id);
        if (t.length === 2 && !/[a-z0-9]/.test(t))
          for (const c of t) {
            let set = this.charTokens.get(c);
            if (!set) this.charTokens.set(c, (set = new Set()));
            set.add(id);
          }
      }
      out.push(id);
    }
    return out;
  }
}
