/**
 * Typographer's quotes, dashes and ellipses for running text. Hand-written because
 * remark-smartypants (retext) costs about 13 ms a brief, over a minute at 5,000 briefs; these few
 * rules cover what the briefs use. `before` is the character preceding the text, if any.
 */
export function smartypants(text: string, before = ''): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const prev = i === 0 ? before : text[i - 1]!;
    const opening = prev === '' || /[\s([{\u2014\u2013-]/.test(prev);
    if (c === '"') out += opening ? '\u201c' : '\u201d';
    else if (c === "'") out += opening ? '\u2018' : '\u2019';
    else if (c === '-' && text[i + 1] === '-') {
      out += text[i + 2] === '-' ? '\u2014' : '\u2013';
      i += text[i + 2] === '-' ? 2 : 1;
    } else if (c === '.' && text.startsWith('...', i)) {
      out += '\u2026';
      i += 2;
    } else out += c;
  }
  return out;
}
