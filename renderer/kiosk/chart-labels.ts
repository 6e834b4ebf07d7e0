/**
 * The wage chart's bar names: a job's title, and where two shown jobs share a title, a short name
 * of each one's employer after it ("绿化养护工 · 春城", "绿化养护工 · 永辉"), so she can tell
 * which bar is which card; the district too when one employer posts both.
 */
export interface ChartJob {
  title: string;
  employer: string;
  district: string;
}

/** An employer's name without the province and city it is registered in (长春市安居家政… → 安居家政…). */
export function employerWithoutPlace(name: string): string {
  const rest = name.replace(/^[\u4e00-\u9fff]{2,4}省/, '').replace(/^[\u4e00-\u9fff]{2,4}市/, '');
  return rest.length >= 2 ? rest : name;
}

/** The shortest beginnings (two characters or more) that tell these names apart. */
function shortest(names: readonly string[]): string[] {
  return names.map((name) => {
    for (let n = 2; n < name.length; n++) {
      const head = name.slice(0, n);
      if (names.every((other) => other === name || !other.startsWith(head))) return head;
    }
    return name;
  });
}

export function chartLabels(jobs: readonly ChartJob[]): string[] {
  const byTitle = new Map<string, number[]>();
  jobs.forEach((j, i) => byTitle.set(j.title, [...(byTitle.get(j.title) ?? []), i]));
  const labels = jobs.map((j) => j.title);
  for (const [title, at] of byTitle) {
    if (at.length < 2) continue;
    const employers = at.map((i) => employerWithoutPlace(jobs[i]!.employer));
    const short = shortest(employers);
    at.forEach((i, k) => {
      const same = employers.filter((e) => e === employers[k]).length > 1;
      labels[i] = `${title} · ${short[k]}${same ? ` ${jobs[i]!.district}` : ''}`;
    });
  }
  // Still alike (one employer, one district): numbered in the order shown.
  const seen = new Map<string, number>();
  const count = new Map<string, number>();
  for (const l of labels) count.set(l, (count.get(l) ?? 0) + 1);
  return labels.map((l) => {
    if ((count.get(l) ?? 0) < 2) return l;
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    return `${l} ${n}`;
  });
}
