import { describe, expect, it } from 'vitest';
import { takeReturnTo } from './signIn';

describe('return-to path', () => {
  it('is handed out once', () => {
    sessionStorage.setItem('xianfeng.returnTo', '/members?page=2');
    expect(takeReturnTo()).toBe('/members?page=2');
    expect(takeReturnTo()).toBeUndefined();
  });

  it.each(['//evil.example', 'https://evil.example/', '/\\evil.example'])('never leaves the app (%s)', (path) => {
    sessionStorage.setItem('xianfeng.returnTo', path);
    expect(takeReturnTo()).toBeUndefined();
  });
});
