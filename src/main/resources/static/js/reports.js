// Charts of the annual summary page, from the data-summary-chart attribute (no inline scripts).
(function () {
  'use strict';

  function option(spec) {
    var series = spec.series || [];
    if (spec.kind === 'PYRAMID') {
      return {
        title: { text: spec.title, left: 'center', textStyle: { fontSize: 14 } },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
          valueFormatter: function (v) { return Math.abs(v); } },
        legend: { top: 24 },
        grid: { top: 60, left: 80 },
        xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: function (v) { return Math.abs(v); } } },
        yAxis: { type: 'category', data: spec.categories },
        series: series.map(function (s, i) {
          return { name: s.name, type: 'bar', stack: 'age',
            data: s.values.map(function (v) { return i === 0 ? -Number(v) : Number(v); }) };
        })
      };
    }
    return {
      title: { text: spec.title, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      legend: series.length > 1 ? { top: 24 } : { show: false },
      grid: { top: 60 },
      xAxis: { type: 'category', data: spec.categories, axisLabel: { interval: 0, rotate: spec.categories.length > 5 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map(function (s) { return { name: s.name, type: 'bar', data: s.values.map(Number) }; })
    };
  }

  function render(root) {
    if (typeof echarts === 'undefined') {
      return;
    }
    root.querySelectorAll('[data-summary-chart]').forEach(function (el) {
      if (el.dataset.rendered) {
        return;
      }
      var chart = echarts.init(el);
      chart.setOption(option(JSON.parse(el.dataset.summaryChart)));
      el.dataset.rendered = 'true';
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }

  window.addEventListener('load', function () { render(document); });
  document.addEventListener('htmx:afterSwap', function (event) { render(event.target); });
})();
