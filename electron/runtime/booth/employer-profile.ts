import type { EmployerProfile, MethodParsed } from '../../api';
import type { CallContext } from '../../dispatcher';
import { ApiFailure } from '../api-error';
import type { Db } from '../store/db';
import { checkLogo } from './logo';
import { checkUscc, usccProblemZh } from './uscc';

interface ProfileRow {
  employer_id: string;
  name: string;
  uscc: string | null;
  introduction: string;
  logo: string | null;
  agency: number;
  version: number;
  updated_at: string;
}

export function loadProfile(db: Db, employerId: string): EmployerProfile {
  const r = db.get<ProfileRow>('SELECT * FROM employer_profiles WHERE employer_id = ?', [employerId]);
  if (!r) throw new ApiFailure('not_found', '找不到这家单位');
  return {
    employerId: r.employer_id,
    name: r.name,
    uscc: r.uscc,
    introduction: r.introduction,
    logo: r.logo,
    agency: r.agency === 1,
    version: Number(r.version),
    updatedAt: r.updated_at,
  };
}

/**
 * The employer's own words about itself. The credit code must pass its GB 32100 check and belong to
 * no other employer; the logo must be a small raster image; an edit names the version it started
 * from, so a second tablet cannot silently overwrite the first.
 */
export function saveProfile(
  db: Db,
  employerId: string,
  input: MethodParsed<'booth.saveProfile'>,
  caller: CallContext,
  now: Date,
): EmployerProfile {
  const current = loadProfile(db, employerId);
  if (current.version !== input.version)
    throw new ApiFailure('conflict', '单位信息刚被修改过，请看最新内容后再保存');
  let uscc: string | null = null;
  if (input.uscc.trim() !== '') {
    const checked = checkUscc(input.uscc);
    if (!checked.ok) throw new ApiFailure('invalid_input', usccProblemZh[checked.problem]);
    const owner = db.get<{ employer_id: string }>(
      'SELECT employer_id FROM employer_profiles WHERE uscc = ? AND employer_id <> ?',
      [checked.code, employerId],
    );
    if (owner) throw new ApiFailure('conflict', '这个统一社会信用代码已登记在另一家单位名下，请联系前台核实');
    uscc = checked.code;
  }
  if (input.logo !== null) {
    const logo = checkLogo(input.logo);
    if (!logo.ok) throw new ApiFailure('invalid_input', logo.message);
  }
  db.run(
    `UPDATE employer_profiles SET name = ?, uscc = ?, introduction = ?, logo = ?, version = version + 1,
       updated_at = ?, updated_by = ? WHERE employer_id = ?`,
    [input.name, uscc, input.introduction, input.logo, now.toISOString(), caller.terminal, employerId],
  );
  return loadProfile(db, employerId);
}
