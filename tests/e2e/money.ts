// Exact decimal arithmetic for expected figures: amounts as BigInt hundredths, never floats.
export function toHundredths(s: string): bigint {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s.trim());
  if (!m) throw new Error(`not an amount: ${s}`);
  const frac = (m[3] ?? '').padEnd(2, '0');
  if (frac.length > 2 && /[1-9]/.test(frac.slice(2))) throw new Error(`more than 2 decimals: ${s}`);
  const v = BigInt(m[2]) * 100n + BigInt(frac.slice(0, 2));
  return m[1] ? -v : v;
}

function group(int: bigint, sep: string): string {
  return int.toString().replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** English formatting as the app shows it: $1,234.50 and 450,000 ₫. */
export function formatEn(hundredths: bigint, currency: string): string {
  const neg = hundredths < 0n;
  const abs = neg ? -hundredths : hundredths;
  const sign = neg ? '-' : '';
  if (currency === 'VND') {
    const whole = (abs + 50n) / 100n;
    return `${sign}${group(whole, ',')} ₫`;
  }
  const cents = (abs % 100n).toString().padStart(2, '0');
  const body = `${group(abs / 100n, ',')}.${cents}`;
  return currency === 'USD' ? `${sign}$${body}` : `${sign}${body} ${currency}`;
}
