import { afterEach, describe, expect, it } from 'vitest';
import type { Runtime } from '../../../../electron/runtime/runtime';
import {
  booth1,
  booth2,
  boothDraft,
  boothStation,
  desk1,
  employer,
  failure,
  ok,
  signInDemo,
} from './helpers';

let rt: Runtime | undefined;
afterEach(async () => {
  await rt?.close();
  rt = undefined;
});

/** A 2×2 red PNG. */
const png =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGM4IaAHRAwQCgAfHgQZ2PY+qQAAAABJRU5ErkJggg==';

async function station() {
  const s = await boothStation();
  rt = s.runtime;
  await signInDemo(rt);
  await ok(rt, desk1, 'booth.assign', { booth: 1, employer });
  await ok(rt, desk1, 'booth.assign', { booth: 2, employer: { name: '长春市顺达物流有限公司' } });
  return s.runtime;
}

const profile = (version: number, over: Record<string, unknown> = {}) => ({
  version,
  name: employer.name,
  uscc: '91350100M000100Y43',
  introduction: '物业保洁、绿化养护，长期招人。',
  logo: png,
  ...over,
});

describe('the employer’s profile at its booth', () => {
  it('saves name, a credit code that passes its check, an introduction and a logo', async () => {
    const rt = await station();
    const saved = await ok(rt, booth1, 'booth.saveProfile', profile(1, { uscc: '9135 0100 m000 100y 43' }));
    expect(saved).toMatchObject({ uscc: '91350100M000100Y43', logo: png, version: 2 });
    expect((await ok(rt, booth1, 'booth.session', {})).employer).toEqual(saved);
  });

  it('refuses a forged credit code, and changes nothing', async () => {
    const rt = await station();
    const before = (await ok(rt, booth1, 'booth.session', {})).employer;
    for (const uscc of [
      '91350100M000100Y44',
      '91350100M000010Y43',
      '91350100M000100Y4',
      '9135O100M000100Y43',
    ]) {
      const e = await failure(rt, booth1, 'booth.saveProfile', profile(1, { uscc }));
      expect(e, uscc).toMatchObject({
        code: 'invalid_input',
        message: expect.stringContaining('统一社会信用代码'),
      });
    }
    expect((await ok(rt, booth1, 'booth.session', {})).employer).toEqual(before);
  });

  it('refuses a code another employer holds, a stale version, and pictures that are not small rasters', async () => {
    const rt = await station();
    await ok(
      rt,
      booth2,
      'booth.saveProfile',
      profile(1, { name: '长春市顺达物流有限公司', uscc: '91440300708461136T' }),
    );
    expect(
      await failure(rt, booth1, 'booth.saveProfile', profile(1, { uscc: '91440300708461136T' })),
    ).toMatchObject({
      code: 'conflict',
    });
    await ok(rt, booth1, 'booth.saveProfile', profile(1));
    expect(await failure(rt, booth1, 'booth.saveProfile', profile(1))).toMatchObject({ code: 'conflict' });
    const svg = `data:image/svg+xml;base64,${Buffer.from('<svg onload="alert(1)"/>').toString('base64')}`;
    const notPng = `data:image/png;base64,${Buffer.from('GIF89a not a png').toString('base64')}`;
    const huge = `data:image/png;base64,${Buffer.alloc(50_000, 0x89).toString('base64')}`;
    for (const logo of [svg, notPng, huge])
      expect(await failure(rt, booth1, 'booth.saveProfile', profile(2, { logo }))).toMatchObject({
        code: 'invalid_input',
      });
    expect(
      await failure(rt, booth1, 'booth.saveProfile', profile(2, { introduction: '长'.repeat(501) })),
    ).toMatchObject({ code: 'invalid_input' });
    expect((await ok(rt, booth1, 'booth.session', {})).employer).toMatchObject({ version: 2, logo: png });
  });

  it('keeps markup in an introduction as the text it is', async () => {
    const rt = await station();
    const introduction = '<img src=x onerror="alert(1)">诚聘<b>保洁</b>';
    await ok(rt, booth1, 'booth.saveProfile', profile(1, { introduction }));
    const shown = await ok(rt, { role: 'screen', terminal: 'tv' }, 'booth.display', { booth: 1 });
    expect(shown.company?.introduction).toBe(introduction);
  });
});

describe('jobs posted at a booth', () => {
  it('are the booth employer’s, checked like the desk’s, and reach the hall’s screen and the kiosks', async () => {
    const rt = await station();
    const posted = await ok(rt, booth1, 'booth.postJob', { draft: boothDraft() });
    expect(posted).toMatchObject({
      job: { employer: { name: employer.name }, source: 'hall', status: 'open' },
      daily: 176,
      applicants: 0,
    });
    const board = await ok(rt, { role: 'screen', terminal: 'tv' }, 'screen.board', {});
    expect(board.items[0]).toMatchObject({
      id: posted.job.id,
      verified: true,
      daily: 176,
      pay: { unit: 'hour' },
    });
    expect(await ok(rt, { role: 'kiosk', terminal: 'k' }, 'jobs.get', { id: posted.job.id })).toMatchObject({
      title: '商场保洁员',
    });
    const edited = await ok(rt, booth1, 'booth.editJob', {
      jobId: posted.job.id,
      draft: boothDraft({ headcount: 5 }),
    });
    expect(edited.job.headcount).toBe(5);
    expect(
      (await ok(rt, booth1, 'booth.setJobStatus', { jobId: posted.job.id, status: 'closed' })).job.status,
    ).toBe('closed');
  });

  it('refuses bad drafts with the desk’s messages and another employer’s job, changing nothing', async () => {
    const rt = await station();
    const bad = await failure(rt, booth1, 'booth.postJob', {
      draft: boothDraft({ startDate: '2026-12-31', validThrough: '2026-12-01' }),
    });
    expect(bad).toMatchObject({ code: 'invalid_input', issues: [{ path: 'draft.validThrough' }] });
    expect(
      await failure(rt, booth1, 'booth.postJob', {
        draft: { ...boothDraft(), employer: { name: '冒名公司' } } as never,
      }),
    ).toMatchObject({ code: 'invalid_input' });
    expect(
      await failure(rt, booth1, 'booth.postJob', { draft: boothDraft({ title: '长'.repeat(61) }) }),
    ).toMatchObject({
      code: 'invalid_input',
    });
    const theirs = await ok(rt, booth2, 'booth.postJob', { draft: boothDraft({ title: '装卸工' }) });
    expect(
      await failure(rt, booth1, 'booth.editJob', {
        jobId: theirs.job.id,
        draft: boothDraft({ title: '改掉' }),
      }),
    ).toMatchObject({ code: 'forbidden' });
    expect(
      await failure(rt, booth1, 'booth.setJobStatus', { jobId: theirs.job.id, status: 'closed' }),
    ).toMatchObject({
      code: 'forbidden',
    });
    expect((await ok(rt, booth2, 'booth.session', {})).jobs.map((j) => [j.job.title, j.job.status])).toEqual([
      ['装卸工', 'open'],
    ]);
    expect((await ok(rt, booth1, 'booth.session', {})).jobs).toEqual([]);
  });
});
