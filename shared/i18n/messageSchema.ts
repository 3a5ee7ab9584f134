/**
 * A message as it crosses a boundary (IPC, the phone's socket, a file): plain JSON, nested messages
 * allowed, no LocalizedValue (a function). Values are bounded like any other input.
 */
import { z } from 'zod';
import type { Message } from './message';

const MESSAGE_ID = /^[a-zA-Z0-9_.-]{1,120}$/;

export const MessageSchema: z.ZodType<Message> = z.lazy(() =>
  z.strictObject({
    id: z.string().regex(MESSAGE_ID),
    values: z.record(z.string().max(64), z.union([z.string().max(20_000), z.number(), z.boolean(), z.null(), MessageSchema])).optional(),
  }),
) as unknown as z.ZodType<Message>;
