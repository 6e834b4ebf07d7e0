import type { EmployerProfile } from '../../../contract/booth';
import type { Db } from '../../store/db';
import type { EmployerProfilesRepository } from '../employer-profiles';
import { reader, type Row } from '../rows';

function profile(row: Row): EmployerProfile {
  const r = reader('employer_profiles', row);
  return {
    employerId: r.text('employer_id'),
    name: r.text('name'),
    uscc: r.textOrNull('uscc'),
    introduction: r.text('introduction'),
    logo: r.textOrNull('logo'),
    agency: r.bool('agency'),
    version: r.int('version'),
    updatedAt: r.text('updated_at'),
  };
}

export function sqliteEmployerProfiles(db: Db): EmployerProfilesRepository {
  return {
    byId(employerId) {
      const row = db.get(
        `SELECT employer_id, name, uscc, introduction, logo, agency, version, updated_at
           FROM employer_profiles WHERE employer_id = ?`,
        [employerId],
      );
      return row && profile(row);
    },
    enrol(e) {
      db.run(
        `INSERT INTO employer_profiles (employer_id, name, agency, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(employer_id) DO UPDATE SET agency = excluded.agency`,
        [e.employerId, e.name, e.agency ? 1 : 0, e.at.toISOString(), e.terminal],
      );
    },
    usccHolder(uscc, exceptEmployerId) {
      const row = db.get('SELECT employer_id FROM employer_profiles WHERE uscc = ? AND employer_id <> ?', [
        uscc,
        exceptEmployerId,
      ]);
      return row && reader('employer_profiles', row).text('employer_id');
    },
    update(employerId, edit, at, terminal) {
      db.run(
        `UPDATE employer_profiles SET name = ?, uscc = ?, introduction = ?, logo = ?, version = version + 1,
           updated_at = ?, updated_by = ? WHERE employer_id = ?`,
        [edit.name, edit.uscc, edit.introduction, edit.logo, at.toISOString(), terminal, employerId],
      );
    },
  };
}
