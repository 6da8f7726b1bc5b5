import fs from 'node:fs';
import zlib from 'node:zlib';

export type Encoding = 'br' | 'gzip' | 'identity';

/** Types worth compressing: text. Images (PNG) are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript)|image\/svg\+xml)/;

/** The best encoding the client accepts (brotli, then gzip), ignoring any it refuses with q=0. */
export function chooseEncoding(acceptEncoding: string | null, type: string): Encoding {
  if (!COMPRESSIBLE.test(type)) return 'identity';
  const accepted = new Map(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([name]) => name)
      .map(([name, ...params]) => [name!.trim().toLowerCase(), Number(/q=([\d.]+)/.exec(params.join(';'))?.[1] ?? 1)] as const),
  );
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return ok('br') ? 'br' : ok('gzip') ? 'gzip' : 'identity';
}

const cache = new Map<string, { mtimeMs: number; bytes: Buffer<ArrayBuffer> }>();

/** A file's bytes in the encoding asked for, compressed once per file version and kept in memory. */
export function encodedFile(file: string, encoding: Encoding): Buffer<ArrayBuffer> {
  const mtimeMs = fs.statSync(file).mtimeMs;
  const key = `${encoding}\u0000${file}`;
  const hit = cache.get(key);
  if (hit && hit.mtimeMs === mtimeMs) return hit.bytes;
  const raw = fs.readFileSync(file);
  const bytes =
    encoding === 'br'
      ? zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
      : encoding === 'gzip'
        ? zlib.gzipSync(raw, { level: 9 })
        : raw;
  // zlib allocates plain ArrayBuffers; the type says ArrayBufferLike only because Buffer may share one.
  cache.set(key, { mtimeMs, bytes: bytes as Buffer<ArrayBuffer> });
  return bytes as Buffer<ArrayBuffer>;
}

/** Vite names built assets `name-<hash>.ext` under assets/: their content never changes under that name. */
export const isHashedAsset = (pathname: string) => /^\/assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(pathname);
