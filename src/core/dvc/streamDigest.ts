/**
 * md5 (DVC 3) or md5-dos2unix (DVC 2) of bytes that arrive in pieces of any size, so a download
 * is verified while it streams. md5-dos2unix reproduces DVC 2 exactly, the same way the hashing
 * worker does: text is judged on the first 512 bytes, and CRLF → LF is applied per 1 MiB block
 * (a pair split by a block boundary stays), so bytes are re-blocked to 1 MiB first.
 */
import { createHash, type Hash } from 'node:crypto';

const BLOCK = 1 << 20;
const TEXT_BLOCK = 512;

/** DVC's istextblock: no NUL byte and at most 30% of bytes outside printable ASCII + \n\r\t\f\b. */
function isTextBlock(block: Uint8Array): boolean {
  if (block.length === 0) return true;
  let nontext = 0;
  for (const b of block) {
    if (b === 0) return false;
    if (!((b >= 32 && b < 127) || b === 10 || b === 13 || b === 9 || b === 12 || b === 8)) nontext++;
  }
  return nontext / block.length <= 0.3;
}

export class StreamDigest {
  private readonly hash: Hash = createHash('md5');
  private readonly pending: Buffer | null;
  private filled = 0;
  private text: boolean | null = null;
  size = 0;

  constructor(readonly algo: 'md5' | 'md5-dos2unix') {
    this.pending = algo === 'md5-dos2unix' ? Buffer.allocUnsafe(BLOCK) : null;
  }

  update(chunk: Uint8Array): void {
    this.size += chunk.length;
    if (!this.pending) {
      this.hash.update(chunk);
      return;
    }
    let offset = 0;
    while (offset < chunk.length) {
      const n = Math.min(BLOCK - this.filled, chunk.length - offset);
      this.pending.set(chunk.subarray(offset, offset + n), this.filled);
      this.filled += n;
      offset += n;
      if (this.filled === BLOCK) this.flush();
    }
  }

  private flush(): void {
    const block = this.pending!.subarray(0, this.filled);
    this.filled = 0;
    if (block.length === 0) return;
    if (this.text === null) this.text = isTextBlock(block.subarray(0, TEXT_BLOCK));
    if (!this.text) {
      this.hash.update(block);
      return;
    }
    let start = 0;
    let i = block.indexOf(13);
    while (i !== -1) {
      if (i + 1 < block.length && block[i + 1] === 10) {
        this.hash.update(block.subarray(start, i));
        start = i + 1;
      }
      i = block.indexOf(13, i + 1);
    }
    this.hash.update(block.subarray(start));
  }

  digest(): string {
    if (this.pending) this.flush();
    return this.hash.digest('hex');
  }
}
