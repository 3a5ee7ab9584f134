/**
 * The PDF's document properties (title, author, subject, creator), written as an incremental
 * update: Chromium takes the title from the page's <title> but no author, and names itself the
 * creator. The printed bytes stay as they are; a new Info dictionary, a one-entry cross-reference
 * section and a trailer pointing back at the old one are appended (ISO 32000-1, 7.5.6).
 */

export interface PdfProperties {
  title: string;
  author: string;
  subject: string;
  creator: string;
}

/** A PDF text string: UTF-16BE with its byte-order mark, in hex, so any script and any bracket is safe. */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/**
 * Returns the PDF with the properties set, or the bytes unchanged when the file does not end in a
 * classic trailer (a cross-reference stream, which Chromium does not write).
 */
export function withPdfProperties(pdf: Uint8Array, properties: PdfProperties): Uint8Array {
  const tail = latin1(pdf.subarray(Math.max(0, pdf.length - 2048)));
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!trailer) return pdf;
  const dict = trailer[1]!;
  const size = /\/Size\s+(\d+)/.exec(dict);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(dict);
  if (!size || !root) return pdf;
  const id = /\/ID\s*(\[[^\]]*\])/.exec(dict)?.[1];
  const objectNumber = Number(size[1]);
  const previous = trailer[2]!;
  const head = latin1(pdf.subarray(0, Math.min(pdf.length, 1 << 20)));
  const created = /\/CreationDate\s*\((D:[^)]*)\)/.exec(head)?.[1];

  const separator = pdf[pdf.length - 1] === 0x0a ? '' : '\n';
  const entries = [
    `/Title ${pdfTextString(properties.title)}`,
    ...(properties.author ? [`/Author ${pdfTextString(properties.author)}`] : []),
    ...(properties.subject ? [`/Subject ${pdfTextString(properties.subject)}`] : []),
    `/Creator ${pdfTextString(properties.creator)}`,
    `/Producer (Skia/PDF)`,
    ...(created ? [`/CreationDate (${created})`, `/ModDate (${created})`] : []),
  ];
  const object = `${separator}${objectNumber} 0 obj\n<<${entries.join('\n')}>>\nendobj\n`;
  const objectOffset = pdf.length + separator.length;
  const xrefOffset = pdf.length + Buffer.byteLength(object, 'latin1');
  const update =
    `${object}xref\n${objectNumber} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<</Size ${objectNumber + 1}\n/Root ${root[1]}\n/Info ${objectNumber} 0 R${id ? `\n/ID ${id}` : ''}\n/Prev ${previous}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  const out = new Uint8Array(pdf.length + Buffer.byteLength(update, 'latin1'));
  out.set(pdf, 0);
  out.set(Buffer.from(update, 'latin1'), pdf.length);
  return out;
}
