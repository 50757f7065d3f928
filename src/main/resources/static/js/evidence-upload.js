// Resumable evidence upload over tus 1.0 with plain fetch: 8 MiB PATCHes, each with its SHA-256 (Upload-Checksum)
// where the browser offers SubtleCrypto; the upload URL is remembered in localStorage (file name + size + mtime +
// owner), so that choosing the same file again after a dropped connection or a closed tab resumes at the server's
// offset (HEAD). After the last PATCH the page asks for the result: the stored file's SHA-256 and SM3.
(() => {
	'use strict';
	const form = document.getElementById('sx-upload-form');
	if (!form) {
		return;
	}
	const CHUNK = 8 * 1024 * 1024;
	const RETRIES = 8;
	const msg = form.dataset;
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
		'sanxiang.tus:' + [file.name, file.size, file.lastModified, owner.kind, owner.id, owner.stage].join('|');

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
			let url = localStorage.getItem(key);
			let offset = url ? await offsetOf(url) : null;
			if (offset === null) {
				url = await create(file, owner);
				localStorage.setItem(key, url);
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
			Object.keys(localStorage).filter((k) => localStorage.getItem(k) === upload.url)
				.forEach((k) => localStorage.removeItem(k));
		}
		show(0, 1);
		say(msg.msgCancelled);
	});
})();
