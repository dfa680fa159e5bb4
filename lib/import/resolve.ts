/**
 * Pure core of the reader's import: decides which files become documents and which are
 * reported as rejected (by name, with the reason), and yields the records to store with
 * source 'user'. The user records are always rebuilt from *all* the reader's files together,
 * so citations and series between their own documents come out as they would in the bundle.
 */
import type { CitationRecord, DocumentRecord, EntryRecord, FileReport, SeriesRecord } from '../index/types';
import { checkImportText, type Reason } from './check';

export interface NamedText {
  name: string;
  text: string;
}

/** What the index builder gives for a set of files (a subset of IndexFile). */
export interface BuiltIndex {
  entries: EntryRecord[];
  citations: CitationRecord[];
  documents: DocumentRecord[];
  series: SeriesRecord[];
  files: FileReport[];
}

/** The index builder (lib/index buildIndex): pure, deterministic, reports every file. */
export type BuildIndex = (files: NamedText[]) => BuiltIndex;

/** The outcome for one file the reader chose. */
export interface ImportReport {
  name: string;
  ok: boolean;
  /** Entry id of the document it produced (ok files). */
  id?: string;
  title?: string;
  /** Why it was not imported (a message key with substitutions). */
  reason?: Reason;
}

export interface Resolution {
  /** The user's records after the import, every one stamped source 'user'. */
  records: BuiltIndex;
  /** The files kept: the earlier ones still valid and the newly accepted ones, each with its document id. */
  kept: (NamedText & { id: string })[];
  /** One report per incoming file, in the order given. */
  reports: ImportReport[];
  /** Earlier files that no longer build (e.g. a newer parser rejects them): left out, with the reason. */
  dropped: ImportReport[];
  /**
   * Earlier files whose document the bundled index now holds (an update added it): kept aside,
   * not built, so the bundled document is the one shown; listed for the reader with a note.
   */
  retired: (NamedText & { id: string })[];
}

/**
 * Resolves an import of `incoming` files on top of the reader's `existing` ones.
 * - a file that fails the text checks, that the builder rejects, whose document is already a
 *   bundled corpus document (`bundledCorpus`), or that claims the same document as another
 *   file is reported with the reason and left out;
 * - an incoming file with the same name as an existing one replaces it (re-import);
 * - an earlier file whose document is now a bundled corpus document is retired (kept aside,
 *   not built): after an update the bundled document is the one shown;
 * - the build is repeated without the rejected files, so a rejected file never shapes the
 *   records of the others.
 * Never throws for bad input; a builder that throws rejects every incoming file with its message.
 * Throws only when the builder fails on the earlier files (throws on them alone, or rejects one
 * of them only beside the others): then nothing should change.
 */
export function resolveImport(existing: NamedText[], incoming: NamedText[], build: BuildIndex, bundledCorpus: ReadonlySet<string>): Resolution {
  const reports = new Map<number, ImportReport>();
  const seenNames = new Set<string>();
  const candidates: { i: number; file: NamedText }[] = [];
  incoming.forEach((file, i) => {
    const reason = seenNames.has(file.name) ? { key: 'optionsImportSameName', subs: [file.name] } : checkImportText(file.name, file.text);
    seenNames.add(file.name);
    if (reason) reports.set(i, { name: file.name, ok: false, reason });
    else candidates.push({ i, file });
  });
  const incomingNames = new Set(candidates.map((c) => c.file.name));
  let base = existing.filter((f) => !incomingNames.has(f.name));
  const droppedExisting: ImportReport[] = [];

  // The earlier files alone first: they keep the documents they hold against any newcomer,
  // whatever the builder's own order (it lets the first file by name win a shared symbol).
  const baseClaims = new Map<string, string>();
  const retired: (NamedText & { id: string })[] = [];
  if (base.length) {
    const alone = new Map(build(base).files.map((r) => [r.file, r])); // throws: nothing may change
    base = base.filter((f) => {
      const r = alone.get(f.name);
      if (r?.status === 'indexed' && r.id && bundledCorpus.has(r.id)) {
        // The bundle now holds this document: the bundled one is shown, the reader's file kept aside.
        retired.push({ ...f, id: r.id });
        return false;
      }
      if (r?.status === 'indexed' && r.id) {
        baseClaims.set(r.id, f.name);
        return true;
      }
      // An earlier file that no longer builds (e.g. the builder changed) is left out and reported.
      droppedExisting.push({ name: f.name, ok: false, reason: { key: 'optionsImportRejected', subs: [r?.message ?? 'no report from the parser'] } });
      return false;
    });
  }

  // Each round either accepts every remaining file or drops at least one candidate, so this ends.
  for (;;) {
    const files = [...base, ...candidates.map((c) => c.file)];
    let built: BuiltIndex;
    try {
      built = build(files);
    } catch (err) {
      // Without candidates the failure is the earlier files' own: never answer it by dropping them all.
      if (!candidates.length) throw err;
      const message = err instanceof Error ? err.message : String(err);
      for (const c of candidates) reports.set(c.i, { name: c.file.name, ok: false, reason: { key: 'optionsImportRejected', subs: [message] } });
      candidates.length = 0;
      continue;
    }
    const byName = new Map(built.files.map((r) => [r.file, r]));
    const claimedBy = new Map(baseClaims);
    const dropped = new Set<number>();
    for (const c of candidates) {
      const r = byName.get(c.file.name);
      let reason: Reason | undefined;
      if (!r) reason = { key: 'optionsImportRejected', subs: ['no report from the parser'] };
      else if (r.status !== 'indexed' || !r.id) reason = { key: 'optionsImportRejected', subs: [r.message] };
      else if (bundledCorpus.has(r.id)) reason = { key: 'optionsImportInBundle', subs: [r.id] };
      else if (claimedBy.has(r.id)) reason = { key: 'optionsImportDuplicate', subs: [r.id, claimedBy.get(r.id)!] };
      if (reason) {
        reports.set(c.i, { name: c.file.name, ok: false, reason });
        dropped.add(c.i);
      } else claimedBy.set(r!.id!, c.file.name);
    }
    if (dropped.size === 0) {
      const lost = files.filter((f) => byName.get(f.name)?.status !== 'indexed' || !byName.get(f.name)?.id);
      // Built alone each earlier file was fine, and no candidate shares its document: a failure now is the builder's fault.
      if (lost.length) throw new Error(`the index builder rejected ${lost.map((f) => f.name).join(', ')} only together with the others`);
      const kept = files.map((f) => ({ ...f, id: byName.get(f.name)!.id! }));
      const titles = new Map(built.entries.map((e) => [e.id, e.title]));
      for (const c of candidates) {
        const id = byName.get(c.file.name)!.id!;
        reports.set(c.i, { name: c.file.name, ok: true, id, ...(titles.get(id) ? { title: titles.get(id)! } : {}) });
      }
      return finish(asUser(built), kept, incoming, reports, droppedExisting, retired);
    }
    for (let k = candidates.length - 1; k >= 0; k--) if (dropped.has(candidates[k]!.i)) candidates.splice(k, 1);
  }
}

function finish(
  records: BuiltIndex,
  kept: Resolution['kept'],
  incoming: NamedText[],
  reports: Map<number, ImportReport>,
  dropped: ImportReport[],
  retired: Resolution['retired'],
): Resolution {
  return {
    retired,
    records,
    kept,
    reports: incoming.map((f, i) => reports.get(i) ?? { name: f.name, ok: false, reason: { key: 'optionsImportRejected', subs: [''] } }),
    dropped,
  };
}

/** The same records marked as the reader's own. */
function asUser(b: BuiltIndex): BuiltIndex {
  return {
    entries: b.entries.map((r) => ({ ...r, source: 'user' as const })),
    citations: b.citations.map((r) => ({ ...r, source: 'user' as const })),
    documents: b.documents.map((r) => ({ ...r, source: 'user' as const })),
    series: b.series.map((r) => ({ ...r, source: 'user' as const })),
    files: b.files,
  };
}
