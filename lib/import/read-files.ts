/**
 * Files the reader chose → their text, each in the encoding it was written in (lib/import/decode).
 * The one place an import reads a File: PDF or HTML text extraction, when added, goes here
 * before decoding. Uses only File.arrayBuffer and TextDecoder (pages, workers, any browser).
 */
import { decodeText, type TextEncodingName } from './decode';
import type { ImportReport, NamedText } from './resolve';

/** A file's text and the encoding it was read in. */
export type DecodedFile = NamedText & { encoding: TextEncodingName };

/**
 * Reads files as text in the encoding each was written in (lib/import/decode: BOM, UTF-16,
 * UTF-8, GB18030, Big5), from their bytes — never `Blob.text()`, which reads UTF-8 only and
 * differs between browsers. A file that cannot be read, or is not text, becomes a report instead.
 */
export async function readFiles(
  files: readonly File[],
  /** Called after each file with how many are read (progress for large batches). */
  onProgress: (done: number, total: number) => void = () => {},
  /** A PDF's or HTML file's text (entrypoints/options/extract.ts), taken before decoding; undefined: decode as text. */
  extract?: (file: File) => Promise<string | undefined>,
): Promise<{ texts: DecodedFile[]; unreadable: ImportReport[] }> {
  const texts: DecodedFile[] = [];
  const unreadable: ImportReport[] = [];
  for (const [i, f] of files.entries()) {
    onProgress(i, files.length);
    try {
      const extracted = extract ? await extract(f) : undefined;
      if (extracted !== undefined) {
        texts.push({ name: f.name, text: extracted, encoding: 'utf-8' });
        continue;
      }
      const out = decodeText(await f.arrayBuffer());
      if (out.ok) texts.push({ name: f.name, text: out.text, encoding: out.encoding });
      else
        unreadable.push({
          name: f.name,
          ok: false,
          reason: out.reason === 'binary' ? { key: 'optionsImportBinaryKind', subs: [out.format ?? '?'] } : { key: 'optionsImportEncodingUnknown', subs: [] },
        });
    } catch (err) {
      unreadable.push({ name: f.name, ok: false, reason: { key: 'optionsImportUnreadable', subs: [err instanceof Error ? err.message : String(err)] } });
    }
  }
  onProgress(files.length, files.length);
  return { texts, unreadable };
}

