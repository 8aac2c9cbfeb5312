import { vi } from 'vitest';

type Handler = (request: Request) => Response | Promise<Response>;

export function jsonResponse(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

export function problemResponse(status: number, problem: Record<string, unknown>): Response {
  return jsonResponse(status, { status, ...problem }, 'application/problem+json');
}

/** A rejected spreadsheet import: 422, nothing imported, every bad row listed. */
export function importRejected(rows: { row: number; column: string; message: string }[]): Response {
  return problemResponse(422, { title: 'Unprocessable Entity', detail: `共 ${rows.length} 行有误，未导入任何数据。`, rows });
}

/** Lets the event loop run, so what a test observes between two steps has time to render. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The multipart body a browser would send for `form`. (Handing jsdom's FormData to Node's Request loses the
 * files' names and contents.)
 */
async function multipartOf(form: FormData): Promise<{ body: Uint8Array<ArrayBuffer>; contentType: string }> {
  const boundary = '----FakeXMLHttpRequestBoundary';
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  for (const [name, value] of form.entries()) {
    const disposition = `--${boundary}\r\nContent-Disposition: form-data; name="${name}"`;
    if (typeof value === 'string') {
      parts.push(encoder.encode(`${disposition}\r\n\r\n${value}\r\n`));
    } else {
      const type = value.type || 'application/octet-stream';
      parts.push(encoder.encode(`${disposition}; filename="${value.name}"\r\nContent-Type: ${type}\r\n\r\n`));
      parts.push(new Uint8Array(await value.arrayBuffer()), encoder.encode('\r\n'));
    }
  }
  parts.push(encoder.encode(`--${boundary}--\r\n`));
  const body = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  parts.reduce((offset, part) => {
    body.set(part, offset);
    return offset + part.length;
  }, 0);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

/**
 * Replaces the browser's fetch and XMLHttpRequest with canned backend answers keyed by `METHOD /path`, and
 * records every request so tests can check what was sent. Unknown routes answer 404. An XMLHttpRequest
 * reports its body's upload in two halves, then that it is sent, and only then asks the route for the answer.
 */
export function stubBackend(routes: Record<string, Handler>): { requests: Request[] } {
  const requests: Request[] = [];
  const answer = (request: Request) => {
    requests.push(request.clone());
    const handler = routes[`${request.method} ${new URL(request.url).pathname}`];
    return handler ? handler(request) : problemResponse(404, { title: 'Not Found' });
  };

  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => answer(new Request(input, init)));

  class FakeXMLHttpRequest extends EventTarget {
    readonly upload = new EventTarget();
    status = 0;
    statusText = '';
    responseText = '';
    responseType: XMLHttpRequestResponseType = '';
    withCredentials = false;
    private method = 'GET';
    private url = '';
    private readonly headers = new Headers();
    private aborted = false;

    open(method: string, url: string | URL) {
      this.method = method;
      this.url = new URL(url, window.location.origin).toString();
    }

    setRequestHeader(name: string, value: string) {
      this.headers.set(name, value);
    }

    abort() {
      this.aborted = true;
      this.dispatchEvent(new ProgressEvent('abort'));
    }

    send(body?: XMLHttpRequestBodyInit | null) {
      void this.deliver(body);
    }

    private async deliver(body: XMLHttpRequestBodyInit | null | undefined) {
      let request = new Request(this.url, { method: this.method, headers: this.headers, body });
      if (body instanceof FormData) {
        const multipart = await multipartOf(body);
        this.headers.set('Content-Type', multipart.contentType);
        request = new Request(this.url, { method: this.method, headers: this.headers, body: multipart.body });
      }
      const total = (await request.clone().arrayBuffer()).byteLength;
      for (const loaded of [Math.floor(total / 2), total]) {
        await tick();
        if (this.aborted) return;
        this.upload.dispatchEvent(new ProgressEvent('progress', { lengthComputable: true, loaded, total }));
      }
      this.upload.dispatchEvent(new ProgressEvent('load', { lengthComputable: true, loaded: total, total }));
      const response = await answer(request);
      if (this.aborted) return;
      this.status = response.status;
      this.statusText = response.statusText;
      this.responseText = await response.text();
      this.dispatchEvent(new ProgressEvent('load'));
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXMLHttpRequest);

  return { requests };
}
