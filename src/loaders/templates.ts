/**
 * Site generators and server templates leave code in the published source:
 * Jekyll/Hugo/Zola front matter and PHP/ERB/JSP tags. They are not text a
 * reader sees. They are replaced by spaces of the same length, so that every
 * offset into the original file stays valid.
 */

const FRONT_MATTER = /^(?:\uFEFF)?(---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n\1[ \t]*(?:\r?\n|$)/;
const SERVER_TAGS = /<\?(?:php|=)[\s\S]*?(?:\?>|$)|<%[\s\S]*?%>/g;

function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

export function blankFrontMatter(source: string): string {
  const m = FRONT_MATTER.exec(source);
  return m ? blank(m[0]) + source.slice(m[0].length) : source;
}

export function blankServerTemplateTags(source: string): string {
  return source.replace(SERVER_TAGS, (tag) => blank(tag));
}
