import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, stubBackend } from '@/test/network';
import { api } from './api/client';

const onboarding = {
  institutionName: '某某市税务局',
  rootOrgType: 'COMMITTEE',
  rootOrgName: '中共某某市税务局委员会',
  adminName: '张三',
  mobile: '13812345678',
  password: 'red-flag-2024',
} as const;

const created = () => jsonResponse(201, { tenantId: 't', rootOrgId: 'o', userId: 'u' });

describe('CSRF middleware', () => {
  it('sends the XSRF-TOKEN cookie as the X-XSRF-TOKEN header on a POST', async () => {
    document.cookie = 'XSRF-TOKEN=3f1c%2Bab';
    const backend = stubBackend({ 'POST /api/v1/onboarding': created });

    await api.POST('/api/v1/onboarding', { body: onboarding });

    expect(backend.requests).toHaveLength(1);
    expect(backend.requests[0]?.headers.get('X-XSRF-TOKEN')).toBe('3f1c+ab');
  });

  it('leaves GET requests alone', async () => {
    document.cookie = 'XSRF-TOKEN=3f1c';
    const backend = stubBackend({ 'GET /api/v1/me': () => problemResponse(401, { title: 'Unauthorized' }) });

    await api.GET('/api/v1/me');

    expect(backend.requests[0]?.headers.has('X-XSRF-TOKEN')).toBe(false);
  });

  it('asks the backend for a token first when the browser has none yet', async () => {
    const backend = stubBackend({
      'GET /api/v1/me': () => {
        document.cookie = 'XSRF-TOKEN=fresh';
        return problemResponse(401, { title: 'Unauthorized' });
      },
      'POST /api/v1/onboarding': created,
    });

    await api.POST('/api/v1/onboarding', { body: onboarding });

    expect(backend.requests.map((request) => request.method)).toEqual(['GET', 'POST']);
    expect(backend.requests[1]?.headers.get('X-XSRF-TOKEN')).toBe('fresh');
  });
});
