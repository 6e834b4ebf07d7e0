import type { Db } from '../../store/db';
import type { Assignment, BoothsRepository } from '../booths';
import { reader, type Row } from '../rows';

const SELECT = `SELECT a.booth, a.day, a.employer_id, p.name, p.agency, a.assigned_at
  FROM booth_assignments a JOIN employer_profiles p ON p.employer_id = a.employer_id`;

function assignment(row: Row): Assignment {
  const r = reader('booth_assignments', row);
  return {
    booth: r.int('booth'),
    day: r.text('day'),
    employerId: r.text('employer_id'),
    employerName: r.text('name'),
    agency: r.bool('agency'),
    assignedAt: r.text('assigned_at'),
  };
}

export function sqliteBooths(db: Db): BoothsRepository {
  return {
    at(booth, day) {
      const row = db.get(`${SELECT} WHERE a.booth = ? AND a.day = ?`, [booth, day]);
      return row && assignment(row);
    },
    on: (day) => db.all(`${SELECT} WHERE a.day = ? ORDER BY a.booth`, [day]).map(assignment),
    heldBy: (employerId, day) =>
      db
        .all('SELECT booth FROM booth_assignments WHERE employer_id = ? AND day = ?', [employerId, day])
        .map((row) => reader('booth_assignments', row).int('booth')),
    assign(a) {
      db.run(
        `INSERT INTO booth_assignments (booth, day, employer_id, assigned_by, assigned_at, terminal)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(booth, day) DO UPDATE SET employer_id = excluded.employer_id,
           assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at, terminal = excluded.terminal`,
        [a.booth, a.day, a.employerId, a.by, a.at.toISOString(), a.terminal],
      );
    },
    unassign(booth, day) {
      const had = db.get('SELECT 1 AS x FROM booth_assignments WHERE booth = ? AND day = ?', [booth, day]);
      if (had) db.run('DELETE FROM booth_assignments WHERE booth = ? AND day = ?', [booth, day]);
      return had !== undefined;
    },
  };
}
