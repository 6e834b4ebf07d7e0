import { afterEach, describe, expect, it } from 'vitest';
import type {
  ApiResult,
  BoothAssignmentView,
  MethodInput,
  MethodName,
  PairedTerminal,
  StationBridge,
} from '../../../electron/api';
import { setBridge } from '../../../renderer/api/bridge';
import { useBoothAssignments } from '../../../renderer/desk/booth-assignments-store';
import { boothRows } from '../../../renderer/desk/booth-rows';
import { useEmployerPicker } from '../../../renderer/desk/employer-picker-store';
import { today } from '../../../renderer/desk/format';
import { useNav } from '../../../renderer/desk/nav-store';

const day = today();
const held = (booth: number, employerName: string, employerId = `e-${booth}`): BoothAssignmentView => ({
  booth,
  day,
  employerId,
  employerName,
  assignedAt: '2026-11-21T01:00:00.000Z',
});
const device = (over: Partial<PairedTerminal>): PairedTerminal => ({
  id: 'd',
  name: 'booth-2',
  role: 'booth',
  booth: 2,
  pairedBy: '演示管理员',
  createdAt: '2026-11-21T01:00:00.000Z',
  revokedAt: null,
  ...over,
});

/** The station as far as booths go: it refuses what the runtime refuses, with the runtime's words. */
function fakeStation(initial: BoothAssignmentView[]) {
  let list = [...initial];
  const assigned: MethodInput<'booth.assign'>[] = [];
  const bridge: StationBridge = {
    role: 'desk',
    on: () => () => undefined,
    async call<M extends MethodName>(method: M, input: MethodInput<M>) {
      const ok = (value: unknown) => ({ ok: true, value }) as ApiResult<never>;
      if (method === 'booth.assignments') return ok(list);
      if (method === 'screen.booths')
        return ok(
          list.map((a) => ({ booth: a.booth, employer: a.employerName, openJobs: 2, interviewing: 1 })),
        );
      if (method === 'terminals.list') return ok([]);
      if (method === 'booth.assign') {
        const a = input as MethodInput<'booth.assign'>;
        assigned.push(a);
        if (!Number.isInteger(a.booth) || a.booth < 1 || a.booth > 99)
          return {
            ok: false,
            error: {
              code: 'invalid_input',
              message: 'invalid input',
              issues: [{ path: 'booth', message: '摊位号是1到99之间的整数' }],
            },
          } as ApiResult<never>;
        const view = held(a.booth, a.employer.name, a.employer.id ?? `new-${a.employer.name}`);
        list = [...list.filter((x) => x.booth !== a.booth), view];
        return ok(view);
      }
      return { ok: false, error: { code: 'unknown_method', message: method } } as ApiResult<never>;
    },
  };
  return { bridge, assigned };
}

afterEach(() => {
  useEmployerPicker.getState().clear();
  setBridge(undefined);
  useBoothAssignments.setState(useBoothAssignments.getInitialState());
  useNav.getState().reset();
});

describe('the booths on the desk’s page', () => {
  it('lists booths held that day and booths with a paired device, counting only live devices', () => {
    const rows = boothRows(
      [held(3, '长春市顺达物流有限公司')],
      [{ booth: 3, employer: '长春市顺达物流有限公司', openJobs: 4, interviewing: 2 }],
      [
        device({ id: 'a', role: 'booth', booth: 3 }),
        device({ id: 'b', role: 'screen', booth: 3 }),
        device({ id: 'c', role: 'booth', booth: 2 }),
        device({ id: 'd', role: 'booth', booth: 7, revokedAt: '2026-11-21T02:00:00.000Z' }),
        device({ id: 'e', role: 'screen', booth: null }),
      ],
    );
    expect(rows).toEqual([
      { booth: 2, assignment: null, openJobs: null, interviewing: null, tablets: 1, screens: 0 },
      {
        booth: 3,
        assignment: held(3, '长春市顺达物流有限公司'),
        openJobs: 4,
        interviewing: 2,
        tablets: 1,
        screens: 1,
      },
    ]);
  });

  it('asks before a booth changes hands, and sends the employer staff picked', async () => {
    const station = fakeStation([held(2, '长春市洁美物业服务有限公司')]);
    setBridge(station.bridge);
    const s = useBoothAssignments.getState();
    s.open();
    s.setField('booth', '2');
    // Suggested from the station's postings: a platform employer keeps its id and its 中介 mark.
    useEmployerPicker.setState({
      known: [{ id: 'platform-77', name: '长春市顺达物流有限公司', agency: true }],
    });
    s.setEmployerName('长春市顺达物流有限公司');
    expect(useBoothAssignments.getState().form).toMatchObject({ employerId: 'platform-77', agency: true });

    await useBoothAssignments.getState().assign();
    expect(useBoothAssignments.getState().replacing?.employerName).toBe('长春市洁美物业服务有限公司');
    expect(station.assigned).toEqual([]);

    await useBoothAssignments.getState().assign(true);
    expect(station.assigned).toEqual([
      {
        booth: 2,
        day,
        employer: { id: 'platform-77', name: '长春市顺达物流有限公司', agency: true },
      },
    ]);
    const after = useBoothAssignments.getState();
    expect(after.replacing).toBeNull();
    expect(after.form.employerName).toBe('');
    expect(after.rows.map((r) => [r.booth, r.assignment?.employerName, r.interviewing])).toEqual([
      [2, '长春市顺达物流有限公司', 1],
    ]);
    expect(useNav.getState().notice).toMatchObject({ kind: 'ok', values: { booth: 2 } });
  });

  it('shows the station’s reason for a refusal and keeps what was typed', async () => {
    const station = fakeStation([]);
    setBridge(station.bridge);
    const s = useBoothAssignments.getState();
    s.open();
    s.setField('booth', '0');
    s.setEmployerName('长春市顺达物流有限公司');
    await useBoothAssignments.getState().assign();
    const after = useBoothAssignments.getState();
    expect(after.formError).toBe('摊位号是1到99之间的整数');
    expect(after.form).toMatchObject({
      booth: '0',
      employerName: '长春市顺达物流有限公司',
      employerId: null,
    });
    // A new name is a new employer: no id, the station makes one from the name.
    expect(station.assigned[0]?.employer).toEqual({ name: '长春市顺达物流有限公司', agency: false });
  });
});
