// The results of a GraphQL subscription answered as server-sent events (the gateway's POST /graphql
// with `Accept: text/event-stream`, GraphQL over SSE's distinct connections mode): each `next`
// event's data is one result; `complete` ends it. The events are read by eventsource-parser.
import type { ExecutionResult } from 'graphql';
import { EventSourceParserStream } from 'eventsource-parser/stream';

/** `signal` ends the stream (the response's body is cancelled, which ends the subscription). */
export async function* sseResults(
  body: ReadableStream<Uint8Array>,
  signal?: AbortSignal,
): AsyncGenerator<ExecutionResult<Record<string, unknown>>> {
  // (TypeScript types TextDecoderStream as taking any BufferSource, which is more than a pair of Uint8Array.)
  const text = body.pipeThrough(new TextDecoderStream() as unknown as ReadableWritablePair<string, Uint8Array>);
  const reader = text.pipeThrough(new EventSourceParserStream()).getReader();
  const cancel = () => void reader.cancel().catch(() => undefined);
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    for (;;) {
      const { value: event, done } = await reader.read();
      if (done || event.event === 'complete') return;
      if (event.data && (event.event === undefined || event.event === 'next')) {
        yield JSON.parse(event.data) as ExecutionResult<Record<string, unknown>>;
      }
    }
  } finally {
    signal?.removeEventListener('abort', cancel);
    await reader.cancel().catch(() => undefined);
  }
}
