// Draws the charts from the data the server wrote into data- attributes (no inline script: the page's
// Content-Security-Policy allows scripts from this server only).
document.addEventListener('DOMContentLoaded', () => {
  const timeline = document.getElementById('timeline');
  if (timeline && window.echarts) {
    const data = JSON.parse(timeline.dataset.timeline);
    const chart = echarts.init(timeline);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: {},
      xAxis: { type: 'category', data: data.days },
      yAxis: { type: 'value', minInterval: 1 },
      series: Object.entries(data.series).map(([name, values]) => ({ name, type: 'bar', stack: 'events', data: values }))
    });
  }
  const network = document.getElementById('network');
  if (network && window.cytoscape) {
    const data = JSON.parse(network.dataset.network);
    const elements = [{ data: { id: data.center, label: data.center } }];
    for (const [code, weight] of Object.entries(data.counterparts)) {
      elements.push({ data: { id: code, label: code } });
      elements.push({ data: { id: data.center + '-' + code, source: data.center, target: code, weight } });
    }
    window.sitrepNetwork = cytoscape({
      container: network, elements,
      style: [{ selector: 'node', style: { label: 'data(label)' } }, { selector: 'edge', style: { width: 'mapData(weight, 1, 20, 1, 8)' } }],
      layout: { name: 'concentric' }
    });
  }
});
