/**
 * Each certificate of the taxonomy drawn as itself (renderer/components/icons-work.ts), so twelve
 * certificates are not twelve identical cards. A certificate a later taxonomy adds shows the generic
 * card until it is drawn.
 */
const byName: Record<string, string> = {
  健康证: 'cert-health',
  C1驾照: 'cert-c1',
  B2驾照: 'cert-b2',
  A2驾照: 'cert-a2',
  电工证: 'cert-electric',
  焊工证: 'cert-weld',
  叉车证: 'cert-forklift',
  保安员证: 'cert-guard',
  育婴员证: 'cert-nanny',
  登高证: 'cert-height',
  塔吊证: 'cert-tower',
  消防设施操作员证: 'cert-fire',
};

export const certificateIcon = (name: string) => byName[name] ?? 'certificate';
