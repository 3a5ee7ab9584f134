import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileOpenQueue, openableFilesInArgv } from '../../../../../electron/services/sessions/fileOpenQueue';

describe('the queue of files the system asks to open', () => {
  it('keeps requests until the window listens, then delivers directly', () => {
    const delivered: string[] = [];
    let windowReady = true;
    const queue = createFileOpenQueue((file) => {
      if (!windowReady) return false;
      delivered.push(file);
      return true;
    });
    queue.request('/a.rrsession');
    queue.request('/a.rrsession'); // asked twice before start: opened once
    expect(delivered).toEqual([]);
    expect(queue.take()).toEqual(['/a.rrsession']);
    queue.request('/b.rrsession');
    expect(delivered).toEqual(['/b.rrsession']);
    windowReady = false; // the window is reloading
    queue.request('/c.rrsession');
    expect(queue.take()).toEqual(['/c.rrsession']);
    expect(queue.take()).toEqual([]);
  });

  it('finds session and framework files in a command line, resolved against its working folder', () => {
    const cwd = path.resolve('/home/claire/Documents');
    expect(openableFilesInArgv(['--inspect', 'Workshop.RRSESSION', '-psn_0_123', 'notes.txt', '/tmp/b.rrsession', 'Method.rrframework', '--x.rrframework'], cwd)).toEqual([
      path.join(cwd, 'Workshop.RRSESSION'),
      path.resolve('/tmp/b.rrsession'),
      path.join(cwd, 'Method.rrframework'),
    ]);
    expect(openableFilesInArgv([], cwd)).toEqual([]);
  });
});
