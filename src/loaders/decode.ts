export class InputError extends Error {
  constructor(message: string, readonly hint: string) {
    super(message);
    this.name = 'InputError';
  }
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const MAGIC: Array<[string, number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP/DOCX', [0x50, 0x4b, 0x03, 0x04]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['GZIP', [0x1f, 0x8b]],
  ['Word 97-2003', [0xd0, 0xcf, 0x11, 0xe0]],
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function declaredCharset(head: string): string | undefined {
  const m = /<meta[^>]{0,200}charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

/**
 * Turns the bytes of a statement into text: UTF-8 with or without BOM, UTF-16
 * with BOM, and Windows-1252 / ISO-8859-1 as older Norwegian sites use.
 * Binary, empty and oversized input is refused with a reason and a hint.
 */
export function decodeBytes(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): string {
  if (bytes.length > maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw new InputError(
      `filen er for stor (${mb(bytes.length)} MB, grensen er ${mb(maxBytes)} MB)`,
      'en personvernerklæring er sjelden over noen hundre kB; kontroller at det er riktig fil, eller øk grensen med --max-size',
    );
  }
  for (const [name, magic] of MAGIC) {
    if (startsWith(bytes, magic)) {
      throw new InputError(`binærfil (${name}), ikke tekst`, 'lagre erklæringen som .txt, .md eller .html og skann den filen');
    }
  }
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) {
    throw new InputError('binærfil (inneholder NUL-tegn), ikke tekst', 'lagre erklæringen som .txt, .md eller .html og skann den filen');
  }
  let text: string;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const charset = declaredCharset(head);
  if (charset && /^(?:windows-1252|cp1252|iso-8859-1|iso-8859-15|latin-?1)$/.test(charset)) {
    text = new TextDecoder('windows-1252').decode(bytes);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  if (text.trim().length === 0) {
    throw new InputError('filen er tom', 'kontroller at filen inneholder erklæringens tekst');
  }
  return text;
}
