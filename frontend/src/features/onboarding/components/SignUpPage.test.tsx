import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, stubBackend } from '@/test/network';
import { renderApp } from '@/test/renderApp';

const validInput = {
  机构名称: '某某市税务局',
  根组织名称: '中共某某市税务局委员会',
  管理员姓名: '张三',
  手机号: '13812345678',
  密码: 'red-flag-2024',
  确认密码: 'red-flag-2024',
};

async function fillForm(values: Partial<Record<keyof typeof validInput | '电子邮箱', string>>) {
  const user = userEvent.setup();
  for (const [label, value] of Object.entries(values)) {
    if (!value) continue;
    // Pasting fills an input in one event; typing key by key makes these tests needlessly slow.
    await user.click(screen.getByLabelText(label));
    await user.paste(value);
  }
  await user.click(screen.getByRole('button', { name: '注册机构' }));
}

describe('sign-up form', () => {
  it('rejects a malformed mobile number and a too short password', async () => {
    renderApp('/signup');
    await fillForm({ ...validInput, 手机号: '12345', 密码: 'abc12', 确认密码: 'abc12' });

    expect(await screen.findByText('请输入有效的手机号（以 1 开头的 11 位数字）')).toBeInTheDocument();
    expect(screen.getByText('密码至少 10 位')).toBeInTheDocument();
  });

  it('rejects a password made of digits only', async () => {
    renderApp('/signup');
    await fillForm({ ...validInput, 密码: '1234567890', 确认密码: '1234567890' });

    expect(await screen.findByText('密码不能全为数字')).toBeInTheDocument();
  });

  it('rejects a confirmation that differs from the password', async () => {
    renderApp('/signup');
    await fillForm({ ...validInput, 确认密码: 'red-flag-2025' });

    expect(await screen.findByText('两次输入的密码不一致')).toBeInTheDocument();
  });

  it('asks for a mobile number or an e-mail address when both are empty', async () => {
    renderApp('/signup');
    await fillForm({ ...validInput, 手机号: '' });

    expect(await screen.findByText('请至少填写手机号或电子邮箱')).toBeInTheDocument();
  });

  it('names every missing required field', async () => {
    renderApp('/signup');
    await fillForm({});

    expect(await screen.findByText('请输入机构名称')).toBeInTheDocument();
    expect(screen.getByText('请输入根组织名称')).toBeInTheDocument();
    expect(screen.getByText('请输入管理员姓名')).toBeInTheDocument();
    expect(screen.getByText('请输入密码')).toBeInTheDocument();
  });

  it('shows the backend field errors under their inputs and its detail above the button', async () => {
    stubBackend({
      'POST /api/v1/onboarding': () =>
        problemResponse(409, {
          title: 'Conflict',
          detail: '该手机号已注册。',
          errors: [{ field: 'mobile', message: '手机号 13812345678 已被使用' }],
        }),
    });
    renderApp('/signup');
    await fillForm(validInput);

    expect(await screen.findByText('手机号 13812345678 已被使用')).toBeInTheDocument();
    expect(screen.getByText('该手机号已注册。')).toBeInTheDocument();
    expect(screen.getByLabelText('手机号')).toHaveAttribute('aria-invalid', 'true');
  });

  it('sends every attempt from one form with the same Idempotency-Key, so a retry cannot sign up twice', async () => {
    let attempt = 0;
    const backend = stubBackend({
      'POST /api/v1/onboarding': () =>
        ++attempt === 1
          ? problemResponse(503, { title: 'Service Unavailable', detail: '服务暂不可用' })
          : jsonResponse(201, { tenantId: crypto.randomUUID(), rootOrgId: crypto.randomUUID(), userId: crypto.randomUUID() }),
    });
    renderApp('/signup');
    await fillForm(validInput);
    await screen.findByText('服务暂不可用');

    await userEvent.click(screen.getByRole('button', { name: '注册机构' }));

    expect(await screen.findByText('机构已创建')).toBeInTheDocument();
    const keys = backend.requests
      .filter((request) => request.method === 'POST')
      .map((request) => request.headers.get('Idempotency-Key'));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('sends the cleaned-up request with the CSRF token and confirms the new institution', async () => {
    document.cookie = 'XSRF-TOKEN=token-123';
    const backend = stubBackend({
      'POST /api/v1/onboarding': () =>
        jsonResponse(201, { tenantId: crypto.randomUUID(), rootOrgId: crypto.randomUUID(), userId: crypto.randomUUID() }),
    });
    renderApp('/signup');
    await fillForm({ ...validInput, 机构名称: '  某某市税务局 ' });

    expect(await screen.findByText('机构已创建')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '登录' })).toBeInTheDocument();
    const [request] = backend.requests;
    expect(request?.headers.get('X-XSRF-TOKEN')).toBe('token-123');
    await waitFor(async () =>
      expect(await request?.json()).toEqual({
        institutionName: '某某市税务局',
        rootOrgType: 'COMMITTEE',
        rootOrgName: '中共某某市税务局委员会',
        adminName: '张三',
        mobile: '13812345678',
        password: 'red-flag-2024',
      }),
    );
  });
});
