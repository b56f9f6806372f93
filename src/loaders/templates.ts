/**
 * Site generators and server templates leave code in the published source.
 * Jekyll/Hugo/Zola front matter and PHP tags are not text a reader sees (the
 * server consumes PHP before anything reaches the browser); they are replaced
 * by spaces of the same length, so that every offset into the original file
 * stays valid. Template syntax that a browser shows as text when the template
 * is published unrendered — EJS/ERB `<%= … %>`, Blade/Handlebars/Jinja
 * `{{ … }}` and `{% … %}`, Blade `@extends(…)` — is left in, for
 * placeholder-text to report.
 */

const FRONT_MATTER = /^(?:\uFEFF)?(---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n\1[ \t]*(?:\r?\n|$)/;
const PHP_TAGS = /<\?(?:php|=)[\s\S]*?(?:\?>|$)/g;

/** Blade directives that take arguments: `@extends('layouts.app')`, `@section('title', __('Terms'))`. */
const BLADE_WITH_ARGS =
  'extends|section|yield|include|includeIf|includeWhen|includeFirst|each|component|slot|push|prepend|stack|inject|' +
  'if|elseif|unless|isset|empty|foreach|forelse|for|while|switch|case|can|cannot|auth|guest|lang|method|livewire';
/** Blade directives that stand alone: `@stop`, `@endsection`, `@csrf`. */
const BLADE_BARE =
  'stop|show|endsection|endcomponent|endslot|endpush|endprepend|endif|endunless|endisset|endempty|endforeach|endforelse|' +
  'endfor|endwhile|endswitch|endcan|endcannot|endauth|endguest|endphp|csrf|parent|append|overwrite|else';

/** Server-template syntax a browser shows as text when the template is served unrendered. */
export const VISIBLE_TEMPLATE_SYNTAX: readonly RegExp[] = [
  // EJS, ERB, ASP: <%= site.email %>, <%- include('top') %>, <% if (x) { %>
  /<%[^\n]{0,200}?%>/gu,
  // Blade, Handlebars, Jinja, Liquid, Twig
  /\{\{[^{}\n]{1,80}\}\}/gu,
  /\{!![^{}\n]{1,80}!!\}/gu,
  /\{%[^{}\n]{1,80}%\}/gu,
  // one level of nested parentheses, one character or one group per step, so it cannot backtrack badly
  new RegExp(`(?<![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f0-9._%+@-])@(?:${BLADE_WITH_ARGS})[ \\t]{0,2}\\((?:[^()\\n]|\\([^()\\n]{0,80}\\)){0,160}\\)`, 'gu'),
  new RegExp(`(?<![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f0-9._%+@-])@(?:${BLADE_BARE})(?![A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f0-9_.@(-])`, 'gu'),
];

/** Whether a stretch of source text holds visible template syntax. */
export function hasVisibleTemplateSyntax(text: string): boolean {
  return VISIBLE_TEMPLATE_SYNTAX.some((pattern) => {
    pattern.lastIndex = 0;
    const found = pattern.test(text);
    pattern.lastIndex = 0;
    return found;
  });
}

function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

export function blankFrontMatter(source: string): string {
  const m = FRONT_MATTER.exec(source);
  return m ? blank(m[0]) + source.slice(m[0].length) : source;
}

/** Blanks PHP tags (`<?php … ?>`, `<?= … ?>`), which never reach the reader. */
export function blankServerTemplateTags(source: string): string {
  return source.replace(PHP_TAGS, (tag) => blank(tag));
}

/** The front matter of a Markdown or HTML source (without its fences), with its offset, if it has one. */
export function frontMatterOf(source: string): { text: string; start: number } | undefined {
  const m = FRONT_MATTER.exec(source);
  if (!m) return undefined;
  const open = m[0].indexOf('\n') + 1;
  const close = m[0].lastIndexOf(m[1]!);
  return { text: m[0].slice(open, close), start: open };
}
