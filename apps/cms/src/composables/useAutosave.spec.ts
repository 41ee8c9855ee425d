import { effectScope, ref } from 'vue';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAutosave } from './useAutosave';

afterEach(() => vi.useRealTimers());

describe('useAutosave', () => {
  it('saves after the pause, once, and not when it may not run', () => {
    vi.useFakeTimers();
    const save = vi.fn(async () => true);
    let may = true;
    const scope = effectScope();
    const autosave = scope.run(() => useAutosave({ delay: ref(100), mayRun: () => may, waitingForNetwork: () => false, save }))!;
    autosave.schedule();
    autosave.schedule();
    vi.advanceTimersByTime(99);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledTimes(1);
    may = false;
    autosave.schedule();
    vi.advanceTimersByTime(200);
    expect(save).toHaveBeenCalledTimes(1);
    scope.stop();
  });

  it('sends what waited when the browser is back online, and stops listening when its scope ends', () => {
    vi.useFakeTimers();
    const save = vi.fn(async () => true);
    const scope = effectScope();
    const autosave = scope.run(() => useAutosave({ delay: ref(100), mayRun: () => true, waitingForNetwork: () => true, save }))!;
    window.dispatchEvent(new Event('online'));
    expect(save).toHaveBeenCalledTimes(1);
    autosave.schedule();
    scope.stop();
    window.dispatchEvent(new Event('online'));
    vi.advanceTimersByTime(500);
    expect(save).toHaveBeenCalledTimes(1);
  });
});
