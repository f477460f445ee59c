/**
 * Cài đặt, kept in the workbook: due-soon window, colours, unit aliases, plan-year override,
 * as-of mode, CCHC cut-off day, language. Edited as a draft; saved with one button.
 */
import { Button, Field, Input, Radio, RadioGroup, Select, SpinButton, Switch, Text, Textarea } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { HIGHLIGHT_LABELS } from '../../core/i18n';
import { HIGHLIGHT_PRIORITY, type HighlightKey } from '../../core/highlight';
import { DEFAULT_SETTINGS, fillsOf, type StoredSettings } from '../../core/settings';
import { formatAliases, parseAliases } from '../aliasText';
import { todayIso } from '../dateText';
import { usePaneContext } from '../paneContext';
import { useFormStyles } from './CheckPanel';
import { Swatch } from './Swatch';
import { ViDatePicker } from './ViDatePicker';

const HEX = /^#[0-9A-Fa-f]{6}$/;

function intOf(value: number | null | undefined, display: string | undefined): number {
  return value ?? (display ? Number.parseInt(display, 10) : Number.NaN);
}

export function SettingsPanel() {
  const pane = usePaneContext();
  const { t, lang, settings, port, busy } = pane;
  const form = useFormStyles();
  const [draft, setDraft] = useState<StoredSettings>(settings);
  const [fillText, setFillText] = useState<Record<HighlightKey, string>>(fillsOf(settings));
  const [aliasText, setAliasText] = useState(formatAliases(settings.unitAliases));
  const [yearText, setYearText] = useState(settings.planYear === null ? '' : String(settings.planYear));

  // Another workbook (or a save) brings other settings.
  useEffect(() => {
    setDraft(settings);
    setFillText(fillsOf(settings));
    setAliasText(formatAliases(settings.unitAliases));
    setYearText(settings.planYear === null ? '' : String(settings.planYear));
  }, [settings]);

  const aliases = parseAliases(aliasText);
  const year = yearText.trim() === '' ? null : Number(yearText.trim());
  const yearOk = year === null || (Number.isInteger(year) && year >= 1990 && year <= 2100);
  const fillsOk = HIGHLIGHT_PRIORITY.every((key) => HEX.test(fillText[key]));
  const valid = aliases.ok && yearOk && fillsOk;
  const set = (patch: Partial<StoredSettings>) => setDraft((d) => ({ ...d, ...patch }));

  const save = () => {
    if (!valid || !aliases.ok) return;
    const fills = Object.fromEntries(HIGHLIGHT_PRIORITY.map((key) => [key, fillText[key].toUpperCase()]));
    void pane.saveSettings({ ...draft, fills, unitAliases: aliases.aliases, planYear: year });
  };

  return (
    <div className={form.stack}>
      <Text>{port ? t.settingsIntro : t.settingsNeedFile}</Text>
      <Field label={t.dueSoonLabel} className={form.narrow}>
        <SpinButton
          value={draft.dueSoonDays}
          min={0}
          max={365}
          onChange={(_, d) => {
            const days = intOf(d.value, d.displayValue);
            if (Number.isInteger(days) && days >= 0 && days <= 365) set({ dueSoonDays: days });
          }}
        />
      </Field>
      <fieldset style={{ border: 'none', margin: 0, padding: 0 }}>
        <legend>
          <Text weight="semibold">{t.coloursHeading}</Text>
        </legend>
        <div className={form.stack}>
          {HIGHLIGHT_PRIORITY.map((key) => {
            const ok = HEX.test(fillText[key]);
            return (
              <div key={key} className={form.item}>
                <Swatch fill={ok ? fillText[key] : null} />
                <Field label={t.colourHex(HIGHLIGHT_LABELS[key][lang])} validationMessage={ok ? undefined : t.colourInvalid} className={form.grow}>
                  <Input value={fillText[key]} onChange={(_, d) => setFillText((f) => ({ ...f, [key]: d.value.trim() }))} />
                </Field>
              </div>
            );
          })}
          <Switch checked={draft.includeDone} onChange={(_, d) => set({ includeDone: d.checked })} label={t.includeDoneLabel} />
        </div>
      </fieldset>
      <Field label={t.aliasesLabel} hint={t.aliasesHint} validationMessage={aliases.ok ? undefined : t.aliasesInvalid(aliases.line)}>
        <Textarea value={aliasText} onChange={(_, d) => setAliasText(d.value)} rows={4} resize="vertical" />
      </Field>
      <Field label={t.planYearOverrideLabel} hint={t.planYearOverrideHint} validationMessage={yearOk ? undefined : t.planYearInvalid} className={form.narrow}>
        <Input value={yearText} inputMode="numeric" onChange={(_, d) => setYearText(d.value)} />
      </Field>
      <Field label={t.asOfModeLabel}>
        <RadioGroup
          value={draft.asOfMode}
          onChange={(_, d) => set({ asOfMode: d.value === 'fixed' ? 'fixed' : 'today', asOf: d.value === 'fixed' ? draft.asOf ?? pane.asOf ?? todayIso() : draft.asOf })}
        >
          <Radio value="today" label={t.asOfToday} />
          <Radio value="fixed" label={t.asOfFixed} />
        </RadioGroup>
      </Field>
      {draft.asOfMode === 'fixed' && (
        <ViDatePicker id="settings-as-of" label={t.asOfFixedLabel} value={draft.asOf} onChange={(iso) => set({ asOf: iso })} />
      )}
      <Field label={t.cutoffLabel} hint={t.cutoffHint} className={form.narrow}>
        <SpinButton
          value={draft.cutoffDay}
          min={1}
          max={28}
          onChange={(_, d) => {
            const day = intOf(d.value, d.displayValue);
            if (Number.isInteger(day) && day >= 1 && day <= 28) set({ cutoffDay: day });
          }}
        />
      </Field>
      <Field label={t.languageLabel} className={form.narrow}>
        <Select value={draft.lang ?? ''} onChange={(_, d) => set({ lang: d.value === 'vi' || d.value === 'en' ? d.value : null })}>
          <option value="">{t.langAuto}</option>
          <option value="vi">{t.langVi}</option>
          <option value="en">{t.langEn}</option>
        </Select>
      </Field>
      <div className={form.row}>
        <Button appearance="primary" icon={<SaveRegular />} disabled={!port || !valid || !!busy} onClick={save}>
          {t.saveSettings}
        </Button>
        <Button
          disabled={!!busy}
          onClick={() => {
            setDraft(DEFAULT_SETTINGS);
            setFillText(fillsOf(DEFAULT_SETTINGS));
            setAliasText('');
            setYearText('');
          }}
        >
          {t.resetSettings}
        </Button>
      </div>
    </div>
  );
}
