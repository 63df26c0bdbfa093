// Page behaviour without inline scripts, so the Content-Security-Policy can forbid them.
(function () {
  'use strict';

  // htmx requests carry the CSRF token from the page's meta tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  function renderCharts(root) {
    if (typeof echarts === 'undefined') {
      return;
    }
    root.querySelectorAll('[data-chart]').forEach(function (el) {
      if (el.dataset.rendered) {
        return;
      }
      var spec = JSON.parse(el.dataset.chart);
      var chart = echarts.init(el);
      chart.setOption({
        tooltip: { trigger: 'axis' },
        legend: {},
        xAxis: { type: 'category', data: spec.categories },
        yAxis: { type: 'value', minInterval: 1 },
        series: spec.series
      });
      // Each bar opens the list it counts.
      if (spec.links) {
        chart.on('click', function (params) {
          var row = spec.links[params.seriesIndex];
          if (row && row[params.dataIndex]) {
            window.location.href = row[params.dataIndex];
          }
        });
      }
      el.dataset.rendered = 'true';
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }

  window.addEventListener('load', function () { renderCharts(document); });
  document.addEventListener('htmx:afterSwap', function (event) { renderCharts(event.target); });

  // Tree nodes: htmx loads the children on the first click; later clicks fold and unfold.
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-tree-toggle]');
    if (!button) {
      return;
    }
    var open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? '\u25BE' : '\u25B8';
    var list = button.parentElement.querySelector(':scope > ul');
    if (list) {
      list.hidden = !open;
    }
  });

  // The tree marks the unit whose subtree the list shows.
  document.addEventListener('click', function (event) {
    var link = event.target.closest('.tree a[data-unit-id]');
    if (!link) {
      return;
    }
    document.querySelectorAll('.tree a.active').forEach(function (a) { a.classList.remove('active'); });
    link.classList.add('active');
  });

  // Forms with data-confirm ask before they submit.
  document.addEventListener('submit', function (event) {
    var message = event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });
})();
