/**
 * A whole number with commas between thousands (1,000). Not toLocaleString: that starts the
 * internationalisation library, which costs every run that builds the help text ~20 ms.
 */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
