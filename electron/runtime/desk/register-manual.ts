import createDebug from 'debug';
import { checkIdNumber, convertLegacyIdNumber, normaliseIdNumber } from '../../../drivers/idcard/id-number';
import type { IdCard } from '../../../drivers/idcard/card';
import type { ManualRegistration, MethodParsed } from '../../api';
import type { CallContext } from '../../dispatcher';
import { ApiFailure } from '../api-error';
import { auditCall } from '../audit/audit-log';
import type { StationContext } from '../context';
import { todayStats } from '../stats';
import { visitForHall } from '../sync/hall-terminal';
import { workerRegisteredPayload } from '../sync/worker-events';
import { idHash } from '../workers/identity-hash';
import { insertWorker, recordVisit } from '../workers/registration';

const log = createDebug('station:desk');

const compact = (d: string) => d.replaceAll('-', '');

/** A typed number, checked as GB 11643 asks; 15-digit first-generation numbers are converted first. */
export function parseTypedIdNumber(
  raw: string,
  today: string,
):
  | { ok: true; idNumber: string; converted: boolean; sex: 'male' | 'female'; birth: string }
  | { ok: false; message: string } {
  let id = normaliseIdNumber(raw);
  let converted = false;
  if (/^\d{15}$/.test(id)) {
    const c = convertLegacyIdNumber(id);
    if (!c.ok) return { ok: false, message: '15位旧身份证号里的出生日期不对，请核对' };
    id = c.value;
    converted = true;
  }
  const check = checkIdNumber(id, compact(today));
  if (!check.structure) return { ok: false, message: '身份证号应为18位（最后一位可以是X），或15位旧号' };
  if (!check.date) return { ok: false, message: '身份证号里的出生日期不对，请核对第7到14位' };
  if (!check.checksum) return { ok: false, message: '身份证号校验位不对，请逐位核对' };
  const b = check.birth!;
  return {
    ok: true,
    idNumber: id,
    converted,
    sex: check.sex!,
    birth: `${b.slice(0, 4)}-${b.slice(4, 6)}-${b.slice(6, 8)}`,
  };
}

/**
 * Registration without a card (forgotten, damaged, a paper certificate): the number is checked, the
 * record is marked unverified, and a number already registered opens the existing record instead.
 */
export async function registerManual(
  ctx: StationContext,
  input: MethodParsed<'workers.registerManual'>,
  caller: CallContext,
): Promise<ManualRegistration> {
  const now = ctx.now();
  const day = ctx.clock.dayOf(now);
  const parsed = parseTypedIdNumber(input.idNumber, day);
  if (!parsed.ok) throw new ApiFailure('invalid_input', parsed.message);
  const hash = idHash(ctx.hallSecret, parsed.idNumber);
  const result = await ctx.data.write((tx) => {
    const existing = tx.workers.byHash(hash);
    if (existing) {
      recordVisit(tx, existing.id, 'returned', caller.terminal, now, day);
      visitForHall(tx, ctx.config, { workerId: existing.id, terminal: caller.terminal, at: now });
      // The typed number hashes to this person's: a hub's record of them from another terminal gets it.
      tx.hallWorkers.fillIdNumber(existing.id, parsed.idNumber);
      return { workerId: existing.id, existing: true, total: tx.workers.count() };
    }
    const card: IdCard = {
      cardType: 'resident',
      name: input.name,
      sex: parsed.sex,
      birthDate: parsed.birth,
      idNumber: parsed.idNumber,
      validation: { checksum: true, birthMatches: true, sexMatches: true, scheme: 'gb11643' },
    };
    const share = input.consent.shareWithEmployers;
    const phoneToEmployers = input.consent.phoneToEmployers;
    const workerId = insertWorker(tx, {
      hash,
      card,
      shareWithEmployers: share,
      phoneToEmployers,
      terminal: caller.terminal,
      now,
      day,
    });
    // The hall and the platform hear of a registration by hand as of one by card (masked number only).
    const payload = workerRegisteredPayload({
      workerId,
      idHash: hash,
      card,
      shareWithEmployers: share,
      phoneToEmployers,
      terminal: caller.terminal,
      at: now,
    });
    tx.outbox.add({ type: 'worker.registered', at: now, payload });
    // Nobody read a chip: staff typed it, so the record says so until a card is seen.
    tx.workers.markTypedByHand(workerId, input.phone || null);
    // The phone travels in an event of its own, as the kiosk's does: the hall's record and the platform have it.
    if (input.phone)
      tx.outbox.add({
        type: 'worker.updated',
        at: now,
        payload: { workerId, changes: { phone: input.phone } },
      });
    auditCall(tx, caller, now, 'workers.register_manual', workerId, { converted: parsed.converted });
    return { workerId, existing: false, total: tx.workers.count() };
  });
  log('%s by hand on %s', result.existing ? 'existing worker opened' : 'worker registered', caller.terminal);
  if (!result.existing) ctx.bus.emit('workers.changed', { total: result.total });
  ctx.bus.emit('stats.changed', todayStats(ctx));
  return { workerId: result.workerId, existing: result.existing, converted: parsed.converted };
}
