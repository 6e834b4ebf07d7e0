/** `?, ?, ?` for an `IN (…)` list of these values, each passed as a parameter (never spliced in). */
export const placeholders = (values: readonly unknown[]): string => values.map(() => '?').join(', ');
