import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import raw from '../../assets/occupations.json' with { type: 'json' };
import { createTaxonomy, loadTaxonomy, taxonomySchema } from '../../electron/runtime/match/taxonomy';

describe('assets/occupations.json', () => {
  const t = loadTaxonomy().data;

  it('parses with the taxonomy schema', () => {
    expect(taxonomySchema.safeParse(raw).success).toBe(true);
  });

  it('has at least 60 occupations in at least 11 groups, every group used', () => {
    expect(t.occupations.length).toBeGreaterThanOrEqual(60);
    expect(t.groups.length).toBeGreaterThanOrEqual(11);
    for (const g of t.groups)
      expect(
        t.occupations.some((o) => o.group === g.id),
        g.id,
      ).toBe(true);
  });

  it('has unique codes, each with an edition, and related codes that exist', () => {
    const codes = new Set(t.occupations.map((o) => o.code));
    expect(codes.size).toBe(t.occupations.length);
    for (const o of t.occupations) {
      expect(['2015', '2022', 'local']).toContain(o.edition);
      for (const r of o.related) expect(codes.has(r), `${o.code} → ${r}`).toBe(true);
    }
  });

  it('gives every word one meaning: names and synonyms are unique across occupations', () => {
    const words = t.occupations.flatMap((o) => [o.name, ...o.synonyms]);
    expect(new Set(words).size).toBe(words.length);
  });

  it('spells pinyin and initials as pinyin-pro does', () => {
    for (const o of t.occupations) {
      const syl = pinyin(o.name, { toneType: 'none', type: 'array' });
      expect(o.pinyin, o.name).toBe(syl.join(' '));
      expect(o.initials, o.name).toBe(syl.map((s) => s[0]).join(''));
    }
  });

  it('lists only catalogued certificates', () => {
    const names = new Set(t.certificates.map((c) => c.name));
    for (const o of t.occupations)
      for (const c of o.certificates) expect(names.has(c), `${o.name}: ${c}`).toBe(true);
  });

  it('says which trades the law closes without a certificate, and why, for every one it names', () => {
    const byLaw = new Map(
      t.certificates.flatMap((c) => (c.requiredByLaw ? [[c.name, c.requiredByLaw]] : [])),
    );
    for (const [name, occ] of [
      ['电工证', '6-31-01-03'],
      ['焊工证', '6-18-02-04'],
      ['叉车证', '6-30-05-04'],
      ['健康证', '4-03-02-01'],
      ['健康证', '6-02-90-01'],
    ] as const)
      expect(byLaw.get(name)?.occupations, name).toContain(occ);
    for (const [name, { occupations, law }] of byLaw) {
      expect(law, name).toMatch(/《.+》/);
      for (const o of occupations)
        expect(t.occupations.find((x) => x.code === o)?.certificates, o).toContain(name);
    }
    const broken = structuredClone(raw) as typeof raw;
    broken.certificates[0]!.requiredByLaw!.occupations.push('4-09-08-02');
    expect(taxonomySchema.safeParse(broken).error?.message).toMatch(
      /健康证 is required by law of 4-09-08-02/,
    );
  });

  it('rejects a broken taxonomy with a message naming the problem', () => {
    const broken = structuredClone(raw) as typeof raw;
    broken.occupations[0]!.related = ['9-99-99-99'];
    broken.occupations[1]!.code = broken.occupations[2]!.code;
    const r = taxonomySchema.safeParse(broken);
    expect(r.success).toBe(false);
    const text = r.error!.issues.map((i) => i.message).join('\n');
    expect(text).toMatch(/unknown code 9-99-99-99/);
    expect(text).toMatch(/duplicate code/);
  });

  it('ranks fit exact > same 小类 > same group > related > none', () => {
    const tax = createTaxonomy(t);
    expect(tax.fit('4-09-08-02', '4-09-08-02')).toBe('exact');
    expect(tax.fit('4-03-02-90', '4-03-02-91')).toBe('minor-group'); // 厨工 / 洗碗工
    expect(tax.fit('4-09-08-02', '4-10-01-06')).toBe('group'); // 保洁员 / 家政服务员
    expect(tax.fit('4-09-08-02', '4-03-01-02')).toBe('related'); // 保洁员 / 客房服务员
    expect(tax.fit('4-09-08-02', '6-18-02-04')).toBe('none');
    expect(tax.terms.get('钟点工')).toEqual(['4-10-01-06']);
  });
});
