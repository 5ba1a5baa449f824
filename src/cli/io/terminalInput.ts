/**
 * The keyboard as the prompts read it. The prompt library reads through Node's line reader, which
 * turns any error of its input stream into an uncaught exception; and a terminal that goes away
 * (the window closed, the connection dropped) ends the input, fails its reads and fails switching
 * raw mode with EIO. So the prompts read a stand-in stream: keys are passed on only while a prompt
 * is open (a pager after the questions gets every key), and the terminal ending or failing aborts
 * `lost` once, which the prompter turns into exit 129 instead of a crash.
 */
import { PassThrough } from 'node:stream';

/** What a terminal's input offers beyond a stream: raw mode. */
type KeyboardStream = NodeJS.ReadableStream & { setRawMode?: (mode: boolean) => unknown; isRaw?: boolean };

export interface TerminalInput {
  /** The stream to give the prompts. */
  stream: NodeJS.ReadableStream;
  /** Aborted when the terminal went away. */
  lost: AbortSignal;
  /** Passes keys on to the prompts while `prompt` runs. */
  during<T>(prompt: () => Promise<T>): Promise<T>;
}

export function terminalInput(keyboard: KeyboardStream): TerminalInput {
  const gone = new AbortController();
  const stream: PassThrough & { setRawMode?: (mode: boolean) => unknown; isRaw?: boolean; isTTY?: boolean } =
    new PassThrough();
  const lose = () => {
    if (!gone.signal.aborted) gone.abort(new Error('the terminal went away'));
  };
  // Listening for errors here is what keeps a failing terminal from becoming an uncaught exception.
  keyboard.on('error', lose);
  keyboard.on('end', lose);
  if (typeof keyboard.setRawMode === 'function') {
    const setRawMode = keyboard.setRawMode.bind(keyboard);
    stream.isTTY = true;
    stream.isRaw = false;
    stream.setRawMode = (mode: boolean) => {
      // A terminal that went away has no mode to set; trying would only fail again.
      if (!gone.signal.aborted) {
        try {
          setRawMode(mode); // fails by emitting 'error' on the keyboard, which is heard above
        } catch {
          lose();
        }
      }
      stream.isRaw = mode;
      return stream;
    };
  }
  const pass = (chunk: Buffer | string) => stream.write(chunk);
  return {
    stream,
    lost: gone.signal,
    async during(prompt) {
      keyboard.on('data', pass);
      keyboard.resume();
      try {
        return await prompt();
      } finally {
        keyboard.removeListener('data', pass);
        keyboard.pause();
      }
    },
  };
}
