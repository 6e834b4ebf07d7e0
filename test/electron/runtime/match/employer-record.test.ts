import { describe, expect, it } from 'vitest';
import { workerProfileSchema } from '../../../../electron/runtime/match/worker';
import { desk1, ok, registerByHand, signInDemo, testStation } from '../desk/helpers';

describe("an employer's record in the station's matching", () => {
  it('demotes an employer reported at the desk for unpaid wages, and says why', async () => {
    const { runtime: rt } = await testStation();
    await signInDemo(rt);
    const { workerId } = await registerByHand(rt, '赵大勇');
    const engine = rt.context.match.engine;
    const profile = workerProfileSchema.parse({
      age: 45,
      occupations: ['4-09-08-02'],
      home: { district: '南关区' },
      expectedDailyPay: 160,
    });
    const before = engine.match(profile, 5).items[0]!;
    expect(before.reasons.map((r) => r.code)).not.toContain('employer-disputes');

    for (const kind of ['unpaid-wages', 'sent-home-early'] as const)
      await ok(rt, desk1, 'employers.report', {
        workerId,
        employerId: before.job.employer.id,
        jobId: before.job.id,
        kind,
        note: '',
      });

    const after = engine.match(profile, 5);
    // Two disputes cost 20 points: the job falls behind others, and carries the reason.
    const same = engine
      .match(profile, 50)
      .items.find((i) => i.job.employer.id === before.job.employer.id && i.job.id === before.job.id);
    expect(same).toBeDefined();
    expect(same!.score).toBeCloseTo(before.score - 20, 5);
    expect(same!.reasons).toContainEqual({ code: 'employer-disputes', count: 2 });
    expect(after.items[0]!.job.id).not.toBe(before.job.id);
    await rt.close();
  });
});
