/**
 * Names made unique within one report, as a person would: "Ann", then "Ann (2)", "Ann (3)". A reader
 * that keys results by name (GitLab keeps one test case per suite, class and name) would otherwise
 * drop all but one of two people with the same name. Pure.
 */

/** How many renamings are said one by one; the rest are counted. */
export const LISTED_RENAMINGS = 10;

export class UniqueNames {
  private readonly used = new Set<string>();
  /** The next number to try after a name, so that many people of one name cost no search. */
  private readonly next = new Map<string, number>();
  /** How many names had to change. */
  renamed = 0;

  /** `name` if it is not taken yet, else the first free "name (n)"; either way it is now taken. */
  take(name: string): string {
    let unique = name;
    if (this.used.has(name)) {
      let n = this.next.get(name) ?? 2;
      while (this.used.has(`${name} (${n})`)) n++;
      this.next.set(name, n + 1);
      unique = `${name} (${n})`;
      this.renamed++;
    }
    this.used.add(unique);
    return unique;
  }
}
