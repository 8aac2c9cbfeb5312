import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { api } from '@/lib/api/client';
import { problemResponse, stubBackend } from '@/test/network';
import { LanguageSwitch } from './LanguageSwitch';

describe('language switch', () => {
  it('asks the backend for answers in the chosen language and remembers the choice', async () => {
    const backend = stubBackend({ 'GET /api/v1/me': () => problemResponse(401, { title: 'Unauthorized' }) });
    render(<LanguageSwitch />);

    await api.GET('/api/v1/me');
    await userEvent.click(screen.getByText('English'));
    await api.GET('/api/v1/me');

    expect(backend.requests.map((request) => request.headers.get('Accept-Language'))).toEqual(['zh-CN', 'en']);
    expect(localStorage.getItem('xianfeng.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.cookie).toContain('xianfeng_lang=en'); // the backend's sign-in page follows it
  });
});
