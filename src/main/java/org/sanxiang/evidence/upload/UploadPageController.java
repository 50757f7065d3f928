package org.sanxiang.evidence.upload;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The page where an officer uploads a file for a record and watches it go. */
@Controller
class UploadPageController {

	@GetMapping("/evidence/upload")
	String page() {
		return "evidence/upload";
	}

}
