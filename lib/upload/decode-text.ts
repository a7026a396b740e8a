import type { SourceEncoding, SourceNote } from "./types";

export type DecodeResult =
  | { ok: true; text: string; notes: SourceNote[] }
  | { ok: false; note: SourceNote; /** The bytes look like another encoding the user may pick. */ offerLatin1: boolean };

/**
 * Bytes to text. UTF-8 is checked strictly (a spreadsheet saved as Latin-1 would otherwise turn "é"
 * into "�" in every run without anyone noticing); a byte-order mark is removed and said so.
 */
export function decodeText(bytes: Uint8Array, encoding: SourceEncoding): DecodeResult {
  if (bytes.byteLength === 0) return { ok: false, note: emptyFile("The file is empty (0 bytes)."), offerLatin1: false };
  const notes: SourceNote[] = [];
  let text: string;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const label = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    text = new TextDecoder(label).decode(bytes.subarray(2));
    notes.push({
      code: "utf16",
      severity: "info",
      message: `The file is UTF-16 (${label === "utf-16le" ? "little" : "big"}-endian); it was converted.`,
    });
  } else if (encoding === "windows-1252") {
    text = new TextDecoder("windows-1252").decode(bytes);
    notes.push({ code: "not_utf8", severity: "info", message: "The file was read as Latin-1 (Windows-1252)." });
  } else {
    const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
    const body = hasBom ? bytes.subarray(3) : bytes;
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      const offset = firstInvalidUtf8Offset(body);
      const line = lineOf(body, offset);
      return {
        ok: false,
        offerLatin1: true,
        note: {
          code: "not_utf8",
          severity: "error",
          message: `The file is not UTF-8 text: byte 0x${body[offset].toString(16).toUpperCase().padStart(2, "0")} on line ${line} is not valid UTF-8. It was probably saved as Latin-1 (ISO-8859-1) or Windows-1252: read it as Latin-1, or save it as "CSV UTF-8" and choose it again.`,
        },
      };
    }
    if (hasBom) {
      notes.push({
        code: "bom",
        severity: "info",
        message: "The file starts with a UTF-8 byte-order mark (BOM); it was removed so the first column keeps its name.",
      });
    }
  }
  if (text.trim() === "")
    return { ok: false, note: emptyFile("The file contains only blank space: there is nothing to submit."), offerLatin1: false };
  return { ok: true, text, notes };
}

function emptyFile(message: string): SourceNote {
  return { code: "empty_file", severity: "error", message };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    if (i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) {
      let lo = 0x80;
      let hi = 0xbf;
      // Overlong forms, surrogates and code points above U+10FFFF are invalid second bytes.
      if (k === 1 && b === 0xe0) lo = 0xa0;
      if (k === 1 && b === 0xed) hi = 0x9f;
      if (k === 1 && b === 0xf0) lo = 0x90;
      if (k === 1 && b === 0xf4) hi = 0x8f;
      if (bytes[i + k] < lo || bytes[i + k] > hi) return i;
    }
    i += length;
  }
  return bytes.length;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
