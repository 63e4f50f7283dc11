// The native API as the page uses it: JSON calls with the key, and the streamed chat read from a fetch body
// (EventSource cannot POST nor send a key).

/** An answer that was not a success: its status, the API's error code and sentence, and Retry-After in seconds. */
export class ApiError extends Error {
  constructor(status, code, message, retryAfter) {
    super(message);
    this.status = status;
    this.code = code;
    this.retryAfter = retryAfter;
  }
}

async function failure(response) {
  let code = 'http_' + response.status;
  let message = response.statusText || ('HTTP ' + response.status);
  try {
    const body = await response.json();
    if (body && body.error) {
      code = body.error.code || code;
      message = body.error.message || message;
    }
  } catch (notJson) {
    // the status alone says what happened
  }
  const retry = Number.parseInt(response.headers.get('Retry-After') || '', 10);
  return new ApiError(response.status, code, message, Number.isNaN(retry) ? null : retry);
}

export class Api {
  constructor(key) {
    this.key = key;
  }

  headers(json) {
    const headers = { Authorization: 'Bearer ' + this.key };
    if (json) {
      headers['Content-Type'] = 'application/json';
    }
    return headers;
  }

  async call(method, path, body) {
    const response = await fetch(path, {
      method,
      headers: this.headers(body !== undefined),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw await failure(response);
    }
    return response.status === 204 ? null : response.json();
  }

  /** Creates a key with a partner token (Authorization: Token ...); answers the secret. */
  static async createKey(partnerToken, name) {
    const response = await fetch('/api/v1/api_keys', {
      method: 'POST',
      headers: { Authorization: 'Token ' + partnerToken, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name }),
    });
    if (!response.ok) {
      throw await failure(response);
    }
    return (await response.json()).key;
  }

  models() {
    return this.call('GET', '/api/v1/models');
  }

  sessions(keyword, cursor) {
    const query = new URLSearchParams({ limit: '20' });
    if (keyword) {
      query.set('keyword', keyword);
    }
    if (cursor) {
      query.set('cursor', cursor);
    }
    return this.call('GET', '/api/v1/sessions?' + query);
  }

  messages(sessionId) {
    return this.call('GET', '/api/v1/sessions/' + encodeURIComponent(sessionId) + '/messages?limit=100');
  }

  rename(sessionId, title) {
    return this.call('PATCH', '/api/v1/sessions/' + encodeURIComponent(sessionId), { title });
  }

  remove(sessionId) {
    return this.call('DELETE', '/api/v1/sessions/' + encodeURIComponent(sessionId));
  }

  feedback(messageId, rating) {
    return this.call('POST', '/api/v1/messages/' + encodeURIComponent(messageId) + '/feedback', { rating });
  }

  stop(messageId) {
    return this.call('POST', '/api/v1/chat/' + encodeURIComponent(messageId) + '/stop', {});
  }

  /** The part's STL as an ArrayBuffer, or null when the service has none for the message (404: STL is off). */
  async model(messageId) {
    const response = await fetch('/api/v1/messages/' + encodeURIComponent(messageId) + '/model.stl',
      { headers: this.headers(false) });
    if (response.status === 404) {
      return null;
    }
    if (!response.ok) {
      throw await failure(response);
    }
    return response.arrayBuffer();
  }

  /**
   * POST /api/v1/chat streamed: onEvent(type, data) for each server-sent event, in order. Resolves when the stream
   * closes; rejects with an ApiError when the answer is not a stream, or with a TypeError when the connection drops.
   */
  async chat(body, onEvent) {
    const response = await fetch('/api/v1/chat', {
      method: 'POST',
      headers: { ...this.headers(true), Accept: 'text/event-stream' },
      body: JSON.stringify({ ...body, stream: true }),
    });
    if (!response.ok) {
      throw await failure(response);
    }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        return;
      }
      buffer += value.replaceAll('\r\n', '\n');
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let type = 'message';
        const data = [];
        for (const line of block.split('\n')) {
          if (line.startsWith('event:')) {
            type = line.slice(6).trim();
          } else if (line.startsWith('data:')) {
            data.push(line.slice(5).replace(/^ /, ''));
          }
        }
        if (data.length > 0) {
          onEvent(type, JSON.parse(data.join('\n')));
        }
      }
    }
  }
}
