import fs from 'node:fs';
import path from 'node:path';

/**
 * Every file under `dir`, at any depth, whose name ends with `ext` (every file when there is none), as paths that
 * start with `dir`, sorted. A folder that does not exist has no files. `skipHidden` leaves out the files and folders
 * whose name starts with a dot (an editor's or the system's own files).
 */
export function filesUnder(dir: string, { ext, skipHidden = false }: { ext?: string; skipHidden?: boolean } = {}): string[] {
  if (!fs.existsSync(dir)) return [];
  const walk = (folder: string): string[] =>
    fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      if (skipHidden && entry.name.startsWith('.')) return [];
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) return walk(full);
      return entry.isFile() && (ext === undefined || entry.name.endsWith(ext)) ? [full] : [];
    });
  return walk(dir).sort();
}
