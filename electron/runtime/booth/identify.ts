import type { CandidateView, MethodParsed } from '../../api';
import type { CallContext } from '../../dispatcher';
import { ApiFailure } from '../api-error';
import { auditCall } from '../audit/audit-log';
import type { StationContext } from '../context';
import { idHash } from '../workers/identity-hash';
import { employerAtBooth } from './assignments';
import { candidateViews, requireShowable, type BoothScope } from './people';
import { markIdentified } from './visits';

const SLIP = /^GSAPP:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/**
 * Who is standing at the booth. By card: the booth's reader's card is recognised by the hall's HMAC
 * of its number, which never leaves the runtime. By slip: the QR text the kiosk printed names an
 * application, which must be to this employer. Either way the person must have applied here or
 * agreed to be shown to employers.
 */
export async function identifyAtBooth(
  ctx: StationContext,
  input: MethodParsed<'booth.identify'>,
  caller: CallContext,
): Promise<CandidateView> {
  const now = ctx.now();
  const day = ctx.clock.dayOf(now);
  const assignment = ctx.data.read((tx) => employerAtBooth(tx, caller, day));
  const scope: BoothScope = { assignment, day, now };
  let workerId: string;
  let cardToken: string | undefined;
  if (input.by === 'card') {
    const pending = ctx.readers.currentFor({
      role: 'booth',
      terminal: caller.terminal,
      booth: assignment.booth,
    });
    if (!pending) throw new ApiFailure('not_found', '读卡器上没有身份证，请把身份证放在摊位的读卡器上');
    if (!pending.presented.valid || !pending.card.idNumber)
      throw new ApiFailure('conflict', '这张证件读不出有效号码，请到前台办理');
    const found =
      pending.presented.workerId ??
      ctx.data.read((tx) => tx.workers.byHash(idHash(ctx.hallSecret, pending.card.idNumber!)))?.id;
    if (!found) throw new ApiFailure('not_found', '这位求职者还没有登记，请先到自助机刷身份证登记');
    workerId = found;
    cardToken = pending.token;
  } else {
    const m = SLIP.exec(input.text);
    if (!m) throw new ApiFailure('invalid_input', '这不是本站的报名单二维码');
    const app = ctx.data.read((tx) => tx.boothPeople.slip(m[1]!.toLowerCase()));
    if (!app) throw new ApiFailure('not_found', '找不到这张报名单（可能已过期或已删除）');
    if (app.employerId !== assignment.employerId)
      throw new ApiFailure('forbidden', '这张报名单报的不是本单位的岗位');
    workerId = app.workerId;
  }
  const view = await ctx.data.write((tx) => {
    requireShowable(tx, assignment.employerId, workerId);
    markIdentified(tx, scope, workerId);
    // Shown to an employer: on the record, like every look at a person's data.
    auditCall(tx, caller, now, 'booth.identify', workerId, {
      booth: assignment.booth,
      by: input.by,
    });
    return candidateViews(tx, scope, [workerId])[0]!;
  });
  // One tap, one identification: the card must be placed again for the next.
  if (cardToken) ctx.readers.forget(cardToken);
  ctx.bus.emit('booth.changed', { booth: assignment.booth, what: 'people' });
  return view;
}
