import { describe, expect, it } from 'vitest';
import { BackgroundTasks } from './background-tasks';

describe('BackgroundTasks', () => {
  it('settles once every tracked task has ended, resolved or rejected', async () => {
    const tasks = new BackgroundTasks();
    let finish!: () => void;
    const ended: string[] = [];
    tasks.track(new Promise<void>((resolve) => (finish = resolve)).then(() => ended.push('slow')));
    tasks.track(Promise.reject(new Error('mail down')).catch(() => ended.push('failed')));
    const settled = tasks.settled().then(() => ended.push('settled'));
    await Promise.resolve();
    finish();
    await settled;
    expect(ended).toEqual(['failed', 'slow', 'settled']);
  });

  it('settles at once when nothing runs', async () => {
    await expect(new BackgroundTasks().settled()).resolves.toBeUndefined();
  });
});
