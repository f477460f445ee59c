/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * The pane as Excel shows it, with the Office parts replaced: a Host whose selectCell is recorded
 * and the exceljs port over a fixture instead of the live workbook.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import fs from 'fs';
import path from 'path';
import { openXlsx } from '../../port/exceljs';
import type { WorkbookPort } from '../../port/workbook';
import type { Host } from '../host';
import { App } from './App';

const FIXTURE = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'sct-khanh-hoa-2025-theo-doi.xlsx');

async function fixturePort(): Promise<WorkbookPort> {
  const opened = await openXlsx(new Uint8Array(fs.readFileSync(FIXTURE)));
  if (!opened.ok) throw new Error(opened.detail);
  return opened.workbook;
}

function excelHost(selected: string[]): Host {
  return {
    kind: 'excel',
    displayLanguage: null,
    theme: 'light',
    selectCell: async (sheet, address) => {
      selected.push(`${sheet}!${address}`);
      return true;
    },
    tracking: { unsupportedReason: () => null, add: async () => ({ ok: true }) },
  };
}

jest.setTimeout(30000);

/** Press "Kiểm tra" once the pane has finished starting (it reads the workbook's settings first). */
async function check(): Promise<void> {
  const button = await screen.findByRole('button', { name: 'Kiểm tra' });
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(button);
  await screen.findByTestId('task-count', {}, { timeout: 10000 });
}

beforeAll(() => {
  // jsdom lacks these; Fluent's positioning and tabster ask for them.
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} })) as never;
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

test('check in Excel: counts, findings by severity, and a finding selects its cell', async () => {
  const selected: string[] = [];
  render(<App host={excelHost(selected)} port={await fixturePort()} />);
  // No drop zone inside Excel.
  expect(screen.queryByTestId('drop-zone')).toBeNull();
  await check();
  expect(screen.getByTestId('task-count').textContent).toBe('44 nhiệm vụ trong 7 mục');
  // Excel shows no task table: the sheet is right there.
  expect(screen.queryByTestId('task-table')).toBeNull();

  const findings = screen.getByTestId('findings');
  const warnings = within(findings).getByRole('button', { name: /^Cảnh báo \(\d+\)$/ });
  expect(warnings).toBeTruthy();
  const first = findings.querySelector<HTMLButtonElement>('button[data-row]');
  expect(first).not.toBeNull();
  fireEvent.click(first!);
  const row = first!.getAttribute('data-row');
  await waitFor(() => expect(selected).toHaveLength(1));
  expect(selected[0]).toMatch(new RegExp(`^Phụ lục![A-Z]+${row}$`));
});

test('the language switch turns the pane English', async () => {
  render(<App host={excelHost([])} port={await fixturePort()} />);
  const select = await screen.findByLabelText('Ngôn ngữ');
  fireEvent.change(select, { target: { value: 'en' } });
  expect(await screen.findByRole('tab', { name: 'Summary' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Check' })).toBeTruthy();
  expect(document.documentElement.lang).toBe('en');
});

test('correcting the column mapping checks again with the override', async () => {
  render(<App host={excelHost([])} port={await fixturePort()} />);
  await check();
  // The fixture has status and completion-date columns: nothing to offer.
  expect(screen.queryByTestId('tracking-offer')).toBeNull();

  fireEvent.click(screen.getByRole('button', { name: 'Các cột đã nhận' }));
  const status = await screen.findByLabelText('Tình hình thực hiện');
  expect((status as HTMLSelectElement).value).toBe('6'); // column F
  fireEvent.change(status, { target: { value: '' } });
  // Without a status column the tasks are "not yet done", and the pane says the column is missing.
  const offer = await screen.findByTestId('tracking-offer', {}, { timeout: 10000 });
  expect(offer.textContent).toContain('“Tình hình thực hiện”');
  expect(screen.getByRole('button', { name: 'Trở về cách nhận tự động' })).toBeTruthy();
});

test('settings are saved into the workbook', async () => {
  const port = await fixturePort();
  render(<App host={excelHost([])} port={port} />);
  fireEvent.click(await screen.findByRole('tab', { name: 'Cài đặt' }));
  const days = await screen.findByLabelText('Báo “sắp đến hạn” trước bao nhiêu ngày');
  fireEvent.change(days, { target: { value: '30' } });
  fireEvent.blur(days);
  fireEvent.change(screen.getByLabelText('Tên gọi khác của các đơn vị'), { target: { value: 'Văn phòng Sở = VP Sở, Văn phòng' } });
  fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
  await screen.findByText('Đã lưu cài đặt vào tệp.', {}, { timeout: 5000 });
  const stored = (await port.readSettings()) as { dueSoonDays: number; unitAliases: Record<string, string[]> };
  expect(stored.dueSoonDays).toBe(30);
  expect(stored.unitAliases).toEqual({ 'Văn phòng Sở': ['VP Sở', 'Văn phòng'] });
});
