/** Codes of fatal problems. Content problems are `Warning`s instead (see types.ts). */
export type ErrorCode =
  | 'CONTENT_DIR_MISSING'
  | 'FRONT_MATTER_INVALID'
  | 'CORRECTIONS_INVALID'
  | 'DATASET_MAP_INVALID'
  | 'RENDER_FAILED'
  | 'INDEX_FAILED'
  | 'OUTPUT_FAILED'
  | 'OUTPUT_REFUSED'
  | 'OUTPUT_BUSY'
  | 'CONFIG_INVALID';

/** A fatal build problem, with the file and line it concerns when there is one. */
export class DossierError extends Error {
  readonly code: ErrorCode;
  readonly file: string | undefined;
  readonly line: number | undefined;

  constructor(code: ErrorCode, message: string, where: { file?: string; line?: number; cause?: unknown } = {}) {
    const location = where.file ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : '';
    super(`${location}${message}`, { cause: where.cause });
    this.name = 'DossierError';
    this.code = code;
    this.file = where.file;
    this.line = where.line;
  }
}
