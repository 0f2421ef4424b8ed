(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) { return; }
  var show = document.getElementById('f-show');
  var section = document.getElementById('f-section');
  var find = document.getElementById('f-find');
  var count = document.getElementById('f-count');
  var items = Array.prototype.slice.call(document.querySelectorAll('[data-filter]'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section[data-section]'));
  var wanted = {
    all: null,
    failed: ['failed'],
    attention: ['failed', 'warned'],
    unchecked: ['not-checked'],
    unexercised: ['not-checked', 'not-run', 'skipped']
  };
  function matches(el) {
    var want = wanted[show.value];
    if (want) {
      var has = (el.getAttribute('data-outcomes') || '').split(' ');
      if (!want.some(function (w) { return has.indexOf(w) >= 0; })) { return false; }
    }
    var text = find.value.trim().toLowerCase();
    if (text) {
      var names = (el.getAttribute('data-names') || '').toLowerCase();
      if (names.indexOf(text) < 0) { return false; }
    }
    return true;
  }
  function apply() {
    var shown = 0;
    items.forEach(function (el) {
      var ok = matches(el);
      el.hidden = !ok;
      if (ok) { shown++; }
    });
    sections.forEach(function (s) {
      var inSection = section.value === 'all' || s.getAttribute('data-section') === section.value;
      var visible = s.querySelectorAll('[data-filter]:not([hidden])').length > 0 || !s.querySelector('[data-filter]');
      s.hidden = !inSection || (!visible && (show.value !== 'all' || find.value.trim() !== ''));
    });
    count.value = shown + ' of ' + items.length + ' shown';
  }
  [show, section].forEach(function (el) { el.addEventListener('change', apply); });
  find.addEventListener('input', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details').forEach(function (d) { d.open = true; });
  });
  // A filtered view can be linked to: hbr.html?show=failed&section=Request%20parameters&find=PageSize
  var params = new URLSearchParams(window.location.search);
  if (params.has('show') && wanted.hasOwnProperty(params.get('show'))) { show.value = params.get('show'); }
  if (params.has('section')) {
    Array.prototype.forEach.call(section.options, function (o) {
      if (o.value === params.get('section')) { section.value = o.value; }
    });
  }
  if (params.has('find')) { find.value = params.get('find'); }
  form.hidden = false;
  apply();
  document.documentElement.setAttribute('data-docpage', 'ready');
}());
