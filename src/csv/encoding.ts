/**
 * CSV bytes in other encodings, turned into UTF-8 before anything reads them: UTF-16 (which Excel
 * writes as "Unicode Text") is recognised by its byte-order mark; anything else is named with
 * --encoding (windows-1252 for Excel in Western locales). UTF-8 passes through untouched.
 */
import { UsageError } from '../errors.js';

const UTF16_BOMS = { 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff] } as const;

/** A decoder for `encoding`, or a user's error naming what is known. */
function decoderFor(encoding: string): InstanceType<typeof TextDecoder> {
  try {
    return new TextDecoder(encoding);
  } catch {
    throw new UsageError(
      `--encoding: "${encoding}" is not an encoding leadlens knows; try utf-8, windows-1252, latin1 or utf-16le`,
    );
  }
}

/** What the file turned out to be, for --explain. */
export interface Decoding {
  encoding: string;
}

export async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array | string>,
  encoding: string | undefined,
  found: Decoding = { encoding: 'utf-8' },
): AsyncGenerator<Uint8Array> {
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  let first = true;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (first) {
      first = false;
      const bom = (Object.entries(UTF16_BOMS) as [keyof typeof UTF16_BOMS, readonly number[]][]).find(
        ([, b]) => bytes[0] === b[0] && bytes[1] === b[1],
      );
      const name = bom?.[0] ?? encoding?.toLowerCase();
      if (name && name !== 'utf-8' && name !== 'utf8') {
        decoder = decoderFor(name);
        found.encoding = name;
      }
    }
    yield decoder ? Buffer.from(decoder.decode(bytes, { stream: true }), 'utf8') : bytes;
  }
  if (decoder) {
    const rest = decoder.decode();
    if (rest) yield Buffer.from(rest, 'utf8');
  }
}
