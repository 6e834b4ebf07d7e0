/** Full years from a YYYY-MM-DD birth date to a station day (clock.today()). */
export function ageOn(birthDate: string, today: string): number {
  const age = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  // Born on 29 February: a year older on 1 March in a common year, as the calendar has it.
  return today.slice(5) < birthDate.slice(5) ? age - 1 : age;
}
