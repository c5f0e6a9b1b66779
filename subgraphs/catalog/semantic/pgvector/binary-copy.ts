// Rows for `COPY ... FROM STDIN (FORMAT binary)`: PostgreSQL's binary copy format (its docs, "COPY",
// binary format), with the value encodings of text, int4, float8, text[] and pgvector's vector
// (vector_recv: int16 dimensions, int16 zero, float4 values). Binary vectors are a quarter of their
// text form and need no float printing or parsing on either side.

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const TEXT_OID = 25;
const CHUNK = 1 << 20;

export type CopyValue =
  | { text: string | null }
  | { int4: number | null }
  | { float8: number | null }
  | { textArray: readonly string[] | null }
  | { vector: Float32Array };

/** The copy stream's bytes, about a megabyte at a time: header, one tuple per row, trailer. */
export function* binaryCopy(rows: Iterable<readonly CopyValue[]>): Generator<Buffer> {
  const out = new Writer();
  out.bytes(SIGNATURE);
  out.int32(0); // flags
  out.int32(0); // header extension length
  for (const row of rows) {
    out.int16(row.length);
    for (const value of row) field(out, value);
    if (out.length >= CHUNK) yield out.take();
  }
  out.int16(-1);
  yield out.take();
}

function field(out: Writer, value: CopyValue): void {
  if ('text' in value) return value.text === null ? out.int32(-1) : out.sized(Buffer.from(value.text, 'utf8'));
  if ('int4' in value) return value.int4 === null ? out.int32(-1) : (out.int32(4), out.int32(value.int4));
  if ('float8' in value) return value.float8 === null ? out.int32(-1) : (out.int32(8), out.float64(value.float8));
  if ('textArray' in value) return value.textArray === null ? out.int32(-1) : out.sized(textArray(value.textArray));
  const { vector } = value;
  out.int32(4 + vector.length * 4);
  out.int16(vector.length);
  out.int16(0);
  for (const x of vector) out.float32(x);
}

/** array_recv's input: dimensions, has-nulls flag, element type, each dimension's size and lower bound, the elements. */
function textArray(values: readonly string[]): Buffer {
  const out = new Writer(256);
  out.int32(values.length ? 1 : 0);
  out.int32(0);
  out.int32(TEXT_OID);
  if (values.length) {
    out.int32(values.length);
    out.int32(1);
  }
  for (const value of values) out.sized(Buffer.from(value, 'utf8'));
  return out.take();
}

/** A growing big-endian buffer. */
class Writer {
  private buffer: Buffer;
  length = 0;

  constructor(size = CHUNK + 64 * 1024) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  int16(value: number): void {
    this.room(2);
    this.length = this.buffer.writeInt16BE(value, this.length);
  }

  int32(value: number): void {
    this.room(4);
    this.length = this.buffer.writeInt32BE(value, this.length);
  }

  float32(value: number): void {
    this.room(4);
    this.length = this.buffer.writeFloatBE(value, this.length);
  }

  float64(value: number): void {
    this.room(8);
    this.length = this.buffer.writeDoubleBE(value, this.length);
  }

  bytes(bytes: Buffer): void {
    this.room(bytes.length);
    this.length += bytes.copy(this.buffer, this.length);
  }

  /** A field: its length, then its bytes. */
  sized(bytes: Buffer): void {
    this.int32(bytes.length);
    this.bytes(bytes);
  }

  /** What was written, as a buffer of its own; the writer starts over. */
  take(): Buffer {
    const taken = Buffer.from(this.buffer.subarray(0, this.length));
    this.length = 0;
    return taken;
  }

  private room(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}
