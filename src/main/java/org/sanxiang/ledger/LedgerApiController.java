package org.sanxiang.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.sanxiang.core.RuleViolation;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public ledger API: anyone can fetch checkpoints, entries and proofs, and check a
 * file. Hashes are hex.
 */
@RestController
@Tag(name = "ledger", description = "防篡改账本：签名检查点、记录、包含证明与一致性证明（无需登录）")
class LedgerApiController {

	private final Ledger ledger;

	private final RecordStatuses statuses;

	LedgerApiController(Ledger ledger, RecordStatuses statuses) {
		this.ledger = ledger;
		this.statuses = statuses;
	}

	@GetMapping(path = "/api/v1/public/ledger/public-key", produces = "application/x-pem-file")
	@Operation(summary = "账本签名公钥（SM2，PEM SubjectPublicKeyInfo）")
	String publicKey() {
		return this.ledger.publicKeyPem();
	}

	@GetMapping("/api/v1/public/ledger/keys")
	@Operation(summary = "全部签名密钥（按启用先后）；每次轮换附上一把密钥签署的轮换声明")
	List<KeyView> keys() {
		return this.ledger.keys()
			.stream()
			.map((k) -> new KeyView(k.fingerprint(), k.publicKeyPem(), k.createdAt(), k.previousFingerprint(),
					k.rotationStatement()))
			.toList();
	}

	@GetMapping("/api/v1/public/ledger/checkpoint")
	@Operation(summary = "最新签名检查点")
	CheckpointView checkpoint() {
		return this.ledger.latestCheckpoint()
			.map(CheckpointView::of)
			.orElseThrow(() -> new RuleViolation("NO_CHECKPOINT", "账本尚无签名检查点", HttpStatus.NOT_FOUND));
	}

	@GetMapping("/api/v1/public/ledger/checkpoints")
	@Operation(summary = "树规模大于after的检查点历史（每页最多100个）")
	List<CheckpointView> checkpoints(@RequestParam(defaultValue = "0") long after) {
		return this.ledger.checkpointsAfter(after).stream().map(CheckpointView::of).toList();
	}

	@GetMapping("/api/v1/public/ledger/entries")
	@Operation(summary = "序号在[start, end)内的记录（每页最多100条）；leafInput仅在记录对象公开时提供")
	List<EntryView> entries(@RequestParam long start, @RequestParam long end) {
		return this.ledger.entries(start, end).stream().map(EntryView::of).toList();
	}

	@GetMapping("/api/v1/public/ledger/proof/inclusion")
	@Operation(summary = "第index条记录在规模为treeSize的树中的包含证明")
	InclusionProof inclusion(@RequestParam long index, @RequestParam long treeSize) {
		return new InclusionProof(index, treeSize, hex(this.ledger.inclusionProof(index, treeSize)));
	}

	@GetMapping("/api/v1/public/ledger/proof/consistency")
	@Operation(summary = "规模first与second两棵树之间的一致性证明")
	ConsistencyProof consistency(@RequestParam long first, @RequestParam long second) {
		return new ConsistencyProof(first, second, hex(this.ledger.consistencyProof(first, second)));
	}

	@PostMapping(path = "/api/v1/public/ledger/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "核验文件是否已封存：返回记录、包含证明及其所依据的检查点，以及记录现状（status：是否已作废、作废时间与理由、更正文书）")
	ResponseEntity<?> verify(@RequestParam MultipartFile file, @RequestParam(defaultValue = "json") String format)
			throws IOException {
		FileCheck check = FileCheck.of(this.ledger, this.statuses, file.getBytes());
		if ("bundle".equals(format) && check.sealed() && check.checkpoint() != null) {
			return ResponseEntity.ok()
				.contentType(MediaType.TEXT_PLAIN)
				.header("Content-Disposition", "attachment; filename=\"proof-" + check.entry().index() + ".txt\"")
				.body(check.bundle());
		}
		return ResponseEntity.ok(check);
	}

	@GetMapping("/api/v1/public/ledger/records")
	@Operation(summary = "按文号（括号、空格写法不限）或核验码查询封存记录及其现状：是否已作废、作废时间与理由、更正文书")
	NumberCheck record(@RequestParam String reference) {
		String r = reference.strip();
		if (r.isEmpty() || r.length() > 100 || r.chars().anyMatch(Character::isISOControl)) {
			throw new RuleViolation("DOCUMENT_NUMBER_INVALID", "文号或核验码不超过100字，且不能含控制字符", HttpStatus.BAD_REQUEST);
		}
		return NumberCheck.of(this.ledger, this.statuses, r);
	}

	static List<String> hex(List<byte[]> hashes) {
		return hashes.stream().map(HexFormat.of()::formatHex).toList();
	}

	record CheckpointView(long treeSize, String rootHash, Instant timestamp, String body, String signature,
			String keyFingerprint) {

		static CheckpointView of(SignedCheckpoint c) {
			return new CheckpointView(c.treeSize(), c.rootHash(), c.timestamp(), c.body(), c.signature(),
					c.keyFingerprint());
		}
	}

	record EntryView(long index, String leafHash, String type, String subjectType, String subjectId,
			String contentSha256, String contentSm3, String leafInput, Instant time) {

		static EntryView of(LedgerEntry e) {
			String input = e.subjectPublic()
					? Base64.getEncoder().encodeToString(e.leafInput().getBytes(StandardCharsets.UTF_8)) : null;
			return new EntryView(e.index(), e.leafHash(), e.type(), e.subjectPublic() ? e.subjectType() : null,
					e.subjectPublic() ? e.subjectId() : null, e.subjectPublic() ? e.contentSha256() : null,
					e.subjectPublic() ? e.contentSm3() : null, input, e.time());
		}
	}

	record KeyView(String fingerprint, String publicKey, Instant createdAt, String previousFingerprint,
			String rotationStatement) {
	}

	record InclusionProof(long index, long treeSize, List<String> proof) {
	}

	record ConsistencyProof(long first, long second, List<String> proof) {
	}

}
