import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

/** A generated file, ready to be sent: whole, or as a stream written while it is sent (a large table). */
export interface DownloadFile {
  filename: string;
  contentType: string;
  content: Buffer | Readable;
}

/**
 * Sends a generated file as an attachment: an ASCII fallback name for old clients and the real (Chinese) name in
 * RFC 5987 form, never cached (it holds what only the caller may see).
 */
export async function sendDownload(
  reply: FastifyReply,
  file: DownloadFile,
  fallbackName: string,
): Promise<void> {
  await reply
    .header('content-type', file.contentType)
    .header(
      'content-disposition',
      `attachment; filename="${fallbackName}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    )
    .header('cache-control', 'no-store')
    .send(file.content);
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
