// Resumable evidence upload over tus 1.0 with plain fetch: PATCHes of data-chunk-size bytes (8 MiB by default), each
// with its SHA-256 (Upload-Checksum) where the browser offers SubtleCrypto; the upload URL is remembered in
// localStorage (file name + size + mtime + owner), so that choosing the same file again after a dropped connection
// or a closed tab resumes at the server's offset (HEAD). On opening, the page names the unfinished uploads it
// remembers, with how far each got, and fills in the record of the first one. After the last PATCH the page asks
// for the result: the stored file's SHA-256 and SM3.
(() => {
	'use strict';
	const form = document.getElementById('sx-upload-form');
	if (!form) {
		return;
	}
	const msg = form.dataset;
	const CHUNK = Number(msg.chunkSize) > 0 ? Number(msg.chunkSize) : 8 * 1024 * 1024;
	const RETRIES = 8;
	const PREFIX = 'sanxiang.tus:';
	const bar = document.getElementById('upload-bar');
	const progress = document.getElementById('upload-progress');
	const status = document.getElementById('upload-status');
	const startButton = document.getElementById('upload-start');
	const cancelButton = document.getElementById('upload-cancel');
	let current = null;

	const say = (text) => { status.textContent = text; };
	const show = (done, total) => {
		const percent = total > 0 ? Math.floor((done * 100) / total) : 100;
		bar.style.width = percent + '%';
		bar.textContent = percent + '%';
		progress.setAttribute('aria-valuenow', String(percent));
	};
	const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
	const base64 = (text) => {
		let binary = '';
		new TextEncoder().encode(text).forEach((b) => { binary += String.fromCharCode(b); });
		return btoa(binary);
	};
	const headers = (extra) => {
		const all = Object.assign({ 'Tus-Resumable': '1.0.0' }, extra);
		all[msg.csrfHeader] = msg.csrfToken;
		return all;
	};
	const storageKey = (file, owner) =>
		PREFIX + [file.name, file.size, file.lastModified, owner.kind, owner.id, owner.stage].join('|');
	// what is remembered of an unfinished upload: its URL, and the file and record it was for
	const remembered = (key) => {
		const value = localStorage.getItem(key);
		if (!value) {
			return null;
		}
		try {
			const entry = JSON.parse(value);
			return entry && typeof entry.url === 'string' ? entry : null;
		}
		catch (e) {
			return { url: value };
		}
	};

	async function checksum(blob) {
		if (!window.crypto || !window.crypto.subtle) {
			return null;
		}
		const digest = await window.crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
		let binary = '';
		new Uint8Array(digest).forEach((b) => { binary += String.fromCharCode(b); });
		return 'sha256 ' + btoa(binary);
	}

	async function create(file, owner) {
		const metadata = [['filename', file.name], ['filetype', file.type || 'application/octet-stream'],
			['ownerKind', owner.kind], ['ownerId', owner.id], ['stage', owner.stage]]
			.map(([key, value]) => key + ' ' + base64(value)).join(',');
		const response = await fetch(msg.endpoint, { method: 'POST', credentials: 'same-origin',
			headers: headers({ 'Upload-Length': String(file.size), 'Upload-Metadata': metadata }) });
		if (response.status !== 201) {
			throw new Error(await problem(response));
		}
		return new URL(response.headers.get('Location'), window.location.href).pathname;
	}

	async function offsetOf(url) {
		const response = await fetch(url, { method: 'HEAD', credentials: 'same-origin', cache: 'no-store',
			headers: headers({}) });
		return response.status === 204 ? Number(response.headers.get('Upload-Offset')) : null;
	}

	async function problem(response) {
		try {
			const body = await response.json();
			return body.detail || body.title || msg.msgFailed;
		}
		catch (e) {
			return msg.msgFailed + ' (' + response.status + ')';
		}
	}

	async function send(url, file, offset, upload) {
		let failures = 0;
		while (offset < file.size) {
			if (upload.cancelled) {
				return false;
			}
			const chunk = file.slice(offset, Math.min(offset + CHUNK, file.size));
			try {
				const extra = { 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' };
				const sum = await checksum(chunk);
				if (sum) {
					extra['Upload-Checksum'] = sum;
				}
				const response = await fetch(url, { method: 'PATCH', credentials: 'same-origin', headers: headers(extra),
					body: chunk });
				if (response.status === 204) {
					offset = Number(response.headers.get('Upload-Offset'));
					failures = 0;
					show(offset, file.size);
					say(msg.msgUploading);
					continue;
				}
				if (response.status !== 409 && response.status !== 423 && response.status !== 460 && response.status < 500) {
					throw new Error(await problem(response));
				}
			}
			catch (e) {
				if (!(e instanceof TypeError)) {
					throw e;
				}
			}
			failures += 1;
			if (failures > RETRIES) {
				throw new Error(msg.msgFailed);
			}
			say(msg.msgRetrying);
			await sleep(Math.min(30000, 1000 * 2 ** failures));
			const now = await offsetOf(url).catch(() => null);
			if (now !== null) {
				offset = now;
			}
		}
		return true;
	}

	async function result(url) {
		for (;;) {
			const response = await fetch(url + '/result', { credentials: 'same-origin', cache: 'no-store',
				headers: { Accept: 'application/json' } });
			if (response.status === 200) {
				return response.json();
			}
			if (response.status !== 202) {
				throw new Error(await problem(response));
			}
			await sleep(1000);
		}
	}

	function showResult(stored) {
		document.getElementById('result-name').textContent = stored.fileName;
		document.getElementById('result-size').textContent = String(stored.size);
		document.getElementById('result-sha256').textContent = stored.sha256;
		document.getElementById('result-sm3').textContent = stored.sm3;
		const register = document.getElementById('result-register');
		const target = new URL(register.getAttribute('href'), window.location.href);
		target.searchParams.set('uploadId', stored.uploadId);
		target.searchParams.set('ownerKind', form.elements.ownerKind.value);
		target.searchParams.set('ownerId', form.elements.ownerId.value.trim());
		target.searchParams.set('ownerStage', form.elements.stage.value);
		register.setAttribute('href', target.pathname + target.search);
		document.getElementById('upload-result').classList.remove('d-none');
	}

	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		const file = document.getElementById('upload-file').files[0];
		const owner = { kind: form.elements.ownerKind.value, id: form.elements.ownerId.value.trim(),
			stage: form.elements.stage.value };
		if (!file || !owner.id) {
			say(msg.msgMissing);
			return;
		}
		const key = storageKey(file, owner);
		const upload = { cancelled: false, url: null };
		current = upload;
		startButton.disabled = true;
		cancelButton.disabled = false;
		document.getElementById('upload-result').classList.add('d-none');
		try {
			const entry = remembered(key);
			let url = entry ? entry.url : null;
			let offset = url ? await offsetOf(url) : null;
			if (offset === null) {
				url = await create(file, owner);
				localStorage.setItem(key, JSON.stringify({ url: url, name: file.name, size: file.size, kind: owner.kind,
					id: owner.id, stage: owner.stage }));
				offset = 0;
			}
			else {
				say(msg.msgResuming);
			}
			upload.url = url;
			show(offset, file.size);
			if (await send(url, file, offset, upload)) {
				say(msg.msgFinishing);
				const stored = await result(url);
				localStorage.removeItem(key);
				showResult(stored);
				say(msg.msgDone);
			}
		}
		catch (e) {
			say(e.message || msg.msgFailed);
		}
		finally {
			startButton.disabled = false;
			cancelButton.disabled = true;
			current = null;
		}
	});

	cancelButton.addEventListener('click', async () => {
		const upload = current;
		if (!upload) {
			return;
		}
		upload.cancelled = true;
		if (upload.url) {
			await fetch(upload.url, { method: 'DELETE', credentials: 'same-origin', headers: headers({}) })
				.catch(() => null);
			Object.keys(localStorage).filter((k) => k.startsWith(PREFIX))
				.filter((k) => (remembered(k) || {}).url === upload.url)
				.forEach((k) => localStorage.removeItem(k));
		}
		show(0, 1);
		say(msg.msgCancelled);
	});

	// the unfinished uploads this browser remembers: those the server still holds are offered for resumption,
	// the others (finished, terminated, expired) are forgotten
	async function offerResumption() {
		const list = document.getElementById('upload-pending');
		if (!list) {
			return;
		}
		let first = true;
		for (const key of Object.keys(localStorage).filter((k) => k.startsWith(PREFIX))) {
			const entry = remembered(key);
			const response = entry ? await fetch(entry.url, { method: 'HEAD', credentials: 'same-origin',
				cache: 'no-store', headers: headers({}) }).catch(() => null) : null;
			if (!entry || (response && (response.status === 404 || response.status === 410))) {
				localStorage.removeItem(key);
			}
			if (current || !response || response.status !== 204 || !entry.name || !(entry.size > 0)) {
				continue; // gone, offline, busy, or an upload started meanwhile
			}
			const offset = Number(response.headers.get('Upload-Offset'));
			const percent = Math.floor((offset * 100) / entry.size);
			const item = document.createElement('li');
			item.textContent = msg.msgPending.replace('{name}', entry.name).replace('{percent}', String(percent));
			list.appendChild(item);
			if (first) {
				first = false;
				form.elements.ownerKind.value = entry.kind;
				form.elements.ownerId.value = entry.id;
				form.elements.stage.value = entry.stage;
				show(offset, entry.size);
			}
		}
		if (!first) {
			document.getElementById('upload-resume').classList.remove('d-none');
		}
	}
	offerResumption();
})();
