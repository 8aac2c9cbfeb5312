import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, ConfigProvider } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import type { ImportResult } from '@/lib/api/types';
import type { UploadProgress } from '@/lib/api/upload';
import { SpreadsheetImportWizard } from './SpreadsheetImportWizard';

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An upload the test drives: it reports progress and answers when told. */
function controlledUpload() {
  let report: (progress: UploadProgress) => void = () => {};
  let answer: (result: ImportResult) => void = () => {};
  const upload = vi.fn(
    (_file: File, onProgress: (progress: UploadProgress) => void) =>
      new Promise<ImportResult>((resolve) => {
        report = onProgress;
        answer = resolve;
      }),
  );
  return {
    upload,
    report: (progress: UploadProgress) => act(() => report(progress)),
    answer: (result: ImportResult) => act(() => Promise.resolve(answer(result))),
  };
}

function renderWizard(upload: ReturnType<typeof controlledUpload>['upload'], targetChosen = true) {
  const onClose = vi.fn();
  render(
    // As in the app: two-character labels such as 完成 stay as written.
    <ConfigProvider button={{ autoInsertSpace: false }}>
      <App>
        <SpreadsheetImportWizard
          title="导入测试"
          templateHint="按模板填写"
          downloadTemplate={() => Promise.resolve()}
          target={{ label: '导入到', hint: '说明', input: <input aria-label="导入到" /> }}
          targetChosen={targetChosen}
          upload={upload}
          doneTitle={(count) => `已导入 ${count} 行`}
          onClose={onClose}
        />
      </App>
    </ConfigProvider>,
  );
  return { dialog: within(screen.getByRole('dialog')), onClose };
}

async function chooseFile(file: File) {
  const input = document.querySelector('.ant-modal input[type=file]');
  if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
  // applyAccept off: the point is what the wizard does with a file the picker let through.
  await userEvent.setup({ applyAccept: false }).upload(input, file);
}

describe('spreadsheet import wizard', () => {
  it('shows the uploaded share, then that the server is checking, then what was imported', async () => {
    const control = controlledUpload();
    const { dialog, onClose } = renderWizard(control.upload);

    await userEvent.click(dialog.getByRole('button', { name: '下一步' }));
    expect(dialog.getByLabelText('导入到')).toBeInTheDocument();
    await chooseFile(new File(['x'.repeat(4000)], 'rows.xlsx', { type: xlsx }));
    await userEvent.click(await dialog.findByRole('button', { name: '开始导入' }));

    expect(control.upload).toHaveBeenCalledWith(expect.objectContaining({ name: 'rows.xlsx' }), expect.any(Function));
    const progress = within(dialog.getByTestId('import-progress'));
    expect(progress.getByText('正在上传 rows.xlsx（4 KB）…')).toBeInTheDocument();
    expect(progress.getByText('0%')).toBeInTheDocument();
    control.report({ loaded: 1000, total: 4000, sent: false });
    expect(progress.getByText('25%')).toBeInTheDocument();
    expect(progress.getByRole('progressbar', { name: '已上传' })).toHaveAttribute('aria-valuenow', '25');
    expect(progress.queryByText('正在校验并导入…')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /close|关闭/i })).not.toBeInTheDocument();

    control.report({ loaded: 4000, total: 4000, sent: true });
    expect(progress.getByRole('status')).toHaveTextContent('正在校验并导入…');

    await control.answer({ imported: 12 });
    expect(await dialog.findByText('已导入 12 行')).toBeInTheDocument();
    await userEvent.click(dialog.getByRole('button', { name: '完成' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('takes only .xlsx files of at most 20 MB, and waits for the target', async () => {
    const control = controlledUpload();
    const { dialog } = renderWizard(control.upload, false);
    await userEvent.click(dialog.getByRole('button', { name: '下一步' }));

    await chooseFile(new File(['a,b'], 'rows.csv', { type: 'text/csv' }));
    expect(await dialog.findByText('只能上传 .xlsx 文件')).toBeInTheDocument();
    const huge = new File(['x'], 'huge.xlsx', { type: xlsx });
    Object.defineProperty(huge, 'size', { value: 21 * 1024 * 1024 });
    await chooseFile(huge);
    expect(await dialog.findByText('文件不能超过 20 MB')).toBeInTheDocument();

    await chooseFile(new File(['x'], 'rows.xlsx', { type: xlsx }));
    expect(await dialog.findByText('rows.xlsx（1 KB）')).toBeInTheDocument();
    expect(dialog.queryByText('文件不能超过 20 MB')).not.toBeInTheDocument();
    expect(dialog.getByRole('button', { name: '开始导入' })).toBeDisabled();
  });
});
