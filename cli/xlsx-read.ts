// Reads an .xlsx report or plan from disk into Grids: only regular files, each within a size limit, opened
// read-only; the bytes go to the bounded streaming reader (cli/xlsx/read-xlsx.ts). Never throws for a bad file.
import { constants, promises as fs } from 'node:fs';
import { DEFAULT_LIMITS, readXlsxBytes, savedTime, type ReadFailure, type ReadLimits, type ReadResult } from './xlsx/read-xlsx';

export { savedTime, type ReadFailure, type ReadResult };

/** A report form is tens of kB and a 100,000-row report about 3 MB: a file past this is not a report. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

function fail(reason: ReadFailure['reason'], detail: string): ReadResult {
  return { ok: false, failure: { reason, detail } };
}

/** Reads the file once into memory, then parses that buffer; the file itself is never opened for writing. savedAt falls back to the file's mtime. */
export async function readWorkbookGrids(path: string, limits: ReadLimits = DEFAULT_LIMITS, maxBytes = MAX_FILE_BYTES): Promise<ReadResult> {
  let bytes: Uint8Array;
  let modified: Date;
  try {
    // O_NONBLOCK: opening a FIFO named *.xlsx must not wait for a writer; fstat below then refuses it.
    const handle = await fs.open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const stat = await handle.stat();
      if (stat.isDirectory()) return fail('not_a_workbook', `${path} is a directory, not a workbook`);
      // Devices (a link to /dev/zero), FIFOs and sockets: never read, whatever their name.
      if (!stat.isFile()) return fail('not_a_workbook', `${path} is not a regular file`);
      if (stat.size > maxBytes) return fail('too_large', `${path} is ${Math.round(stat.size / 1048576)} MB (at most ${Math.round(maxBytes / 1048576)} MB)`);
      bytes = await readExactly(handle, stat.size);
      modified = stat.mtime;
    } finally {
      await handle.close();
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EISDIR') return fail('not_a_workbook', `${path} is a directory, not a workbook`);
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return fail('not_found', `${path} does not exist`);
    if (err.code === 'EACCES' || err.code === 'EPERM') return fail('permission_denied', `${path} cannot be opened: permission denied`);
    if (err.code === 'ENXIO') return fail('not_a_workbook', `${path} is not a regular file`);
    return fail('not_found', `${path} cannot be read: ${err.message}`);
  }
  const read = readXlsxBytes(bytes, path, limits);
  // A workbook that records no saved time (docProps/core.xml is optional): the file's own modification time,
  // from the same open that read it (contract §6: the newest report wins).
  return read.ok && read.savedAt === null ? { ...read, savedAt: savedTime(modified) } : read;
}

/** At most `size` bytes (the size fstat gave): a file that grows while read is not followed. */
async function readExactly(handle: fs.FileHandle, size: number): Promise<Uint8Array> {
  const buffer = new Uint8Array(size);
  let at = 0;
  while (at < size) {
    const { bytesRead } = await handle.read(buffer, at, size - at, at);
    if (bytesRead === 0) break;
    at += bytesRead;
  }
  return at === size ? buffer : buffer.subarray(0, at);
}

export async function readWorkbookBuffer(buffer: Uint8Array, file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<ReadResult> {
  return readXlsxBytes(buffer, file, limits);
}
