/**
 * An issue about one key of a mapping (an unknown id, an unknown key), whose path and message are
 * made when they are read. A file can hold 200,000 unknown keys: as plain issues their texts were
 * 40 MB of strings, made and kept, and copied by the garbage collector, before the first line was
 * written. This keeps the key and the fixed parts; each text is made as it is written, and
 * dropped. It reads as any InputIssue; its path and message are getters, so a spread of it would
 * miss them (nothing spreads an issue that is not its own), and toJSON gives them. Pure.
 */
import type { InputIssue } from './issue.js';

export class KeyIssue implements InputIssue {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly col: number,
    /** The path of the mapping, formatted as formatPath does; '' for the top level. */
    private readonly parent: string,
    private readonly key: string,
    /** The message is these around the key. */
    private readonly before: string,
    private readonly after: string,
  ) {}

  /** formatPath of the mapping's path and the key. */
  get path(): string {
    return this.parent ? `${this.parent}.${this.key}` : this.key;
  }

  get message(): string {
    return `${this.before}${this.key}${this.after}`;
  }

  toJSON(): InputIssue {
    return { file: this.file, line: this.line, col: this.col, path: this.path, message: this.message };
  }
}
