import type { Db } from '../../store/db';
import type { BoothPeopleRepository, BoothPerson } from '../booth-people';
import { reader, type Row, type RowReader } from '../rows';
import { placeholders } from './placeholders';

const PERSON = `SELECT w.id, w.name, w.birth_date, w.phone, w.share_with_employers AS share,
    w.phone_to_employers AS phone_ok,
    p.occupations, p.expected_pay, p.kiosk_answers AS answers
  FROM workers w LEFT JOIN worker_profiles p ON p.worker_id = w.id`;

/**
 * A profile field that does not parse reads as not given: the booth still sees the person, with
 * fewer wishes, rather than failing its whole list.
 */
function lenient<T>(text: string | null, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

function person(r: RowReader): BoothPerson {
  return {
    id: r.text('id'),
    name: r.text('name'),
    birthDate: r.textOrNull('birth_date'),
    phone: r.textOrNull('phone'),
    sharesWithEmployers: r.bool('share'),
    phoneToEmployers: r.bool('phone_ok'),
    occupations: lenient<string[]>(r.textOrNull('occupations'), []),
    expectedPay: lenient<BoothPerson['expectedPay']>(r.textOrNull('expected_pay'), null),
    answers: lenient<BoothPerson['answers']>(r.textOrNull('answers'), {}),
  };
}

const workerIdOf = (row: Row) => reader('referrals', row).text('worker_id');

export function sqliteBoothPeople(db: Db): BoothPeopleRepository {
  return {
    mayShow: (employerId, workerId) =>
      db.get(
        `SELECT 1 AS x FROM workers w WHERE w.id = ? AND (w.share_with_employers = 1
           OR EXISTS (SELECT 1 FROM referrals r WHERE r.worker_id = w.id AND r.employer_id = ? AND r.applied_at IS NOT NULL))`,
        [workerId, employerId],
      ) !== undefined,
    people: (workerIds) =>
      db
        .all(`${PERSON} WHERE w.id IN (${placeholders(workerIds)})`, [...workerIds])
        .map((row) => person(reader('workers', row))),
    sharingSeekers: (day, limit) =>
      db
        .all(
          `${PERSON.replace('SELECT ', 'SELECT w.last_seen_at, EXISTS (SELECT 1 FROM visits v WHERE v.worker_id = w.id AND v.day = ?) AS today, ')}
            WHERE w.share_with_employers = 1 AND coalesce(p.outcome, 'seeking') <> 'not-seeking'
            ORDER BY w.last_seen_at DESC LIMIT ?`,
          [day, limit],
        )
        .map((row) => {
          const r = reader('workers', row);
          return { ...person(r), lastSeenAt: r.text('last_seen_at'), inHall: r.bool('today') };
        }),
    applicationsTo: (employerId, workerIds) =>
      db
        .all(
          `SELECT worker_id, job_id, job_title, applied_at FROM referrals
            WHERE employer_id = ? AND applied_at IS NOT NULL AND worker_id IN (${placeholders(workerIds)})
            ORDER BY applied_at DESC`,
          [employerId, ...workerIds],
        )
        .map((row) => {
          const r = reader('referrals', row);
          return {
            workerId: r.text('worker_id'),
            jobId: r.text('job_id'),
            jobTitle: r.text('job_title'),
            at: r.text('applied_at'),
          };
        }),
    applicants: (employerId, limit) =>
      db
        .all(
          `SELECT worker_id, max(applied_at) AS last FROM referrals WHERE employer_id = ? AND applied_at IS NOT NULL
            GROUP BY worker_id ORDER BY last DESC LIMIT ?`,
          [employerId, limit],
        )
        .map(workerIdOf),
    inHall: (day, workerIds) =>
      new Set(
        db
          .all(
            `SELECT DISTINCT worker_id FROM visits WHERE day = ? AND worker_id IN (${placeholders(workerIds)})`,
            [day, ...workerIds],
          )
          .map((row) => reader('visits', row).text('worker_id')),
      ),
    slip(applicationId) {
      const row = db.get('SELECT worker_id, employer_id FROM applications WHERE id = ?', [applicationId]);
      if (!row) return undefined;
      const r = reader('applications', row);
      return { workerId: r.text('worker_id'), employerId: r.text('employer_id') };
    },
    recordVersion(workerId) {
      const row = db.get('SELECT version FROM worker_profiles WHERE worker_id = ?', [workerId]);
      return row && reader('worker_profiles', row).int('version');
    },
  };
}
