/**
 * Last guard before a message reaches the pane: messages from the engine are plain words, but some
 * carry a host error's text as detail, and a host may put stack frames or debug dumps in there.
 * Keep the words, drop the frames.
 */
/** "at fn (file.js:1:2)", "at async fn (file.js:1:2)", "at file.js:1:2" at the start of a line. */
const STACK_FRAME = /^\s*at\s+(?:async\s+)?(?:[^\s()]+\s+\([^()]*\)|[^\s()]+:\d+:\d+)/;

export function withoutStack(message: string): string {
  const lines = message.split(/\r?\n/).map((line, i) => (i > 0 ? line.replace(STACK_FRAME, '') : line));
  return lines
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+([).,;:])/g, '$1')
    .trim();
}
