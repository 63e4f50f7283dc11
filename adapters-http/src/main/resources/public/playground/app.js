// The playground: a key, the conversations of that key, and a chat whose replies stream in and show what they would
// do to the slicer. Talks to the native API only (/api/v1/...).

import { Api, ApiError } from './api.js';
import { LANGUAGES, t, setLanguage, language, translatePage } from './i18n.js';
import { el, icon, markdown, codeBlock, actionChips, optionButtons, settingsTable } from './render.js';
import { parseStl, stlCanvas } from './stl.js';

const KEY_STORE = 'slicewise.playground.key';
const LANGUAGE_STORE = 'slicewise.playground.language';
const MAX_ATTACHMENTS = 4;

const $ = id => document.getElementById(id);

const state = {
  api: null,
  sessionId: null,
  keyword: '',
  cursor: null,
  hasMore: false,
  loadingSessions: false,
  listGeneration: 0,
  streaming: null,
  attachments: [],
  presets: { filament: [], process: [] },
  settingNames: {},
};

// ---------------------------------------------------------------- key

function showConnect(reason) {
  $('workspace').hidden = true;
  $('forget-key').hidden = true;
  $('connect').hidden = false;
  $('connect-reason').hidden = !reason;
  $('connect-reason').textContent = reason || '';
  $('key-input').focus();
}

async function useKey(key) {
  localStorage.setItem(KEY_STORE, key);
  state.api = new Api(key);
  $('connect').hidden = true;
  $('workspace').hidden = false;
  $('forget-key').hidden = false;
  await Promise.all([loadModels(), loadSettingNames()]);
  if (!state.api) {
    return;
  }
  newChat();
  reloadSessions();
}

function forgetKey(reason) {
  localStorage.removeItem(KEY_STORE);
  state.api = null;
  $('session-list').replaceChildren();
  $('messages').replaceChildren();
  showConnect(reason);
}

/** An answer the page cannot go on with: a 401 asks for the key again; anything else is said where it happened. */
function handled(error, where) {
  if (error instanceof ApiError && error.status === 401) {
    forgetKey(t('keyRefused'));
    return;
  }
  showError(where, describe(error));
}

function describe(error) {
  if (error instanceof ApiError && error.status === 429) {
    return error.retryAfter !== null ? t('rateLimitedFor', error.retryAfter) : t('rateLimited');
  }
  return error.message || String(error);
}

function showError(node, text) {
  node.textContent = text;
  node.hidden = !text;
}

// ---------------------------------------------------------------- sessions

function reloadSessions() {
  state.cursor = null;
  state.hasMore = true;
  state.listGeneration++;
  $('session-list').replaceChildren();
  loadMoreSessions();
}

async function loadMoreSessions() {
  if (!state.api || state.loadingSessions || !state.hasMore) {
    return;
  }
  state.loadingSessions = true;
  const generation = state.listGeneration;
  $('sessions-status').textContent = t('loading');
  try {
    const page = await state.api.sessions(state.keyword, state.cursor);
    if (generation !== state.listGeneration) {
      return;
    }
    for (const session of page.data) {
      $('session-list').append(sessionItem(session));
    }
    state.cursor = page.next_cursor;
    state.hasMore = page.has_more;
    const empty = $('session-list').children.length === 0;
    $('sessions-status').textContent = empty ? (state.keyword ? t('noMatches') : t('noSessions')) : '';
  } catch (error) {
    $('sessions-status').textContent = '';
    handled(error, $('chat-error'));
  } finally {
    state.loadingSessions = false;
  }
  if (generation === state.listGeneration && state.hasMore && sentinelVisible()) {
    loadMoreSessions();
  }
}

function sentinelVisible() {
  const box = $('sessions-more').getBoundingClientRect();
  const list = $('sessions').getBoundingClientRect();
  return box.top <= list.bottom + 50;
}

function sessionItem(session) {
  const title = el('button', {
    type: 'button', class: 'session-open', 'aria-current': session.id === state.sessionId ? 'true' : null,
    onclick: () => openSession(session.id, session.title),
  }, session.title);
  const rename = el('button', {
    type: 'button', class: 'icon secondary', 'aria-label': t('renameNamed', session.title),
    title: t('rename'), onclick: () => startRename(item, session),
  }, icon('rename'));
  const remove = el('button', {
    type: 'button', class: 'icon secondary', 'aria-label': t('deleteNamed', session.title),
    title: t('delete'), onclick: () => deleteSession(item, session),
  }, icon('delete'));
  const item = el('li', { class: 'session', 'data-session-id': session.id }, title,
    el('span', { class: 'session-tools' }, rename, remove));
  return item;
}

function startRename(item, session) {
  const input = el('input', { type: 'text', value: session.title, 'aria-label': t('newTitle'), maxlength: '200' });
  let finished = false;
  const finish = async save => {
    if (finished) {
      return;
    }
    finished = true;
    const title = input.value.trim();
    if (save && title && title !== session.title) {
      try {
        const renamed = await state.api.rename(session.id, title);
        session.title = renamed.title;
        if (state.sessionId === session.id) {
          $('chat-title').textContent = renamed.title;
        }
      } catch (error) {
        handled(error, $('chat-error'));
      }
    }
    item.replaceWith(sessionItem(session));
    const again = document.querySelector(`[data-session-id="${CSS.escape(session.id)}"] .session-open`);
    if (again) {
      again.focus();
    }
  };
  input.addEventListener('keydown', event => {
    if (event.key === 'Enter') {
      event.preventDefault();
      finish(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      finish(false);
    }
  });
  input.addEventListener('blur', () => finish(true), { once: true });
  item.replaceChildren(input);
  input.focus();
  input.select();
}

async function deleteSession(item, session) {
  if (!confirm(t('confirmDelete', session.title))) {
    return;
  }
  try {
    await state.api.remove(session.id);
    item.remove();
    if (state.sessionId === session.id) {
      newChat();
    }
  } catch (error) {
    handled(error, $('chat-error'));
  }
}

function markCurrent() {
  for (const button of document.querySelectorAll('.session-open')) {
    const current = button.closest('.session').dataset.sessionId === state.sessionId;
    if (current) {
      button.setAttribute('aria-current', 'true');
    } else {
      button.removeAttribute('aria-current');
    }
  }
}

function newChat() {
  state.sessionId = null;
  $('chat-title').textContent = t('newChat');
  $('messages').replaceChildren(el('p', { class: 'muted empty' }, t('emptyChat')));
  showError($('chat-error'), '');
  markCurrent();
  closeSessionsOnPhone();
  $('composer-text').focus();
}

async function openSession(id, title) {
  state.sessionId = id;
  $('chat-title').textContent = title;
  showError($('chat-error'), '');
  markCurrent();
  closeSessionsOnPhone();
  $('messages').replaceChildren(el('p', { class: 'muted' }, t('loading')));
  try {
    const page = await state.api.messages(id);
    if (state.sessionId !== id) {
      return;
    }
    $('messages').replaceChildren();
    for (const message of [...page.data].reverse()) {
      if (message.role === 'user') {
        $('messages').append(userBubble(message.content, []));
      } else {
        const bubble = assistantBubble();
        fillReply(bubble, { ...message, message: message.content }, null);
        $('messages').append(bubble.node);
      }
    }
    scrollDown();
  } catch (error) {
    handled(error, $('chat-error'));
  }
}

// ---------------------------------------------------------------- chat

function userBubble(text, attachments) {
  return el('article', { class: 'bubble user', 'aria-label': t('you') },
    el('p', { class: 'user-text' }, text),
    attachments.length === 0 ? null : el('div', { class: 'thumbs' },
      attachments.map(item => el('img', { src: item.data, alt: item.filename, class: 'thumb' }))));
}

function assistantBubble() {
  const body = el('div', { class: 'body' }, el('span', { class: 'typing' }, t('thinking')));
  const node = el('article', { class: 'bubble assistant', 'aria-label': t('assistant'), 'aria-busy': 'true' }, body);
  return { node, body, text: '' };
}

/** The whole reply: text, code, slicer side, provenance and feedback. */
function fillReply(bubble, reply, sent) {
  const parts = [markdown(reply.message || '')];
  if (reply.stopped) {
    parts.push(el('p', { class: 'muted stopped' }, t('stopped')));
  }
  if (reply.code) {
    parts.push(codeBlock(reply.code, reply.code_language || ''));
  }
  parts.push(actionChips(reply.agent_actions));
  parts.push(settingsTable(reply, sent, state.settingNames));
  parts.push(optionButtons(reply.agent_actions, option => send(option), true));
  if (reply.code && reply.id) {
    const preview = el('div', { class: 'preview' });
    parts.push(preview);
    showModel(reply.id, preview);
  }
  const meta = [reply.source, reply.model_used, typeof reply.confidence === 'number'
    ? t('confidence', reply.confidence.toFixed(2)) : null].filter(Boolean).join(' · ');
  parts.push(el('footer', { class: 'meta' },
    meta ? el('span', { class: 'provenance' }, meta) : null,
    reply.id ? feedbackButtons(reply.id, reply.feedback ? reply.feedback.rating : null) : null));
  bubble.body.replaceChildren(...parts.filter(Boolean));
  bubble.node.removeAttribute('aria-busy');
}

async function showModel(messageId, preview) {
  try {
    const stl = await state.api.model(messageId);
    if (!stl) {
      preview.remove();
      return;
    }
    const triangles = parseStl(stl);
    if (triangles.length === 0) {
      preview.remove();
      return;
    }
    preview.append(el('p', { class: 'muted' }, t('previewHelp')), stlCanvas(triangles, t('preview')));
  } catch (error) {
    preview.remove();
  }
}

function feedbackButtons(messageId, rating) {
  let current = rating;
  const button = (name, label) => el('button', {
    type: 'button', class: 'icon secondary feedback', 'aria-label': label, title: label,
  }, icon(name));
  const like = button('like', t('like'));
  const dislike = button('dislike', t('dislike'));
  const show = () => {
    like.setAttribute('aria-pressed', String(current === 'like'));
    dislike.setAttribute('aria-pressed', String(current === 'dislike'));
  };
  const rate = async wanted => {
    const next = current === wanted ? null : wanted;
    try {
      await state.api.feedback(messageId, next);
      current = next;
      show();
    } catch (error) {
      handled(error, $('chat-error'));
    }
  };
  like.addEventListener('click', () => rate('like'));
  dislike.addEventListener('click', () => rate('dislike'));
  show();
  return el('span', { class: 'feedback-group', role: 'group', 'aria-label': t('feedback') }, like, dislike);
}

/** The selected presets as the partner API's slicing_profiles, and what the settings table compares with. */
function slicingContext() {
  const filament = state.presets.filament.find(preset => preset.name === $('filament-select').value);
  const process = state.presets.process.find(preset => preset.name === $('process-select').value);
  if (!filament && !process) {
    return null;
  }
  const list = (presets, selected) => presets.map(preset => ({
    name: preset.name, is_selected: selected !== undefined && preset.name === selected.name, config: preset.config,
  }));
  const plate = $('plate-input').value.trim();
  return {
    body: {
      slicing_profiles: {
        filament_presets: list(state.presets.filament, filament),
        print_process_presets: list(state.presets.process, process),
        filament_overrides: {},
        print_process_overrides: {},
      },
      plates: plate ? [{ name: '', index: 0, model_objects: [{ extruder_id: -1, id: '1', name: plate }] }] : [],
    },
    sent: {
      process: process ? process.name : null,
      processConfig: process ? process.config : null,
      filamentConfig: filament ? filament.config : null,
    },
  };
}

async function send(text) {
  const message = text.trim();
  if (!message || state.streaming) {
    return;
  }
  showError($('chat-error'), '');
  const attachments = state.attachments;
  state.attachments = [];
  renderAttachments();
  const context = slicingContext();
  const body = { message, session_id: state.sessionId };
  if (attachments.length > 0) {
    body.attachments = attachments.map(item => ({ type: 'image', filename: item.filename, data: item.data }));
  }
  if ($('model-select').value) {
    body.model = $('model-select').value;
  }
  if (context) {
    Object.assign(body, context.body);
  }
  if ($('messages').querySelector('.empty')) {
    $('messages').replaceChildren();
  }
  $('messages').append(userBubble(message, attachments));
  $('composer-text').value = '';
  await stream(body, context ? context.sent : null);
}

async function stream(body, sent) {
  const bubble = assistantBubble();
  $('messages').append(bubble.node);
  scrollDown();
  state.streaming = { messageId: null, stopping: false };
  setStreaming(true);
  let finished = false;
  try {
    await state.api.chat(body, (type, data) => {
      if (type === 'message') {
        if (!state.streaming.messageId) {
          state.streaming.messageId = data.id;
          if (state.streaming.stopping) {
            stop();
          }
        }
        if (!state.sessionId) {
          state.sessionId = data.session_id;
        }
        bubble.text += data.delta;
        bubble.body.replaceChildren(markdown(bubble.text));
        scrollDown();
      } else if (type === 'message_end') {
        finished = true;
        const first = !body.session_id;
        state.sessionId = data.session_id;
        $('chat-title').textContent = data.title;
        fillReply(bubble, data, sent);
        if (first) {
          reloadSessions();
        }
      } else if (type === 'error') {
        finished = true;
        failed(bubble, data.message, body, sent);
      }
    });
    if (!finished) {
      failed(bubble, t('streamDropped'), body, sent);
    }
  } catch (error) {
    if (error instanceof ApiError) {
      bubble.node.remove();
      handled(error, $('chat-error'));
      if (error.status === 429 || error.status >= 500) {
        offerRetry(body, sent);
      }
    } else {
      failed(bubble, t('streamDropped'), body, sent);
    }
  } finally {
    state.streaming = null;
    setStreaming(false);
    scrollDown();
  }
}

function failed(bubble, text, body, sent) {
  bubble.node.removeAttribute('aria-busy');
  bubble.node.classList.add('failed');
  bubble.body.replaceChildren(...(bubble.text ? [markdown(bubble.text)] : []),
    el('p', { class: 'error', role: 'alert' }, text),
    el('button', { type: 'button', class: 'retry secondary', onclick: () => {
      bubble.node.remove();
      stream(body, sent);
    } }, t('retry')));
}

function offerRetry(body, sent) {
  const button = el('button', { type: 'button', class: 'retry secondary', onclick: () => {
    button.remove();
    showError($('chat-error'), '');
    stream(body, sent);
  } }, t('retry'));
  $('messages').append(button);
}

async function stop() {
  const streaming = state.streaming;
  if (!streaming) {
    return;
  }
  if (!streaming.messageId) {
    streaming.stopping = true;
    return;
  }
  try {
    await state.api.stop(streaming.messageId);
  } catch (error) {
    handled(error, $('chat-error'));
  }
}

function setStreaming(on) {
  $('stop').hidden = !on;
  $('send').disabled = on;
  for (const option of document.querySelectorAll('.option')) {
    option.disabled = on;
  }
  if (!on) {
    $('composer-text').focus();
  }
}

function scrollDown() {
  const messages = $('messages');
  messages.scrollTop = messages.scrollHeight;
}

// ---------------------------------------------------------------- attachments

function addFiles(files) {
  for (const file of files) {
    if (!file.type.startsWith('image/')) {
      showError($('chat-error'), t('onlyImages'));
      continue;
    }
    if (state.attachments.length >= MAX_ATTACHMENTS) {
      showError($('chat-error'), t('tooManyImages', MAX_ATTACHMENTS));
      break;
    }
    const reader = new FileReader();
    reader.addEventListener('load', () => {
      state.attachments.push({ filename: file.name, data: reader.result });
      renderAttachments();
    });
    reader.readAsDataURL(file);
  }
}

function renderAttachments() {
  $('attachments').replaceChildren(...state.attachments.map((item, index) => el('li', { class: 'attachment' },
    el('img', { src: item.data, alt: '', class: 'thumb' }),
    el('span', {}, item.filename),
    el('button', { type: 'button', class: 'icon secondary', 'aria-label': t('removeNamed', item.filename),
      onclick: () => {
        state.attachments.splice(index, 1);
        renderAttachments();
        $('composer-text').focus();
      } }, '×'))));
}

// ---------------------------------------------------------------- context: models, presets, setting names

async function loadModels() {
  const select = $('model-select');
  try {
    const models = (await state.api.models()).data.filter(model => model.kind === 'chat');
    select.replaceChildren(el('option', { value: '' }, t('automatic')), ...models.map(model => el('option',
      { value: model.id }, model.provider ? `${model.id} (${model.provider})` : model.id)));
  } catch (error) {
    handled(error, $('chat-error'));
  }
}

async function loadSettingNames() {
  try {
    const settings = await state.api.call('GET', '/api/v1/settings?lang=' + encodeURIComponent(language()));
    state.settingNames = Object.fromEntries(settings.data.map(setting => [setting.key, setting.name]));
  } catch (error) {
    handled(error, $('chat-error'));
  }
}

async function loadPresets() {
  const index = await (await fetch('/playground/presets/index.json')).json();
  const load = async (folder, names) => Promise.all(names.map(async name => ({
    name,
    config: await (await fetch(`/playground/presets/${folder}/${encodeURIComponent(name)}.json`)).json(),
  })));
  state.presets.filament = await load('filament', index.filament);
  state.presets.process = await load('process', index.process);
  fillPresetSelect($('filament-select'), state.presets.filament);
  fillPresetSelect($('process-select'), state.presets.process);
}

function fillPresetSelect(select, presets) {
  const chosen = select.value;
  select.replaceChildren(el('option', { value: '' }, t('noPreset')),
    ...presets.map(preset => el('option', { value: preset.name, selected: preset.name === chosen }, preset.name)));
}

// ---------------------------------------------------------------- page

function closeSessionsOnPhone() {
  document.body.classList.remove('sessions-open');
  $('toggle-sessions').setAttribute('aria-expanded', 'false');
}

function applyLanguage(code) {
  setLanguage(code);
  localStorage.setItem(LANGUAGE_STORE, code);
  translatePage();
  fillPresetSelect($('filament-select'), state.presets.filament);
  fillPresetSelect($('process-select'), state.presets.process);
  if (state.api) {
    loadSettingNames();
    if (!state.sessionId && !state.streaming) {
      newChat();
    }
  }
}

function wire() {
  const languageSelect = $('language-select');
  languageSelect.replaceChildren(...LANGUAGES.map(([code, name]) => el('option', { value: code }, name)));
  languageSelect.value = language();
  languageSelect.addEventListener('change', () => applyLanguage(languageSelect.value));

  $('key-form').addEventListener('submit', event => {
    event.preventDefault();
    const key = $('key-input').value.trim();
    if (key) {
      $('key-input').value = '';
      useKey(key);
    }
  });
  $('token-form').addEventListener('submit', async event => {
    event.preventDefault();
    showError($('connect-error'), '');
    try {
      const key = await Api.createKey($('token-input').value.trim(), 'playground');
      $('token-input').value = '';
      await useKey(key);
    } catch (error) {
      showError($('connect-error'), error instanceof ApiError && error.status === 401 ? t('tokenRefused')
        : describe(error));
    }
  });
  $('forget-key').addEventListener('click', () => forgetKey(''));
  $('new-chat').addEventListener('click', newChat);

  let searchTimer = null;
  $('search-input').addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => {
      state.keyword = $('search-input').value.trim();
      reloadSessions();
    }, 250);
  });
  $('search-form').addEventListener('submit', event => {
    event.preventDefault();
    clearTimeout(searchTimer);
    state.keyword = $('search-input').value.trim();
    reloadSessions();
  });
  $('sessions').addEventListener('scroll', () => {
    if (sentinelVisible()) {
      loadMoreSessions();
    }
  });

  $('composer').addEventListener('submit', event => {
    event.preventDefault();
    send($('composer-text').value);
  });
  $('composer-text').addEventListener('keydown', event => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      send($('composer-text').value);
    }
  });
  document.addEventListener('keydown', event => {
    if (event.key === 'Escape' && state.streaming) {
      event.preventDefault();
      stop();
    }
  });
  $('stop').addEventListener('click', stop);

  $('file-input').addEventListener('change', () => {
    addFiles([...$('file-input').files]);
    $('file-input').value = '';
  });
  const composer = $('composer');
  composer.addEventListener('dragover', event => {
    event.preventDefault();
    composer.classList.add('dropping');
  });
  composer.addEventListener('dragleave', () => composer.classList.remove('dropping'));
  composer.addEventListener('drop', event => {
    event.preventDefault();
    composer.classList.remove('dropping');
    addFiles([...event.dataTransfer.files]);
  });

  $('toggle-sessions').addEventListener('click', () => {
    const open = document.body.classList.toggle('sessions-open');
    $('toggle-sessions').setAttribute('aria-expanded', String(open));
  });
}

async function start() {
  setLanguage(localStorage.getItem(LANGUAGE_STORE) || navigator.language);
  wire();
  translatePage();
  loadPresets().catch(error => showError($('chat-error'), describe(error)));
  const key = localStorage.getItem(KEY_STORE);
  if (key) {
    await useKey(key);
  } else {
    showConnect('');
  }
}

start();
