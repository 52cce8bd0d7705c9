// Numbers as a Vietnamese reader writes them: decimal comma, thousands dot (English: the reverse).

/** At most two decimals, trailing zeros dropped: 75.5 → '75,5'; 1234 → '1.234'. */
export function formatNumber(n: number, lang: 'vi' | 'en'): string {
  const rounded = Math.round(n * 100) / 100;
  const [int, frac] = Math.abs(rounded).toFixed(2).replace(/\.?0+$/, '').split('.');
  const [thousands, decimal] = lang === 'vi' ? ['.', ','] : [',', '.'];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${rounded < 0 ? '-' : ''}${grouped}${frac ? `${decimal}${frac}` : ''}`;
}
