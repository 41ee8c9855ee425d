/** supertest's parser for a body kept as bytes (a file, an export with its BOM): `.buffer(true).parse(binaryBody)`. */
export function binaryBody(res: unknown, done: (err: Error | null, body: Buffer) => void) {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}
