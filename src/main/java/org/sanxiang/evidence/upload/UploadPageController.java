package org.sanxiang.evidence.upload;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page where an officer uploads a file for a record and watches it go. */
@Controller
class UploadPageController {

	private final TusUploadProperties properties;

	UploadPageController(TusUploadProperties properties) {
		this.properties = properties;
	}

	@GetMapping("/evidence/upload")
	String page(Model model) {
		model.addAttribute("chunkSize", this.properties.chunkSize().toBytes());
		return "evidence/upload";
	}

}
