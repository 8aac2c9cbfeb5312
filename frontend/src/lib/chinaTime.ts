// Party organisations work on China Standard Time; dates and times show in it wherever the browser is.

/** Today in China, as yyyy-MM-dd: the dates the backend checks "not in the future" against. */
export function todayInChina(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/** This year in China: on New Year's Eve after 16:00 UTC a browser elsewhere is still in the old one. */
export function yearInChina(): number {
  return Number(todayInChina().slice(0, 4));
}

/** `YYYY-MM-DD HH:mm` in China Standard Time. */
export function formatShanghaiTime(instant: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}
