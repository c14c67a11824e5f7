import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The specifier a brief's compiled module imports a file of the project by: relative to the
 * brief, so no absolute path is stored, and with forward slashes, as an import needs them.
 */
export function importPath(brief: string, target: URL): string {
  return relative(dirname(brief), fileURLToPath(target)).split('\\').join('/');
}
