import JSZip from 'jszip';
import { deflateRawSync } from 'node:zlib';
import { memorySource } from './byteSource';
import { ZipArchive, ZipError } from './zipArchive';

async function text(zip: ZipArchive, name: string, max = 1e9): Promise<string> {
  return zip.text(zip.entry(name)!, max);
}

/**
 * A zip written by hand with ZIP64 records (APPNOTE 4.3.14, 4.5.3): the 32-bit sizes and offset of
 * each central directory entry saturated to 0xFFFFFFFF and given in a ZIP64 extra field, the entry
 * count in a ZIP64 end record, as writers that always use ZIP64 (.NET, Java streaming) emit.
 */
function zip64(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = deflateRawSync(Buffer.from(content));
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(45, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, data);
    const extra = Buffer.alloc(28);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeBigUInt64LE(BigInt(Buffer.byteLength(content)), 4);
    extra.writeBigUInt64LE(BigInt(data.length), 12);
    extra.writeBigUInt64LE(BigInt(offset), 20);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(45, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(0xffffffff, 20);
    central.writeUInt32LE(0xffffffff, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(0xffffffff, 42);
    centrals.push(central, nameBytes, extra);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const count = Object.keys(files).length;
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeBigUInt64LE(BigInt(count), 24);
  end64.writeBigUInt64LE(BigInt(count), 32);
  end64.writeBigUInt64LE(BigInt(directory.length), 40);
  end64.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([...locals, directory, end64, locator, end]);
}

describe('ZipArchive', () => {
  test('stored and deflated entries, with data descriptors, looked up without regard to case or escapes', async () => {
    for (const streamFiles of [false, true]) {
      const js = new JSZip();
      js.file('xl/workbook.xml', '<workbook/>', { compression: 'DEFLATE' });
      js.file('xl/worksheets/Sheet One.xml', 'stored text', { compression: 'STORE' });
      const zip = await ZipArchive.open(memorySource(await js.generateAsync({ type: 'nodebuffer', streamFiles })));
      expect(await text(zip, 'XL/Workbook.xml')).toBe('<workbook/>');
      expect(await text(zip, 'xl/worksheets/Sheet%20One.xml')).toBe('stored text');
      expect(zip.entry('xl/missing.xml')).toBeUndefined();
    }
  });

  test('ZIP64 end records and extra fields', async () => {
    const zip = await ZipArchive.open(memorySource(zip64({ 'a.xml': '<a/>', 'b/c.xml': 'x'.repeat(10_000) })));
    expect(zip.entries.map((e) => e.name)).toEqual(['a.xml', 'b/c.xml']);
    expect(await text(zip, 'a.xml')).toBe('<a/>');
    expect(await text(zip, 'b/c.xml')).toBe('x'.repeat(10_000));
  });

  test('an entry that unpacks past the limit stops there, with tooLarge', async () => {
    const js = new JSZip();
    js.file('big.xml', 'a'.repeat(5_000_000), { compression: 'DEFLATE' });
    const zip = await ZipArchive.open(memorySource(await js.generateAsync({ type: 'nodebuffer' })));
    let read = 0;
    const reading = (async () => {
      for await (const piece of zip.stream(zip.entry('big.xml')!, 1_000_000)) read += piece.length;
    })();
    await expect(reading).rejects.toMatchObject({ kind: 'tooLarge' });
    expect(read).toBeLessThanOrEqual(1_000_000);
  });

  test('not a zip; a zip-encrypted entry; an unknown compression method', async () => {
    await expect(ZipArchive.open(memorySource(Buffer.from('plain text')))).rejects.toMatchObject({ kind: 'notZip' });
    const js = new JSZip();
    js.file('a.xml', '<a/>', { compression: 'STORE' });
    const bytes = await js.generateAsync({ type: 'nodebuffer' });
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const encrypted = Buffer.from(bytes);
    encrypted[central + 8] |= 1;
    const zip = await ZipArchive.open(memorySource(encrypted));
    await expect(zip.text(zip.entry('a.xml')!, 1e6)).rejects.toThrow(new ZipError('unsupported', 'the part a.xml is encrypted'));
    const deflate64 = Buffer.from(bytes);
    deflate64.writeUInt16LE(9, central + 10);
    const zip2 = await ZipArchive.open(memorySource(deflate64));
    await expect(zip2.text(zip2.entry('a.xml')!, 1e6)).rejects.toThrow(/compressed with method 9/);
  });
});
