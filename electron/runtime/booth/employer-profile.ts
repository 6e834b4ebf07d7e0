import type { EmployerProfile, MethodParsed } from '../../api';
import type { CallContext } from '../../dispatcher';
import { ApiFailure } from '../api-error';
import type { Repositories } from '../data/repositories';
import { checkLogo } from './logo';
import { checkUscc, usccProblemZh } from './uscc';

export function loadProfile(tx: Repositories, employerId: string): EmployerProfile {
  const profile = tx.employerProfiles.byId(employerId);
  if (!profile) throw new ApiFailure('not_found', '找不到这家单位');
  return profile;
}

/**
 * The employer's own words about itself. The credit code must pass its GB 32100 check and belong to
 * no other employer; the logo must be a small raster image; an edit names the version it started
 * from, so a second tablet cannot silently overwrite the first.
 */
export function saveProfile(
  tx: Repositories,
  employerId: string,
  input: MethodParsed<'booth.saveProfile'>,
  caller: CallContext,
  now: Date,
): EmployerProfile {
  const current = loadProfile(tx, employerId);
  if (current.version !== input.version)
    throw new ApiFailure('conflict', '单位信息刚被修改过，请看最新内容后再保存');
  let uscc: string | null = null;
  if (input.uscc.trim() !== '') {
    const checked = checkUscc(input.uscc);
    if (!checked.ok) throw new ApiFailure('invalid_input', usccProblemZh[checked.problem]);
    if (tx.employerProfiles.usccHolder(checked.code, employerId) !== undefined)
      throw new ApiFailure('conflict', '这个统一社会信用代码已登记在另一家单位名下，请联系前台核实');
    uscc = checked.code;
  }
  if (input.logo !== null) {
    const logo = checkLogo(input.logo);
    if (!logo.ok) throw new ApiFailure('invalid_input', logo.message);
  }
  tx.employerProfiles.update(
    employerId,
    { name: input.name, uscc, introduction: input.introduction, logo: input.logo },
    now,
    caller.terminal,
  );
  return loadProfile(tx, employerId);
}
