/*
 * tei-edition: what JavaScript adds to a page that works without it. The readings and the
 * speakers are form fields that CSS reads; this script remembers them, shows a register card
 * on a name, searches the text (MiniSearch, loaded on first use) and fills in the citation.
 * A classic script, not a module: modules do not load from file:// pages.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var assets = script ? script.src.replace(/[^/]*$/, '') : '../assets/';

  /* The interface's words, in the page's language (html/@lang). The build puts every table's
     js.* messages here (src/render/html-assets.ts, from xslt/messages/). */
  var MESSAGES = {};
  var uiLang = document.documentElement.lang || 'en';
  var ui = MESSAGES[uiLang] || MESSAGES[uiLang.split('-')[0]] || MESSAGES.en || {};
  function t(key, arg) {
    var text = Object.prototype.hasOwnProperty.call(ui, key) ? ui[key] : key;
    return arg === undefined ? text : text.split('{0}').join(String(arg));
  }

  function storage() {
    try { return window.localStorage; } catch (e) { return null; }
  }

  /* Remember the reading and the speakers switch across pages and visits. */
  function rememberSwitches() {
    var store = storage();
    var radios = document.querySelectorAll('input[name="reading"]');
    var speakers = document.getElementById('v-speakers');
    if (store) {
      var reading = store.getItem('tei-edition.reading');
      radios.forEach(function (r) { if (r.value === reading) r.checked = true; });
      if (speakers && store.getItem('tei-edition.speakers') === 'on') speakers.checked = true;
    }
    radios.forEach(function (r) {
      r.addEventListener('change', function () { if (store && r.checked) store.setItem('tei-edition.reading', r.value); });
    });
    if (speakers) speakers.addEventListener('change', function () {
      if (store) store.setItem('tei-edition.speakers', speakers.checked ? 'on' : 'off');
    });
  }

  /* Cards: on hover, focus or tap a name shows its register entry's card; on hover or focus a
     note marker shows its note (a click still goes to the note). */
  function cards() {
    var template = document.getElementById('cards');
    if (!template && !document.querySelector('a.noteref')) return;
    var card = document.createElement('div');
    card.className = 'card';
    card.id = 'card';
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-labelledby', 'card-name');
    // the interface's language, wherever in the text the card opens
    card.lang = uiLang;
    card.hidden = true;
    (document.querySelector('main') || document.body).appendChild(card);
    var owner = null;
    var pinned = false;
    var returning = null; // the name focus goes back to on Escape: it should not reopen the card
    var timer = 0;

    function refOf(link) {
      return decodeURIComponent(link.hash.slice(1));
    }

    /* The content of a card: a register entry's, or a copy of a note without its ids. */
    function contentFor(link) {
      if (link.classList.contains('pn')) return citationFor(link);
      if (link.classList.contains('noteref')) {
        var note = document.getElementById(refOf(link));
        if (!note) return null;
        var copy = document.createElement('div');
        copy.className = 'card-body card-note';
        var heading = document.createElement('p');
        heading.className = 'card-name';
        heading.textContent = t(link.classList.contains('editorial') ? 'editorial-note' : 'note', note.querySelector('.back').firstChild.textContent);
        var text = document.createElement('p');
        text.lang = note.closest('[lang]') ? note.closest('[lang]').lang : '';
        note.childNodes.forEach(function (n) { if (!(n.classList && n.classList.contains('back'))) text.appendChild(n.cloneNode(true)); });
        text.querySelectorAll('[id]').forEach(function (n) { n.removeAttribute('id'); });
        copy.append(heading, text);
        return copy;
      }
      var body = template ? template.content.querySelector('[data-ref="' + CSS.escape(refOf(link)) + '"]') : null;
      return body ? body.cloneNode(true) : null;
    }

    /* A paragraph number's card: the paragraph's citation in the chosen style, ready to copy. */
    function citationFor(link) {
      var template = document.getElementById('cite-para');
      if (!template) return null;
      var id = refOf(link);
      var n = link.textContent.replace(/\D/g, '');
      var copy = document.createElement('div');
      copy.className = 'card-body card-cite';
      var heading = document.createElement('p');
      heading.className = 'card-name';
      heading.textContent = t('cite-paragraph', n);
      var citation = chosenCitation(paragraphTemplate || template).cloneNode(true);
      fillParagraph(citation, n, id);
      copy.append(heading, citation);
      if (navigator.clipboard) {
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = t('copy');
        button.addEventListener('click', function () {
          navigator.clipboard.writeText(citation.textContent.replace(/\s+/g, ' ').trim()).catch(function () {});
        });
        copy.append(button);
      }
      return copy;
    }

    function show(link, pin) {
      var body = contentFor(link);
      if (!body) return;
      clearTimeout(timer);
      if (owner !== link) {
        var copy = body;
        var name = copy.querySelector('.card-name');
        if (name) name.id = 'card-name';
        var close = document.createElement('button');
        close.type = 'button';
        close.className = 'close';
        close.setAttribute('aria-label', t('close'));
        close.textContent = '×';
        close.addEventListener('click', function () { hide(true); });
        card.replaceChildren(copy, close);
        owner = link;
      }
      // Right after its link: the keyboard goes on from the card into the text that follows.
      if (link.nextSibling !== card) link.after(card);
      card.hidden = false;
      var box = link.getBoundingClientRect();
      var frame = card.offsetParent ? card.offsetParent.getBoundingClientRect() : { left: -window.scrollX, top: -window.scrollY };
      var width = card.offsetWidth;
      var left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8));
      card.style.left = left - frame.left + 'px';
      card.style.top = box.bottom - frame.top + 6 + 'px';
      if (pin) {
        pinned = true;
        card.tabIndex = -1;
        card.focus({ preventScroll: true });
      }
    }

    function hide(restoreFocus) {
      clearTimeout(timer);
      if (card.hidden) return;
      var was = owner;
      card.hidden = true;
      pinned = false;
      owner = null;
      if (restoreFocus && was) { returning = was; was.focus(); returning = null; }
    }

    function later() {
      clearTimeout(timer);
      timer = setTimeout(function () { if (!pinned) hide(false); }, 350);
    }

    function nameOf(node) {
      return node && node.closest ? node.closest('a.name[href*="#"]') : null;
    }

    function markerOf(node) {
      return node && node.closest ? node.closest('.text a.noteref') : null;
    }

    document.addEventListener('mouseover', function (e) {
      var link = nameOf(e.target) || markerOf(e.target);
      if (link && !pinned) show(link, false);
      else if (card.contains(e.target)) clearTimeout(timer);
    });
    document.addEventListener('mouseout', function (e) {
      if (nameOf(e.target) || markerOf(e.target) || card.contains(e.target)) later();
    });
    document.addEventListener('focusin', function (e) {
      var link = nameOf(e.target) || markerOf(e.target);
      if (link === returning) return;
      if (link) { if (!pinned || owner !== link) { pinned = false; show(link, false); } }
      else if (!card.contains(e.target)) hide(false);
    });
    document.addEventListener('click', function (e) {
      var link = nameOf(e.target);
      var number = e.target.closest ? e.target.closest('.text a.pn') : null;
      if (link && !(e.ctrlKey || e.metaKey || e.shiftKey || e.altKey)) {
        e.preventDefault();
        show(link, true);
      } else if (number) {
        // the permalink still goes to the paragraph; its citation opens beside the number
        owner = null;
        setTimeout(function () { show(number, true); });
      } else if (!card.contains(e.target)) hide(false);
    });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && !card.hidden) hide(pinned || card.contains(document.activeElement));
    });
  }

  /* Search: MiniSearch over the paragraphs and notes, folding diacritics (coöperatie = cooperatie). */
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function load(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = function () { reject(new Error('cannot load ' + src)); };
      document.head.appendChild(s);
    });
  }

  function search() {
    var form = document.querySelector('form.search');
    if (!form) return;
    var input = form.querySelector('input');
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    var engine = null;
    var pending = null;
    form.hidden = false;

    function ready() {
      if (engine) return Promise.resolve(engine);
      if (!pending) {
        pending = Promise.all([
          window.MiniSearch ? null : load(assets + 'minisearch.js'),
          window.teiEditionSearch ? null : load(form.getAttribute('data-index')),
        ]).then(function () {
          engine = new window.MiniSearch({
            fields: ['text', 'source'],
            storeFields: ['label', 'text'],
            processTerm: function (term) { return fold(term); },
            searchOptions: { prefix: true, fuzzy: 0.15, combineWith: 'AND', boost: { text: 2 } },
          });
          engine.addAll(window.teiEditionSearch);
          return engine;
        });
      }
      return pending;
    }

    function snippet(text, terms) {
      var folded = Array.from(text).map(function (c) { var f = fold(c); return f.length === 1 ? f : c; }).join('');
      var at = -1;
      var length = 0;
      terms.forEach(function (t) {
        var i = folded.indexOf(t);
        if (i >= 0 && (at < 0 || i < at)) { at = i; length = t.length; }
      });
      var span = document.createElement('span');
      span.className = 'snip';
      span.lang = document.getElementById('text') ? document.getElementById('text').lang : '';
      if (at < 0) { span.textContent = text.slice(0, 160) + (text.length > 160 ? ' …' : ''); return span; }
      var start = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 70)));
      var end = Math.min(text.length, at + length + 90);
      var mark = document.createElement('mark');
      mark.textContent = text.slice(at, at + length);
      span.append((start > 0 ? '… ' : '') + text.slice(start, at), mark, text.slice(at + length, end) + (end < text.length ? ' …' : ''));
      return span;
    }

    function run() {
      var query = input.value.trim();
      if (query.length < 2) { list.replaceChildren(); status.textContent = ''; return Promise.resolve([]); }
      return ready().then(function (mini) {
        if (input.value.trim() !== query) return [];
        var results = mini.search(query);
        status.textContent = results.length === 0 ? t('nothing') : results.length === 1 ? t('one') : t('many', results.length);
        list.replaceChildren.apply(list, results.slice(0, 30).map(function (r) {
          var li = document.createElement('li');
          var a = document.createElement('a');
          a.href = '#' + r.id;
          a.textContent = r.label;
          li.append(a, snippet(r.text, r.terms));
          return li;
        }));
        return results;
      }).catch(function () {
        status.textContent = t('failed');
        return [];
      });
    }

    var debounce = 0;
    input.addEventListener('focus', function () { ready().catch(function () {}); }, { once: true });
    input.addEventListener('input', function () { clearTimeout(debounce); debounce = setTimeout(run, 120); });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      run().then(function () { var first = list.querySelector('a'); if (first) first.focus(); });
    });
  }

  /* Citation: the style the reader picked, and the paragraph the address points to. The
     paragraph's citation is a template with {n} (its number) and {id} (its anchor). */
  function chosenCitation(container) {
    var checked = document.querySelector('input[name="cite-style"]:checked');
    var style = checked ? checked.value : '';
    return container.querySelector('.citation[data-style="' + style + '"]') || container.querySelector('.citation');
  }
  function fillParagraph(root, n, id) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      node.nodeValue = node.nodeValue.split('{n}').join(n).split('{id}').join(id);
    }
  }
  /* The paragraph citations as the page has them, before any paragraph fills them in. */
  var paragraphTemplate = null;
  function cite() {
    var para = document.getElementById('cite-para');
    paragraphTemplate = para ? para.cloneNode(true) : null;
    var templates = para ? Array.prototype.map.call(para.querySelectorAll('.citation'), function (p) { return p.cloneNode(true); }) : [];
    var downloads = document.querySelector('.para-downloads');
    var chosen = false;
    function update() {
      var target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
      var number = target && target.matches('p[id]') ? target.querySelector('.pn') : null;
      if (!para || !number) return;
      var n = number.textContent.replace(/\D/g, '');
      para.replaceChildren.apply(para, templates.map(function (t) { var c = t.cloneNode(true); fillParagraph(c, n, target.id); return c; }));
      if (downloads) {
        downloads.querySelectorAll('a').forEach(function (a) {
          a.setAttribute('href', a.getAttribute('data-href').split('{id}').join(target.id));
          a.setAttribute('type', a.getAttribute('data-type'));
          a.setAttribute('download', a.getAttribute('data-name').split('{id}').join(target.id));
        });
        downloads.hidden = false;
      }
      chosen = true;
    }
    update();
    window.addEventListener('hashchange', update);
    var copy = document.querySelector('.cite-copy');
    if (copy && navigator.clipboard) {
      copy.hidden = false;
      copy.querySelector('button').addEventListener('click', function () {
        var which = chosen ? para : document.getElementById('cite-page');
        navigator.clipboard.writeText(chosenCitation(which).textContent.replace(/\s+/g, ' ').trim()).catch(function () {});
      });
    }
  }

  function start() {
    rememberSwitches();
    cards();
    search();
    cite();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
