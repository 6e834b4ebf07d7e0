import { z } from 'zod';
import type { Job } from '../schema/job';
import { everyone, method, pageInput, type Page } from './define';

export const jobMethods = {
  'jobs.list': method<Page<Job>>()({
    input: z
      .object({
        q: z.string().max(100).optional(),
        district: z.string().max(20).optional(),
        ...pageInput,
      })
      .strict(),
    roles: everyone,
  }),
};
