/**
 * A date field in dd/mm/yyyy with Vietnamese (or English) calendar words and "Hôm nay". Typing is
 * allowed (accepted on Enter or when leaving the field); the value is an ISO day.
 */
import { Field } from '@fluentui/react-components';
import { DatePicker } from '@fluentui/react-datepicker-compat';
import type { DayOfWeek } from '@fluentui/react-calendar-compat';
import { useState } from 'react';
import type { IsoDate } from '../../core/types';
import { CALENDAR_FORMATTING, CALENDAR_STRINGS, dateToIso, formatDmy, isoToDate, parseDmy } from '../dateText';
import { usePaneContext } from '../paneContext';

// DayOfWeek values (a transitive package's enum; only its type is imported).
const SUNDAY = 0 as DayOfWeek;
const MONDAY = 1 as DayOfWeek;

export interface ViDatePickerProps {
  label: string;
  value: IsoDate | null;
  onChange: (value: IsoDate) => void;
  hint?: string;
  disabled?: boolean;
  /** For tests and labels: the id of the text input. */
  id?: string;
}

export function ViDatePicker({ label, value, onChange, hint, disabled, id }: ViDatePickerProps) {
  const { lang, t } = usePaneContext();
  const [invalid, setInvalid] = useState(false);
  return (
    <Field label={label} hint={hint} validationMessage={invalid ? t.dateInvalid : undefined} validationState={invalid ? 'error' : 'none'}>
      <DatePicker
        id={id}
        value={isoToDate(value)}
        onSelectDate={(date) => {
          const iso = dateToIso(date);
          if (iso) {
            setInvalid(false);
            onChange(iso);
          }
        }}
        onValidationResult={(result) => setInvalid(result.error === 'invalid-input')}
        allowTextInput
        formatDate={formatDmy}
        parseDateFromString={parseDmy}
        strings={CALENDAR_STRINGS[lang]}
        dateTimeFormatter={CALENDAR_FORMATTING[lang]}
        firstDayOfWeek={lang === 'vi' ? MONDAY : SUNDAY}
        showGoToToday
        placeholder={t.datePlaceholder}
        disabled={disabled}
      />
    </Field>
  );
}
