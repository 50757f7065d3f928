// The annual report's charts: one bar chart per section, drawn with ECharts from the JSON in the
// container's data-chart attribute (the CSP allows no inline script); a bar leads to the records it counts.
document.addEventListener('DOMContentLoaded', function () {
	var container = document.getElementById('annual-charts');
	if (!container || !container.dataset.chart || typeof echarts === 'undefined') {
		return;
	}
	var data = JSON.parse(container.dataset.chart);
	var records = container.dataset.records;
	data.sections.forEach(function (section) {
		if (section.labels.length === 0) {
			return;
		}
		var column = document.createElement('div');
		column.className = 'col-12 col-lg-6';
		var title = document.createElement('h2');
		title.className = 'h6';
		title.textContent = section.title;
		var chart = document.createElement('div');
		chart.className = 'sx-chart';
		chart.setAttribute('role', 'img');
		chart.setAttribute('aria-label', section.title + '：' + section.labels.map(function (label, i) {
			return label + ' ' + section.values[i];
		}).join('，'));
		chart.style.height = Math.max(160, 34 * section.labels.length + 40) + 'px';
		column.appendChild(title);
		column.appendChild(chart);
		container.appendChild(column);
		var instance = echarts.init(chart, null, { renderer: 'canvas' });
		instance.setOption({
			grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
			xAxis: { type: 'value', minInterval: 1 },
			yAxis: { type: 'category', inverse: true, data: section.labels },
			series: [{ type: 'bar', data: section.values, label: { show: true, position: 'right' }, cursor: 'pointer' }],
			tooltip: { trigger: 'item' }
		});
		instance.on('click', function (params) {
			var key = section.keys[params.dataIndex];
			window.location.href = records + '?year=' + data.year + '&agency=' + data.agency + '&figure='
				+ encodeURIComponent(key);
		});
		window.addEventListener('resize', function () { instance.resize(); });
	});
});
