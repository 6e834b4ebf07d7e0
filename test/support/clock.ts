/**
 * A station clock for tests that span "today": it runs at real speed from noon of the current day,
 * so a run that starts just before midnight does not see the station's day change under it (a
 * booth's assignment, today's figures and postings all belong to one day).
 */
export function middayClock(shiftFromNoonMs = 0): () => Date {
  const real = new Date();
  const noon = new Date(real);
  noon.setHours(12, 0, 0, 0);
  const offset = noon.getTime() + shiftFromNoonMs - real.getTime();
  return () => new Date(Date.now() + offset);
}
