import { maxHeaderSize, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';

/** Node's cap on a request's header block (request line and headers), in bytes: 16 KB unless the process is told otherwise. */
export const HEADER_LIMIT_BYTES = maxHeaderSize;

interface ConnectionError extends Error {
  code?: string;
}

/** What a refused connection is told, in the shape of every other refusal (`errors[0].extensions.code/reason`). */
function refusal(error: ConnectionError): { status: number; message: string; code: string; reason: string } {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return {
      status: 408,
      message: '请求发送超时，请检查网络后重试',
      code: 'BAD_REQUEST',
      reason: 'REQUEST_TIMEOUT',
    };
  if (error.code === 'HPE_HEADER_OVERFLOW')
    return {
      status: 431,
      message: `请求头过大（上限 ${Math.round(HEADER_LIMIT_BYTES / 1024)} KB），请缩短请求地址或请求头后重试`,
      code: 'BAD_REQUEST',
      reason: 'HEADERS_TOO_LARGE',
    };
  return { status: 400, message: '请求格式无效', code: 'BAD_REQUEST', reason: 'MALFORMED_REQUEST' };
}

/**
 * Fastify's clientErrorHandler: a request Node's parser refuses before any route runs (a header block over the limit,
 * a malformed request line, a request not sent in time) gets a Chinese answer with a stable code — Fastify's default
 * wrote English ("Request Header Fields Too Large") in a shape of its own.
 */
export function answerClientError(error: ConnectionError, socket: Socket): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const { status, message, code, reason } = refusal(error);
  const body = JSON.stringify({ errors: [{ message, extensions: { code, reason } }] });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
