/**
 * The one gate every window call passes (createDispatcher): sender checks, request parsing and
 * error shaping, proved with fake handlers so no service and no Electron is involved.
 */
import { describe, expect, it, vi } from 'vitest';
import { msg, translatorNow } from '../../../../../shared/i18n';
import { MessageSchema } from '../../../../../shared/i18n/messageSchema';
import { createDispatcher, type Handlers, type Sender, UserFacingError } from '../../../../../electron/services/ipc/dispatcher';

const OWN_ORIGIN = 'app://readiness-room';
const OWN_PAGE: Sender = { url: `${OWN_ORIGIN}/index.html`, isMainFrame: true };

function fakeHandlers() {
  const handlers = {
    getAppInfo: vi.fn(async () => ({ version: '1.2.3', shell: 'electron' as const, platform: 'linux', sessionsFolder: '/tmp/sessions' })),
    mirrorSession: vi.fn(async () => ({ savedAt: '2025-01-01T00:00:00.000Z' })),
    listMirroredSessions: vi.fn(async () => ({ sessions: [], problems: [] })),
    openExternal: vi.fn(async () => ({ opened: true as const })),
  } satisfies Partial<Handlers>;
  return handlers;
}

/** The fakes above, with every other call of the contract failing loudly if it is ever reached. */
function asHandlers(fakes: Partial<Handlers>): Handlers {
  return new Proxy(fakes, {
    get: (target, name: string) =>
      (target as Record<string, unknown>)[name] ??
      (async () => {
        throw new Error(`unexpected call ${name}`);
      }),
  }) as Handlers;
}

function setup(allowedOrigins: readonly string[] = [OWN_ORIGIN]) {
  const handlers = fakeHandlers();
  const log = vi.fn<(message: string) => void>();
  const dispatch = createDispatcher(asHandlers(handlers), allowedOrigins, log);
  const calledAny = () => Object.values(handlers).some((fn) => fn.mock.calls.length > 0);
  return { handlers, log, dispatch, calledAny };
}

describe('createDispatcher: the sender', () => {
  it('serves our own app:// page in its main frame', async () => {
    const { dispatch, handlers } = setup();
    await expect(dispatch('getAppInfo', {}, OWN_PAGE)).resolves.toEqual({
      ok: true,
      value: { version: '1.2.3', shell: 'electron', platform: 'linux', sessionsFolder: '/tmp/sessions' },
    });
    expect(handlers.getAppInfo).toHaveBeenCalledTimes(1);
  });

  it.each([
    'https://evil.example/',
    'https://evil.example/index.html',
    'http://127.0.0.1:9999/index.html',
    'file:///home/someone/index.html',
    'file:///C:/Users/someone/index.html',
    'app://evil/index.html',
    'app://readiness-room.evil.example/index.html',
    'app://readiness-room:8080/index.html',
    'http://readiness-room/index.html',
    'data:text/html,<script>1</script>',
    'about:blank',
    'not a url',
    '',
  ])('refuses a call from %j with "forbidden"', async (url) => {
    const { dispatch, calledAny, log } = setup();
    const result = await dispatch('openExternal', { url: 'https://example.com' }, { url, isMainFrame: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calledAny()).toBe(false);
    expect(log).toHaveBeenCalled();
  });

  it('refuses a sender with no URL at all', async () => {
    const { dispatch, calledAny } = setup();
    await expect(dispatch('getAppInfo', {}, { url: undefined, isMainFrame: true })).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calledAny()).toBe(false);
  });

  it('serves http://127.0.0.1:9999 only when that origin is explicitly allowed (the Chromium shell)', async () => {
    const sender: Sender = { url: 'http://127.0.0.1:9999/index.html', isMainFrame: true };
    expect((await setup().dispatch('getAppInfo', {}, sender)).ok).toBe(false);
    expect((await setup(['http://127.0.0.1:9999']).dispatch('getAppInfo', {}, sender)).ok).toBe(true);
    // …and a different port on the same host is still someone else.
    expect((await setup(['http://127.0.0.1:9999']).dispatch('getAppInfo', {}, { url: 'http://127.0.0.1:9998/', isMainFrame: true })).ok).toBe(false);
  });

  it('refuses a subframe, even one of our own origin', async () => {
    const { dispatch, calledAny } = setup();
    const result = await dispatch('getAppInfo', {}, { url: `${OWN_ORIGIN}/frame.html`, isMainFrame: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calledAny()).toBe(false);
  });

  it('checks the sender before it looks at the request', async () => {
    const { dispatch } = setup();
    const result = await dispatch('openExternal', { url: 42 }, { url: 'https://evil.example/', isMainFrame: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('createDispatcher: the request', () => {
  it.each<[string, unknown]>([
    ['a number for a string', { url: 42 }],
    ['null for a string', { url: null }],
    ['an extra key', { url: 'https://example.com', extra: true }],
    ['a missing field', {}],
    ['a huge string', { url: `https://example.com/${'a'.repeat(100_000)}` }],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'https://example.com'],
    ['an array', ['https://example.com']],
    ['a prototype-polluting key', JSON.parse('{"url":"https://example.com","__proto__":{"polluted":true}}')],
  ])('refuses %s with "invalid-request" and never calls the handler', async (_label, request) => {
    const { dispatch, handlers, calledAny } = setup();
    const result = await dispatch('openExternal', request, OWN_PAGE);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(handlers.openExternal).not.toHaveBeenCalled();
    expect(calledAny()).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses extra keys on a call that takes no arguments', async () => {
    const { dispatch, handlers } = setup();
    await expect(dispatch('getAppInfo', { sneaky: 1 }, OWN_PAGE)).resolves.toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(handlers.getAppInfo).not.toHaveBeenCalled();
  });

  it('refuses a session that does not match the session schema', async () => {
    const { dispatch, handlers } = setup();
    await expect(dispatch('mirrorSession', { session: { id: 'x' } }, OWN_PAGE)).resolves.toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(handlers.mirrorSession).not.toHaveBeenCalled();
  });

  it('keeps the error message short even for a huge request', async () => {
    const { dispatch } = setup();
    const result = await dispatch('openExternal', { url: 'x'.repeat(1_000_000) }, OWN_PAGE);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.length).toBeLessThan(500);
  });

  it('passes the parsed request to the handler', async () => {
    const { dispatch, handlers } = setup();
    await expect(dispatch('openExternal', { url: 'https://example.com/a' }, OWN_PAGE)).resolves.toEqual({ ok: true, value: { opened: true } });
    expect(handlers.openExternal).toHaveBeenCalledWith({ url: 'https://example.com/a' });
  });
});

describe('createDispatcher: the channel', () => {
  it.each(['nope', 'getappinfo', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '', 'x'.repeat(10_000)])(
    'answers "unknown-call" for %j',
    async (channel) => {
      const { dispatch, calledAny } = setup();
      const result = await dispatch(channel, {}, OWN_PAGE);
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
      if (!result.ok) expect(result.error.message.length).toBeLessThan(200);
      expect(calledAny()).toBe(false);
    },
  );
});

describe('createDispatcher: errors from the handler', () => {
  it('turns a plain Error into "internal" with no stack and no detail in the message, and logs it', async () => {
    const { dispatch, handlers, log } = setup();
    handlers.getAppInfo.mockRejectedValueOnce(new Error('ENOENT: /home/secret/path/file.json'));
    const result = await dispatch('getAppInfo', {}, OWN_PAGE);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!result.ok) {
      expect(result.error.message).not.toMatch(/ENOENT|secret|\n\s+at /);
      expect(Object.keys(result.error).sort()).toEqual(['code', 'message', 'text']);
      expect(result.error.text).toEqual({ id: 'shell.ipc.internal' });
      expect(translatorNow('de').text(result.error.text!)).toMatch(/^In Readiness Room ist ein Fehler aufgetreten/);
    }
    expect(log.mock.calls.flat().join('\n')).toContain('ENOENT');
  });

  it('turns a non-Error throw into "internal" too', async () => {
    const { dispatch, handlers } = setup();
    handlers.listMirroredSessions.mockImplementationOnce(() => Promise.reject('a bare string'));
    await expect(dispatch('listMirroredSessions', {}, OWN_PAGE)).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('keeps the code and message of a UserFacingError', async () => {
    const { dispatch, handlers } = setup();
    handlers.openExternal.mockRejectedValueOnce(new UserFacingError('forbidden', 'Only https:// and mailto: links can be opened.'));
    await expect(dispatch('openExternal', { url: 'https://example.com' }, OWN_PAGE)).resolves.toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Only https:// and mailto: links can be opened.', text: { id: 'shell.ipc.text', values: { text: 'Only https:// and mailto: links can be opened.' } } },
    });
  });

  it('sends a catalogue message as plain JSON, with its English words as the message', async () => {
    const { dispatch, handlers } = setup();
    handlers.getAppInfo.mockRejectedValueOnce(new UserFacingError('io', msg('sessionFiles.save.diskFull', { file: '/tmp/a.readiness' })));
    const result = await dispatch('getAppInfo', {}, OWN_PAGE);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'io',
        message: 'The disk is full: the session could not be saved to /tmp/a.readiness. Your changes are kept in the app; free some space and it will save again.',
        text: { id: 'sessionFiles.save.diskFull', values: { file: '/tmp/a.readiness' } },
      },
    });
    if (!result.ok) {
      expect(MessageSchema.safeParse(JSON.parse(JSON.stringify(result.error.text))).success).toBe(true);
      expect(translatorNow('de').text(result.error.text!)).toMatch(/^Der Datenträger ist voll/);
    }
  });

  it.each(['not-found', 'io', 'invalid-request'] as const)('keeps a UserFacingError with code %s', async (code) => {
    const { dispatch, handlers } = setup();
    handlers.getAppInfo.mockRejectedValueOnce(new UserFacingError(code, `It failed: ${code}.`));
    await expect(dispatch('getAppInfo', {}, OWN_PAGE)).resolves.toMatchObject({ ok: false, error: { code, message: `It failed: ${code}.` } });
  });
});
