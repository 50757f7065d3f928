// Obtains the Noto Serif SC TrueType font for PDF rendering at build time (never committed, never served to browsers;
// see docs/adr/0003-cjk-font-at-build-time.md).
// Usage: node build/fetch-font.mjs <npm-package@version> <sha512-integrity> <output-dir>
// The package tarball is fetched with `npm pack` into a cache outside the repository and checked against the
// pinned integrity before anything is extracted. Without npm or network the build warns and goes on (the
// application then reports the missing font); with CI=true it fails, because CI must exercise the real font.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

const [pkg, integrity, outDir] = process.argv.slice(2);
const faces = { 'NotoSerifSC-Regular.ttf': '400Regular/NotoSerifSC_400Regular.ttf', 'NotoSerifSC-Bold.ttf': '700Bold/NotoSerifSC_700Bold.ttf' };
const cache = process.env.SANXIANG_FONT_CACHE || join(homedir(), '.cache', 'sanxiang', 'fonts', pkg.replace(/[^A-Za-z0-9.@-]/g, '_'));

function fail(message) {
	console.warn(`[sanxiang] WARNING: CJK font not obtained: ${message}`);
	console.warn('[sanxiang] PDF rendering reports a clear error until a CJK .ttf is configured (sanxiang.documents.font) or found among the system fonts.');
	process.exit(process.env.CI === 'true' ? 1 : 0);
}

function sha512(file) {
	return 'sha512-' + createHash('sha512').update(readFileSync(file)).digest('base64');
}

try {
	mkdirSync(cache, { recursive: true });
	const ready = Object.keys(faces).every((name) => existsSync(join(cache, name)));
	if (!ready) {
		let tgz = readdirSync(cache).find((f) => f.endsWith('.tgz'));
		if (!tgz || sha512(join(cache, tgz)) !== integrity) {
			execFileSync('npm', ['pack', pkg, '--pack-destination', cache, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
			tgz = readdirSync(cache).find((f) => f.endsWith('.tgz'));
		}
		if (!tgz) fail(`npm pack ${pkg} produced no tarball`);
		const actual = sha512(join(cache, tgz));
		if (actual !== integrity) {
			rmSync(join(cache, tgz));
			fail(`checksum mismatch for ${pkg}: expected ${integrity}, got ${actual}`);
		}
		const work = mkdtempSync(join(tmpdir(), 'sanxiang-font-'));
		const members = Object.values(faces).map((p) => 'package/' + p);
		execFileSync('tar', ['-xzf', join(cache, tgz), '-C', work, ...members]);
		for (const [name, member] of Object.entries(faces)) copyFileSync(join(work, 'package', member), join(cache, name));
		rmSync(work, { recursive: true, force: true });
	}
	mkdirSync(outDir, { recursive: true });
	for (const name of Object.keys(faces)) copyFileSync(join(cache, name), join(outDir, name));
	console.log(`[sanxiang] CJK font ${pkg} verified (${integrity.slice(0, 20)}…) and copied to ${outDir}`);
}
catch (e) {
	fail(e.message);
}
