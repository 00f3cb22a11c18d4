/** `plural(1, 'file')` → "1 file", `plural(10000, 'file')` → "10,000 files"; an irregular plural can be given. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${groupThousands(count)} ${count === 1 ? singular : pluralForm}`;
}

/** 12345 → "12,345". Not toLocaleString: loading ICU's locale data costs ~9 ms at start-up. */
export function groupThousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
