/**
 * The occupation taxonomy shipped in assets/occupations.json: parsed once with zod, then indexed
 * for the questions matching asks (is this code known, what 小类 and group is it in, which codes
 * are related, which occupation does a word like 钟点工 mean).
 */
import { z } from 'zod';
import raw from '../../../assets/occupations.json' with { type: 'json' };

/** 大典 codes look like 4-10-01-06: 大类-中类-小类-细类 (occupation). Local hall codes use 90+ as the last part. */
const code = z.string().regex(/^\d-\d{2}-\d{2}-\d{2}$/, 'expected a 职业分类大典 code like 4-10-01-06');

export const occupationSchema = z.object({
  code,
  /** '2022' for a 大典 2022 code; 'local' for a hall category numbered inside its 大典 小类. */
  edition: z.union([z.literal('2015'), z.literal('2022'), z.literal('local')]),
  /** The 小类 prefix (4-10-01): occupations sharing it are close relatives. */
  minorGroup: z.string().regex(/^\d-\d{2}-\d{2}$/),
  name: z.string().min(1).max(20),
  /** Toneless syllables separated by spaces (bao jie yuan). */
  pinyin: z.string().regex(/^[a-zü ]+$/),
  initials: z.string().regex(/^[a-zü]+$/),
  group: z.string().min(1),
  synonyms: z.array(z.string().min(1).max(20)),
  icon: z.string().min(1),
  certificates: z.array(z.string().min(1)),
  related: z.array(code),
});
export type Occupation = z.infer<typeof occupationSchema>;

export const certificateSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  /** Higher licences that cover this one (a B2 licence holder may drive what C1 allows). */
  satisfiedBy: z.array(z.string().min(1)).optional(),
  /**
   * Occupations nobody may work in without this certificate, by law, and the law: matching requires
   * it even of a posting that forgets to ask (certificates.ts). The occupation lists it too.
   */
  requiredByLaw: z
    .object({ occupations: z.array(code).min(1), law: z.string().min(1) })
    .strict()
    .optional(),
});

export const taxonomySchema = z
  .object({
    edition: z.string(),
    note: z.string(),
    groups: z
      .array(z.object({ id: z.string().min(1), name: z.string().min(1), icon: z.string().min(1) }))
      .min(1),
    certificates: z.array(certificateSchema),
    occupations: z.array(occupationSchema).min(1),
  })
  .superRefine((t, ctx) => {
    const codes = new Set<string>();
    const groups = new Set(t.groups.map((g) => g.id));
    for (const [i, o] of t.occupations.entries()) {
      if (codes.has(o.code))
        ctx.addIssue({
          code: 'custom',
          message: `duplicate code ${o.code}`,
          path: ['occupations', i, 'code'],
        });
      codes.add(o.code);
      if (!groups.has(o.group))
        ctx.addIssue({
          code: 'custom',
          message: `unknown group ${o.group}`,
          path: ['occupations', i, 'group'],
        });
      if (!o.code.startsWith(`${o.minorGroup}-`))
        ctx.addIssue({
          code: 'custom',
          message: `minorGroup ${o.minorGroup} is not the prefix of ${o.code}`,
          path: ['occupations', i, 'minorGroup'],
        });
    }
    for (const [i, c] of t.certificates.entries())
      for (const oc of c.requiredByLaw?.occupations ?? []) {
        const o = t.occupations.find((x) => x.code === oc);
        if (!o?.certificates.includes(c.name))
          ctx.addIssue({
            code: 'custom',
            message: `${c.name} is required by law of ${oc}, which ${o ? 'does not list it' : 'is unknown'}`,
            path: ['certificates', i, 'requiredByLaw'],
          });
      }
    for (const [i, o] of t.occupations.entries()) {
      for (const r of o.related) {
        if (!codes.has(r))
          ctx.addIssue({
            code: 'custom',
            message: `${o.code} relates to unknown code ${r}`,
            path: ['occupations', i, 'related'],
          });
        if (r === o.code)
          ctx.addIssue({
            code: 'custom',
            message: `${o.code} relates to itself`,
            path: ['occupations', i, 'related'],
          });
      }
    }
  });
export type TaxonomyData = z.infer<typeof taxonomySchema>;
export type OccupationGroup = TaxonomyData['groups'][number];

/** How close a job's occupation is to one a worker asked for; best first. */
export type OccupationFit = 'exact' | 'minor-group' | 'group' | 'related' | 'none';

export interface Taxonomy {
  readonly data: TaxonomyData;
  occupation(code: string): Occupation | undefined;
  group(id: string): OccupationGroup | undefined;
  /** Names, synonyms and the group name, each mapped to the occupation codes it means. */
  readonly terms: ReadonlyMap<string, readonly string[]>;
  fit(wanted: string, offered: string): OccupationFit;
}

export function createTaxonomy(data: TaxonomyData): Taxonomy {
  const byCode = new Map(data.occupations.map((o) => [o.code, o]));
  const groups = new Map(data.groups.map((g) => [g.id, g]));
  const terms = new Map<string, string[]>();
  const addTerm = (term: string, c: string) => {
    const list = terms.get(term) ?? [];
    if (!list.includes(c)) list.push(c);
    terms.set(term, list);
  };
  for (const o of data.occupations) {
    addTerm(o.name, o.code);
    for (const s of o.synonyms) addTerm(s, o.code);
    const g = groups.get(o.group);
    if (g) addTerm(g.name, o.code);
  }
  // Relatedness is symmetric for matching even when the asset lists it one way only.
  const related = new Map<string, Set<string>>();
  for (const o of data.occupations)
    for (const r of o.related) {
      related.set(o.code, (related.get(o.code) ?? new Set()).add(r));
      related.set(r, (related.get(r) ?? new Set()).add(o.code));
    }
  return {
    data,
    occupation: (c) => byCode.get(c),
    group: (id) => groups.get(id),
    terms,
    fit(wanted, offered) {
      if (wanted === offered) return 'exact';
      const a = byCode.get(wanted);
      const b = byCode.get(offered);
      if (!a || !b) return 'none';
      if (a.minorGroup === b.minorGroup) return 'minor-group';
      if (a.group === b.group) return 'group';
      if (related.get(wanted)?.has(offered)) return 'related';
      return 'none';
    },
  };
}

let shipped: Taxonomy | undefined;

/** The taxonomy in assets/, validated on first use; a broken asset fails loudly at start-up. */
export function loadTaxonomy(): Taxonomy {
  if (!shipped) {
    const parsed = taxonomySchema.safeParse(raw);
    if (!parsed.success)
      throw new Error(`assets/occupations.json is invalid: ${z.prettifyError(parsed.error)}`);
    shipped = createTaxonomy(parsed.data);
  }
  return shipped;
}
