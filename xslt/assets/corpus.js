/*
 * The corpus landing page: sorting and filtering of the document table, and the search across
 * the corpus (Pagefind). The page works without it: the table is a plain table.
 */
(function () {
  'use strict';
  /* The interface's words, in the page's language (html/@lang). The build puts every table's
     corpusjs.* messages here (src/render/corpus/index.ts, from xslt/messages/). */
  var MESSAGES = {};
  var uiLang = document.documentElement.lang || 'en';
  var ui = MESSAGES[uiLang] || MESSAGES[uiLang.split('-')[0]] || MESSAGES.en || {};
  function t(key) {
    var args = Array.prototype.slice.call(arguments, 1);
    var text = Object.prototype.hasOwnProperty.call(ui, key) ? ui[key] : key;
    return text.replace(/\{(\d)\}/g, function (_, i) { return args[Number(i)] === undefined ? '' : String(args[Number(i)]); });
  }
  var table = document.getElementById('corpus-table');
  if (table) tableControls(table);
  var form = document.getElementById('corpus-search');
  if (form) searchControls(form);

  function fold(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function tableControls(table) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    heads.forEach(function (th, col) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var type = th.getAttribute('data-type');
        var key = function (row) {
          var cell = row.cells[col];
          var v = cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent;
          return type === 'number' ? Number(v) : fold(v.trim());
        };
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          // empty values last, whichever the direction
          if (x === '' && y !== '') return 1;
          if (y === '' && x !== '') return -1;
          var c = type === 'number' ? x - y : x < y ? -1 : x > y ? 1 : 0;
          return ascending ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
    var filter = document.querySelector('.corpus-filter');
    var q = document.getElementById('corpus-filter-q');
    var genre = document.getElementById('corpus-filter-genre');
    var count = document.getElementById('corpus-count');
    var genreCol = heads.findIndex(function (h) { return h.getAttribute('data-col') === 'genre'; });
    if (!filter || !q) return;
    filter.hidden = false;
    var apply = function () {
      var words = fold(q.value).split(/\s+/).filter(Boolean);
      var g = genre ? genre.value : '';
      var shown = 0;
      rows.forEach(function (row) {
        var text = fold(row.textContent);
        var ok = words.every(function (w) { return text.indexOf(w) >= 0; }) &&
          (!g || row.cells[genreCol].getAttribute('data-sort') === g);
        row.hidden = !ok;
        if (ok) shown++;
      });
      count.textContent = shown === rows.length ? '' : t('showing', shown, rows.length);
    };
    q.addEventListener('input', apply);
    if (genre) genre.addEventListener('change', apply);
  }

  function searchControls(form) {
    var status = document.getElementById('corpus-search-status');
    var list = document.getElementById('corpus-results');
    var input = document.getElementById('corpus-q');
    form.hidden = false;
    if (location.protocol === 'file:') {
      // Pagefind loads its index with fetch(), which browsers refuse for file:// pages
      status.textContent = t('needs-http');
      input.disabled = true;
      form.querySelector('button').disabled = true;
      return;
    }
    status.textContent = '';
    var engine = null;
    // Pagefind bundles, one per language and group of texts (lang=pagefind/<lang>/<key>/):
    // the first is loaded, the others merged, each searched with its language's stemmer
    var bundles = (form.getAttribute('data-bundles') || '').split(' ').filter(Boolean).map(function (b) {
      var at = b.indexOf('=');
      return { lang: b.slice(0, at), folder: new URL(b.slice(at + 1), document.baseURI).pathname };
    });
    var load = function () {
      if (!engine) {
        engine = import(new URL(bundles[0].folder + 'pagefind.js', location.href).href).then(function (pf) {
          return pf.options({ baseUrl: new URL('./', document.baseURI).pathname })
            .then(function () {
              return bundles.slice(1).reduce(function (p, b) {
                return p.then(function () { return pf.mergeIndex(b.folder, { language: b.lang }); });
              }, Promise.resolve());
            })
            .then(function () { return pf; });
        });
      }
      return engine;
    };
    input.addEventListener('focus', load, { once: true });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var query = input.value.trim();
      list.replaceChildren();
      if (!query) { status.textContent = ''; return; }
      status.textContent = t('searching');
      load().then(function (pf) { return pf.search(query); }).then(function (search) {
        var first = search.results.slice(0, 20);
        return Promise.all(first.map(function (r) { return r.data(); })).then(function (data) {
          var n = search.results.length;
          status.textContent = n === 0 ? t('none', query) : n === 1 ? t('one', query) : n > first.length ? t('many-first', n, query, first.length) : t('many', n, query);
          data.forEach(function (d) { list.appendChild(result(d)); });
        });
      }).catch(function (err) {
        status.textContent = t('failed', err.message);
      });
    });
  }

  /** One hit: the document's title as a link, and the excerpt with only its <mark>s kept. */
  function result(d) {
    var li = document.createElement('li');
    var a = document.createElement('a');
    a.href = d.url;
    a.textContent = (d.meta && d.meta.title) || d.url;
    var p = document.createElement('p');
    p.className = 'excerpt';
    var t = document.createElement('template');
    t.innerHTML = d.excerpt;
    t.content.childNodes.forEach(function (n) {
      if (n.nodeName === 'MARK') {
        var m = document.createElement('mark');
        m.textContent = n.textContent;
        p.appendChild(m);
      } else p.appendChild(document.createTextNode(n.textContent));
    });
    li.append(a, p);
    return li;
  }
})();
