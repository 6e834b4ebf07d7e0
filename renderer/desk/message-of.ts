import { StationError } from '../api/bridge';

/** A message a person can read for any failure: the station's own text for expected errors. */
export function messageOf(err: unknown): string {
  if (err instanceof StationError) {
    const issue = err.error.issues?.[0];
    return err.error.code === 'invalid_input' && issue ? issue.message : err.error.message;
  }
  return err instanceof Error ? err.message : String(err);
}
