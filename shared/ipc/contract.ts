import { z } from 'zod';
import type { Channel } from './channels';

/** Where the app keeps its data: the OS default, or a folder chosen at launch. */
export const UserDataKind = z.enum(['default', 'custom']);

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.enum(['linux', 'darwin', 'win32', 'other']),
  userData: z.object({
    kind: UserDataKind,
    writable: z.boolean(),
  }),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** Request and response schema of each channel; the types below are inferred from them. */
export const contract = {
  'app.info': { request: z.undefined(), response: AppInfo },
} satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>;

export type Contract = typeof contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;
