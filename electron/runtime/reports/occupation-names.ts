import taxonomy from '../../../assets/occupations.json' with { type: 'json' };

const names = new Map<string, string>(taxonomy.occupations.map((o) => [o.code, o.name]));

/** 保洁员 for 4-09-08-02; the code itself when the taxonomy does not know it. */
export const occupationName = (code: string): string => names.get(code) ?? code;
