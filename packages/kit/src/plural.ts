/** `plural(1, 'file')` → "1 file", `plural(3, 'file')` → "3 files"; an irregular plural can be given. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : pluralForm}`;
}
