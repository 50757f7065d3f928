// The on-site record of an inspection task (templates/inspection/onsite.html). Every change is kept in this
// browser (localStorage, keyed by task and account) at once, so a lost connection or a reload loses nothing;
// it is sent to the server whenever it can be (PUT …/draft?base=n, n being the server's draft it was made on).
// The server refuses a draft made on an older version (409): the local draft is kept and the message shown.
(function () {
	'use strict';
	const root = document.getElementById('onsite');
	if (!root) {
		return;
	}
	const msg = root.dataset;
	const form = document.getElementById('onsite-form');
	const status = document.getElementById('onsite-sync');
	const conflict = document.getElementById('onsite-conflict');
	const conflictText = document.getElementById('onsite-conflict-text');
	const lines = Number(msg.lines);
	const key = 'sanxiang.inspection.draft.' + msg.task + '.' + msg.user;
	let state = { base: 0, dirty: false, record: null };
	let sending = false;
	let again = false;
	let timer = null;

	const show = (text, kind) => {
		status.textContent = text;
		status.className = 'alert py-1 px-2 small mb-2 alert-' + kind;
		status.dataset.state = kind;
	};
	const keep = () => localStorage.setItem(key, JSON.stringify(state));
	const remembered = () => {
		try {
			return JSON.parse(localStorage.getItem(key));
		}
		catch (e) {
			return null;
		}
	};
	const signatures = () => Array.from(document.querySelectorAll('.onsite-signature'));
	const canvasOf = (box) => box.querySelector('canvas');

	// the record as the form shows it (the server's OnSiteRecord)
	const collect = () => {
		const answers = [];
		for (let i = 0; i < lines; i++) {
			const checked = form.querySelector('input[name="r' + i + '"]:checked');
			answers.push({ result: checked ? checked.value : null, note: form.elements['n' + i].value });
		}
		const violation = form.querySelector('input[name="violation"]:checked');
		const record = {
			answers: answers,
			place: form.elements.place.value,
			onSitePerson: form.elements.onSitePerson.value,
			notes: form.elements.notes.value,
			violation: violation ? violation.value === 'true' : null,
			finding: form.elements.finding.value,
			partySigner: form.elements.partySigner.value,
			partyRefused: form.elements.partyRefused.checked,
			partySignature: null,
			inspectorSignatures: {}
		};
		signatures().forEach((box) => {
			const value = box.dataset.signed === 'true' ? canvasOf(box).toDataURL('image/png') : null;
			if (box.dataset.signature === 'party') {
				record.partySignature = value;
			}
			else if (value) {
				record.inspectorSignatures[box.dataset.officer] = value;
			}
		});
		return record;
	};

	const fill = (record) => {
		if (!record) {
			return;
		}
		(record.answers || []).forEach((answer, i) => {
			if (i >= lines || !answer) {
				return;
			}
			form.querySelectorAll('input[name="r' + i + '"]').forEach((radio) => {
				radio.checked = radio.value === answer.result;
			});
			form.elements['n' + i].value = answer.note || '';
		});
		form.elements.place.value = record.place || '';
		form.elements.onSitePerson.value = record.onSitePerson || '';
		form.elements.notes.value = record.notes || '';
		form.querySelectorAll('input[name="violation"]').forEach((radio) => {
			radio.checked = record.violation !== null && record.violation !== undefined
				&& radio.value === String(record.violation);
		});
		form.elements.finding.value = record.finding || '';
		form.elements.partySigner.value = record.partySigner || '';
		form.elements.partyRefused.checked = !!record.partyRefused;
		signatures().forEach((box) => {
			const value = box.dataset.signature === 'party' ? record.partySignature
				: (record.inspectorSignatures || {})[box.dataset.officer];
			clear(box);
			if (value) {
				const image = new Image();
				image.onload = () => canvasOf(box).getContext('2d').drawImage(image, 0, 0);
				image.src = value;
				box.dataset.signed = 'true';
			}
		});
	};

	const clear = (box) => {
		const canvas = canvasOf(box);
		canvas.getContext('2d').clearRect(0, 0, canvas.width, canvas.height);
		box.dataset.signed = 'false';
	};

	const problem = async (response) => {
		try {
			const body = await response.json();
			return body.detail || body.title || msg.msgFailed;
		}
		catch (e) {
			return msg.msgFailed;
		}
	};

	const headers = () => {
		const all = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
		all[msg.csrfHeader] = msg.csrfToken;
		return all;
	};

	// sends the local draft if it has changes; one request at a time
	const sync = async () => {
		if (!state.dirty) {
			return;
		}
		if (sending) {
			again = true;
			return;
		}
		if (!navigator.onLine) {
			show(msg.msgOffline, 'warning');
			return;
		}
		sending = true;
		show(msg.msgSyncing, 'secondary');
		const record = state.record;
		try {
			const response = await fetch(msg.api + '?base=' + state.base,
				{ method: 'PUT', headers: headers(), body: JSON.stringify(record), credentials: 'same-origin' });
			if (response.ok) {
				const body = await response.json();
				state.base = body.version;
				state.dirty = state.record !== record;
				keep();
				conflict.classList.add('d-none');
				show(state.dirty ? msg.msgSyncing : msg.msgSynced, state.dirty ? 'secondary' : 'success');
			}
			else if (response.status === 409) {
				conflictText.textContent = await problem(response);
				conflict.classList.remove('d-none');
				show(msg.msgFailed, 'danger');
			}
			else {
				show(await problem(response), 'danger');
			}
		}
		catch (e) {
			show(msg.msgOffline, 'warning');
		}
		finally {
			sending = false;
		}
		if (again) {
			again = false;
			sync();
		}
	};

	const changed = () => {
		state.record = collect();
		state.dirty = true;
		keep();
		if (!navigator.onLine) {
			show(msg.msgOffline, 'warning');
		}
		clearTimeout(timer);
		timer = setTimeout(sync, 400);
	};

	const server = async () => {
		const response = await fetch(msg.api, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' });
		if (!response.ok) {
			throw new Error(await problem(response));
		}
		return response.json();
	};

	// signatures drawn with a finger, a pen or a mouse
	signatures().forEach((box) => {
		const canvas = canvasOf(box);
		const context = canvas.getContext('2d');
		context.lineWidth = 2.5;
		context.lineCap = 'round';
		context.strokeStyle = '#111';
		let drawing = false;
		const at = (event) => {
			const rect = canvas.getBoundingClientRect();
			return [(event.clientX - rect.left) * canvas.width / rect.width,
				(event.clientY - rect.top) * canvas.height / rect.height];
		};
		canvas.addEventListener('pointerdown', (event) => {
			drawing = true;
			canvas.setPointerCapture(event.pointerId);
			const [x, y] = at(event);
			context.beginPath();
			context.moveTo(x, y);
			event.preventDefault();
		});
		canvas.addEventListener('pointermove', (event) => {
			if (!drawing) {
				return;
			}
			const [x, y] = at(event);
			context.lineTo(x, y);
			context.stroke();
			box.dataset.signed = 'true';
		});
		const end = () => {
			if (drawing) {
				drawing = false;
				changed();
			}
		};
		canvas.addEventListener('pointerup', end);
		canvas.addEventListener('pointercancel', end);
		box.querySelector('.onsite-clear').addEventListener('click', () => {
			clear(box);
			changed();
		});
	});

	form.addEventListener('input', changed);
	form.addEventListener('change', changed);
	form.addEventListener('submit', (event) => event.preventDefault());
	window.addEventListener('online', sync);
	window.addEventListener('offline', () => show(msg.msgOffline, 'warning'));
	// a connection that looks up but does not answer: try again now and then while something is unsent
	setInterval(() => {
		if (state.dirty) {
			sync();
		}
	}, 3000);

	document.getElementById('onsite-load-server').addEventListener('click', async () => {
		try {
			const body = await server();
			state = { base: body.version, dirty: false, record: body.draft ? JSON.parse(body.draft) : null };
			keep();
			fill(state.record);
			conflict.classList.add('d-none');
			show(msg.msgSynced, 'success');
		}
		catch (e) {
			show(msg.msgOffline, 'warning');
		}
	});

	// on load: a local draft with unsent changes wins (and is sent); otherwise the server's
	(async () => {
		const local = remembered();
		if (local && local.dirty && local.record) {
			state = local;
			fill(state.record);
			show(msg.msgRestored, 'warning');
			sync();
			return;
		}
		try {
			const body = await server();
			state = { base: body.version, dirty: false, record: body.draft ? JSON.parse(body.draft) : null };
			keep();
			fill(state.record);
			show(msg.msgSynced, 'success');
		}
		catch (e) {
			if (local && local.record) {
				state = local;
				fill(state.record);
			}
			show(msg.msgOffline, 'warning');
		}
	})();
}());
