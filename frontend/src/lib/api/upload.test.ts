import { describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { importRejected, jsonResponse, problemResponse, stubBackend } from '@/test/network';
import { ApiError } from './problem';
import { uploadWithProgress, type UploadProgress } from './upload';

const tenantId = 'b0000000-0000-4000-8000-000000000001';
const parentId = 'a0000000-0000-4000-8000-000000000001';
const sheet = () =>
  new File(['a spreadsheet, or near enough'], 'orgs.xlsx', {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });

describe('uploadWithProgress', () => {
  it('reports the upload as it goes, then that it is sent, and resolves with the answer', async () => {
    document.cookie = 'XSRF-TOKEN=3f1c%2Bab';
    await changeLanguage('en');
    const backend = stubBackend({ 'POST /api/v1/orgs/import': () => jsonResponse(200, { imported: 3 }) });
    const progress: UploadProgress[] = [];

    const result = await uploadWithProgress('/api/v1/orgs/import', {
      query: { parentId },
      form: { file: sheet() },
      headers: { 'X-Tenant-Id': tenantId },
      onProgress: (step) => progress.push(step),
    });

    expect(result).toEqual({ imported: 3 });
    const [request] = backend.requests;
    const total = progress.at(-1)?.total ?? 0;
    expect(total).toBe((await request?.clone().arrayBuffer())?.byteLength);
    expect(progress).toEqual([
      { loaded: Math.floor(total / 2), total, sent: false },
      { loaded: total, total, sent: false },
      { loaded: total, total, sent: true },
    ]);
    expect(request?.url).toBe(`${window.location.origin}/api/v1/orgs/import?parentId=${parentId}`);
    expect(request?.headers.get('X-Tenant-Id')).toBe(tenantId);
    expect(request?.headers.get('X-XSRF-TOKEN')).toBe('3f1c+ab');
    expect(request?.headers.get('Accept-Language')).toBe('en');
    expect(request?.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    // Node's File, not jsdom's: compared by its fields.
    expect((await request?.formData())?.get('file')).toMatchObject({ name: 'orgs.xlsx', size: sheet().size });
  });

  it('fills in the path’s parameters and takes a 201 answer', async () => {
    document.cookie = 'XSRF-TOKEN=token';
    const backend = stubBackend({
      [`POST /api/v1/orgs/${parentId}/schemes/import`]: () => jsonResponse(201, { id: 'new-scheme' }),
    });

    const result = await uploadWithProgress('/api/v1/orgs/{orgId}/schemes/import', {
      path: { orgId: parentId },
      query: { year: 2026 },
      form: { file: new File(['{}'], 'scheme.json', { type: 'application/json' }) },
    });

    expect(result).toEqual({ id: 'new-scheme' });
    expect(backend.requests[0]?.url).toBe(`${window.location.origin}/api/v1/orgs/${parentId}/schemes/import?year=2026`);
  });

  it('rejects a 422 with an ApiError that lists every bad row', async () => {
    document.cookie = 'XSRF-TOKEN=token';
    stubBackend({
      'POST /api/v1/members/import': () =>
        importRejected([
          { row: 3, column: '手机号码', message: '手机号格式不正确' },
          { row: 7, column: '所在党支部', message: '找不到该党支部' },
        ]),
    });

    const upload = uploadWithProgress('/api/v1/members/import', { form: { file: sheet() } });

    const error: unknown = await upload.catch((rejection: unknown) => rejection);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 422,
      message: '共 2 行有误，未导入任何数据。',
      problem: { rows: [{ row: 3, column: '手机号码' }, { row: 7, column: '所在党支部', message: '找不到该党支部' }] },
    });
  });

  it('asks the backend for a CSRF token first when the browser has none yet', async () => {
    const backend = stubBackend({
      'GET /api/v1/me': () => {
        document.cookie = 'XSRF-TOKEN=fresh';
        return problemResponse(401, { title: 'Unauthorized' });
      },
      'POST /api/v1/members/import': () => jsonResponse(200, { imported: 1 }),
    });

    await uploadWithProgress('/api/v1/members/import', { query: {}, form: { file: sheet() } });

    expect(backend.requests.map((request) => request.method)).toEqual(['GET', 'POST']);
    expect(backend.requests[1]?.headers.get('X-XSRF-TOKEN')).toBe('fresh');
  });

  it('gives an answer that is not problem+json its status, and stops when aborted', async () => {
    stubBackend({
      'POST /api/v1/members/import': () => new Response('<html>Bad Gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    });

    const failed: unknown = await uploadWithProgress('/api/v1/members/import', { form: { file: sheet() } }).catch(
      (rejection: unknown) => rejection,
    );
    expect(failed).toBeInstanceOf(ApiError);
    expect(failed).toMatchObject({ status: 502, problem: { status: 502, title: 'Bad Gateway' } });

    const controller = new AbortController();
    const aborted = uploadWithProgress('/api/v1/members/import', {
      form: { file: sheet() },
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
  });
});
