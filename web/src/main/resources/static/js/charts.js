// Draws the charts of the back office's pages (reports, a promotion's results) with Chart.js from the figures the
// server put into each canvas's data-chart attribute (io.kopilka.web.layout.ChartData; no inline script, so a
// Content-Security-Policy without 'unsafe-inline' allows it). The table next to each chart holds the same figures
// as text.
(function () {
  'use strict';
  var palette = ['#2e7d5b', '#e0a526', '#c0504d', '#4f81bd', '#8064a2', '#4bacc6'];

  // Long labels (the figures' names) as lines of at most about 22 characters, so they stay whole on a phone.
  function wrap(label) {
    var lines = [];
    var line = '';
    String(label).split(' ').forEach(function (word) {
      if (line && (line + ' ' + word).length > 22) {
        lines.push(line);
        line = word;
      } else {
        line = line ? line + ' ' + word : word;
      }
    });
    lines.push(line);
    return lines.length > 1 ? lines : label;
  }

  function draw(canvas) {
    var spec = JSON.parse(canvas.getAttribute('data-chart'));
    if (spec.horizontal) {
      spec.labels = spec.labels.map(wrap);
    }
    var round = spec.type === 'doughnut';
    var datasets = spec.datasets.map(function (d, i) {
      var colour = palette[i % palette.length];
      return {
        label: d.label,
        data: d.data,
        backgroundColor: round ? spec.labels.map(function (_, j) { return palette[j % palette.length]; }) : colour,
        borderColor: round ? '#fff' : colour,
        spanGaps: true,
        tension: 0.2,
        // a bar stays a bar, not a wall, when there are only a day or two to show
        maxBarThickness: 48
      };
    });
    var options = {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { position: 'bottom' } }
    };
    if (!round) {
      var values = spec.horizontal ? 'x' : 'y';
      options.scales = {};
      options.scales[values] = { beginAtZero: true };
      if (spec.horizontal) {
        options.indexAxis = 'y';
        // every figure's name, even when the labels crowd a phone's chart
        options.scales.y = { ticks: { autoSkip: false } };
      }
      if (spec.percent) {
        options.scales[values].max = 100;
        options.scales[values].ticks = { callback: function (v) { return v + ' %'; } };
      }
      if (spec.datasets.length === 1) {
        options.plugins.legend.display = false;
      }
    }
    new window.Chart(canvas, { type: spec.type, data: { labels: spec.labels, datasets: datasets }, options: options });
    canvas.setAttribute('data-rendered', 'true');
  }

  function init() {
    if (!window.Chart) {
      return;
    }
    document.querySelectorAll('canvas[data-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
