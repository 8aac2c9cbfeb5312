import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PreviewResult, SchemeDocument, SchemePreset } from '@/lib/api/types';
import { jsonResponse, problemResponse, stubBackend } from '@/test/network';
import { renderApp } from '@/test/renderApp';
import { committeeAdmin, tenantId } from '@/test/session';
import { onDesktop } from '@/test/viewport';

const presets: SchemePreset[] = [
  {
    code: 'annual-from-zero',
    name: '年度累计积分（从0开始）',
    description: 'XX市直党员积分制管理办法：每个年度从0开始计分。',
    aggregation: 'SUM_YEAR',
  },
  {
    code: 'monthly-100',
    name: '每月百分制（季度平均、民主评议占20%）',
    description: '兴平市医保局党员积分制管理。',
    aggregation: 'QUARTERLY_OF_MONTHLY',
  },
];

/** Part of preset P2, with an hourly item and an occurrence limit added so that every rule shows. */
const scheme: SchemeDocument = {
  formatVersion: 1,
  code: 'annual-from-zero',
  name: '年度累计积分（从0开始）',
  description: 'XX市直党员积分制管理办法：每个年度从0开始计分。',
  aggregation: 'SUM_YEAR',
  sections: [
    {
      code: 'ACTIVITY',
      name: '参加党的活动',
      kind: 'BASE',
      start: 'ACCUMULATE',
      cap: 60,
      items: [
        {
          code: 'P2-MEETING',
          name: '参加“三会一课”',
          rule: { type: 'PER_OCCURRENCE', points: 1 },
          recordedBy: 'SYSTEM',
        },
        {
          code: 'P2-VOLUNTEER-HOURS',
          name: '志愿服务',
          rule: { type: 'PER_HOUR', points: 2 },
          cap: 5,
          recordedBy: 'MEMBER',
        },
        {
          code: 'P2-LECTURE',
          name: '在单位内讲党课',
          rule: { type: 'PER_OCCURRENCE', points: 2 },
          maxOccurrences: 4,
          recordedBy: 'MEMBER',
          evidenceRequired: true,
        },
      ],
    },
    {
      code: 'AWARD',
      name: '奖励加分',
      kind: 'BONUS',
      start: 'ACCUMULATE',
      items: [
        {
          code: 'P2-AWARD',
          name: '受到表彰',
          rule: {
            type: 'LEVELS',
            levels: [
              { level: '市级（省直部门）', points: 3 },
              { level: '省级以上', points: 5 },
            ],
          },
          highestOnlyGroup: 'P2-AWARD',
          recordedBy: 'MEMBER',
        },
      ],
    },
    {
      code: 'DEDUCT',
      name: '减分',
      kind: 'DEDUCTION',
      start: 'ACCUMULATE',
      items: [
        {
          code: 'P2-ABSENT',
          name: '未经同意缺席组织活动',
          rule: { type: 'PER_OCCURRENCE', points: -1 },
          recordedBy: 'SYSTEM',
        },
        { code: 'P2-WARNING', name: '受警告处分', rule: { type: 'FIXED', points: -3 }, recordedBy: 'RECORDER' },
        {
          code: 'P2-MISCONDUCT',
          name: '其他不良行为',
          rule: { type: 'RANGE', min: -4, max: -1 },
          recordedBy: 'RECORDER',
        },
        {
          code: 'P2-VETO-DISMISSED',
          name: '受撤销党内职务以上处分',
          rule: { type: 'FIXED', points: 0 },
          recordedBy: 'RECORDER',
        },
      ],
    },
  ],
  vetoes: [{ trigger: 'P2-VETO-DISMISSED', effects: ['ZERO_YEAR', 'FORCE_GRADE'] }],
  composition: {
    parts: [{ name: '年度考核积分', sections: ['ACTIVITY', 'AWARD', 'DEDUCT'], weight: 0.8 }],
    evaluationWeight: 0.2,
    total: 1,
  },
  ballotWeights: { good: 1, average: 0.8, poor: 0.6 },
  grades: [{ grade: '优秀', min: 90 }, { grade: '合格', min: 60 }, { grade: '不合格' }],
};

const result: PreviewResult = {
  periods: [{ period: '2025', total: 60 }],
  quarters: [],
  interim: null,
  yearScore: 60,
  evaluation: 98,
  annual: 67.67,
  exactAnnual: '203/3',
  grade: '合格',
  vetoes: [],
  explanation: {
    kind: 'ANNUAL',
    label: 'annual',
    points: 67.67,
    detail: '',
    children: [
      {
        kind: 'MEAN',
        label: 'year',
        points: 60,
        detail: 'SUM_YEAR',
        children: [
          {
            kind: 'PERIOD',
            label: '2025',
            points: 60,
            detail: '',
            children: [
              {
                kind: 'SECTION',
                label: '参加党的活动',
                points: 60,
                detail: 'ACTIVITY',
                children: [
                  {
                    kind: 'ITEM',
                    label: '参加“三会一课”',
                    points: 63,
                    detail: 'P2-MEETING',
                    children: [{ kind: 'ENTRY', label: '#001', points: 63, detail: '1 × 63', children: [] }],
                  },
                  { kind: 'SECTION_CAP', label: '参加党的活动', points: -3, detail: 'cap 60', children: [] },
                ],
              },
            ],
          },
        ],
      },
      { kind: 'PART', label: '年度考核积分', points: 48, detail: '0.8 × 60.00', children: [] },
      { kind: 'EVALUATION', label: 'evaluation', points: 19.6, detail: '0.2 × 98.00', children: [] },
      { kind: 'GRADE', label: '合格', points: 0, detail: '', children: [] },
    ],
  },
};

function stubSchemes(extraRoutes: Parameters<typeof stubBackend>[0] = {}) {
  return stubBackend({
    'GET /api/v1/me': () => jsonResponse(200, committeeAdmin),
    'GET /api/v1/orgs': () => jsonResponse(200, []),
    'GET /api/v1/scheme-presets': () => jsonResponse(200, presets),
    'GET /api/v1/scheme-presets/annual-from-zero': () => jsonResponse(200, scheme),
    ...extraRoutes,
  });
}

const user = () => userEvent.setup();

async function chooseItem(row: number, search: string, title: string) {
  await user().type(screen.getByRole('combobox', { name: `第 ${row} 行：项目` }), search);
  await user().click((await popupWith(title)).getByTitle(title));
}

/** The open select list that shows `text` (Ant Design keeps closed ones in the page, and lets them fade out). */
async function popupWith(text: string) {
  return within(
    await waitFor(() => {
      const popup = [
        ...document.querySelectorAll<HTMLElement>('.ant-select-dropdown:not(.ant-select-dropdown-hidden)'),
      ].find((candidate) => !/-leave\b/.test(candidate.className) && candidate.textContent.includes(text));
      if (popup === undefined) throw new Error(`no open list shows ${text}`);
      return popup;
    }),
  );
}

async function chooseMonths(row: number, months: string[]) {
  await user().click(screen.getByRole('combobox', { name: `第 ${row} 行：月份` }));
  const grid = await popupWith('完成');
  await user().click(grid.getByRole('button', { name: '清空' }));
  for (const month of months) await user().click(grid.getByRole('button', { name: month }));
  await user().click(grid.getByRole('button', { name: '完成' }));
}

describe('scoring schemes', () => {
  onDesktop();

  it('lists the presets and shows one with every rule, limit and veto in words', async () => {
    const backend = stubSchemes();
    renderApp('/schemes');

    const card = within(await screen.findByTestId('preset-annual-from-zero'));
    expect(card.getByText('全年累计')).toBeInTheDocument();
    expect(within(screen.getByTestId('preset-monthly-100')).getByText('季度平均')).toBeInTheDocument();
    await user().click(card.getByRole('button', { name: /查看方案/ }));

    const view = within(await screen.findByTestId('scheme-view'));
    const rule = (code: string) => within(view.getByTestId(`item-${code}`)).getByTestId('item-rule').textContent;
    expect(rule('P2-MEETING')).toBe('每次 1 分');
    expect(rule('P2-VOLUNTEER-HOURS')).toBe('2 分/小时');
    expect(rule('P2-MISCONDUCT')).toBe('酌情 −4 至 −1 分');
    expect(rule('P2-AWARD')).toBe('市级（省直部门） 3 / 省级以上 5');
    expect(rule('P2-ABSENT')).toBe('每次扣 1 分');
    expect(rule('P2-WARNING')).toBe('扣 3 分');
    expect(rule('P2-VETO-DISMISSED')).toBe('一票否决');
    expect(within(view.getByTestId('item-P2-VOLUNTEER-HOURS')).getByText('上限 5 分')).toBeInTheDocument();
    expect(within(view.getByTestId('item-P2-LECTURE')).getByText('最多 4 次')).toBeInTheDocument();
    expect(within(view.getByTestId('item-P2-AWARD')).getByText('同组取最高')).toBeInTheDocument();

    const section = within(view.getByTestId('section-ACTIVITY'));
    expect(section.getByText('基础')).toBeInTheDocument();
    expect(section.getByText('从 0 累计')).toBeInTheDocument();
    expect(section.getByTestId('section-limits')).toHaveTextContent('最高 60 分');
    expect(view.getByTestId('scheme-composition')).toHaveTextContent('0.8 × 年度考核积分 + 0.2 × 民主评议');
    expect(view.getByTestId('scheme-ballots')).toHaveTextContent('选票权重：好 1 / 一般 0.8 / 差 0.6');
    expect(view.getByTestId('scheme-grades')).toHaveTextContent('优秀 ≥ 90合格 ≥ 60不合格 < 60');
    expect(view.getByTestId('scheme-vetoes')).toHaveTextContent(
      '受撤销党内职务以上处分 → 全年积分为 0、等次定为“不合格”',
    );

    const presetRequest = backend.requests.find((request) => request.url.endsWith('/scheme-presets/annual-from-zero'));
    expect(presetRequest?.headers.get('X-Tenant-Id')).toBe(tenantId);
  });

  // Many select interactions on a large page, and jsdom's role queries are slow: more time than the default.
  it(
    'posts the sample entries, one per month, and shows the annual score, the grade and the cap’s cut',
    { timeout: 30_000 },
    async () => {
      const backend = stubSchemes({ 'POST /api/v1/schemes/preview': () => jsonResponse(200, result) });
      renderApp('/schemes/presets/annual-from-zero?tab=preview');

      await screen.findByTestId('preview-calculator');
      const year = screen.getByRole('spinbutton', { name: '年度' });
      await user().clear(year);
      await user().type(year, '2025');
      await chooseItem(1, '三会', '参加“三会一课”');
      await chooseMonths(1, ['3月', '4月']);
      const count = screen.getByRole('spinbutton', { name: '第 1 行：次数' });
      await user().clear(count);
      await user().type(count, '30');
      await user().click(screen.getByRole('button', { name: /添加一行/ }));
      await chooseItem(2, '表彰', '受到表彰');
      await chooseMonths(2, ['4月']);
      await user().click(screen.getByRole('combobox', { name: '第 2 行：级别' }));
      await user().click((await popupWith('省级以上（5 分）')).getByTitle('省级以上（5 分）'));
      await user().type(screen.getByRole('textbox', { name: '第 2 行：成果名称' }), '先进个人');
      await user().type(screen.getByRole('spinbutton', { name: '好' }), '18');
      await user().type(screen.getByRole('spinbutton', { name: '一般' }), '2');
      expect(screen.getByTestId('entry-count')).toHaveTextContent('2 行，共 3 条记录');
      await user().click(screen.getByRole('button', { name: /计\s*算/ }));

      const resultCard = within(await screen.findByTestId('preview-result'));
      expect(resultCard.getByTestId('preview-annual')).toHaveTextContent('67.67');
      expect(resultCard.getByTestId('preview-grade')).toHaveTextContent('合格');
      expect(resultCard.getByTestId('preview-year-score')).toHaveTextContent('60.00');
      expect(resultCard.getByTestId('preview-evaluation')).toHaveTextContent('98.00');
      expect(resultCard.getByText('精确值 203/3')).toBeInTheDocument();
      const node = (kind: string) =>
        resultCard.getAllByTestId('explanation-node').find((element) => element.dataset.kind === kind);
      expect(node('SECTION_CAP')).toHaveTextContent('类别封顶参加党的活动上限 60 分−3');
      expect(node('EVALUATION')).toHaveTextContent('评议民主评议0.2 × 98.0019.6');

      const post = backend.requests.find((request) => request.method === 'POST');
      expect(post?.headers.get('X-Tenant-Id')).toBe(tenantId);
      expect(await post?.json()).toEqual({
        scheme,
        year: 2025,
        entries: [
          { item: 'P2-MEETING', month: 3, quantity: 30 },
          { item: 'P2-MEETING', month: 4, quantity: 30 },
          { item: 'P2-AWARD', month: 4, level: '省级以上', achievement: '先进个人' },
        ],
        ballots: { good: 18, average: 2, poor: 0 },
      });

      // A change after the calculation says the result is the old one.
      await user().type(screen.getByRole('spinbutton', { name: '差' }), '1');
      expect(resultCard.getByText('输入已修改，以下是修改前的结果，请重新计算。')).toBeInTheDocument();
    },
  );

  it(
    'puts an entry’s field error on the row it came from, and other problems in the summary',
    { timeout: 30_000 },
    async () => {
      stubSchemes({
        'POST /api/v1/schemes/preview': () =>
          problemResponse(400, {
            title: '请求无效',
            detail: '提交的内容有误，请按提示修改。',
            errors: [
              { field: 'entries[2].points', message: '该项目的分值须在 -4 到 -1 之间。' },
              { field: 'scheme.sections[0].cap', message: '不能为负数。' },
            ],
          }),
      });
      renderApp('/schemes/presets/annual-from-zero?tab=preview');

      await screen.findByTestId('preview-calculator');
      await chooseItem(1, '缺席', '未经同意缺席组织活动');
      await chooseMonths(1, ['1月', '2月']);
      await user().click(screen.getByRole('button', { name: /添加一行/ }));
      await chooseItem(2, '不良', '其他不良行为');
      expect(screen.getByText('可填 −4 至 −1 分')).toBeInTheDocument();
      await user().click(screen.getByRole('button', { name: /计\s*算/ }));
      // Points are missing: said on the row at once, nothing posted.
      expect(await within(screen.getByTestId('entry-row-2')).findByText('请填写分值')).toBeInTheDocument();

      await user().type(screen.getByRole('spinbutton', { name: '第 2 行：分值' }), '-2');
      await user().click(screen.getByRole('button', { name: /计\s*算/ }));

      const second = within(screen.getByTestId('entry-row-2'));
      expect(await second.findByText('该项目的分值须在 -4 到 -1 之间。')).toBeInTheDocument();
      expect(
        within(screen.getByTestId('entry-row-1')).queryByText('该项目的分值须在 -4 到 -1 之间。'),
      ).not.toBeInTheDocument();
      const summary = within(screen.getByTestId('preview-error'));
      expect(summary.getByText('有 1 行需要修改，见标红处。')).toBeInTheDocument();
      expect(summary.getByText('scheme.sections[0].cap')).toBeInTheDocument();
      expect(summary.getByText('不能为负数。')).toBeInTheDocument();
      expect(screen.queryByTestId('preview-result')).not.toBeInTheDocument();
    },
  );
});
