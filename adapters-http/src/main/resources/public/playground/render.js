// What a reply shows: its text (a small subset of Markdown), its code highlighted, and the slicer side (agent actions,
// setting changes, options to choose from). Everything is built as DOM nodes: no text of a reply is read as HTML.

import { t, actionLabel } from './i18n.js';

/** An element with attributes (on* become listeners) and children (strings become text). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on')) {
      node.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      node.className = value;
    } else {
      node.setAttribute(name, value === true ? '' : value);
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child);
    }
  }
  return node;
}

// Material Design icons' paths (Apache-2.0): drawn as SVG, so that they show without an emoji font.
const ICONS = {
  like: 'M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L14.17 1 7.59 7.59C7.22 '
    + '7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05c.09-.23.14-.47.14-.73v-2z',
  dislike: 'M15 3H6c-.83 0-1.54.5-1.84 1.22l-3.02 7.05c-.09.23-.14.47-.14.73v2c0 1.1.9 2 2 2h6.31l-.95 4.57-.03.32c0 '
    + '.41.17.79.44 1.06L9.83 23l6.59-6.59c.36-.36.58-.86.58-1.41V5c0-1.1-.9-2-2-2zm4 0v12h4V3h-4z',
  rename: 'M3 17.25V21h3.75L17.81 9.94l-3.75-3.75L3 17.25zM20.71 7.04c.39-.39.39-1.02 0-1.41l-2.34-2.34c-.39-.39-1.02'
    + '-.39-1.41 0l-1.83 1.83 3.75 3.75 1.83-1.83z',
  delete: 'M6 19c0 1.1.9 2 2 2h8c1.1 0 2-.9 2-2V7H6v12zM19 4h-3.5l-1-1h-5l-1 1H5v2h14V4z',
};

/** An icon, hidden from screen readers (its button carries the label). */
export function icon(name) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', ICONS[name]);
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

/** **bold**, `code` and plain text of one line. */
function inline(text) {
  const nodes = [];
  const pattern = /(\*\*[^*]+\*\*|`[^`]+`)/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    nodes.push(text.slice(last, match.index));
    const token = match[0];
    nodes.push(token.startsWith('**') ? el('strong', {}, token.slice(2, -2)) : el('code', {}, token.slice(1, -1)));
    last = match.index + token.length;
  }
  nodes.push(text.slice(last));
  return nodes.filter(node => node !== '');
}

/**
 * The text of a reply as paragraphs, bullet and numbered lists and fenced code blocks (```lang). Unfinished fences
 * (a reply still streaming) show as code so far.
 */
export function markdown(text) {
  const container = el('div', { class: 'text' });
  const lines = text.split('\n');
  let paragraph = [];
  let list = null;
  const flush = () => {
    if (paragraph.length > 0) {
      container.append(el('p', {}, paragraph.flatMap((line, index) => index === 0 ? inline(line)
        : [el('br'), ...inline(line)])));
      paragraph = [];
    }
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const fence = line.match(/^```\s*([\w+-]*)\s*$/);
    if (fence) {
      flush();
      list = null;
      const code = [];
      index++;
      while (index < lines.length && !lines[index].startsWith('```')) {
        code.push(lines[index]);
        index++;
      }
      container.append(codeBlock(code.join('\n'), fence[1] || ''));
      continue;
    }
    const bullet = line.match(/^\s*(?:[-*•]|(\d+)[.)])\s+(.*)$/);
    if (bullet) {
      flush();
      const tag = bullet[1] ? 'ol' : 'ul';
      if (!list || list.tagName.toLowerCase() !== tag) {
        list = el(tag);
        container.append(list);
      }
      list.append(el('li', {}, inline(bullet[2])));
      continue;
    }
    list = null;
    if (line.trim() === '') {
      flush();
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return container;
}

const KEYWORDS = {
  jscad: new Set(['function', 'return', 'const', 'let', 'var', 'if', 'else', 'for', 'while', 'new', 'of', 'in',
    'true', 'false', 'null', 'undefined', 'this', 'class', 'import', 'export', 'from', 'require']),
  openscad: new Set(['module', 'function', 'if', 'else', 'for', 'let', 'each', 'true', 'false', 'undef', 'include',
    'use', 'union', 'difference', 'intersection', 'translate', 'rotate', 'scale', 'mirror', 'linear_extrude',
    'rotate_extrude', 'cube', 'cylinder', 'sphere', 'polygon', 'circle', 'square', 'hull', 'minkowski']),
};
KEYWORDS.javascript = KEYWORDS.jscad;
KEYWORDS.js = KEYWORDS.jscad;
KEYWORDS.scad = KEYWORDS.openscad;

/** The code as spans of comments, strings, numbers, keywords and the rest, by the language's words. */
export function highlight(code, language) {
  const keywords = KEYWORDS[language.toLowerCase()] || KEYWORDS.jscad;
  const pattern = /(\/\/[^\n]*|\/\*[\s\S]*?\*\/)|("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(\b\d+(?:\.\d+)?\b)|([A-Za-z_$][\w$]*)/g;
  const nodes = [];
  let last = 0;
  for (const match of code.matchAll(pattern)) {
    nodes.push(code.slice(last, match.index));
    const [token, comment, string, number, word] = match;
    if (comment) {
      nodes.push(el('span', { class: 'tok-comment' }, comment));
    } else if (string) {
      nodes.push(el('span', { class: 'tok-string' }, string));
    } else if (number) {
      nodes.push(el('span', { class: 'tok-number' }, number));
    } else if (keywords.has(word)) {
      nodes.push(el('span', { class: 'tok-keyword' }, word));
    } else {
      nodes.push(token);
    }
    last = match.index + token.length;
  }
  nodes.push(code.slice(last));
  return nodes.filter(node => node !== '');
}

async function copy(text, button) {
  try {
    await navigator.clipboard.writeText(text);
  } catch (denied) {
    const area = el('textarea', { class: 'visually-hidden' }, text);
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  button.textContent = t('copied');
  setTimeout(() => { button.textContent = t('copy'); }, 1500);
}

/** A code block with its language named and a copy button. */
export function codeBlock(code, language) {
  const button = el('button', { type: 'button', class: 'copy secondary', 'aria-label': t('copyCode') }, t('copy'));
  button.addEventListener('click', () => copy(code, button));
  return el('figure', { class: 'code' },
    el('figcaption', {}, el('span', { class: 'language' }, language || t('code')), button),
    el('pre', { tabindex: '0' }, el('code', { class: language ? 'language-' + language : null },
      highlight(code, language || ''))));
}

/** The agent actions as labelled chips (the options of a choice come as buttons, below). */
export function actionChips(actions) {
  if (!actions || actions.length === 0) {
    return null;
  }
  return el('ul', { class: 'actions', 'aria-label': t('actions') },
    actions.map(action => el('li', { class: 'chip', title: action.name }, actionLabel(action.name))));
}

/** The options an action offers, as buttons that send the option. */
export function optionButtons(actions, send, enabled) {
  const options = (actions || []).flatMap(action => (action.arguments && action.arguments.user_options_to_choose_from)
    || []);
  if (options.length === 0) {
    return null;
  }
  return el('div', { class: 'options', role: 'group', 'aria-label': t('options') },
    options.map(option => el('button', {
      type: 'button', class: 'option secondary', disabled: !enabled, onclick: () => send(option),
    }, option)));
}

function shown(value) {
  if (value === undefined || value === null) {
    return '—';
  }
  return Array.isArray(value) ? value.map(part => part ?? 'nil').join(', ') : String(value);
}

/**
 * The recommended changes as a table: one row per changed setting (its name in the reply's language where an
 * explanation names it, else its key), the value in the profile that was sent, the new value, the explanation.
 * `names` maps setting keys to names in the page's language (from /api/v1/settings), `sent` is the profile sent.
 */
export function settingsTable(reply, sent, names) {
  const recommendation = reply.slicing_profiles;
  if (!recommendation) {
    return null;
  }
  const explanations = new Map((reply.per_override_explanations || []).map(item => [item.parameter, item.explanation]));
  const used = new Set();
  const rows = [];
  if (recommendation.use_print_process_preset) {
    rows.push([t('processPreset'), sent ? sent.process : null, recommendation.use_print_process_preset, '']);
  }
  const add = (overrides, config) => {
    for (const [key, value] of Object.entries(overrides || {})) {
      const name = names[key] || key;
      const explanation = explanations.get(name) || '';
      if (explanation) {
        used.add(name);
      }
      rows.push([name, config ? config[key] : null, value, explanation, key]);
    }
  };
  add(recommendation.print_process_overrides, sent ? sent.processConfig : null);
  add(recommendation.filament_overrides, sent ? sent.filamentConfig : null);
  const table = el('table', { class: 'settings' },
    el('caption', {}, t('settingChanges')),
    el('thead', {}, el('tr', {}, [t('setting'), t('oldValue'), t('newValue'), t('explanation')]
      .map(head => el('th', { scope: 'col' }, head)))),
    el('tbody', {}, rows.map(([name, old, value, explanation, key]) => el('tr', {},
      el('th', { scope: 'row', title: key || null }, name),
      el('td', { class: 'old' }, shown(old)),
      el('td', { class: 'new' }, shown(value)),
      el('td', {}, explanation)))));
  const unmatched = (reply.per_override_explanations || []).filter(item => !used.has(item.parameter));
  const rest = unmatched.length === 0 ? null : el('dl', { class: 'explanations' },
    unmatched.flatMap(item => [el('dt', {}, item.parameter), el('dd', {}, item.explanation)]));
  return el('div', { class: 'table-wrap' }, table, rest);
}
